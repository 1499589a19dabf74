// Custom Elements Manifest analyzer plugin: a wrapper's signal attributes.
//
// A signal is defined once, in src/signals/<name>.ts (`export const fieldStall = defineSignal({
// name: 'field-stall', preset: '20s', … })`, its JSDoc the attribute's description), and a wrapper
// lists its signals (`static signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS]`, with
// `const OWN_SIGNALS = [fieldStall, …] as const`) and presets (`static presets = { idle: '30s' }`).
// The element creates the attributes and properties at run time (Lit's `createProperty`), so the
// analyzer cannot see them: this plugin reads the same definitions and adds each signal's
// attribute and field to the class that lists it, with the class's preset as its default.
// Inherited signals come from the base class through the analyzer's own inheritance step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SIGNALS_DIR = 'src/signals';
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const TYPE = { text: 'string | null' };

/** export name → { name, preset, description }, from every `defineSignal({...})` in src/signals. */
/** The parsed files of src/signals (signal lists such as COMMON_SIGNALS are looked up there too). */
let signalSources = [];

function readSignals(ts) {
  const signals = new Map();
  signalSources = [];
  for (const file of readdirSync(SIGNALS_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(SIGNALS_DIR, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    signalSources.push(source);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const call = declaration.initializer;
        if (!call || !ts.isCallExpression(call) || call.expression.getText() !== 'defineSignal') continue;
        const fields = Object.fromEntries(
          call.arguments[0].properties.filter(ts.isPropertyAssignment).map((property) => [property.name.getText(), property.initializer]),
        );
        const text = (node) => (node && ts.isStringLiteral(node) ? node.text : undefined);
        const jsDoc = statement.jsDoc?.at(-1);
        signals.set(declaration.name.getText(), {
          name: text(fields.name),
          preset: text(fields.preset),
          description: jsDoc ? ts.getTextOfJSDocComment(jsDoc.comment)?.replace(/\s+/g, ' ').trim() : undefined,
        });
      }
    }
  }
  return signals;
}

/** The array literal a `const NAME = [...] as const` in `source` holds. */
function constArray(ts, source, name) {
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText() !== name || !declaration.initializer) continue;
      let value = declaration.initializer;
      while (ts.isAsExpression(value) || ts.isSatisfiesExpression?.(value)) value = value.expression;
      if (ts.isArrayLiteralExpression(value)) return value;
    }
  }
  return undefined;
}

/** The signal export names a class lists itself (not those it inherits with `...Base.signals`). */
function ownSignals(ts, source, initializer) {
  const names = [];
  const visit = (node) => {
    while (ts.isAsExpression(node)) node = node.expression;
    if (ts.isIdentifier(node)) {
      const array = [source, ...signalSources].map((file) => constArray(ts, file, node.text)).find(Boolean);
      if (array) visit(array);
      else names.push(node.text);
    } else if (ts.isArrayLiteralExpression(node)) {
      for (const element of node.elements) visit(element);
    } else if (ts.isSpreadElement(node) && !ts.isPropertyAccessExpression(node.expression)) {
      visit(node.expression);
    }
  };
  visit(initializer);
  return names;
}

const staticMember = (ts, classNode, name) =>
  classNode.members.find(
    (member) => ts.isPropertyDeclaration(member) && member.name.getText() === name && member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
  );

export function signalAttributesPlugin() {
  let signals;
  return {
    name: 'unstuck-signal-attributes',
    initialize({ ts }) {
      signals = readSignals(ts);
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name.text);
      if (!declaration) return;
      const source = node.getSourceFile();
      const listed = staticMember(ts, node, 'signals')?.initializer;
      const presetsNode = staticMember(ts, node, 'presets')?.initializer;
      const presets = presetsNode && ts.isObjectLiteralExpression(presetsNode)
        ? Object.fromEntries(presetsNode.properties.filter(ts.isPropertyAssignment).map((property) => [property.name.getText().replace(/['"]/g, ''), property.initializer.text]))
        : {};
      const own = listed ? ownSignals(ts, source, listed).map((name) => signals.get(name)).filter(Boolean) : [];
      // Presets of inherited signals: the same attribute again, with this element's default.
      const overridden = [...signals.values()].filter((signal) => signal.name in presets && !own.includes(signal));
      for (const signal of [...own, ...overridden]) {
        const preset = presets[signal.name] ?? signal.preset;
        const fieldName = camel(signal.name);
        const description = signal.description ?? '';
        declaration.attributes = [...(declaration.attributes ?? []).filter((attribute) => attribute.name !== signal.name), { name: signal.name, type: TYPE, default: `'${preset}'`, description, fieldName }];
        declaration.members = [
          ...(declaration.members ?? []).filter((member) => member.name !== fieldName),
          { kind: 'field', name: fieldName, type: TYPE, default: 'null', description, attribute: signal.name },
        ];
      }
    },
  };
}
