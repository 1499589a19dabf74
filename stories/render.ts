/**
 * Rendering helpers shared by the stories: story args → attributes, and a generic render
 * function for any Unstuck element around some content.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { keyed } from 'lit/directives/keyed.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { attributesOf } from './manifest.js';

export type Args = Record<string, unknown>;

/** An arg as attribute text: `true` → present, `false`/`null`/`undefined`/`''` → absent. */
function attributeText(value: unknown): string | null {
  if (value === undefined || value === null || value === false || value === '') return null;
  if (value === true) return '';
  return String(value);
}

/** Sets the given attributes on its element and removes the ones it set before and no longer gets. */
class AttributesDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element: <el ${attributes(args)}>');
  }

  render(_attributes: Args): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [attributes]: [Args]): typeof noChange {
    const element = part.element;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(attributes)) {
      const text = attributeText(value);
      if (text === null) continue;
      next.add(name);
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
    for (const name of this.previous) if (!next.has(name)) element.removeAttribute(name);
    this.previous = next;
    return noChange;
  }
}

/** `<el ${attributes({ moment: 'x', preview: true })}>` → `<el moment="x" preview>`. */
export const attributes = directive(AttributesDirective);

/**
 * The args that are attributes of `tag` (story args may hold other things), plus a `style`
 * attribute made of the args that are CSS custom properties (`--unstuck-color-accent`…).
 */
export function attributeArgs(tag: string, args: Args): Args {
  const names = new Set(attributesOf(tag));
  const attributes = Object.fromEntries(Object.entries(args).filter(([name]) => names.has(name)));
  const style = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');
  return style ? { ...attributes, style } : attributes;
}

export type Content = string | TemplateResult | (string | TemplateResult)[];

const asTemplate = (content: Content): unknown =>
  Array.isArray(content) ? content.map(asTemplate) : typeof content === 'string' ? unsafeHTML(content) : content;

/** `<tag …args>content</tag>`, where content is markup (a string) or a Lit template. */
export function element(tag: string, args: Args, content: Content = ''): TemplateResult {
  const name = unsafeStatic(tag);
  return html`<${name} ${attributes(attributeArgs(tag, args))}>${asTemplate(content)}</${name}>`;
}

/**
 * A render function for a wrapper: `render: wrapper('unstuck-form', content, storyConfig)`.
 * `pageSettings` (an `<unstuck-config>`) is rendered before the wrapper in story view only: a
 * docs page shows many stories at once, and a page has one `<unstuck-config>`.
 */
export const wrapper =
  (tag: string, content: Content | ((args: Args) => Content), pageSettings: Content = '') =>
  (args: Args, context?: { viewMode?: string }): TemplateResult =>
    html`${context?.viewMode === 'docs' ? '' : asTemplate(pageSettings)}${element(tag, args, typeof content === 'function' ? content(args) : content)}`;

/** A short note above the story (not part of its source snippet): what to try, what happens. */
export const note =
  (text: string): Decorator =>
  (story) =>
    html`<p class="demo-note">${unsafeHTML(text)}</p>${story()}`;

/**
 * An authoring element shown the way designers review it: inside `<unstuck-form preview>`, which
 * shows the question at once with approval badges and sends and stores nothing. Keyed on the
 * args, so a change in the controls rebuilds the card (preview reads approvals when it opens).
 */
export const inPreview = (moment: string, content: Content, args: Args = {}, tag = 'unstuck-form'): TemplateResult =>
  html`${keyed(JSON.stringify(args), element(tag, { moment, preview: true }, content))}`;
