// Page-side benchmark functions, driven by scripts/bench.mjs through playwright-core.
// Every figure is measured against a floor or a peer in the same run.

const stage = () => document.getElementById('stage');

const QUESTION = `<unstuck-question prompt="What's making you pause?">
  <unstuck-choice value="a" label="Reason A" approved-by="Team" approved-on="2026-10-01"><template><p>Answer A</p></template></unstuck-choice>
  <unstuck-choice value="b" label="Reason B" approved-by="Team" approved-on="2026-10-01"><template><p>Answer B</p></template></unstuck-choice>
  <unstuck-choice value="c" label="Reason C" approved-by="Team" approved-on="2026-10-01"><template><p>Answer C</p></template></unstuck-choice>
</unstuck-question>
<unstuck-human><template><a href="#call">Call us</a></template></unstuck-human>`;

const CONTENT = (i) => `<button type="button" class="b${i}" style="display:block;width:120px;height:24px">Button ${i}</button><input class="i${i}" aria-label="Field ${i}">`;

/** The 20 wrappers of the per-event page: a mix of every kind. */
const KINDS = ['unstuck-zone', 'unstuck-form', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel'];

export function mountWrappers(count, { kind, attributes = '' } = {}) {
  const html = [];
  for (let i = 0; i < count; i++) {
    const tag = kind ?? KINDS[i % KINDS.length];
    html.push(`<${tag} moment="bench-${i}" ${attributes}>${CONTENT(i)}${QUESTION}</${tag}>`);
  }
  stage().innerHTML = html.join('');
  return Array.from(stage().children);
}

/** Plain containers with the given number of empty passive listeners per event type. */
export function mountFloor(count, listenersPerType, documentListenersPerType = {}) {
  const html = [];
  for (let i = 0; i < count; i++) html.push(`<div class="host">${CONTENT(i)}</div>`);
  stage().innerHTML = html.join('');
  const noop = () => {};
  for (const host of stage().children) {
    for (const [type, n] of Object.entries(listenersPerType)) {
      for (let k = 0; k < n; k++) host.addEventListener(type, () => noop(), { passive: true });
    }
  }
  for (const [type, n] of Object.entries(documentListenersPerType)) {
    for (let k = 0; k < n; k++) document.addEventListener(type, () => noop(), { passive: true, capture: type === 'scroll' });
  }
}

/** Counts, per event type, the listeners the kit put on the wrappers (read from instrumentation). */
export function listenerCensus() {
  return window.__census ?? {};
}

/** A deterministic stream of synthetic events over the 20 hosts. */
function buildStream(length) {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const hosts = Array.from(stage().children);
  const types = ['pointermove', 'click', 'keydown', 'input', 'scroll', 'focusin'];
  const stream = [];
  for (let n = 0; n < length; n++) {
    const type = types[n % types.length];
    const host = hosts[Math.floor(random() * hosts.length)];
    const button = host.querySelector('button');
    const input = host.querySelector('input');
    // Clicks land far apart: a stream of ordinary activity, no stuck pattern.
    const x = Math.floor(random() * 2_000);
    const y = Math.floor(random() * 2_000);
    switch (type) {
      case 'pointermove':
        stream.push([button, new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y })]);
        break;
      case 'click':
        stream.push([button, new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: x, clientY: y })]);
        break;
      case 'keydown':
        stream.push([input, new KeyboardEvent('keydown', { bubbles: true, composed: true, key: 'a' })]);
        break;
      case 'input':
        stream.push([input, new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' })]);
        break;
      case 'scroll':
        stream.push([document, new Event('scroll')]);
        break;
      case 'focusin':
        stream.push([input, new FocusEvent('focusin', { bubbles: true, composed: true })]);
        break;
    }
  }
  return stream;
}

/** Milliseconds to dispatch `length` events (and run the microtasks they queued). */
export async function dispatchStream(length = 10_000) {
  const stream = buildStream(length);
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const start = performance.now();
  for (const [target, event] of stream) target.dispatchEvent(event);
  await Promise.resolve();
  return performance.now() - start;
}

