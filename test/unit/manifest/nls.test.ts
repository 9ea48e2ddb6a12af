// The manifest is ready for translation: every text the editor or the marketplace shows is a
// `%key%` placeholder whose English text is in package.nls.json (a translation is then a
// package.nls.<locale>.json with the same keys), and package.nls.json holds no unused text.
import assert from 'node:assert/strict';
import { manifest, nls, placeholderKey, strings } from './manifest';

/** Keys whose strings are shown to people (titles, descriptions and the like). */
const SHOWN = new Set(['displayName', 'description', 'title', 'category', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'altText', 'label']);

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
    assert.deepEqual(shown.filter(({ text }) => placeholderKey(text) === null).map(({ at, text }) => `${at}: ${text}`), []);
  });

  it('gives each text in package.nls.json some words, with no placeholder left in it', () => {
    const bad = Object.entries(nls).filter(([, text]) => !/\p{L}{2}/u.test(text) || /%[\w.]+%/.test(text));
    assert.deepEqual(bad, []);
  });
});
