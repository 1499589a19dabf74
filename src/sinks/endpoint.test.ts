import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { newId } from '../internal/ids.js';
import { resetMemoryStorage } from '../internal/storage.js';
import { collector, COLLECTOR_URL, resetStorage, settle, TEST_NOW } from '../../test/helpers.js';
import { EndpointQueue, retryAfterMs } from './endpoint.js';
import { QUEUE_PREFIX } from './names.js';
import { SCHEMA_VERSION, type WireEvent } from './wire.js';

function event(n: number): WireEvent {
  return {
    type: 'unstuck-detect', v: SCHEMA_VERSION, id: newId(), moment: `m${n}`, journey: null, step: null,
    element: 'unstuck-zone', signal: 'idle', group: 'treatment', at: TEST_NOW + n, visit: 'visit', signals: { idle: 1 }, suppressed: null,
  };
}

const ids = (events: { id: string }[]) => events.map((entry) => entry.id);

describe('endpoint delivery (against a real local collector)', () => {
  let clock: sinon.SinonFakeTimers;
  const queues: EndpointQueue[] = [];
  const queue = (options = {}) => {
    const created = new EndpointQueue(COLLECTOR_URL, { batchSize: 20, flushEveryMs: 5_000, maxQueued: 500, chunkBytes: 60_000, maxBackoffMs: 60_000, inflightMs: 30_000, ...options });
    queues.push(created);
    return created;
  };

  beforeEach(async () => {
    resetStorage();
    await collector.reset();
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: TEST_NOW });
  });

  afterEach(() => {
    for (const created of queues.splice(0)) created.stop();
    clock.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith(QUEUE_PREFIX)) localStorage.removeItem(key);
  });

  /** Advance fake time in steps, letting real network round trips complete in between. */
  async function run(ms: number, step = 500) {
    for (let elapsed = 0; elapsed < ms; elapsed += step) {
      await clock.tickAsync(step);
      await collector.received(); // a real round trip: lets pending fetches settle
      await settle();
    }
  }

  it('batches: 20 events go at once, fewer wait for 5 s', async () => {
    const endpoint = queue();
    const sent = Array.from({ length: 23 }, (_, n) => event(n));
    sent.forEach((item) => endpoint.enqueue(item));
    await run(1_000);
    let log = await collector.until(20);
    expect(log.requests.map((request) => request.count)).to.deep.equal([20]);
    expect((await collector.received()).events).to.have.length(20);
    await run(5_000);
    log = await collector.until(23);
    expect(ids(log.events)).to.have.members(ids(sent));
    expect(endpoint.pending()).to.have.length(0);
  });

  it('all events arrive after the collector answered 500 three times', async () => {
    await collector.script([{ status: 500 }, { status: 500 }, { status: 500 }]);
    const endpoint = queue();
    const sent = [event(1), event(2)];
    sent.forEach((item) => endpoint.enqueue(item));
    await run(120_000, 1_000);
    const log = await collector.received();
    expect(log.requests.map((request) => request.status)).to.deep.equal([500, 500, 500, 200]);
    expect(ids(log.events)).to.have.members(ids(sent));
  });

  it('honours Retry-After on 429', async () => {
    await collector.script([{ status: 429, retryAfter: 30 }]);
    const endpoint = queue();
    endpoint.enqueue(event(1));
    await run(5_000); // the first attempt, at 5 s
    expect((await collector.untilRequests(1)).requests).to.have.length(1);
    await run(28_000);
    expect((await collector.received()).requests, 'not before Retry-After').to.have.length(1);
    await run(4_000);
    const log = await collector.until(1);
    expect(log.requests.map((request) => request.status)).to.deep.equal([429, 200]);
  });

  it('retries after the network failed (offline)', async () => {
    await collector.script([{ drop: true }, { drop: true }]);
    const endpoint = queue();
    endpoint.enqueue(event(1));
    await run(60_000, 1_000);
    const log = await collector.until(1);
    expect(log.requests.map((request) => request.status)).to.deep.equal(['dropped', 'dropped', 200]);
  });

  it('never retries other 4xx: the batch is dropped with a warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      await collector.script([{ status: 400 }]);
      const endpoint = queue();
      endpoint.enqueue(event(1));
      await run(60_000, 2_000);
      expect((await collector.received()).requests).to.have.length(1);
      expect(endpoint.pending()).to.have.length(0);
      expect(warn.args.some(([message]) => String(message).includes('HTTP 400'))).to.be.true;
    } finally {
      warn.restore();
    }
  });

  it('events survive a reload mid-queue: the next page sends them', async () => {
    await collector.script([{ status: 503 }]);
    const first = queue();
    const sent = [event(1), event(2), event(3)];
    sent.forEach((item) => first.enqueue(item));
    await run(5_000);
    first.stop(); // the page goes away before its retry
    expect(Object.keys(localStorage).filter((key) => key.startsWith(QUEUE_PREFIX))).to.have.length(3);
    queue(); // the next page (a batch the old page was sending is left alone for 30 s)
    await run(35_000, 1_000);
    const log = await collector.until(3);
    expect(ids(log.events)).to.have.members(ids(sent));
  });

  it('delivers from memory when storage throws', async () => {
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    try {
      resetMemoryStorage();
      const endpoint = queue();
      const sent = [event(1), event(2)];
      sent.forEach((item) => endpoint.enqueue(item));
      await run(6_000);
      const log = await collector.until(2);
      expect(ids(log.events)).to.have.members(ids(sent));
    } finally {
      setItem.restore();
    }
  });

  it('on pagehide, what is pending goes by beacon, once: a bfcache restore does not re-send', async () => {
    const endpoint = queue();
    const sent = [event(1), event(2)];
    sent.forEach((item) => endpoint.enqueue(item));
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    let log = await collector.until(2);
    expect(ids(log.events)).to.have.members(ids(sent));
    expect(endpoint.pending()).to.have.length(0);
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await run(10_000);
    log = await collector.received();
    expect(log.events).to.have.length(2);
  });

  it('two open tabs do not send the same queued event twice at once', async () => {
    const sent = Array.from({ length: 10 }, (_, n) => event(n));
    const tabA = queue();
    sent.forEach((item) => tabA.enqueue(item));
    const tabB = queue(); // sees the same stored queue
    await Promise.all([tabA.flush(), tabB.flush(), tabA.flush(), tabB.flush()]);
    await run(10_000);
    const log = await collector.until(10);
    expect(log.events).to.have.length(10);
    expect(new Set(ids(log.events)).size).to.equal(10);
  });

  it('is bounded: the oldest are dropped, and an overflow event says how many', async () => {
    await collector.script([{ status: 503 }, { status: 503 }, { status: 503 }]);
    const endpoint = queue({ maxQueued: 5, batchSize: 100 });
    const dropped: number[] = [];
    endpoint.onOverflow = (count) => dropped.push(count);
    const warn = sinon.stub(console, 'warn');
    try {
      for (let n = 0; n < 7; n++) endpoint.enqueue(event(n));
    } finally {
      warn.restore();
    }
    expect(endpoint.pending().map((item) => item.moment)).to.deep.equal(['m2', 'm3', 'm4', 'm5', 'm6']);
    expect(dropped).to.deep.equal([1, 1]);
  });

  it('beacons in chunks under 60 KB, and never listens for unload', async () => {
    const added = sinon.spy(window, 'addEventListener');
    const beacon = sinon.stub(navigator, 'sendBeacon').returns(true);
    try {
      const endpoint = queue();
      added.resetHistory();
      const big = Array.from({ length: 40 }, (_, n) => ({ ...event(n), question: 'x'.repeat(4_000) }));
      big.forEach((item) => endpoint.enqueue(item));
      dispatchEvent(new PageTransitionEvent('pagehide'));
      const sizes = await Promise.all(beacon.args.map(([, body]) => (body as Blob).text().then((text) => new TextEncoder().encode(text).length)));
      expect(sizes.length).to.be.greaterThan(2);
      expect(Math.max(...sizes)).to.be.lessThan(60_000);
      const sentIds = (await Promise.all(beacon.args.map(([, body]) => (body as Blob).text()))).flatMap((text) => ids(JSON.parse(text)));
      expect(sentIds).to.have.members(ids(big));
      expect(endpoint.pending()).to.have.length(0);
      expect(added.args.map(([type]) => type)).to.not.include.members(['unload', 'beforeunload']);
    } finally {
      added.restore();
      beacon.restore();
    }
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120', 0)).to.equal(120_000);
    expect(retryAfterMs(new Date(TEST_NOW + 30_000).toUTCString(), TEST_NOW)).to.equal(30_000);
    expect(retryAfterMs('soon', 0)).to.be.undefined;
  });
});
