import { readFileSync } from 'node:fs';
import { signalAttributesPlugin } from './scripts/cem-signals.mjs';

export default {
  globs: ['src/**/*.ts'],
  // Only the public surface: elements, events and entry points (internals stay out of the docs).
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/logic/**',
    'src/signals/**',
    'src/controllers/**',
    'src/internal/**',
    'src/page/coordinator.ts',
    'src/page/consent.ts',
    'src/page/settings.ts',
    'src/sinks/adapters.ts',
    'src/sinks/built-in.ts',
    'src/sinks/delivery.ts',
    'src/sinks/endpoint.ts',
    'src/sinks/names.ts',
    'src/components/hidden-element.ts',
    'src/components/attributes.ts',
    'src/components/wrapper/card.ts',
    'src/components/wrapper/card.styles.ts',
    'src/components/wrapper/clone.ts',
    'src/components/wrapper/lazy-card.ts',
    'src/components/wrapper/content.ts',
    'src/components/wrapper/page-link.ts',
    'src/components/wrapper/panel.ts',
  ],
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    signalAttributesPlugin(),
    {
      // The analyzer reads files in a varying order; sorting keeps the committed file stable.
      name: 'unstuck-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    {
      // Our define modules register through `defineElement(tag, Class)` (a guarded define), which
      // the analyzer does not read: declare each registration as the schema's
      // `custom-element-definition` export, so tools know which module defines which tag.
      name: 'unstuck-element-definitions',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          if (!module.path.startsWith('src/define/')) continue;
          const source = readFileSync(module.path, 'utf8');
          const imports = Object.fromEntries([...source.matchAll(/import \{ (\w+) \} from '\.\.\/(components\/[\w/-]+)\.js'/g)].map(([, name, path]) => [name, `src/${path}.ts`]));
          for (const [, tag, name] of source.matchAll(/defineElement\('([\w-]+)', (\w+)\)/g)) {
            (module.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: imports[name] } });
          }
        }
      },
    },
    {
      // `#private` fields are not reachable from outside the class: they are not the public surface.
      name: 'unstuck-no-private-fields',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => !member.name.startsWith('#'));
          }
        }
      },
    },
  ],
};
