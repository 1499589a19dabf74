/**
 * Story arguments from `custom-elements.json`: controls, descriptions and defaults for a tag's
 * attributes, generated from the manifest so no story hand-writes an attribute list.
 *
 *   const meta = { component: 'unstuck-form', argTypes: argTypesFor('unstuck-form'), … };
 *
 * Defaults the manifest cannot know (the per-element signal presets such as `idle="30s"` on
 * forms, `human-first` on for cancel flows) are read from the element classes themselves.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {
  UnstuckCancel,
  UnstuckCheckoutStep,
  UnstuckForm,
  UnstuckPricing,
  UnstuckSearch,
  UnstuckZone,
  type Signal,
} from '../src/index.js';

export interface CemAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  fieldName?: string;
}

export interface CemMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  attribute?: string;
  parameters?: { name: string; optional?: boolean; default?: string; type?: { text: string } }[];
}

export interface CemNamed {
  name: string;
  description?: string;
}

export interface CemDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: CemAttribute[];
  members?: CemMember[];
  events?: CemNamed[];
  slots?: CemNamed[];
  cssParts?: CemNamed[];
  cssProperties?: (CemNamed & { default?: string })[];
}

const declarations = (manifest as unknown as { modules: { declarations?: CemDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

/** Name under which a CSS part is listed (a part and an attribute or slot may share a name). */
export const partKey = (name: string) => `::part(${name})`;
/** Name under which a slot is listed (the default slot has no name). */
export const slotKey = (name: string) => name || '(default)';

/**
 * The manifest as autodocs should read it (for `setCustomElementsManifest`): public instance
 * members only, fields already listed as attributes left out, and names made unique across
 * categories — Storybook keys its table rows by name, so the `debug` part would hide the `debug`
 * attribute and the `response` part the `response` slot.
 */
export function docsManifest(): unknown {
  const copy = structuredClone(manifest) as unknown as { modules: { declarations?: CemDeclaration[] }[] };
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static && !member.attribute);
      declaration.slots = declaration.slots?.map((slot) => ({ ...slot, name: slotKey(slot.name) }));
      declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: partKey(part.name) }));
    }
  }
  return copy;
}

