// What a published extension shows besides its features: the icon, one repository base for every
// link (a placeholder today: https://example.invalid/...), settings that link to the rule pages,
// a walkthrough whose buttons run commands that exist, and the workspace trust and virtual
// workspace capabilities.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../../server/src/rules/registry';
import { repoRoot } from '../../helpers/paths';
import { localized, manifest, nls, type Json } from './manifest';

interface Step {
  id: string;
  description: string;
  completionEvents: string[];
}

const contributes = manifest.contributes as Record<string, unknown>;
const repositoryUrl = (manifest.repository as { url: string }).url;
const base = repositoryUrl.replace(/\.git$/, '');
/** Links in the texts of package.nls.json, markdown `[text](url)`. */
const links = Object.entries(nls).flatMap(([key, text]) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ key, url: m[1] })));

/** Anchors GitHub gives the README's headings: lower case, spaces to dashes, punctuation dropped. */
function readmeAnchors(): Set<string> {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  return new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
}

describe('marketplace manifest', () => {
  it('has a square PNG icon of 128 or 256 pixels, drawn from a committed SVG', () => {
    const icon = fs.readFileSync(path.join(repoRoot, manifest.icon as string));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
    assert.ok(width === height && (width === 128 || width === 256), `icon is ${width}×${height}`);
    assert.ok(fs.existsSync(path.join(repoRoot, (manifest.icon as string).replace(/\.png$/, '.svg'))), 'the icon source is committed');
  });

  it('links the homepage, the issues and the repository under one base', () => {
    assert.match(base, /^https:\/\/[^/]+\/[\w.-]+$/);
    assert.equal(manifest.homepage, `${base}#readme`);
    assert.equal((manifest.bugs as { url: string }).url, `${base}/issues`);
    assert.match((manifest.galleryBanner as { color: string }).color, /^#[0-9A-F]{6}$/i);
  });

  it('links only to pages of the repository that exist: files under blob/HEAD, README headings', () => {
    assert.ok(links.length > 5, `only ${links.length} links found`);
    const anchors = readmeAnchors();
    const broken = links.filter(({ url }) => {
      if (url.startsWith('command:')) return false;
      const file = url.startsWith(`${base}/blob/HEAD/`) ? url.slice(`${base}/blob/HEAD/`.length).split('#')[0] : null;
      if (file !== null) return !fs.existsSync(path.join(repoRoot, file));
      const anchor = url.startsWith(`${base}#`) ? url.slice(base.length + 1) : null;
      return anchor === null || !anchors.has(anchor);
    });
    assert.deepEqual(broken, []);
  });

  it('describes every setting in markdown, the lint settings with links to rule pages', () => {
    const properties = (contributes.configuration as { properties: Record<string, Record<string, Json>> }).properties;
    const codes = new Set(rules.map((rule) => rule.code));
    for (const [id, property] of Object.entries(properties)) {
      assert.equal(property.description, undefined, `${id} has a plain description`);
      const text = localized(property.markdownDescription as string);
      assert.ok(text.length > 20, `${id} has no markdownDescription`);
      if (!id.startsWith('cable.lint.')) continue;
      const pages = [...text.matchAll(/\]\(([^)]+)\/docs\/rules\/([A-Z]\d+)\.md\)/g)].map((m) => m[2]);
      const toRules = pages.length > 0 || text.includes(`](${base}#lint-rules)`);
      assert.ok(toRules, `${id} links to no rule page`);
      assert.deepEqual(pages.filter((code) => !codes.has(code)), [], `${id} links to pages of rules that do not exist`);
    }
  });

  it('has walkthrough buttons and completion events that name commands the extension contributes or the editor has', () => {
    const ours = new Set((contributes.commands as Array<{ command: string }>).map((c) => c.command));
    const editors = new Set(['workbench.actions.view.problems', 'outline.focus']);
    const [walkthrough] = contributes.walkthroughs as Array<{ steps: Step[] }>;
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['openSample', 'lint', 'hover', 'outline']);
    for (const step of walkthrough.steps) {
      const buttons = [...localized(step.description).matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.equal(buttons.length, 1, `${step.id} has ${buttons.length} buttons`);
      assert.ok(ours.has(buttons[0]) || editors.has(buttons[0]), `${step.id} runs ${buttons[0]}, which nobody contributes`);
      const done = step.completionEvents.map((event) => event.replace(/^onCommand:/, ''));
      assert.ok(done.includes(buttons[0]) || done.includes('onView:outline'), `${step.id} is not done by its button`);
    }
  });

  // A virtual workspace lacks nothing: `.cablelint.json` is read through the client's files
  // (test/protocol/clientFiles.test.ts), and the web extension runs where there is no disk (test/web).
  it('runs in untrusted and in virtual workspaces, on the web too', () => {
    const capabilities = manifest.capabilities as { untrustedWorkspaces: { supported: Json }; virtualWorkspaces: Json };
    assert.equal(capabilities.untrustedWorkspaces.supported, true);
    assert.equal(capabilities.virtualWorkspaces, true);
    assert.equal(manifest.browser, './client/dist/browserExtension.js');
  });
});
