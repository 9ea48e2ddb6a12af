// Hover through the real server (a process, or a browser worker): every kind of element of the seed cable and of corpus
// fixtures, in the era of each cable, with the hovered token's range and the source of each meaning.

import assert from 'node:assert/strict';
import { LspClient, transport } from '../helpers/lspClient';
import { readFixture } from '../helpers/paths';

interface Position {
  line: number;
  character: number;
}
interface Hover {
  contents: { kind: string; value: string };
  range: { start: Position; end: Position };
}

const seed = readFixture('07KARACHI861.cable');

/**
 * The range of `token` on the first line that `line` matches: the `occurrence`-th one, or for a
 * regular expression the text of its first group (`/\((c)\)/` → the `c` of `(c)`).
 */
function find(text: string, line: RegExp, token: string | RegExp, occurrence = 1): { start: Position; end: Position } {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => line.test(l));
  assert.ok(index >= 0, `no line matches ${line}`);
  let at = -1;
  let length: number;
  if (typeof token === 'string') {
    for (let k = 0; k < occurrence; k++) at = lines[index].indexOf(token, at + 1);
    length = token.length;
  } else {
    const m = new RegExp(token.source, 'd').exec(lines[index]);
    at = m?.indices?.[1]?.[0] ?? -1;
    length = m?.[1]?.length ?? 0;
  }
  assert.ok(at >= 0, `no ${token} on line ${index}: ${lines[index]}`);
  return { start: { line: index, character: at }, end: { line: index, character: at + length } };
}

