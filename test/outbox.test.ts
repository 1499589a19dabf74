// Nothing is lost when the visitor leaves before the built-in sinks have loaded: two real pages
// (same-origin frames) on the real split build; the first is detected and gone within 50 ms on a
// network too slow to load the sinks in time, the next one delivers what the first left.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { WireEvent } from '../src/sinks/wire.js';
import { collector, loadFrame, resetStorage } from './helpers.js';

const OUTBOX = 'unstuck:outbox:';
const SINKS_FILE = 'unstuck-built-in';
/** The machine and the card: what a detected moment needs (src/components/wrapper/detected.ts). */
const MOMENT_FILE = 'unstuck-detected';

type KitWindow = Window & { Unstuck?: { flush(): Promise<void> }; customElements: CustomElementRegistry };

async function page(): Promise<{ frame: HTMLIFrameElement; win: KitWindow; doc: Document }> {
  const frame = await loadFrame('/__fixture/leave-at-once.html');
  const win = frame.contentWindow as KitWindow;
  for (let i = 0; i < 200 && !win.customElements.get('unstuck-zone'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return { frame, win, doc: frame.contentDocument! };
}

const outboxed = (): WireEvent[] =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(OUTBOX))
    .flatMap((key) => JSON.parse(localStorage.getItem(key)!) as WireEvent[]);

describe('a visitor detected and leaving within 50 ms', () => {
  beforeEach(async () => {
    resetStorage();
    await collector.reset();
  });
  afterEach(async () => {
    await executeServerCommand('bundle-delay', { prefix: SINKS_FILE, ms: 0 });
    await executeServerCommand('bundle-delay', { prefix: MOMENT_FILE, ms: 0 });
    for (const key of Object.keys(localStorage)) if (key.startsWith('unstuck:')) localStorage.removeItem(key);
    // The frames' last beacons land now, not in the next test file's collector.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await collector.reset();
  });

  it('keeps the events in storage, and the next page load delivers them with their ids', async () => {
    await executeServerCommand('bundle-delay', { prefix: SINKS_FILE, ms: 5_000 });
    const first = await page();
    const zone = first.doc.querySelector('unstuck-zone') as HTMLElement & { ask(): void };
    const detected = new Promise<{ id: string; at: number }>((resolve) =>
      zone.addEventListener('unstuck-detect', (event) => resolve({ id: (event as CustomEvent<{ id: string }>).detail.id, at: performance.now() })),
    );
    zone.ask();
    const { id } = await detected;
    const left = performance.now();
    first.frame.remove(); // the tab closes
    const detectedAt = (await detected).at;
    expect(left - detectedAt, 'gone within 50 ms of the detection').to.be.below(50);
    expect(outboxed().map((event) => event.id), 'the detection waits in storage').to.include(id);
    expect((await collector.received()).events, 'nothing was sent').to.have.length(0);

    await executeServerCommand('bundle-delay', { prefix: SINKS_FILE, ms: 0 });
    const next = await page();
    for (let i = 0; i < 200 && !next.win.Unstuck; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await next.win.Unstuck!.flush();
    const log = await collector.until(1);
    expect(log.events.map((event) => event.id), 'delivered by the next page, same id').to.include(id);
    expect(log.events.find((event) => event.id === id)).to.include({ type: 'unstuck-detect', moment: 'leave-at-once' });
    expect(outboxed(), 'the outbox is empty again').to.deep.equal([]);
    next.frame.remove();
  });

  it('found before the moment machine has loaded: the detection and its outcome still reach the next page', async () => {
    await executeServerCommand('bundle-delay', { prefix: SINKS_FILE, ms: 5_000 });
    await executeServerCommand('bundle-delay', { prefix: MOMENT_FILE, ms: 5_000 });
    const first = await page();
    const zone = first.doc.querySelector('unstuck-zone') as HTMLElement & { ask(): void };
    const asked = performance.now();
    zone.ask(); // found at once; the machine's file is still on its way
    expect(first.win.performance.getEntriesByType('resource').some((entry) => entry.name.includes(MOMENT_FILE) && (entry as PerformanceResourceTiming).responseEnd > 0), 'the machine has not arrived').to.equal(false);
    first.frame.remove(); // the tab closes
    expect(performance.now() - asked, 'gone within 50 ms of the detection').to.be.below(50);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const kept = outboxed().filter((event) => event.moment === 'leave-at-once');
    expect(kept.map((event) => event.type), 'the detection, then its one outcome').to.deep.equal(['unstuck-detect', 'unstuck-outcome']);
    expect(kept[1]).to.deep.include({ outcome: 'abandoned', asked: false });

    await executeServerCommand('bundle-delay', { prefix: SINKS_FILE, ms: 0 });
    await executeServerCommand('bundle-delay', { prefix: MOMENT_FILE, ms: 0 });
    const next = await page();
    for (let i = 0; i < 200 && !next.win.Unstuck; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await next.win.Unstuck!.flush();
    const log = await collector.until(2);
    expect(log.events.map((event) => event.id), 'delivered by the next page, same ids').to.include.members(kept.map((event) => event.id));
    next.frame.remove();
  });
});
