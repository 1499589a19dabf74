// Vite plugin for the demo: one site header and footer for every page, inserted where a page
// says <!-- demo:header … --> and <!-- demo:footer … -->; the header marks the current page.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const read = (name) => readFileSync(`demo/partials/${name}.html`, 'utf8');

export function demoPartials() {
  return {
    name: 'unstuck-demo-partials',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        if (!path.startsWith('/demo/')) return html;
        const page = path.endsWith('/') ? 'index.html' : basename(path);
        const header = read('header').replace(`<a href="./${page}">`, `<a href="./${page}" aria-current="page">`);
        return html.replace(/ *<!-- demo:header[^>]*-->\n/, header).replace(/ *<!-- demo:footer[^>]*-->\n/, read('footer'));
      },
    },
  };
}
