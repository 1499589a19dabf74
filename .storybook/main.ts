import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // One copy of lit-html across the preview and the stories, pre-bundled up front (a lit
    // subpath discovered later makes Vite re-optimize and reload the preview in dev).
    const litEntries = ['lit', 'lit/decorators.js', 'lit/directive.js', 'lit/directive-helpers.js', 'lit/static-html.js'];
    const litDirectives = ['keyed', 'unsafe-html'].map((name) => `lit/directives/${name}.js`);
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...litEntries, ...litDirectives, 'xstate'],
    };
    return viteConfig;
  },
};

export default config;
