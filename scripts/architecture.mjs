// The house rules of src/, as a check: no import cycles, no oversized files, layers import only
// downwards, and logic/ stays free of the DOM. `node scripts/architecture.mjs` exits 1 on any
// violation; test/architecture.test.ts runs it through the `architecture` server command.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 350;
const LIMITS = { 'components/wrapper/wrapper.ts': 300 }; // strictly under these

// Path prefix under root → layer, and the layers each may import. Top-level files and define/
// are entry points and may import anything.
const LAYERS = {
  logic: ['logic'],
  internal: ['internal'],
  events: ['events', 'internal'],
  sinks: ['sinks', 'events', 'internal', 'logic'],
  page: ['page', 'signals', 'sinks', 'events', 'internal', 'logic'],
  signals: ['signals', 'logic', 'internal', 'events'],
  controllers: ['controllers', 'signals', 'logic', 'internal', 'events', 'sinks'],
  components: ['components', 'controllers', 'signals', 'logic', 'internal', 'events', 'sinks', 'page', 'report'],
  report: ['report', 'logic'],
};
const NO_FRAMEWORK = new Set(['internal', 'events', 'sinks', 'page']); // neither lit nor xstate

const posix = (path) => path.split(sep).join('/');
const considered = (name) => name.endsWith('.ts') && !/\.(test|stories|d)\.ts$/.test(name);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() && considered(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file names: imports (type-only too), side-effect imports, export-from, import(). */
function specifiers(file, text) {
  const found = [];
  const visit = (node) => {
    const module =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) ? node.moduleSpecifier
      : ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) ? node.moduleReference.expression
      : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword ? node.arguments[0]
      : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) ? node.argument.literal
      : undefined;
    if (module && ts.isStringLiteralLike(module)) found.push(module.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

/** A relative specifier → the file it means (`./x.js` is written for `./x.ts`), or undefined. */
function resolveRelative(from, spec) {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(m|c)?js$/, '');
  const candidates = stem !== base ? [`${stem}.ts`, `${stem}.d.ts`, base] : [base, `${base}.ts`, `${base}.d.ts`, join(base, 'index.ts')];
  return candidates.find((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function layerOf(rel) {
  const [top, ...rest] = rel.split('/');
  if (rest.length === 0 || top === 'define') return 'entry';
  return Object.hasOwn(LAYERS, top) ? top : undefined;
}

function mayImportPackage(layer, name) {
  if (layer === 'logic') return name === 'xstate';
  if (NO_FRAMEWORK.has(layer)) return name !== 'lit' && name !== 'xstate';
  return true;
}

/** Every elementary cycle, each once: it starts at its smallest file and only passes larger ones. */
function cycles(graph, limit = 50) {
  const reverse = {};
  for (const [from, targets] of Object.entries(graph)) for (const to of targets) (reverse[to] ??= []).push(from);
  const found = [];
  for (const start of Object.keys(graph).sort()) {
    // Only files that can lead back to start: keeps the search off the (large) acyclic rest.
    const back = new Set([start]);
    for (const queue = [start]; queue.length > 0; ) {
      for (const from of reverse[queue.pop()] ?? []) if (from > start && !back.has(from)) back.add(from), queue.push(from);
    }
    const path = [start];
    const step = (node) => {
      for (const next of graph[node]) {
        if (found.length >= limit) return;
        if (next === start) found.push([...path, start]);
        else if (back.has(next) && !path.includes(next)) {
          path.push(next);
          step(next);
          path.pop();
        }
      }
    };
    step(start);
  }
  return found;
}

/** Type-checks logic/ against plain ES2022: any diagnostic there names a DOM (or Node) global. */
function logicDiagnostics(rootDir, files) {
  const config = ts.readConfigFile(join(REPO, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
  const program = ts.createProgram(files, { ...options, lib: ['lib.es2022.d.ts'], types: [], noEmit: true, skipLibCheck: true });
  return files.flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) return [];
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      return `${posix(relative(rootDir, file))}:${line + 1}: logic must type-check against plain ES2022, without DOM or Node globals: ${message}`;
    });
  });
}

export function checkArchitecture({ root = 'src' } = {}) {
  const rootDir = resolve(REPO, root);
  const rel = (path) => posix(relative(rootDir, path));
  const files = walk(rootDir).sort();
  const violations = [];
  const graph = {};
  const lines = {};

  for (const file of files) {
    const name = rel(file);
    const text = readFileSync(file, 'utf8');
    lines[name] = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    graph[name] = [];
    const layer = layerOf(name);
    if (!layer) violations.push(`${name}: not in any layer (move it under ${Object.keys(LAYERS).join('/, ')}/ or define/)`);

    for (const spec of specifiers(file, text)) {
      if (!spec.startsWith('.')) {
        const pkg = packageOf(spec);
        if (layer && !mayImportPackage(layer, pkg)) violations.push(`${name}: layer ${layer} may not import the package '${spec}'`);
        continue;
      }
      const target = resolveRelative(file, spec);
      if (!target) {
        violations.push(`${name}: import '${spec}' does not resolve to a file`);
        continue;
      }
      const targetName = rel(target);
      if (targetName.startsWith('../')) {
        violations.push(`${name}: imports '${spec}', outside ${root}`);
        continue;
      }
      if (!considered(target)) continue; // a .d.ts: types only, no layer
      if (!graph[name].includes(targetName)) graph[name].push(targetName);
      const targetLayer = layerOf(targetName);
      // An unlayered target is reported on its own; an entry file imports anything.
      if (layer && targetLayer && layer !== 'entry' && !LAYERS[layer].includes(targetLayer)) {
        violations.push(`${name}: layer ${layer} may not import ${targetName} (layer ${targetLayer}); allowed: ${LAYERS[layer].join(', ')}`);
      }
    }
  }

  for (const [name, count] of Object.entries(lines)) {
    const limit = LIMITS[name];
    if (limit !== undefined ? count >= limit : count > MAX_LINES) {
      violations.push(`${name}: ${count} lines; the limit is ${limit !== undefined ? `under ${limit}` : MAX_LINES}`);
    }
  }

  const found = cycles(graph);
  for (const cycle of found) violations.push(`import cycle: ${cycle.join(' → ')}`);
  if (found.length === 50) violations.push('import cycle: (stopped after 50 cycles)');

  // Rule 4 waits for logic/ to exist (it is being created while the old folders move).
  const logicFiles = files.filter((file) => rel(file).startsWith('logic/'));
  if (logicFiles.length > 0) violations.push(...logicDiagnostics(rootDir, logicFiles));

  return { violations, graph, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'src';
  const { violations, graph } = checkArchitecture({ root });
  if (violations.length > 0) {
    for (const violation of violations) console.log(violation);
    console.log(`\n${violations.length} architecture violation(s) in ${root}/`);
    process.exit(1);
  }
  const edges = Object.values(graph).reduce((sum, targets) => sum + targets.length, 0);
  console.log(`architecture: ${Object.keys(graph).length} files, ${edges} imports in ${root}/, no violations`);
}
