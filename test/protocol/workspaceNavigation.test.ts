// Navigation between the cables of a workspace through the real server: the fixture workspace of
// real cables that cite each other (test/fixtures/workspace, links checked by hand in its LINKS.md),
// and two cables written at run time for forms no real cable there has: `(A)MANAMA 420`, a compact
// id, `¶3`, "para 4 of ref A" and "ref B para 2" with the cited cables present, and a post of two
// words (`THE HAGUE 482`) whose cable is present.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LspClient } from '../helpers/lspClient';
import { at, copyWorkspace, openIn, places, startOn, type Location, type Position } from '../helpers/workspace';

describe('workspace navigation (protocol, fixture workspace) [stdio]: the index of the Node host', function () {
  this.timeout(30000);
  let dir: string;
  let remove: () => void;
  let client: LspClient;

  const definition = async (name: string, position: Position) => client.request<Location[]>('textDocument/definition', { textDocument: { uri: await openIn(client, dir, name) }, position });
  const references = async (name: string, position: Position, includeDeclaration = false) =>
    client.request<Location[]>('textDocument/references', { textDocument: { uri: await openIn(client, dir, name) }, position, context: { includeDeclaration } });

  before(async () => {
    ({ dir, remove } = copyWorkspace());
    const write = (name: string, from: string, edit: (text: string) => string) => fs.writeFileSync(path.join(dir, name), edit(fs.readFileSync(path.join(dir, from), 'utf8')));
    write('08MANAMA999.txt', '08MANAMA442.txt', (t) =>
      `${t.replace('MANAMA 000442', 'MANAMA 000999').replace('REF: A. MANAMA 420 B. MANAMA 430', 'REF: (A)MANAMA 420 (B) 08MANAMA430 (C) THE HAGUE 482')}\n¶8. (C) As ¶3 says, see para 4 of ref A, and ref B para 2.\n`,
    );
    write('08THEHAGUE482.txt', '08MANAMA430.txt', (t) => t.replace('MANAMA 000430', 'THE HAGUE 000482'));
    client = await startOn(dir);
  });

  after(async () => {
    await client.stop();
    remove();
  });

  describe('definition on a REF id', () => {
    it('goes to every file that claims the cited id (a duplicate keeps both), from the post or the serial', async () => {
      const both = ['08MANAMA420 copy.txt:13', '08MANAMA420.txt:13'];
      assert.deepEqual(places(await definition('08MANAMA430.txt', at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', 'MANAMA', 2))), both);
      assert.deepEqual(places(await definition('08MANAMA430.txt', at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', '420', 1))), both);
    });

    it('reads the forms of real REF items: yearless in mixed case, with a year, compact, a post of two words', async () => {
      assert.deepEqual(places(await definition('08REYKJAVIK228.txt', at(dir, '08REYKJAVIK228.txt', 'Reykjavik 227', 'Reykjavik'))), ['08REYKJAVIK227.txt:10']);
      assert.deepEqual(places(await definition('08MANAMA49.txt', at(dir, '08MANAMA49.txt', '07 MANAMA 1118', '1118'))), ['07MANAMA1118.txt:12']);
      assert.deepEqual(places(await definition('09BOGOTA1412.txt', at(dir, '09BOGOTA1412.txt', /^REF: 09BOGOTA569/, 'BOGOTA'))), ['09BOGOTA569.txt:20']);
      assert.deepEqual(places(await definition('06SAOPAULO1197.txt', at(dir, '06SAOPAULO1197.txt', 'SAO PAULO 675', 'PAULO'))), ['06SAOPAULO675.txt:24']);
      assert.deepEqual(places(await definition('08TRIPOLI466.txt', at(dir, '08TRIPOLI466.txt', 'THE HAGUE 482', 'HAGUE'))), ['08THEHAGUE482.txt:12']);
    });

    it('reads `(A)MANAMA 420`, a compact id and a post of two words written by hand', async () => {
      const line = 'REF: (A)MANAMA 420';
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, 'MANAMA 420', 2))), ['08MANAMA420 copy.txt:13', '08MANAMA420.txt:13']);
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, '08MANAMA430', 4))), ['08MANAMA430.txt:12']);
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, 'THE HAGUE', 1))), ['08THEHAGUE482.txt:12']);
    });

    it('takes a yearless serial above the citing cable\'s own as a cable of the year before (08MANAMA2 of 2 January 2008)', async () => {
      assert.deepEqual(places(await definition('08MANAMA2.txt', at(dir, '08MANAMA2.txt', 'MANAMA 1110', '1110'))), ['07MANAMA1110.txt:12']);
    });

    it('goes nowhere for a cable that is not in the workspace', async () => {
      assert.deepEqual(await definition('08MADRID580.txt', at(dir, '08MADRID580.txt', '2007 MADRID 2188', 'MADRID')), []);
    });
  });

  describe('definition on a mention in the text', () => {
    it('goes from REFTEL to the only REF item, from "ref C)", "REF C)" and "reftel B" to the item of that letter', async () => {
      assert.deepEqual(places(await definition('08MANAMA430.txt', at(dir, '08MANAMA430.txt', /reftel/, 'reftel', 2))), ['08MANAMA430.txt:23']);
      assert.deepEqual(places(await definition('07MANAMA1112.txt', at(dir, '07MANAMA1112.txt', 'ref C)', 'ref C', 4))), ['07MANAMA1112.txt:25']);
      assert.deepEqual(places(await definition('08MANAMA420.txt', at(dir, '08MANAMA420.txt', 'REF C)', 'REF C', 1))), ['08MANAMA420.txt:22']);
      assert.deepEqual(places(await definition('08MADRID580.txt', at(dir, '08MADRID580.txt', 'reftel B', 'reftel B', 7))), ['08MADRID580.txt:21']);
    });

    it('goes from "refs C and D" to the letter under the cursor, or to both', async () => {
      const line = 'refs C and D)';
      assert.deepEqual(places(await definition('07MANAMA1113.txt', at(dir, '07MANAMA1113.txt', line, line, 11))), ['07MANAMA1113.txt:26']);
      assert.deepEqual(places(await definition('07MANAMA1113.txt', at(dir, '07MANAMA1113.txt', line, line, 1))), ['07MANAMA1113.txt:25', '07MANAMA1113.txt:26']);
    });

    it('goes from "Ref B" to the second id of an unlettered list', async () => {
      assert.deepEqual(await definition('09BOGOTA3147.txt', at(dir, '09BOGOTA3147.txt', 'Ref B)', 'Ref B', 4)).then((l) => l.map((x) => x.range.start)), [at(dir, '09BOGOTA3147.txt', 'BOGOTA 3006', 'BOGOTA 3006')]);
    });

    it('goes from "para 9", "paras 3-6" and "¶3" to the paragraphs of the same cable', async () => {
      assert.deepEqual(places(await definition('08MANAMA592.txt', at(dir, '08MANAMA592.txt', 'Minbar Al Islami (para 9)', 'para 9', 5))), ['08MANAMA592.txt:41']);
      const range = at(dir, '08MANAMA592.txt', 'Minbar Al Islami (para 9)', 'paras 3-6');
      assert.deepEqual(places(await definition('08MANAMA592.txt', range)), ['08MANAMA592.txt:29', '08MANAMA592.txt:31', '08MANAMA592.txt:33', '08MANAMA592.txt:35']);
      assert.deepEqual(places(await definition('08MANAMA592.txt', { ...range, character: range.character + 8 })), ['08MANAMA592.txt:35']);
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', 'As ¶3 says', '¶3'))), ['08MANAMA999.txt:26']);
    });

    it('goes from "para 4 of ref A" and "ref B para 2" to that paragraph of the cited cable, and from the letter to the item', async () => {
      const line = 'see para 4 of ref A';
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, 'para 4', 5))), ['08MANAMA420 copy.txt:30', '08MANAMA420.txt:30']);
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, 'ref B para 2', 11))), ['08MANAMA430.txt:29']);
      assert.deepEqual(places(await definition('08MANAMA999.txt', at(dir, '08MANAMA999.txt', line, 'ref A', 4))), ['08MANAMA999.txt:20']);
    });
  });

  describe('references', () => {
    it('lists, from the banner or a REF id, the REF items of every cable citing the cable (by year, and the year before)', async () => {
      const citing = ['07MANAMA1112.txt:25', '07MANAMA1113.txt:25', '07MANAMA1118.txt:25', '08MANAMA2.txt:25', '08MANAMA49.txt:25', '08MANAMA51.txt:27'];
      assert.deepEqual(places(await references('07MANAMA1110.txt', at(dir, '07MANAMA1110.txt', /^C O N F/, 'MANAMA'))), citing);
      assert.deepEqual(places(await references('08MANAMA49.txt', at(dir, '08MANAMA49.txt', '07 MANAMA 1110', '1110'))), citing);
      assert.deepEqual(places(await references('07MANAMA1110.txt', at(dir, '07MANAMA1110.txt', /^C O N F/, 'MANAMA'), true)), ['07MANAMA1110.txt:12', ...citing].sort());
    });

    it('lists the mentions of a REF letter, from the letter in the REF block or in the text', async () => {
      assert.deepEqual(places(await references('07MANAMA1112.txt', at(dir, '07MANAMA1112.txt', 'MANAMA 1110', 'C.'))), ['07MANAMA1112.txt:31', '07MANAMA1112.txt:33']);
      assert.deepEqual(places(await references('07MANAMA1113.txt', at(dir, '07MANAMA1113.txt', 'refs C and D)', 'C', 0, 1))), ['07MANAMA1113.txt:30', '07MANAMA1113.txt:36']);
    });

    it('lists the "para N" mentions of a paragraph, from its number', async () => {
      assert.deepEqual(places(await references('08MANAMA592.txt', at(dir, '08MANAMA592.txt', /^9\.\(SBU\)/, '9'))), ['08MANAMA592.txt:37', '08MANAMA592.txt:39', '08MANAMA592.txt:51', '08MANAMA592.txt:55']);
    });
  });

  it('finds cables by id, id prefix, post and subject words, named with the subject, dated and placed in the container', async () => {
    type Symbol = { name: string; containerName: string; location: Location };
    const symbols = (query: string) => client.request<Symbol[]>('workspace/symbol', { query });
    const exact = await symbols('08MANAMA420');
    assert.deepEqual(exact.map((s) => s.name), ["08MANAMA420 — SHI'A AND SUNNI PREACHERS TRADE INSULTS, GOVERNMENT STEPS IN TO MUZZLE SECTARIAN VOICES", "08MANAMA420 — SHI'A AND SUNNI PREACHERS TRADE INSULTS, GOVERNMENT STEPS IN TO MUZZLE SECTARIAN VOICES"]);
    assert.equal(exact[0].containerName, '2008-06-24 · MANAMA · CONFIDENTIAL');
    assert.deepEqual((await symbols('08REYKJAVIK22')).map((s) => s.name.slice(0, 14)).sort(), ['08REYKJAVIK221', '08REYKJAVIK223', '08REYKJAVIK224', '08REYKJAVIK227', '08REYKJAVIK228']);
    assert.deepEqual((await symbols('icelandic central bank')).map((s) => s.name.slice(0, 14)).sort(), ['08REYKJAVIK223', '08REYKJAVIK224']);
    const tripoli = fs.readdirSync(dir).filter((f) => /^\d\dTRIPOLI/.test(f)).length;
    assert.equal((await symbols('Tripoli')).length, tripoli);
    assert.deepEqual(await symbols(''), []);
  });

  it('links the REF ids that name a cable of the workspace, and no other', async () => {
    type Link = { range: { start: Position }; target: string };
    const links = async (name: string) => client.request<Link[]>('textDocument/documentLink', { textDocument: { uri: await openIn(client, dir, name) } });
    assert.deepEqual((await links('09BOGOTA1618.txt')).map((l) => path.basename(l.target)), ['09BOGOTA1506.txt#L20', '09BOGOTA1412.txt#L20', '09BOGOTA569.txt#L20']);
    assert.deepEqual((await links('08MANAMA592.txt')).map((l) => path.basename(l.target)), ['08MANAMA420.txt#L13', '08MANAMA510.txt#L12', '08MANAMA536.txt#L12']);
  });

  it('hovers a REF id with the cited cable, or with the id decoded when it is not in the workspace', async () => {
    type Hover = { contents: { value: string } };
    const hover = async (name: string, position: Position) => (await client.request<Hover>('textDocument/hover', { textDocument: { uri: await openIn(client, dir, name) }, position })).contents.value;
    const present = await hover('08MANAMA430.txt', at(dir, '08MANAMA430.txt', 'REF: MANAMA 420', '420'));
    assert.match(present, /\*\*08MANAMA420\*\*: SHI'A AND SUNNI PREACHERS/);
    assert.match(present, /2008-06-24 · MANAMA · CONFIDENTIAL/);
    assert.match(present, /> After leading Shi'a cleric Sheikh Isa Qassim/);
    assert.match(present, /Claimed by 2 files of this workspace/);
    assert.match(await hover('08MADRID580.txt', at(dir, '08MADRID580.txt', '2007 MADRID 2188', '2188')), /Cable \*\*07MADRID2188\*\*: 2007, MADRID, serial 2188; not in this workspace\./);
    assert.match(await hover('08MANAMA253.txt', at(dir, '08MANAMA253.txt', 'MANAMA 236', '236')), /No year is written: read as the citing cable's year, 2008\./);
  });

  it('puts "cited by N cables" on a cited banner, running the references view with the citing items', async () => {
    type Lens = { range: { start: Position }; command: { title: string; command: string; arguments: [string, Position, Location[]] } };
    const lenses = async (name: string) => client.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: await openIn(client, dir, name) } });
    const [lens, ...more] = await lenses('08MANAMA420.txt');
    assert.equal(more.length, 0);
    assert.equal(lens.command.title, 'cited by 7 cables');
    assert.equal(lens.command.command, 'cable.showReferences');
    assert.deepEqual(places(lens.command.arguments[2]), ['08MANAMA430.txt:23', '08MANAMA442.txt:20', '08MANAMA510.txt:22', '08MANAMA536.txt:21', '08MANAMA592.txt:21', '08MANAMA999.txt:20', '08THEHAGUE482.txt:23']);
    assert.deepEqual(await lenses('08MANAMA592.txt'), []);
  });
});
