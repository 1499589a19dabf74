import { expect } from '@open-wc/testing';
import { newId } from './ids.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId', () => {
  it('makes UUID v4s, also where crypto.randomUUID is missing (a page served over http)', () => {
    expect(newId()).to.match(V4);
    // Shadow the prototype's method with an own property, as an insecure context lacks it.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 1_000 }, newId));
      expect(ids.size, 'all different').to.equal(1_000);
      for (const id of ids) expect(id).to.match(V4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID, 'restored').to.equal('function');
  });
});
