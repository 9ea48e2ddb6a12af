// Every cable the project has, and bad input, renders to valid HTML that loses no text: each
// line's words appear in the rendering in the order they are written, whatever the parser read.
// No external URL, no style attribute (the view's CSP forbids inline styles), no script.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReferenceItem } from '../../../server/src/model/cable';
import { parseCable } from '../../../server/src/parser';
import { renderCable, renderDocument } from '../../../server/src/render';
import { corpusDir, corpusFiles, fixturesDir, repoRoot } from '../../helpers/paths';
import { all, attr, byClass, parseHtml, parsePage, text, type Node } from './dom';

/** What HTML cannot carry, as the rendering shows it: C0 controls as Control Pictures, others as `U+0085`. */
const NOT_IN_HTML = /[\u0000-\u0008\u000B\u000E-\u001F]|[\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const shown = (c: string): string =>
  c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : c === '\u007F' ? '\u2421' : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The words of the source that are missing from the rendering's text, in order. */
function lostWords(source: string, rendered: string): string[] {
  const lost: string[] = [];
  let at = 0;
  // A byte-order mark, also as Latin-1 (`ï»¿`, 04STATE137635), is not text: the parser blanks it.
  for (const word of source.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').replace(NOT_IN_HTML, shown).split(/\s+/).filter(Boolean)) {
    const found = rendered.indexOf(word, at);
    if (found < 0) lost.push(word);
    else at = found + word.length;
  }
  return lost;
}

function checkMarkup(root: Node, name: string): void {
  const ids = all(root, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')!);
  assert.equal(new Set(ids).size, ids.length, `${name}: duplicate ids`);
  for (const element of all(root)) {
    assert.equal(attr(element, 'style'), undefined, `${name}: a style attribute`);
    for (const name of ['href', 'src', 'action', 'srcset']) {
      const value = attr(element, name);
      assert.ok(value === undefined || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value), `${name}: external URL ${value}`);
    }
  }
  assert.equal(all(root, (e) => e.tagName === 'script').length, 0, `${name}: a script`);
}

function sources(): Array<[string, string]> {
  const corpus = corpusFiles().map((f): [string, string] => [f, fs.readFileSync(path.join(corpusDir, f), 'utf8')]);
  const others = [path.join(repoRoot, 'test', 'corpus', 'seed'), path.join(repoRoot, 'test', 'corpus', 'variants'), fixturesDir].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => /\.(txt|cable)$/.test(f))
      .map((f): [string, string] => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
  return [...corpus, ...others];
}

const BAD_INPUTS: Record<string, string> = {
  empty: '',
  'blank lines': '\n\n   \n\t\n',
  'garbage bytes': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)).toString('latin1'),
  'half-typed header': 'VZCZC\nPP RUE\nDE RUEHKP #08\nZNY CCC\nP 1406\nFM AMCON\nTO RUEHC/\nC O N F I D E N T\nE.O. 129\nTAGS: PG\nSUBJECT: \n1. (C\n2. (',
  'CRLF, BOM and tabs': '\uFEFFUNCLAS KARACHI 000001\r\n\r\nE.O.\t12958: N/A\r\nTAGS:\tPGOV\r\nSUBJECT: TABS\tAND CRLF\r\n\r\n1. (U)\tText\twith tabs.\r\n',
  'HTML in the text': 'UNCLAS KARACHI 000002\n\nSUBJECT: <script>alert(1)</script> & "quotes" \'too\'\n\n1. (U) <img src="http://example.com/x.png"> <a href="javascript:x">link</a> &amp; &lt;\n',
  'one very long line': `UNCLAS KARACHI 000003\n\n1. (U) ${'word '.repeat(20000)}\n`,
  'unclosed blocks and marks': 'CONFIDENTIAL KARACHI 000004\n\n1. (C SUMMARY: starts\n\n2. C) COMMENT: also\n\n3. (XYZ) unknown mark\n',
};

describe('render: every cable and bad input', function () {
  // About 300 cables rendered and parsed back: seconds, on a loaded machine.
  this.timeout(30_000);

  it(`renders the corpus, the seed, the variants and the fixtures as valid HTML with no lost text`, () => {
    const all = sources();
    assert.ok(all.length > 280, `only ${all.length} cables`);
    for (const [name, source] of all) {
      const page = renderDocument(parseCable(source));
      const root = parsePage(page);
      checkMarkup(root, name);
      assert.deepEqual(lostWords(source, text(root)), [], `${name}: words missing from the rendering`);
    }
  });

  for (const [name, source] of Object.entries(BAD_INPUTS)) {
    it(`renders bad input without loss or harm: ${name}`, () => {
      const rendered = renderCable(parseCable(source));
      const root = parseHtml(rendered.html);
      checkMarkup(root, name);
      assert.deepEqual(lostWords(source, text(root)), []);
      assert.equal(byClass(root, 'banner-top').length, 1);
    });
  }

  it('turns REF items into links only where the resolver gives a target, escaping it', () => {
    const source = fs.readFileSync(path.join(corpusDir, '04LAGOS1204.txt'), 'utf8');
    const asked: string[] = [];
    const resolve = (item: ReferenceItem) => {
      asked.push(item.cableId ?? '');
      return item.cableId === '03LAGOS2434' ? '03LAGOS2434.html?a=1&b="2"' : null;
    };
    const root = parseHtml(renderCable(parseCable(source), { resolveReference: resolve }).html);
    const links = byClass(root, 'ref-link');
    assert.deepEqual(links.map((a) => [attr(a, 'href'), text(a)]), [['03LAGOS2434.html?a=1&b="2"', 'cable 03LAGOS2434']]);
    assert.ok(asked.length >= 8, 'the resolver is asked for every item');
    const plain = parseHtml(renderCable(parseCable(source)).html);
    assert.equal(byClass(plain, 'ref-link').length, 0, 'no links without a resolver');
  });
});
