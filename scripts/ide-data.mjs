// node scripts/ide-data.mjs [--check]
//
// Editor data for the Unstuck elements, generated from custom-elements.json (itself generated
// from the JSDoc in src/ by `npm run analyze`):
//   vscode.html-custom-data.json  VS Code custom HTML data, version 1.1 (a user points
//                                 settings.json "html.customData" at it)
//   web-types.json                JetBrains web-types (found through package.json "web-types")
// Both sit at the package root; to ship them they must also be listed in package.json "files".
//
// Only declarations with a tagName are listed, sorted by tag name; attributes, events, slots and
// CSS parts keep the manifest's (source) order. Output is 2-space JSON with a trailing newline,
// so the files can be committed; `--check` writes nothing and exits 1 when they are stale, or
// when the hand-written src/jsx.d.ts lacks an attribute or event the manifest lists.
// Plain Node 20, no dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const VSCODE_FILE = 'vscode.html-custom-data.json';
export const WEB_TYPES_FILE = 'web-types.json';

/**
 * Read the manifest, build both documents, and (unless `write` is false) write them to `outDir`.
 * Relative paths resolve against the current directory. The package name and version come from
 * the package.json beside the manifest unless `packageJsonPath` says otherwise.
 *
 * @returns {{ vscode: object, webTypes: object, files: Record<string, string>, stale: string[] }}
 *   `files` maps each output path to its exact text; `stale` lists those whose file on disk differs.
 */
export function generateIdeData({
  manifestPath = 'custom-elements.json',
  outDir = '.',
  packageJsonPath = join(dirname(resolve(manifestPath)), 'package.json'),
  write = true,
} = {}) {
  const manifest = readJson(manifestPath);
  const pkg = readJson(packageJsonPath);
  const elements = collectElements(manifest, pkg);

  const vscode = {
    version: 1.1,
    tags: elements.map((element) => vscodeTag(element, pkg)),
  };
  const webTypes = {
    $schema: 'http://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: { html: { elements: elements.map(webTypesElement) } },
  };

  const files = {
    [resolve(outDir, VSCODE_FILE)]: toJson(vscode),
    [resolve(outDir, WEB_TYPES_FILE)]: toJson(webTypes),
  };
  const stale = Object.entries(files)
    .filter(([path, text]) => readText(path) !== text)
    .map(([path]) => path);
  if (write) for (const path of stale) writeFileSync(path, files[path]);
  return { vscode, webTypes, files, stale };
}

/**
 * src/jsx.d.ts lists each element's attributes by hand. Report every manifest attribute (and
 * wrapper event) that its interface for that tag lacks, so `--check` catches a new attribute.
 * Reads `'tag': UnstuckElementProps<Class, Interface>` and follows `extends` between the
 * interfaces of that file.
 *
 * @returns {string[]} one line per missing name, e.g. `unstuck-form: theme`
 */
