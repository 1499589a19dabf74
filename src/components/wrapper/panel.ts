import { html, nothing, type TemplateResult } from 'lit';
import type { UnstuckChoice } from '../choice/choice.js';
import type { UnstuckHuman } from '../human/human.js';
import type { UnstuckQuestion } from '../question/question.js';
import type { ShownChoice } from './content.js';

/** What the card shows: everything comes from the wrapper's state, nothing is kept here. */
export interface PanelState {
  view: 'question' | 'response';
  question: UnstuckQuestion;
  human: UnstuckHuman | null;
  humanFirst: boolean;
  shown: readonly ShownChoice[];
  /** The reply taken (names the response area). */
  answered: UnstuckChoice | null;
  /** Configuration warnings (preview and debug only). */
  warnings: readonly string[];
  /** Approval badges under each reply. */
  badges: boolean;
  /** In the page's flow, or floating above it (placement.ts). */
  mode: 'flow' | 'float';
  /** Floating in the top layer (Popover API). */
  popover: boolean;
}

export interface PanelHandlers {
  choose(choice: UnstuckChoice): void;
  dismiss(): void;
  keydown(event: KeyboardEvent): void;
  focusin(event: FocusEvent): void;
}

/** The question card: a labelled region with the prompt, the replies or the response, and the way to a person. */
export function renderPanel(state: PanelState, on: PanelHandlers): TemplateResult {
  const { question, human, humanFirst } = state;
  const humanPart = html`<div part="human" class="human">
    <p part="human-label" class="human-label">${human?.label ?? 'Talk to a person'}</p>
    <slot name="human"></slot>
  </div>`;
  return html`<section
    part="panel"
    class="panel ${humanFirst ? 'human-first' : ''}"
    role="region"
    aria-labelledby="prompt"
    data-mode=${state.mode}
    popover=${state.popover ? 'manual' : nothing}
    @keydown=${on.keydown}
    @focusin=${on.focusin}
  >
    <div class="header">
      <p id="prompt" part="prompt" class="prompt">${question.prompt}</p>
      <button part="dismiss" class="dismiss" type="button" aria-label=${question.dismissLabel} @click=${on.dismiss}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
      </button>
    </div>
    ${state.warnings.map((warning) => html`<p part="warning" class="warning">${warning}</p>`)}
    ${human && humanFirst ? humanPart : nothing}
    <ul part="choices" class="choices" role="list">
      ${state.shown.map(({ choice, badge, usable }) => {
        // Once answered, the replies stay: the chosen one pressed, any other can be taken instead.
        const pressed = state.view === 'response' ? String(choice === state.answered) : nothing;
        return html`<li>
          <button part="choice" class="choice" type="button" aria-pressed=${pressed} @click=${() => on.choose(choice)}>${choice.label}</button>
          ${state.badges ? html`<span part="badge" class="badge" data-usable=${usable}>${badge}</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${state.view === 'response'
      ? html`<div part="response" class="response" tabindex="-1" aria-label=${state.answered?.label ?? ''}>
          <slot name="response"></slot>
        </div>`
      : nothing}
    ${human && !humanFirst ? humanPart : nothing}
  </section>`;
}
