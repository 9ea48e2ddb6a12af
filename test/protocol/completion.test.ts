// Completion through the real server (a process, or a browser worker): TAGS of the cable's era, routing indicators and
// addresses, precedence words, portion marks, captions, and the snippets that carry today's dates
// or the next paragraph number — on whole and on half-typed lines.

import assert from 'node:assert/strict';
import { LspClient, transport } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';
import { tenYearsOn } from '../helpers/dates';
import { defined } from '../helpers/defined';

interface Position {
  line: number;
  character: number;
}
interface Item {
  label: string;
  kind: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  insertTextFormat?: number;
  filterText?: string;
  textEdit: { range: { start: Position; end: Position }; newText: string };
}
interface List {
  isIncomplete: boolean;
  items: Item[];
}

const SNIPPET = 2;
const seed = readFixture('07KARACHI861.cable');
const seedLines = seed.split('\n');
/** The blank line between the banner and the first SIPDIS caption. */
const captionLine = seedLines.findIndex((l) => l.startsWith('C O N F I D E N T I A L')) + 1;

/** The seed with line `pattern` matches replaced by `text`; the cursor goes at the end of `text` or at `|`. */
function edited(pattern: RegExp, text: string, base: readonly string[] = seedLines): { text: string; position: Position } {
  const line = base.findIndex((l) => pattern.test(l));
  assert.ok(line >= 0, `no line matches ${pattern}`);
  const bar = text.indexOf('|');
  const lines = base.slice();
  lines[line] = text.replace('|', '');
  return { text: lines.join('\n'), position: { line, character: bar < 0 ? text.length : bar } };
}