describe(`hover over ${transport}`, function () {
  this.timeout(20000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.kill());

  const open = (text: string) => client.openNew('hover', text);

  /** Hovers the middle of `token` on the line `line` matches and checks the range is the token's. */
  async function hoverOn(uri: string, text: string, line: RegExp, token: string | RegExp, occurrence = 1): Promise<string> {
    const range = find(text, line, token, occurrence);
    const middle = { line: range.start.line, character: Math.floor((range.start.character + range.end.character) / 2) };
    const result = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: middle });
    assert.ok(result, `no hover on ${token}`);
    assert.equal(result.contents.kind, 'markdown');
    assert.deepEqual(result.range, range, `range of the hover on ${token}`);
    return result.contents.value;
  }

  function includesAll(value: string, parts: readonly (string | RegExp)[]): void {
    for (const part of parts) {
      if (typeof part === 'string') assert.ok(value.includes(part), `expected ${JSON.stringify(part)} in:\n${value}`);
      else assert.match(value, part);
    }
  }

  it('announces a hover provider', () => {
    assert.equal(client.initializeResult.capabilities.hoverProvider, true);
  });

  describe('the seed cable (07KARACHI861)', () => {
    let uri: string;
    before(async () => {
      uri = await open(seed);
    });
    const cases: ReadonlyArray<[string, RegExp, string | RegExp, readonly (string | RegExp)[]]> = [
      ['FL1', /^VZCZC/, 'VZCZCXRO1595', ['format line 1', 'channel designator `XRO`', 'FAH2-320 H-321.1']],
      ['the FL2 prosign', /^PP /, 'PP', ['precedence prosign: **PRIORITY**', 'ACP127 §150-151']],
      ['an FL2 routing indicator', /^PP /, 'RUEHLH', ['routing line', 'Station: **AMCONSUL LAHORE**', 'Routes to INFO `AMCONSUL LAHORE`', 'ACP117-2010']],
      ['the DE keyword', /^DE /, 'DE', ['station `RUEHKP` (AMCONSUL KARACHI), serial 0861, section 01, day 348 = 14 December, filed 06:26 UTC']],
      ['the DE station', /^DE /, 'RUEHKP', ['originating station', 'AMCONSUL KARACHI', 'FM line: Agrees']],
      ['the station serial', /^DE /, '0861', ['station serial number 861', 'message reference `KARACHI 000861` has the same number']],
      ['the DE section', /^DE /, '01', ['section 1 of 2']],
      ['the Julian day', /^DE /, '348', ['Day 348 of 2007 = **Friday 14 December 2007**', 'ACP127 §115']],
      ['the filing time', /^DE /, '0626', ['filing time 06:26 UTC', 'The same as the date-time group']],
      ['ZNY', /^ZNY /, 'ZNY', ['operating signal', 'do not forward unencrypted', 'ACP127 §124, §203']],
      ['the security warning', /^ZNY /, 'CCCCC', ['`ZNY CCCCC` — security warning: **CONFIDENTIAL**', 'Agrees with the banner (CONFIDENTIAL)', 'ACP127 §124, §203']],
      ['ZZH', /^ZNY /, 'ZZH', ['from Department of State offices', 'secondary source', 'CABLE2GRAPH']],
      ['the FL5 precedence', /^P 14/, 'P', ['precedence letter: **PRIORITY**', 'ACP127 §150-152']],
      ['the DTG', /^P 14/, '140626Z DEC 07', ['**Friday 14 December 2007, 06:26 UTC**', 'ACP127 §113']],
      ['the FM address', /^FM /, 'AMCONSUL KARACHI', ['plain language address, originator (FM)', 'Routing indicator: `RUEHKP`']],
      ['a TO routing indicator', /^TO /, 'RUEHC', ['action addressee (TO)', 'Station: **SECSTATE WASHDC**', 'Agrees with the written address `SECSTATE WASHDC`']],
      ['an addressee precedence', /^TO /, 'PRIORITY', ['precedence: **PRIORITY**', 'FAH2-420']],
      ['an addressee serial', /^TO /, '0214', ["the addressee's message serial number"]],
      ['an INFO continuation indicator', /^RUEHLO\//, 'RUEHLO', ['information addressee (INFO)', 'AMEMBASSY LONDON']],
      ['the banner', /^C O N F/, 'C O N F I D E N T I A L', ['classification line', '**CONFIDENTIAL**', 'Agrees with the security warning `ZNY CCCCC`', 'ACP127 §209']],
      ['SECTION 01 OF 02', /^C O N F/, 'SECTION 01 OF 02', ['section 1 of 2', 'begin section 2', 'ACP127 §208']],
      ['the message reference', /^C O N F/, 'KARACHI 000861', ['message reference number', 'cable **07KARACHI861**']],
      ['a caption', /^SIPDIS/, 'SIPDIS', ['caption', 'SIPRNet distribution', 'Source: SIPDIS; FAH2-440']],
      ['the E.O. number', /^E\.O\./, '12958', ['*Classified National Security Information, as amended by E.O. 13292*', 'In force at the cable date (Friday 14 December 2007)', 'EO13292']],
      ['the DECL date', /^E\.O\./, '12/14/2017', ['declassify on **Thursday 14 December 2017**', '10 years after the cable date (14 December 2007)']],
      ['a subject TAGS', /^TAGS/, 'PGOV', ['subject TAGS', '**Internal Governmental Affairs**', 'Source: 5FAH-3-H-111(2020)']],
      ['a geographic TAGS', /^TAGS/, 'PK', ['geographic TAGS', '**Pakistan**', 'FIPS 10-4', 'FIPS10-4(datasets/country-codes)']],
      ['Classified By', /^Classified By/, 'Classified By', ['Reasons 1.4 (c), (d) of E.O. 12958 as amended by E.O. 13292']],
      ['the reason section', /^Classified By/, '1.4', ['section listing the classification reasons of E.O. 12958 as amended by E.O. 13292']],
      ['reason (c) in its 2003–2009 wording', /^Classified By/, /\((c)\)/, ['`1.4 (c)` — classification reason: **intelligence activities, sources, or methods, or cryptology**', 'FAH3-700']],
      ['reason (d)', /^Classified By/, /\((d)\)/, ['**foreign relations or foreign activities of the United States, including confidential sources**']],
      ['a paragraph number', /^¶4\./, '4', ['paragraph 4, level 1', 'Portion mark `(C)` (CONFIDENTIAL)', 'Begins: “Dr. Sattar said the MQM has been in...”', 'FAH1-240 H-246.2']],
      ['a portion mark', /^¶3\./, '(SBU)', ['portion mark: **UNCLASSIFIED**', '`SBU`: Sensitive But Unclassified', 'FAH1-240 H-246.2']],
      ['a continuation line', /^KARACHI 0+861 002/, 'KARACHI 00000861 002 OF 002', ['continuation line', 'Begins section 2 of 2']],
    ];
    for (const [what, line, token, parts] of cases) {
      it(`decodes ${what}`, async () => {
        includesAll(await hoverOn(uri, seed, line, token), parts);
      });
    }

    it('has no hover on prose, the signature area or blank lines', async () => {
      const sattar = find(seed, /^¶4\./, 'Sattar');
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: sattar.start }), null);
      assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    });
  });

  describe('era-dependent readings', () => {
    it('reads CH as China and SZ as Switzerland in a 2007 cable, and with the 2024 list in a 2025 one', async () => {
      const tags = seed.replace('[PK](#)', 'CH SZ');
      const uri2007 = await open(tags);
      includesAll(await hoverOn(uri2007, tags, /^TAGS/, 'CH'), ['**China**', 'The 2024 list (5 FAH-3 H-414, GENC-based) reads CH as Switzerland']);
      includesAll(await hoverOn(uri2007, tags, /^TAGS/, 'SZ'), ['**Switzerland**', 'reads SZ as Swaziland']);
      const late = tags.replace('140626Z DEC 07', '140626Z DEC 25');
      const uri2025 = await open(late);
      includesAll(await hoverOn(uri2025, late, /^TAGS/, 'CH'), ['**Switzerland**', 'in cables up to 2010 CH is the FIPS 10-4 code for China', '5FAH-3-H-414(2024)']);
    });

    it('counts leap days: a cable of 29 February 2008 declassified on 28 February 2018', async () => {
      const text = seed.replace('140626Z DEC 07', '290626Z FEB 08').replace('3480626', '0600626').replace('DECL: 12/14/2017', 'DECL: 02/28/2018');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^P 29/, '290626Z FEB 08'), ['**Friday 29 February 2008, 06:26 UTC**']);
      includesAll(await hoverOn(uri, text, /^DE /, '060'), ['Day 60 of 2008 = **Friday 29 February 2008**']);
      includesAll(await hoverOn(uri, text, /^E\.O\./, '02/28/2018'), ['9 years, 11 months and 30 days after the cable date (29 February 2008)']);
    });

    it('gives a §1.5 reason the 1995 wording and says the cable date lists reasons in §1.4', async () => {
      const text = seed.replace('reasons 1.4 (c), (d)', 'reasons 1.5 (c), (d)');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^Classified By/, /\((c)\)/), [
        '**intelligence activities (including special activities), intelligence sources or methods, or cryptology**',
        'E.O. 12958, §1.5 (c)',
        'At the cable date the order in force lists its reasons in §1.4, not §1.5.',
        'EO12958 §1.5',
      ]);
    });

    it('reads a 2003 cable citing §1.5 as written after E.O. 13292 (03BEIJING13289)', async () => {
      const text = readFixture('03BEIJING13289.txt');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^Reasons: 1\.5/, '1.5'), ['E.O. 12958', 'lists its reasons in §1.4, not §1.5']);
      includesAll(await hoverOn(uri, text, /^ZEN\//, 'ZEN'), ['operating signal', 'delivery to the addressee that follows was accomplished', 'ACP127 §206']);
      includesAll(await hoverOn(uri, text, /^TAGS/, 'CH'), ['**China**']);
    });
  });

  describe('addressees', () => {
    it('says when an addressee indicator and its written address do not agree', async () => {
      const text = seed.replace('TO RUEHC/SECSTATE WASHDC', 'TO RUEHC/AMEMBASSY LONDON');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^TO /, 'RUEHC'), ['Does not agree with the written address `AMEMBASSY LONDON`', 'under `RUEHLO`']);
    });

    it('decodes NIACT IMMEDIATE', async () => {
      const text = seed.replace('SECSTATE WASHDC PRIORITY 0214', 'SECSTATE WASHDC NIACT IMMEDIATE 0214');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^TO /, 'NIACT IMMEDIATE'), ['precedence: **IMMEDIATE**', 'the drafter must justify NIACT in the first paragraph', 'FAH2-420']);
    });

    it('gives each letter of a dual precedence its addressees (09TRIPOLI475)', async () => {
      const text = readFixture('09TRIPOLI475.txt');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^O P /, 'O'), ['**IMMEDIATE**', 'for the action addressees (TO)']);
      includesAll(await hoverOn(uri, text, /^O P /, 'P'), ['**PRIORITY**', 'for the information addressees (INFO)']);
      includesAll(await hoverOn(uri, text, /^O P /, '161408Z JUN 09'), ['**Tuesday 16 June 2009, 14:08 UTC**']);
    });

    it('says a routing indicator is not in the lists (RUEHWEB of 06JERUSALEM4511)', async () => {
      const text = readFixture('06JERUSALEM4511.txt');
      const uri = await open(text);
      const value = await hoverOn(uri, text, /^OO RUEHWEB/, 'RUEHWEB');
      includesAll(value, ['`RUEHWEB` — routing indicator', 'its meaning is not in the reference lists']);
      assert.ok(!value.includes('Station:'), value);
    });
  });

  describe('codes without a known meaning', () => {
    it('says what kind a listed TAGS code without a meaning is (KWBG of 06JERUSALEM4511)', async () => {
      const text = readFixture('06JERUSALEM4511.txt');
      const uri = await open(text);
      const value = await hoverOn(uri, text, /^TAGS/, 'KWBG');
      includesAll(value, ['program TAGS', 'its meaning is not in the reference lists', 'Listed in:']);
      assert.ok(!value.includes('**'), `a meaning was given:\n${value}`);
    });

    it('says a TAGS token in no list has no known meaning (Border Patrol of 03HALIFAX27)', async () => {
      const text = readFixture('03HALIFAX27.txt');
      const uri = await open(text);
      const value = await hoverOn(uri, text, /^TAGS/, 'Border Patrol');
      includesAll(value, ['`BORDER PATROL` — TAGS token (in no list)', 'its meaning is not in the reference lists']);
      assert.ok(!value.includes('Source:'), value);
    });

    it('names documented mis-keyings and run-together codes', async () => {
      const text = seed.replace('[PK](#)', 'POGOV VTPREL');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^TAGS/, 'POGOV'), ['A documented mis-keying of `PGOV`', 'CABLEMAP']);
      includesAll(await hoverOn(uri, text, /^TAGS/, 'VTPREL'), ['`VT PREL`']);
    });

    it('reads DECL markings: X1 without its wording, N/A with it', async () => {
      const lagos = readFixture('04LAGOS1204.txt');
      includesAll(await hoverOn(await open(lagos), lagos, /^E\.O\./, 'X1'), [
        'A declassification marking of E.O. 12958; its meaning is not in the reference lists',
        'invalid after 22 Sep 2003',
        'EO12958 §1.6(d); CAPCO',
      ]);
      const jerusalem = readFixture('06JERUSALEM4511.txt');
      includesAll(await hoverOn(await open(jerusalem), jerusalem, /^E\.O\./, 'N/A'), ['not applicable', 'FAH1-210']);
    });
  });

  describe('the text', () => {
    it('flags a portion mark above the banner', async () => {
      const text = seed.replace('¶2. (U)', '¶2. (S)');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^¶2\./, '(S)'), ['**SECRET**', "Above the banner's CONFIDENTIAL"]);
    });

    it('decodes marks with controls and sub-paragraphs (09STATE106750)', async () => {
      const text = readFixture('09STATE106750.txt');
      const uri = await open(text);
      includesAll(await hoverOn(uri, text, /^¶A\. \(C\/NF\)/, '¶A.'), ['sub-paragraph of paragraph 1, level 2', 'Portion mark `(C/NF)`']);
      includesAll(await hoverOn(uri, text, /^¶A\. \(C\/NF\)/, '(C/NF)'), ['**CONFIDENTIAL**', '`NF`: NOFORN: no foreign distribution']);
    });

    it('gives the cable id of REF items, in the cable\'s own year when none is written', async () => {
      const tripoli = readFixture('09TRIPOLI475.txt');
      includesAll(await hoverOn(await open(tripoli), tripoli, /^REF:/, '07 TRIPOLI 1033'), ['Cable **07TRIPOLI1033**']);
      const madrid = readFixture('09STATE106750.txt');
      includesAll(await hoverOn(await open(madrid), madrid, /^REF:/, 'MADRID 001205'), [
        'Cable **09MADRID1205** (AMEMBASSY MADRID)',
        "No year is written: read as the cable's own year, 2009.",
      ]);
      const lagos = readFixture('04LAGOS1204.txt');
      includesAll(await hoverOn(await open(lagos), lagos, /F\. 2003 LAGOS/, '2003 LAGOS 2434'), ['Cable **03LAGOS2434**']);
    });
  });
});