export function checkJsxCoverage({ manifestPath = 'custom-elements.json', jsxPath = 'src/jsx.d.ts' } = {}) {
  const source = readText(jsxPath);
  if (source === null) return [`${jsxPath} is missing`];
  const interfaces = new Map();
  for (const [, name, heritage = '', body] of source.matchAll(/interface (\w+)(?:<[^>{]*>)?(?: extends ([^{]+))? \{\n([\s\S]*?)\n\}/g)) {
    const keys = [...body.matchAll(/^ {2}'?([\w-]+)'?\??:/gm)].map((match) => match[1]);
    const parents = [...heritage.matchAll(/(\w+)(?:<[^>]*>)?/g)].map((match) => match[1]);
    interfaces.set(name, { keys, parents });
  }
  const keysOf = (name, seen = new Set()) => {
    const entry = interfaces.get(name);
    if (!entry || seen.has(name)) return [];
    seen.add(name);
    return [...entry.keys, ...entry.parents.flatMap((parent) => keysOf(parent, seen))];
  };
  const tags = new Map([...source.matchAll(/'([\w-]+)': UnstuckElementProps<\w+, (\w+)(?:<\w+>)?>/g)].map(([, tag, props]) => [tag, props]));
  const missing = [];
  for (const element of collectElements(readJson(manifestPath), { name: '', exports: {} })) {
    const props = tags.get(element.tagName);
    if (!props) {
      missing.push(`${element.tagName}: no entry in UnstuckIntrinsicElements`);
      continue;
    }
    const keys = new Set(keysOf(props));
    for (const attribute of element.attributes) if (!keys.has(attribute.name)) missing.push(`${element.tagName}: ${attribute.name}`);
    for (const event of element.events) if (!keys.has(`on${event.name}`)) missing.push(`${element.tagName}: on${event.name}`);
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// The manifest, flattened to what both formats need.

/**
 * @typedef {{ name: string, description: string, type: string, default: string | null,
 *   values: { name: string, description?: string }[] }} Attribute
 * @typedef {{ name: string, description: string }} Named
 * @typedef {{ tagName: string, className: string, module: string | null, summary: string,
 *   description: string, attributes: Attribute[], properties: (Named & { type: string })[],
 *   events: Named[], slots: Named[], cssParts: Named[], cssProperties: Named[] }} Element
 */

/** @returns {Element[]} */
function collectElements(manifest, pkg) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      elements.push(toElement(declaration, importPath(manifest, mod, declaration.name, pkg)));
    }
  }
  return elements.sort((a, b) => compare(a.tagName, b.tagName));
}

function toElement(declaration, module) {
  const attributeNames = new Set((declaration.attributes ?? []).map((attribute) => attribute.name).filter(Boolean));
  const attributes = uniqueBy(declaration.attributes, (attribute) => attribute.name).map((attribute) => {
    const type = cleanType(attribute.type?.text);
    return {
      name: attribute.name,
      description: text(attribute.description),
      type,
      default: cleanDefault(attribute.default, type),
      values: attributeValues(attribute.name, type, text(attribute.description), attributeNames),
    };
  });
  const properties = uniqueBy(
    (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
    ),
    (member) => member.name,
  ).map((member) => ({ name: member.name, description: text(member.description), type: member.type?.text ?? 'unknown' }));

  return {
    tagName: declaration.tagName,
    className: declaration.name,
    module,
    summary: text(declaration.summary),
    description: text(declaration.description),
    attributes,
    properties,
    // An event without a name (the analyzer saw a dispatchEvent but no @fires) cannot be listed.
    events: named(declaration.events),
    slots: uniqueBy(declaration.slots ?? [], (slot) => slot.name).map((slot) => ({ name: slot.name ?? '', description: text(slot.description) })),
    cssParts: named(declaration.cssParts),
    cssProperties: named(declaration.cssProperties),
  };
}

const named = (items) => uniqueBy(items, (item) => item.name).map((item) => ({ name: item.name, description: text(item.description) }));

/** First of each name, in order; entries without a name are dropped (slots keep '' for the default slot). */
function uniqueBy(items, key) {
  const seen = new Set();
  return (items ?? []).filter((item) => {
    const name = key(item);
    if (name === undefined || name === null || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** `string | null` → `string`; the manifest marks "absent = the element's default" with null. */
function cleanType(type) {
  if (!type) return 'string';
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part && part !== 'null' && part !== 'undefined');
  return parts.length ? parts.join(' | ') : 'string';
}

/** A default worth showing: not null/undefined (element-specific, see the description), not '' or false. */
function cleanDefault(value, type) {
  if (value === undefined || value === null) return null;
  const literal = String(value).trim();
  if (['null', 'undefined', "''", '""', ''].includes(literal)) return null;
  if (type === 'boolean' && literal === 'false') return null;
  const quoted = /^(['"`])(.*)\1$/.exec(literal);
  return quoted ? quoted[2] : literal;
}

const STRING_LITERAL = /^(['"])(.*)\1$/;

/**
 * Values an editor may suggest for an attribute:
 *  1. every member of a union of string literals (`'inline' | 'corner'`);
 *  2. choices documented in the description as backticked tokens that are
 *     a. the whole of a parenthesised list (`(\`45s\`, \`2m\`, \`off\`)`),
 *     b. a list opening the description (`\`granted\` (default), \`required\` …, \`denied\``),
 *     c. a list after "space-separated:" (`sinks`),
 *     d. a token followed by "by default" (`tab-away`: "\`off\` by default"), or
 *     e. written as this attribute with a value (`human-first="off"`).
 * Only plain tokens count (letters, digits, `-`, `_`, `/`): code such as `Unstuck.consent(true)`
 * or `[data-unstuck-goal]`, and names of the element's attributes, are skipped. A token starting with a digit is a format example (`45s`, `3/90s`) and says so.
 */
function attributeValues(name, type, description, attributeNames) {
  const values = [];
  const add = (value, note) => {
    if (!value || values.some((existing) => existing.name === value)) return;
    values.push(note ? { name: value, description: note } : { name: value });
  };

  const members = type.split('|').map((part) => part.trim());
  if (members.length > 0 && members.every((part) => STRING_LITERAL.test(part))) {
    for (const member of members) add(STRING_LITERAL.exec(member)[2]);
    return values;
  }
  if (type !== 'string' && type !== 'boolean') return values;

  const tokens = [];
  // a. parenthesised lists made only of backticked tokens
  for (const [, inside] of description.matchAll(/\(([^()]*)\)/g)) {
    const parts = inside.split(/,|\bor\b/).map((part) => part.trim()).filter(Boolean);
    if (parts.length && parts.every((part) => /^`[^`]+`$/.test(part))) tokens.push(...parts.map((part) => part.slice(1, -1)));
  }
  // b. a list that opens the description, outside parentheses
  if (description.startsWith('`')) {
    let outside = description;
    while (/\([^()]*\)/.test(outside)) outside = outside.replace(/\([^()]*\)/g, '');
    outside = outside.split(/\.\s/)[0];
    const first = /^`([^`]+)`/.exec(outside);
    const rest = outside.slice(first[0].length);
    tokens.push(first[1]);
    if (/^\s*,/.test(rest)) for (const [, token] of rest.matchAll(/`([^`]+)`/g)) tokens.push(token);
  }
  // c. "space-separated: `a`, `b`"
  const listed = /space-separated:\s*((?:`[^`]+`[,\s]*)+)/.exec(description);
  if (listed) for (const [, token] of listed[1].matchAll(/`([^`]+)`/g)) tokens.push(token);
  // d. "`off` by default"
  for (const [, token] of description.matchAll(/`([^`]+)` by default/g)) tokens.push(token);
  // e. `name="value"` naming this attribute
  for (const [, value] of description.matchAll(new RegExp(`\`${escapeRegExp(name)}="([^"]*)"\``, 'g'))) tokens.push(value);

  for (const token of tokens) {
    if (!/^[A-Za-z0-9][\w/-]*$/.test(token) || attributeNames.has(token) || token === name) continue;
    add(token, /^\d/.test(token) ? 'Example value.' : undefined);
  }
  return values;
}

const escapeRegExp = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** JSDoc text: hard-wrapped lines joined, paragraphs kept. */
function text(value) {
  if (!value) return '';
  return String(value)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The specifier that imports the element's class: the package's own name when src/index.ts
 * re-exports it, else the package.json export that maps to the module's dist file.
 */
function importPath(manifest, mod, className, pkg) {
  const index = manifest.modules.find((candidate) => candidate.path === 'src/index.ts');
  if (index?.exports?.some((entry) => entry.name === className)) return pkg.name;
  const built = `./${mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`;
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default ?? target?.import;
    if (file === built) return key === '.' ? pkg.name : `${pkg.name}/${key.replace(/^\.\//, '')}`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// VS Code: https://github.com/microsoft/vscode-html-languageservice/blob/main/docs/customData.md

function vscodeTag(element, pkg) {
  const tag = {
    name: element.tagName,
    description: markdown(elementDoc(element, { withMembers: true })),
    attributes: element.attributes.map((attribute) => {
      const entry = { name: attribute.name, description: markdown(attributeDoc(attribute)) };
      if (attribute.type === 'boolean') entry.valueSet = 'v';
      if (attribute.values.length) entry.values = attribute.values;
      return entry;
    }),
  };
  const references = referencesFor(element, pkg);
  if (references.length) tag.references = references;
  return tag;
}

const markdown = (value) => ({ kind: 'markdown', value });

/** Links only when package.json says where the documentation lives. */
function referencesFor(element, pkg) {
  const home = typeof pkg.homepage === 'string' ? pkg.homepage : null;
  return home ? [{ name: `${element.tagName} (README)`, url: home }] : [];
}

// ---------------------------------------------------------------------------------------------
// JetBrains: http://json.schemastore.org/web-types

function webTypesElement(element) {
  const entry = {
    name: element.tagName,
    description: elementDoc(element, { withMembers: false }),
  };
  if (element.module) entry.source = { module: element.module, symbol: element.className };
  entry.attributes = element.attributes.map((attribute) => {
    const value = { type: attribute.type };
    if (attribute.default !== null) value.default = attribute.default;
    return { name: attribute.name, description: attributeDoc(attribute), value };
  });
  const events = element.events.map(({ name, description }) => ({ name, description }));
  if (events.length) entry.events = events;
  if (element.slots.length) entry.slots = element.slots.map(({ name, description }) => ({ name, description }));
  const css = {};
  if (element.cssParts.length) css.parts = element.cssParts.map(({ name, description }) => ({ name, description }));
  if (element.cssProperties.length) css.properties = element.cssProperties.map(({ name, description }) => ({ name, description }));
  if (Object.keys(css).length) entry.css = css;
  // Newer JetBrains IDEs read events and DOM properties from the `js` namespace; `events` above
  // is the older place, kept for older IDEs.
  const js = {};
  if (element.properties.length) js.properties = element.properties.map(({ name, description, type }) => ({ name, description, type }));
  if (events.length) js.events = events;
  if (Object.keys(js).length) entry.js = js;
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Shared Markdown.

function elementDoc(element, { withMembers }) {
  const blocks = [];
  if (element.summary) blocks.push(element.summary);
  if (element.description && element.description !== element.summary) blocks.push(element.description);
  if (withMembers) {
    // VS Code has no fields for these, so they go in the hover text.
    const list = (title, items, label) =>
      items.length && blocks.push(`**${title}**\n\n${items.map((item) => `- ${label(item)}${item.description ? ` — ${item.description}` : ''}`).join('\n')}`);
    list('Events', element.events, (event) => `\`${event.name}\``);
    list('Slots', element.slots, (slot) => (slot.name ? `\`${slot.name}\`` : '(default)'));
    list('CSS parts', element.cssParts, (part) => `\`::part(${part.name})\``);
    list('CSS custom properties', element.cssProperties, (property) => `\`${property.name}\``);
  }
  return blocks.join('\n\n');
}

function attributeDoc(attribute) {
  const lines = [];
  if (attribute.description) lines.push(attribute.description);
  if (attribute.default !== null) lines.push(`Default: \`${attribute.default}\``);
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------------------------

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const toJson = (value) => `${JSON.stringify(value, null, 2)}\n`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const check = process.argv.includes('--check');
  const manifestPath = join(root, 'custom-elements.json');
  const { files, stale } = generateIdeData({ manifestPath, outDir: root, write: !check });
  const relative = (path) => path.slice(root.length + 1);
  if (check) {
    if (stale.length) {
      console.error(`Stale: ${stale.map(relative).join(', ')}. Run: node scripts/ide-data.mjs`);
      process.exitCode = 1;
    } else {
      console.log(`Up to date: ${Object.keys(files).map(relative).join(', ')}`);
    }
  } else {
    console.log(`${stale.length ? 'Wrote' : 'Unchanged'}: ${Object.keys(files).map(relative).join(', ')}`);
  }
  // src/jsx.d.ts is written by hand: say what it lacks (fatal only with --check).
  const missing = checkJsxCoverage({ manifestPath, jsxPath: join(root, 'src/jsx.d.ts') });
  if (missing.length) {
    console[check ? 'error' : 'warn'](`src/jsx.d.ts lacks what custom-elements.json lists:\n  ${missing.join('\n  ')}`);
    if (check) process.exitCode = 1;
  }
}