describe(`completion over ${transport}`, function () {
  this.timeout(20000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.kill());

  async function complete(doc: { text: string; position: Position }): Promise<List> {
    const uri = await client.openNew('completion', doc.text);
    const list = await client.request<List | Item[] | null>('textDocument/completion', { textDocument: { uri }, position: doc.position });
    assert.ok(list && !Array.isArray(list), 'a CompletionList');
    return list;
  }

  /** completionItem/resolve: the documentation long lists leave out. */
  const resolve = (item: Item) => client.request<Item>('completionItem/resolve', item);
  const labels = (list: List) => list.items.map((item) => item.label);
  const item = (list: List, label: string): Item => {
    const found = list.items.find((i) => i.label === label);
    assert.ok(found, `no ${label} among ${labels(list).slice(0, 20).join(', ')}…`);
    return found;
  };

  it('announces completion with / ( and space as trigger characters, and resolves items', () => {
    assert.deepEqual(client.initializeResult.capabilities.completionProvider, { triggerCharacters: ['/', '(', ' '], resolveProvider: true });
  });

  describe('TAGS', () => {
    it('offers the codes not yet on the line, with meanings and sources', async () => {
      const list = await complete(edited(/^TAGS/, 'TAGS: [PGOV](#) [PINR](#) [PREL](#) [PK](#) '));
      for (const present of ['PGOV', 'PINR', 'PREL', 'PK']) assert.ok(!labels(list).includes(present), `${present} is already on the line`);
      const econ = item(list, 'ECON');
      assert.equal(econ.detail, 'Economic Conditions');
      assert.equal(econ.documentation, undefined, 'left to completionItem/resolve');
      const { documentation, ...unchanged } = await resolve(econ);
      assert.match(defined(documentation?.value), /subject TAGS[\s\S]*\*\*Economic Conditions\*\*[\s\S]*Source: 5FAH-3-H-011\.1\(2022\)/);
      assert.deepEqual(unchanged, econ, 'resolve adds the documentation only');
      assert.ok(!labels(list).includes('OF'), 'an artifact is not a code to offer');
    });

    it('completes a half-typed code and replaces what is typed', async () => {
      const doc = edited(/^TAGS/, 'TAGS: PGOV PINR PR');
      const list = await complete(doc);
      assert.ok(list.items.length > 0 && list.items.every((i) => i.label.startsWith('PR')), labels(list).join(' '));
      assert.ok(labels(list).includes('PREL') && !labels(list).includes('PGOV'));
      assert.deepEqual(item(list, 'PREL').textEdit.range, { start: { line: doc.position.line, character: 16 }, end: doc.position });
    });

    it('reads geographic codes in the era of the cable', async () => {
      const early = await complete(edited(/^TAGS/, 'TAGS: PGOV C'));
      assert.equal(item(early, 'CH').detail, 'China');
      const regions = await complete(edited(/^TAGS/, 'TAGS: PGOV X'));
      assert.equal(item(regions, 'XF').detail, 'Middle East');
      assert.ok(!labels(regions).some((label) => /^[1-8][A-Z]$/.test(label)), 'no 2024 region codes in a 2007 cable');

      const lines2025 = seed.replace('140626Z DEC 07', '140626Z DEC 25').split('\n');
      const late = await complete(edited(/^TAGS/, 'TAGS: PGOV C', lines2025));
      assert.equal(item(late, 'CH').detail, 'Switzerland');
      assert.match(defined((await resolve(item(late, 'CH'))).documentation?.value), /up to 2010 CH is the FIPS 10-4 code for China/);
      const lateX = await complete(edited(/^TAGS/, 'TAGS: PGOV X', lines2025));
      assert.ok(!labels(lateX).includes('XF'), 'the 1974 regions are of another era in 2025');
      const lateDigits = await complete(edited(/^TAGS/, 'TAGS: PGOV 1', lines2025));
      assert.equal(item(lateDigits, '1A').detail, 'Africa');
    });
  });

  describe('addressees', () => {
    it('completes a routing indicator with its station, cut short and marked incomplete', async () => {
      const doc = edited(/^TO /, 'TO RUEH');
      const list = await complete(doc);
      assert.equal(list.isIncomplete, true);
      const state = item(list, 'RUEHC');
      assert.equal(state.textEdit.newText, 'RUEHC/SECSTATE WASHDC');
      assert.deepEqual(state.textEdit.range, { start: { line: doc.position.line, character: 3 }, end: doc.position });
      assert.match(defined((await resolve(state)).documentation?.value), /Station: \*\*SECSTATE WASHDC\*\*/);
    });

    it('completes the addresses of the indicator written before /', async () => {
      const doc = edited(/^RUEHLO\//, 'RUEHLO/AMEMB');
      const list = await complete(doc);
      assert.deepEqual(labels(list), ['AMEMBASSY LONDON']);
      assert.deepEqual(list.items[0].textEdit, { range: { start: { line: doc.position.line, character: 7 }, end: doc.position }, newText: 'AMEMBASSY LONDON' });
    });

    it('completes an address with its indicator', async () => {
      const list = await complete(edited(/^TO /, 'TO AMEMBASSY LON'));
      assert.equal(item(list, 'AMEMBASSY LONDON').textEdit.newText, 'RUEHLO/AMEMBASSY LONDON');
      const from = await complete(edited(/^FM /, 'FM AMCONSUL KARA'));
      assert.equal(item(from, 'AMCONSUL KARACHI').textEdit.newText, 'AMCONSUL KARACHI', 'FM takes the address only');
    });

    it('offers the precedence words after a written address', async () => {
      const all = await complete(edited(/^TO /, 'TO RUEHC/SECSTATE WASHDC '));
      assert.deepEqual(labels(all), ['FLASH', 'NIACT IMMEDIATE', 'IMMEDIATE', 'PRIORITY', 'ROUTINE']);
      assert.match(defined(item(all, 'NIACT IMMEDIATE').documentation?.value), /justify NIACT[\s\S]*FAH2-420/);
      const doc = edited(/^TO /, 'TO RUEHC/SECSTATE WASHDC PRI');
      const typed = await complete(doc);
      assert.deepEqual(labels(typed), ['PRIORITY']);
      assert.deepEqual(typed.items[0].textEdit.range, { start: { line: doc.position.line, character: 25 }, end: doc.position });
    });

    it('completes the routing line with indicators only', async () => {
      const list = await complete(edited(/^PP /, 'PP RUEHLH RUEHP'));
      assert.equal(item(list, 'RUEHPW').textEdit.newText, 'RUEHPW');
      assert.equal(item(list, 'RUEHPW').detail, 'AMCONSUL PESHAWAR');
    });
  });

  describe('portion marks', () => {
    it('offers the levels after a paragraph number and (, the banner level first', async () => {
      const list = await complete(edited(/^¶4\./, '¶4. ('));
      assert.equal(list.items[0].label, 'C');
      assert.equal(list.items[0].textEdit.newText, 'C)');
      assert.match(defined(item(list, 'S').detail), /above the banner's CONFIDENTIAL/);
      assert.match(defined(item(list, 'SBU').documentation?.value), /FAH1-240 H-246\.2/);
      const closed = await complete(edited(/^¶4\./, '¶4. (|) Dr. Sattar said'));
      assert.equal(item(closed, 'C').textEdit.newText, 'C', 'the closing parenthesis is already there');
    });

    it('offers the controls after a level and a slash', async () => {
      const list = await complete(edited(/^¶4\./, '¶4. (C/'));
      assert.deepEqual(labels(list), ['NF', 'NOFORN', 'REL TO', 'FGI', 'ORCON', 'FOUO']);
      assert.equal(item(list, 'ORCON').detail, 'meaning not in the reference lists');
    });
  });

  it('offers captions on a caption line', async () => {
    assert.equal(seedLines[captionLine], '');
    const list = await complete({ text: seed, position: { line: captionLine, character: 0 } });
    assert.equal(list.items[0].label, 'SIPDIS');
    assert.match(defined(item(list, 'NOFORN').documentation?.value), /no foreign distribution[\s\S]*Source: SIPDIS; PLUSD/);
    assert.equal(item(list, 'NOTAL').detail, 'caption, meaning not in the reference lists');
  });

  describe('snippets', () => {
    it('offers a new cable in an empty document, dated now, with DECL ten years on', async () => {
      const before = new Date();
      const list = await complete({ text: '', position: { line: 0, character: 0 } });
      const after = new Date();
      assert.deepEqual(labels(list), ['cable (CONFIDENTIAL)', 'cable (SECRET)', 'cable (UNCLASSIFIED)']);
      const confidential = list.items[0];
      assert.equal(confidential.insertTextFormat, SNIPPET);
      const decl = /^E\.O\. 13526: DECL: (\S+)$/m.exec(confidential.textEdit.newText)?.[1];
      assert.ok(decl === tenYearsOn(before) || decl === tenYearsOn(after), `DECL ${decl}`);
      assert.match(confidential.textEdit.newText, /^ZNY CCCCC ZZH$/m);
      assert.match(confidential.textEdit.newText, /^\$\{3\} \d{6}Z (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) \d{2}$/m);
      assert.match(confidential.textEdit.newText, /^C O N F I D E N T I A L \$\{8\} 00\$\{6\}$/m);
      assert.match(confidential.textEdit.newText, /^Classified By: /m);
      assert.match(confidential.textEdit.newText, /^1\. \(C\) /m);
      const unclassified = list.items[2].textEdit.newText;
      assert.match(unclassified, /^E\.O\. 13526: N\/A$/m);
      assert.doesNotMatch(unclassified, /Classified By/);
    });

    it('offers the new cable on a cable prefix only while the document is otherwise empty', async () => {
      const list = await complete({ text: '\nca\n', position: { line: 1, character: 2 } });
      assert.equal(list.items.length, 3);
      assert.deepEqual(list.items[0].textEdit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
      assert.equal(list.items[0].filterText, 'cable');
      // The seed begins with a blank line, before its header.
      const inCable = await complete(edited(/^$/, 'ca'));
      assert.equal(inCable.items.length, 0);
    });

    it('offers the next numbered paragraph with the banner level first', async () => {
      const lines = seedLines.slice();
      const last = lines.findIndex((l) => l.startsWith('¶8.'));
      lines.splice(last + 1, 0, '');
      const list = await complete({ text: lines.join('\n'), position: { line: last + 1, character: 0 } });
      assert.equal(list.items.length, 1);
      assert.equal(list.items[0].label, '9. (C)');
      assert.equal(list.items[0].insertTextFormat, SNIPPET);
      assert.equal(list.items[0].textEdit.newText, '9. (${1|C,U,SBU,SBU/N,SBU-N|}) $0');
    });

    it('offers the E.O. line with a DECL date ten years on where it is missing', async () => {
      const before = new Date();
      const withoutEo = seed.replace('E.O. 12958: DECL: 12/14/2017  \n', 'E.O\n');
      const lines = withoutEo.split('\n');
      const line = lines.indexOf('E.O');
      const list = await complete({ text: withoutEo, position: { line, character: 3 } });
      const after = new Date();
      const decl = item(list, `E.O. 13526: DECL: ${tenYearsOn(before)}`) ?? item(list, `E.O. 13526: DECL: ${tenYearsOn(after)}`);
      assert.deepEqual(decl.textEdit.range, { start: { line, character: 0 }, end: { line, character: 3 } });
      assert.ok(labels(list).includes('E.O. 13526: N/A'));
      // The same document with an E.O. line below the one being typed.
      const withEo = withoutEo.replace('E.O\n', 'E.O\nE.O. 12958: DECL: 12/14/2017\n');
      const present = await complete({ text: withEo, position: { line, character: 3 } });
      assert.ok(!labels(present).some((label) => label.startsWith('E.O.')), 'the cable has an E.O. line already');
    });
  });

  it('answers with an empty list in prose', async () => {
    const list = await complete(edited(/^¶4\./, '¶4. (C) Dr. Sattar said the'));
    assert.deepEqual(list, { isIncomplete: false, items: [] });
  });
});
