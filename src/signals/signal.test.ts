import { expect } from '@open-wc/testing';
import type { Problem } from '../internal/problems.js';
import { COMMON_SIGNALS } from './common.js';
import { compileRules } from './signal.js';

describe('compileRules', () => {
  const unset = () => null;

  it('makes the rules of a class whose signal attributes are all unset once, for every wrapper of it (start-up)', () => {
    const presets = { idle: '30s' };
    const first = compileRules(COMMON_SIGNALS, presets, unset, () => {});
    const second = compileRules(COMMON_SIGNALS, presets, unset, () => {});
    expect(second, 'shared').to.equal(first);
    expect(Object.isFrozen(first), 'never changed').to.equal(true);
    expect(first.idle).to.deep.include({ kind: 'quiet', ms: 30_000 });
    expect(compileRules(COMMON_SIGNALS, {}, unset, () => {}), 'other presets, other rules').to.not.equal(first);
  });

  it('reads a wrapper with a value of its own apart, and warns for each bad value', () => {
    const presets = {};
    const shared = compileRules(COMMON_SIGNALS, presets, unset, () => {});
    const own = compileRules(COMMON_SIGNALS, presets, (name) => (name === 'idle' ? '2m' : null), () => {});
    expect(own).to.not.equal(shared);
    expect(own.idle).to.deep.include({ ms: 120_000 });
    const warned: Problem[] = [];
    for (let i = 0; i < 2; i++) compileRules(COMMON_SIGNALS, presets, (name) => (name === 'idle' ? 'later' : null), (problem) => warned.push(problem));
    expect(warned.map((problem) => problem.attribute)).to.deep.equal(['idle', 'idle']);
  });
});
