/** Configuration problems: one console warning per problem per element, never a throw. */
import { warnOnce } from './warn.js';

export interface Problem {
  /** Machine-readable reason, e.g. `invalid-attribute`. */
  reason: string;
  /** The attribute at fault, if any. */
  attribute: string | null;
  /** A sentence for people: what is wrong, and what the kit does instead. */
  message: string;
}

/** `<unstuck-form moment="loan-ssn">` — how warnings name an element. */
function describeElement(element: Element): string {
  const name = element.localName;
  const key = element.getAttribute('moment') ?? element.getAttribute('value');
  const attribute = element.hasAttribute('moment') ? 'moment' : 'value';
  return key ? `<${name} ${attribute}="${key.slice(0, 60)}">` : `<${name}>`;
}

/** Warns once; returns whether it warned (so the caller dispatches `unstuck-error` once too). */
export function warnProblem(element: Element, problem: Problem): boolean {
  return warnOnce(`${problem.reason}|${problem.attribute}|${problem.message}`, `${describeElement(element)} ${problem.message}`, element);
}
