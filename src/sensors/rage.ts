import { isEntryField, pathInside } from '../internal/dom.js';
import { Sensor } from './sensor.js';

/** Things that look clickable: repeated clicks on them are frustration, not text selection. */
const CLICKABLE = 'a[href], button, [role=button], [role=link], [onclick], summary, label, input';

/** Controls that legitimately take repeated clicks. */
const REPEATABLE = '[data-unstuck-repeatable], select, input[type=range], input[type=number]';

/**
 * Rage: pointer clicks close together in time and space (the machine's chain rule decides).
 * Not counted: keyboard clicks, clicks in fields, steppers and other repeatable controls,
 * and the second and third click of a double/triple-click that selected text.
 */
export class RageSensor extends Sensor {
  protected connect(): void {
    this.listen<MouseEvent>(this.host, 'click', (event) => {
      if (event.detail === 0) return; // Enter/Space on a button: not a pointer burst.
      const path = pathInside(event, this.host);
      if (path.some((element) => isEntryField(element) || element.matches(REPEATABLE))) return;
      if (event.detail > 1 && selectingText(path)) return;
      this.host.sense({ type: 'signal', signal: 'rage', at: this.host.now(), x: event.clientX, y: event.clientY });
    });
  }
}

/**
 * A double/triple click that selected text is reading, not rage — unless it landed on
 * something that looks clickable (a dead button whose label got selected). Only runs on the
 * second and third click of a burst, so the style read stays off the hot path.
 */
function selectingText(path: Element[]): boolean {
  if (document.getSelection()?.isCollapsed ?? true) return false;
  const target = path[0];
  if (!target || path.some((element) => element.matches(CLICKABLE))) return false;
  return getComputedStyle(target).cursor !== 'pointer';
}
