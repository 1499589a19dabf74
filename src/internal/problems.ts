/** Configuration problems: one console warning per problem per element, never a throw. */

export interface Problem {
  /** Machine-readable reason, e.g. `invalid-attribute`. */
  reason: string;
  /** The attribute at fault, if any. */
  attribute: string | null;
  /** A sentence for people: what is wrong, and what the kit does instead. */
  message: string;
}

const reported = new WeakMap<Element, Set<string>>();

/** `<unstuck-form moment="loan-ssn">` — how warnings name an element. */
function describeElement(element: Element): string {
  const name = element.localName;
  const key = element.getAttribute('moment') ?? element.getAttribute('value');
  const attribute = element.hasAttribute('moment') ? 'moment' : 'value';
  return key ? `<${name} ${attribute}="${key.slice(0, 60)}">` : `<${name}>`;
}

/** True the first time `key` is reported for `element` (so each problem warns once). */
function firstReport(element: Element, key: string): boolean {
  let keys = reported.get(element);
  if (!keys) reported.set(element, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}

/** Warns once; returns whether this was the first report (so the caller can dispatch an event). */
export function warnProblem(element: Element, problem: Problem): boolean {
  if (!firstReport(element, `${problem.reason}|${problem.attribute}|${problem.message}`)) return false;
  console.warn(`[unstuck] ${describeElement(element)} ${problem.message}`);
  return true;
}
