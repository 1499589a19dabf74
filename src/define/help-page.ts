/**
 * Page-level observation every wrapper's define module brings: a page marked
 * `<meta name="unstuck-help">` counts as a help visit for the journeys open in this tab
 * (the `help-visit` signal), even when the page has no wrapper of its own.
 */
import { noteHelpPage } from '../signals/help-visit.js';

noteHelpPage();