/** The manifest's declaration of a custom element; throws when the tag is not in the manifest. */
export function declarationOf(tag: string): CemDeclaration {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json: run npm run analyze.`);
  return declaration;
}

/** Every tag in the manifest. */
export const tags = (): string[] => declarations.flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

/** The CSS custom properties and parts of the question card (shared by every wrapper). */
export const cardCssProperties = (): CemNamed[] => declarationOf('unstuck-zone').cssProperties ?? [];
export const cardCssParts = (): CemNamed[] => declarationOf('unstuck-zone').cssParts ?? [];

/** Wrappers whose signal presets differ: read from the classes (the manifest holds only `null`). */
const WRAPPERS: Record<string, { signals: readonly Signal[]; presets: Readonly<Record<string, string>>; humanFirstByDefault: boolean }> = {
  'unstuck-zone': UnstuckZone,
  'unstuck-form': UnstuckForm,
  'unstuck-checkout-step': UnstuckCheckoutStep,
  'unstuck-pricing': UnstuckPricing,
  'unstuck-search': UnstuckSearch,
  'unstuck-cancel': UnstuckCancel,
};

/** Attributes typed `string` whose values are nevertheless a closed list (from their descriptions). */
const CLOSED_VALUES: Record<string, string[]> = {
  'exit-intent': ['on', 'off'],
  consent: ['granted', 'required', 'denied'],
  gpc: ['ignore'],
};

/** Defaults the manifest records as `null` because the element resolves them at run time (README). */
const DOCUMENTED_DEFAULTS: Record<string, Record<string, string>> = {
  '*': { cooldown: '7d', 'outcome-window': '10m', holdout: '0 (or <unstuck-config holdout>)' },
  'unstuck-config': { consent: 'granted', gpc: 'honour', 'max-per-session': '2', gap: '60s', holdout: '0' },
};

/** The select option that leaves an attribute out, so the element's own default applies. */
export const UNSET = '(not set)';

/** `'inline' | 'corner'` → `['inline', 'corner']`; anything that is not a union of literals → null. */
function literalUnion(typeText: string): string[] | null {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null' && part !== 'undefined');
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1));
}

const unquote = (text: string | undefined) => (text && /^'.*'$/.test(text) ? text.slice(1, -1) : text);

function defaultOf(tag: string, attribute: CemAttribute): string | undefined {
  const wrapper = WRAPPERS[tag];
  const preset = wrapper?.presets[attribute.name] ?? wrapper?.signals.find((signal) => signal.name === attribute.name)?.preset;
  if (preset) return preset;
  if (attribute.name === 'human-first' && wrapper) return wrapper.humanFirstByDefault ? 'on' : 'off';
  const documented = DOCUMENTED_DEFAULTS[tag]?.[attribute.name] ?? (wrapper ? DOCUMENTED_DEFAULTS['*']![attribute.name] : undefined);
  if (documented) return documented;
  if (attribute.default === undefined || attribute.default === 'null') return undefined;
  return unquote(attribute.default);
}

function controlOf(attribute: CemAttribute): Pick<ArgTypes[string], 'control' | 'options' | 'mapping'> {
  const typeText = attribute.type?.text ?? 'string';
  const nullable = /\bnull\b/.test(typeText);
  const closed = CLOSED_VALUES[attribute.name] ?? literalUnion(typeText);
  if (closed) {
    // A nullable attribute can be left out (the element's default); a non-nullable one has a value.
    return nullable
      ? { control: 'select', options: [UNSET, ...closed], mapping: { [UNSET]: undefined } }
      : { control: 'select', options: closed };
  }
  if (/\bboolean\b/.test(typeText)) {
    // `boolean | null` attributes read "on"/"off" and fall back to the element's default when absent.
    return nullable
      ? { control: 'select', options: [UNSET, 'on', 'off'], mapping: { [UNSET]: undefined } }
      : { control: 'boolean' };
  }
  if (/\bnumber\b/.test(typeText)) return { control: 'number' };
  return { control: 'text' };
}

export interface ArgTypeOptions {
  /** Attributes to leave out of the controls (they still show in the docs table). */
  exclude?: string[];
  /** Only these attributes get controls. */
  include?: string[];
}

/**
 * `argTypes` for a tag's attributes: a control per attribute (text, boolean, number, or a
 * select for closed lists such as `placement` inline|corner), its description and default.
 * Keys are attribute names, so story args read as markup: `args: { 'field-stall': '3s' }`.
 */
export function argTypesFor(tag: string, options: ArgTypeOptions = {}): ArgTypes {
  const argTypes: ArgTypes = {};
  for (const attribute of declarationOf(tag).attributes ?? []) {
    const controlled = (options.include?.includes(attribute.name) ?? true) && !options.exclude?.includes(attribute.name);
    const fallback = defaultOf(tag, attribute);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description ?? '',
      ...(controlled ? controlOf(attribute) : { control: false }),
      table: {
        category: 'attributes',
        type: { summary: attribute.type?.text ?? 'string' },
        ...(fallback !== undefined ? { defaultValue: { summary: fallback } } : {}),
      },
    };
  }
  const declaration = declarationOf(tag);
  const readOnly = (category: string, name: string, description = '') => {
    argTypes[name] = { name, description, control: false, table: { category } };
  };
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && !member.privacy && !member.static && !member.attribute) readOnly('properties', member.name, member.description);
  }
  for (const event of declaration.events ?? []) readOnly('events', event.name, event.description);
  for (const slot of declaration.slots ?? []) readOnly('slots', slotKey(slot.name), slot.description);
  for (const part of declaration.cssParts ?? []) readOnly('css shadow parts', partKey(part.name), part.description);
  // CSS custom properties are live controls: `element()` puts them in the element's style.
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description ?? '',
      control: property.name.startsWith('--unstuck-color') || property.name.startsWith('--unstuck-report') ? 'color' : 'text',
      table: { category: 'css custom properties', ...(property.default ? { defaultValue: { summary: property.default } } : {}) },
    };
  }
  return argTypes;
}

/** The attribute names of a tag (in manifest order). */
export const attributesOf = (tag: string): string[] => (declarationOf(tag).attributes ?? []).map((attribute) => attribute.name);

/** The public methods of a tag, as Markdown (Storybook's tables list no methods). */
function methodsOf(tag: string): string {
  const methods = (declarationOf(tag).members ?? []).filter((member) => member.kind === 'method' && !member.privacy && !member.static);
  if (!methods.length) return '';
  const signature = (member: CemMember) =>
    `${member.name}(${(member.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional || parameter.default ? '?' : ''}`).join(', ')})`;
  return ['**Methods**', '', ...methods.map((member) => `* \`el.${signature(member)}\` — ${member.description ?? ''}`)].join('\n');
}

/** The component description for autodocs: the manifest's description, extra notes, and methods. */
export function describeComponent(tag: string, notes = ''): string {
  const declaration = declarationOf(tag);
  return [declaration.description ?? declaration.summary ?? '', notes.trim(), methodsOf(tag)].filter(Boolean).join('\n\n');
}
