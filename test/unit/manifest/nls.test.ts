// The manifest is ready for translation: every text the editor or the marketplace shows is a
// `%key%` placeholder whose English text is in package.nls.json (a translation is then a
// package.nls.<locale>.json with the same keys), and package.nls.json holds no unused text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/paths';
import { localized, manifest, nls, placeholderKey, strings } from './manifest';

/** Keys whose strings are shown to people (titles, descriptions, walkthrough texts and media). */
const SHOWN = new Set(['displayName', 'description', 'title', 'category', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'altText', 'label', 'markdown']);

describe('manifest texts (package.nls.json)', () => {
  const all = strings(manifest);

  it('has a text for every %key% of package.json, and no text package.json does not use', () => {
    const used = new Set(all.flatMap(({ text }) => placeholderKey(text) ?? []));
    assert.ok(used.size > 10, `only ${used.size} placeholders found`);
    assert.deepEqual([...used].filter((key) => !(key in nls)), [], 'placeholders without a text in package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'texts in package.nls.json that package.json does not use');
  });

  it('puts every shown text of package.json in package.nls.json', () => {
    const shown = all.filter(({ at, key }) => SHOWN.has(key) && !at.startsWith('scripts.'));
    assert.ok(shown.some(({ at }) => at.startsWith('contributes.walkthroughs.')), 'the walkthrough texts are checked');
    assert.deepEqual(shown.filter(({ text }) => placeholderKey(text) === null).map(({ at, text }) => `${at}: ${text}`), []);
  });

  it('gives each text in package.nls.json some words, with no placeholder left in it', () => {
    const bad = Object.entries(nls).filter(([, text]) => !/\p{L}{2}/u.test(text) || /%[\w.]+%/.test(text));
    assert.deepEqual(bad, []);
  });

  it('names walkthrough media that exist, through texts a translation can point elsewhere', () => {
    const media = all.filter(({ at, key }) => at.startsWith('contributes.walkthroughs.') && key === 'markdown');
    assert.equal(media.length, 4, 'one markdown page for each of the four steps');
    for (const { text } of media) {
      assert.ok(placeholderKey(text), `${text} is not a placeholder`);
      assert.ok(fs.existsSync(path.join(repoRoot, localized(text))), `${localized(text)} does not exist`);
    }
  });
});
