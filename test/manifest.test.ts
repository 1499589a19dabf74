import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Declaration {
  kind: string;
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  name?: string;
  events?: { name: string; type?: { text: string } }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}

describe('custom-elements.json', () => {
  let result: { current: boolean; manifest: { modules: { declarations?: Declaration[] }[] } };
  before(async function () {
    this.timeout(60_000);
    result = (await executeServerCommand('manifest-is-current')) as typeof result;
  });

  const element = (tag: string) =>
    result.manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)!;

  it('is current (run `npm run analyze` after changing an element)', () => {
    expect(result.current).to.be.true;
  });

  it('validates against the custom-elements-manifest schema, each element as a CustomElementDeclaration (every event typed)', async () => {
    expect(await executeServerCommand('manifest-schema', { manifest: result.manifest })).to.deep.equal([]);
    const events = result.manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.events ?? []);
    expect(events.length, "seven per wrapper, one on <unstuck-config>").to.be.at.least(50);
    // And the check has teeth: an event without its type fails.
    const broken = structuredClone(result.manifest);
    const zone = broken.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'unstuck-zone')!;
    delete (zone.events![0] as { type?: unknown }).type;
    expect(await executeServerCommand('manifest-schema', { manifest: broken })).to.deep.equal(["unstuck-zone/events/0 must have required property 'type'"]);
  });

  it('declares which module defines which tag (custom-element-definition exports)', () => {
    const definitions = (result.manifest.modules as { path: string; exports?: { kind: string; name: string; declaration: { name: string; module: string } }[] }[])
      .flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ ...entry, path: module.path })));
    const tags = definitions.map((definition) => definition.name);
    expect(tags).to.include.members(['unstuck-zone', 'unstuck-form', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel', 'unstuck-config', 'unstuck-question', 'unstuck-choice', 'unstuck-human', 'unstuck-report']);
    for (const definition of definitions) {
      expect(definition.path, definition.name).to.equal(`src/define/${definition.name}.ts`);
      expect(element(definition.name), `${definition.name} points at its class`).to.include({ name: definition.declaration.name });
    }
  });

  it('documents every element', () => {
    for (const tag of [
      'unstuck-zone', 'unstuck-form', 'unstuck-checkout-step', 'unstuck-pricing', 'unstuck-search', 'unstuck-cancel',
      'unstuck-question', 'unstuck-choice', 'unstuck-human', 'unstuck-config',
    ]) {
      expect(element(tag), tag).to.exist;
    }
  });

  it('documents each wrapper\'s own signals', () => {
    const own: Record<string, string[]> = {
      'unstuck-checkout-step': ['round-trips', 'errors'],
      'unstuck-pricing': ['dither', 'scroll-back'],
      'unstuck-search': ['failed-searches'],
      'unstuck-cancel': ['returns'],
    };
    for (const [tag, attributes] of Object.entries(own)) {
      const names = element(tag).attributes!.map((attribute) => attribute.name);
      expect(names, tag).to.include.members([...attributes, 'tab-away', 'idle', 'moment']);
    }
    expect(element('unstuck-config').attributes!.map((attribute) => attribute.name)).to.include.members(['max-per-session', 'gap']);
    expect(element('unstuck-search').members!.map((member) => member.name)).to.include('reportSearch');
  });

  it('documents every wrapper attribute, event, slot, part and CSS property, with descriptions', () => {
    const form = element('unstuck-form');
    const attributes = form.attributes!.map((attribute) => attribute.name);
    expect(attributes).to.include.members([
      'moment', 'journey', 'step', 'idle', 'loops', 'rage', 'exit-intent', 'goal', 'holdout', 'cooldown',
      'outcome-window', 'priority', 'human-first', 'placement', 'preview', 'debug', 'disabled',
      'field-stall', 'field-churn', 'errors',
    ]);
    expect(form.attributes!.filter((attribute) => !attribute.description).map((attribute) => attribute.name)).to.deep.equal([]);
    expect(form.events!.map((event) => event.name)).to.include.members([
      'unstuck-detect', 'unstuck-show', 'unstuck-answer', 'unstuck-dismiss', 'unstuck-escalate', 'unstuck-outcome', 'unstuck-error',
    ]);
    expect(form.slots!.map((slot) => slot.name)).to.include.members(['', 'response', 'human']);
    expect(form.cssParts!.map((part) => part.name)).to.include.members(['panel', 'prompt', 'choice', 'dismiss', 'response', 'human']);
    expect(form.cssProperties!.length).to.be.greaterThan(8);
  });

  it('documents the authoring elements', () => {
    expect(element('unstuck-choice').attributes!.map((attribute) => attribute.name)).to.include.members([
      'value', 'label', 'approved-by', 'approved-on', 'expires-on', 'escalate',
    ]);
    expect(element('unstuck-question').attributes!.map((attribute) => attribute.name)).to.include.members(['prompt', 'signals']);
    expect(element('unstuck-human').attributes!.map((attribute) => attribute.name)).to.include('label');
  });

  it('keeps internals out of the public members', () => {
    const names = element('unstuck-zone').members!.filter((member) => member.privacy !== 'private').map((member) => member.name);
    expect(names).to.not.include.members(['sense', 'fault', 'onMoment', 'machineInput']);
  });

  it('the IDE data (VS Code custom data, JetBrains web-types, React typings) matches it', async function () {
    this.timeout(30_000);
    const { code, output } = (await executeServerCommand('ide-data-is-current')) as { code: number; output: string };
    expect(code, output).to.equal(0);
  });

  it('the React 19 JSX typings compile, and reject what they should', async function () {
    this.timeout(60_000);
    const { code, output } = (await executeServerCommand('typecheck-react')) as { code: number; output: string };
    expect(code, output).to.equal(0);
  });
});