/** The card's file has arrived (it loads at idle time): up to 3 s, then go on regardless. */
async function cardLoaded() {
  for (let i = 0; i < 150 && !performance.getEntriesByType('resource').some((entry) => /unstuck-detected-/.test(entry.name)); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // parsed and evaluated
}

/**
 * Marks each frame's rendering, to tell which frame lays out the question. A callback in every
 * frame, registered before anything the page registers in it, opens the frame's phase; a
 * ResizeObserver on a probe whose size that callback changes closes it, after the frame's style
 * and layout (ResizeObserver runs there), before its paint. What happens between the two is laid
 * out and painted by that frame; anything else, by the next.
 */
function frameClock() {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;left:-10px;top:0;width:1px;height:1px';
  document.body.append(probe);
  const clock = { inFrame: false, frames: 0, frameStart: 0, onLaidOut: null, stop() {} };
  let running = true;
  const observer = new ResizeObserver(() => {
    clock.inFrame = false;
    clock.onLaidOut?.();
  });
  observer.observe(probe);
  const loop = () => {
    if (!running) return;
    clock.inFrame = true;
    clock.frames++;
    clock.frameStart = performance.now();
    probe.style.width = `${(clock.frames % 2) + 1}px`;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  clock.stop = () => {
    running = false;
    observer.disconnect();
    probe.remove();
  };
  return clock;
}

/**
 * From the click that crosses the threshold to the end of the layout of the frame that paints the
 * question; how many frames began after the click up to that one (1: the very next frame); and
 * that frame's own time until its layout was done.
 * `warm`: after the card's file loaded.
 */
export async function detectionLatency({ warm = false } = {}) {
  if (warm) await cardLoaded();
  const [wrapper] = Array.from(stage().children);
  const button = wrapper.querySelector('button');
  const click = () => button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: 10, clientY: 10 }));
  const clock = frameClock();
  // The clock runs; then a random point in a frame's interval, as a visitor's click falls.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, Math.random() * 16)));
  let start = 0;
  let startFrame = 0;
  const painted = new Promise((resolve) => {
    wrapper.addEventListener(
      'unstuck-show',
      () => {
        // Shown inside a frame's rendering phase: that frame lays it out; otherwise the next one.
        const paintingFrame = clock.inFrame ? clock.frames : clock.frames + 1;
        clock.onLaidOut = () => {
          if (clock.frames < paintingFrame) return;
          const now = performance.now();
          resolve({ ms: now - start, frames: paintingFrame - startFrame, frameMs: now - clock.frameStart });
        };
      },
      { once: true },
    );
  });
  click();
  click();
  start = performance.now();
  startFrame = clock.frames;
  click();
  const result = await painted;
  clock.stop();
  if (!wrapper.shadowRoot.querySelector('.panel')) throw new Error('no question');
  return result;
}

/** Engage every wrapper once (a click inside), then no input at all. */
export function engageAll() {
  for (const host of stage().children) {
    host.querySelector('input').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  }
}

/** The question's markup under tag names nothing defines: the same HTML to parse, no element to upgrade. */
const INERT_QUESTION = QUESTION.replaceAll('unstuck-', 'bench-inert-');

/**
 * ms to create, connect and render `count` elements of `tag`. A wrapper holds its question; a bare
 * element holds the content alone, or with `sameMarkup` the question's markup too, inert.
 */
export async function startup(count, tag, { sameMarkup = false } = {}) {
  const start = performance.now();
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tag);
    element.setAttribute('moment', `startup-${i}`);
    element.innerHTML = CONTENT(i) + (tag.startsWith('unstuck-') ? QUESTION : sameMarkup ? INERT_QUESTION : '');
    fragment.append(element);
  }
  stage().replaceChildren(fragment);
  await Promise.all(Array.from(stage().children).map((element) => element.updateComplete));
  return performance.now() - start;
}

/** Connect and disconnect a wrapper `cycles` times; return what is left behind. */
export async function connectCycles(cycles) {
  const before = { listeners: window.__instrument.listeners(), timers: window.__instrument.pendingTimers() };
  for (let i = 0; i < cycles; i++) {
    const wrapper = document.createElement(KINDS[i % KINDS.length]);
    wrapper.setAttribute('moment', `cycle-${i % 6}`);
    wrapper.innerHTML = CONTENT(i) + QUESTION;
    stage().append(wrapper);
    await wrapper.updateComplete;
    wrapper.querySelector('input').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    wrapper.remove();
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { before, after: { listeners: window.__instrument.listeners(), timers: window.__instrument.pendingTimers() } };
}

window.bench = { mountWrappers, mountFloor, listenerCensus, dispatchStream, detectionLatency, engageAll, startup, connectCycles };
