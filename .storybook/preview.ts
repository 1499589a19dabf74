import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/unstuck.ts';

interface Member {
  privacy?: string;
  static?: boolean;
}

// Autodocs from the manifest, without protected, private or static members.
const publicOnly = structuredClone(manifest) as { modules: { declarations?: { members?: Member[] }[] }[] };
for (const module of publicOnly.modules) {
  for (const declaration of module.declarations ?? []) {
    declaration.members = declaration.members?.filter((member) => !member.privacy && !member.static);
  }
}
setCustomElementsManifest(publicOnly);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
