/** What a persona script can do: real input on realistic pages, on a fake clock (personas.test.ts). */

export interface Visitor {
  visit(markup: string): Promise<HTMLElement>;
  leave(): Promise<void>;
  wait(ms: number): Promise<void>;
  click(selector: string): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the real pointer onto the element and leaves it resting there (no click). */
  hover(selector: string): Promise<void>;
  /** Moves the real pointer out of the page's content (to the far corner of the viewport). */
  pointerAway(): Promise<void>;
  /** Leaves, spends `ms` on a help page (`<meta name="unstuck-help">`) in the same tab, and leaves it. */
  helpPage(ms: number): Promise<void>;
  /** Shakes the real pointer left and right over the element, `moves` moves of 80 px as fast as input goes. */
  shake(selector: string, moves: number): Promise<void>;
  /** Sweeps the real pointer smoothly across the element and back, `sweeps` times (about 300 px/s). */
  sweep(selector: string, sweeps: number): Promise<void>;
  /** A real touch tap. */
  tap(selector: string): Promise<void>;
  /** A real mouse-wheel scroll at the middle of the viewport. */
  scroll(deltaY: number): Promise<void>;
  root(): HTMLElement;
}

export interface Persona {
  name: string;
  stuck: boolean;
  /** The signal we expect to see for a stuck persona. */
  signal?: string;
  /** Replayed a second time in real time for posthog-js's column (its rage rule reads the events' own time stamps). */
  realTime?: boolean;
  run(visitor: Visitor): Promise<void>;
}
