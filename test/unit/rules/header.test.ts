// Header (H*) and section (S*) rules: calibration on the real corpus (the exact cables each rule
// fires on, and why), the fixes that fixtures cannot show (the second H7 fix, release forms, EFTO),
// edge cases of dates and sections, and robustness on CRLF, tabs, blank and half-typed lines.

import assert from 'node:assert/strict';
import type { Cable } from '../../../server/src/model/cable';
import { parseCable } from '../../../server/src/parser';
import { applyEdits } from '../../../server/src/rules/fixes';
import { headerRules } from '../../../server/src/rules/header';
import type { Finding, Rule } from '../../../server/src/rules/types';
import { corpusFiles, readCorpusCable } from '../../helpers/paths';
import { defined } from '../../helpers/defined';

function rule(code: string): Rule {
  const r = headerRules.find((x) => x.code === code);
  assert.ok(r, `no rule ${code}`);
  return r;
}

/** What each finding covers, with its message: `"UUUUU": Security warning …`. */
function report(code: string, text: string): string[] {
  const cable = parseCable(text);
  return rule(code).check(cable).map((f) => `${JSON.stringify(covered(cable, f))}: ${f.message}`);
}

function covered(cable: Cable, f: Finding): string {
  const { start, end } = f.range;
  assert.equal(start.line, end.line, `${f.message}: the range spans lines`);
  return cable.lines[start.line].slice(start.character, end.character);
}

function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `"${from}" is not in the text exactly once`);
  return text.replace(from, to);
}

/** A short real cable (SECRET, single section, OO / O / IMMEDIATE) to inject defects into. */
const stockholm = readCorpusCable('09STOCKHOLM63');

describe('header rules', () => {
  describe('metadata', () => {
    it('lists H1–H13 and S1–S2 in code order, each with a kebab name, a one-line description and a basis', () => {
      assert.deepEqual(
        headerRules.map((r) => r.code),
        ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10', 'H11', 'H12', 'H13', 'S1', 'S2'],
      );
      for (const r of headerRules) {
        assert.match(r.name, /^[a-z]+(?:-[a-z0-9]+)*$/, r.code);
        assert.ok(r.description.length > 0 && !r.description.includes('\n'), r.code);
        assert.match(r.basis, /^(?:ACP 127|5 FAH|observed practice)/, r.code);
      }
      assert.equal(new Set(headerRules.map((r) => r.name)).size, headerRules.length);
    });

    it('gives documented checks error or warning and heuristics information', () => {
      const heuristic = headerRules.filter((r) => r.basis === 'observed practice').map((r) => [r.code, r.severity]);
      assert.deepEqual(heuristic, [
        ['H4', 'information'],
        ['H6', 'information'],
        ['H11', 'information'],
        ['S2', 'information'],
      ]);
    });
  });

  describe('corpus calibration', () => {
    const cables = corpusFiles().map((file) => ({ id: file.replace(/\.txt$/, ''), cable: parseCable(readCorpusCable(file.replace(/\.txt$/, ''))) }));
    const firing = (code: string) => cables.filter(({ cable }) => rule(code).check(cable).length > 0).map(({ id }) => id);

    it('fires at error severity only on the cables with a real defect', () => {
      const errors = headerRules.filter((r) => r.severity === 'error').flatMap((r) => firing(r.code).map((id) => `${r.code} ${id}`));
      // 10MEXICO614: a Mexico UNCLAS header (ZNR UUUUU) glued to the S E C R E T text of ISLAMABAD 416.
      assert.deepEqual(errors, ['H7 10MEXICO614']);
    });

    // Each rule's exact corpus cables; every entry is a real defect or the irregularity the rule
    // exists to point out, at the rule's (lower) severity.
    const expected: Record<string, string[]> = {
      H1: [],
      H2: [],
      H3: [],
      // The text under the header is ISLAMABAD 416's.
      H4: ['10MEXICO614'],
      // DE day 055 (24 FEB) against DTG 232129Z FEB 10: 21 hours apart.
      H5: ['10SANSALVADOR85'],
      // Filing a few minutes after release (info only).
      H6: [
        '09BELGRADE1222',
        '09CARACAS1551',
        '09LAPAZ1784',
        '09RIODEJANEIRO440',
        '09STATE106750',
        '09STATE119085',
        '09STATE41025',
        '09STATE63812',
        '10RPODUBAI13',
        '10SANSALVADOR85',
        '10STATE284',
      ],
      H7: ['10MEXICO614'],
      H8: [],
      H9: [],
      H10: [],
      H11: [],
      H12: [],
      // 05DUBAI181: the banner is run onto the last INFO addressee. 07BERN881: a pasted database row
      // repeats the header with `\` at each line end, and the parser reads it as INFO addressees.
      H13: [],
      S1: [],
      // The header's #0614 has no /01 while the (foreign) text is SECTION 01 OF 04.
      S2: ['10MEXICO614'],
    };
    for (const r of headerRules) {
      it(`${r.code} ${r.name} fires on exactly the expected cables`, () => assert.deepEqual(firing(r.code), expected[r.code]));
    }

    it('tolerates the header irregularities of genuine cables', () => {
      // Dual precedences, ZDK/ZDS after the DTG, `/01` on single-section cables, SECTION 01 OF NN without
      // continuation lines, decimal continuation lines, partial-extract printouts, DTG-first headers and
      // headers without a DTG.
      const genuine = ['10STATE284', '09TRIPOLI475', '07ACCRA2590', '09USEUBRUSSELS948', '06ANKARA4688', '08TRIPOLI220', '09ROME649', '00HARARE5461', '95BERLIN2228', '09MADRID673', '04STATE137635'];
      for (const id of genuine) {
        const cable = parseCable(readCorpusCable(id));
        const found = headerRules.filter((r) => r.severity !== 'information').flatMap((r) => r.check(cable).map((f) => `${r.code}: ${f.message}`));
        assert.deepEqual(found, [], id);
      }
    });
  });

  describe('H7 security-banner fixes', () => {
    const injected = edit(stockholm, 'ZNY SSSSS', 'ZNY CCCCC');

    it('offers the security line from the banner (preferred) and the banner from the security line', () => {
      const [finding] = rule('H7').check(parseCable(injected));
      assert.deepEqual(
        finding.fixes?.map((f) => [f.title, f.preferred ?? false]),
        [
          ['Change the security warning to ZNY SSSSS (banner: SECRET)', true],
          ['Change the banner to C O N F I D E N T I A L (security warning: CONFIDENTIAL)', false],
        ],
      );
      const bannerFixed = applyEdits(injected, defined(finding.fixes?.[1]).edits).text;
      assert.equal(bannerFixed, edit(injected, 'S E C R E T STOCKHOLM', 'C O N F I D E N T I A L STOCKHOLM'));
      assert.deepEqual(rule('H7').check(parseCable(bannerFixed)), []);
    });

    it('changes ZNR to ZNY along with the group, and keeps the letters of a release-code form', () => {
      const unclas = edit(stockholm, 'ZNY SSSSS', 'ZNR UUUAA');
      const [finding] = rule('H7').check(parseCable(unclas));
      assert.match(finding.message, /ZNR UUUAA is UNCLASSIFIED .*expected ZNY SSSAA\.$/);
      assert.equal(applyEdits(unclas, defined(finding.fixes?.[0]).edits).text, edit(stockholm, 'ZNY SSSSS', 'ZNY SSSAA'));
      assert.equal(applyEdits(unclas, defined(finding.fixes?.[1]).edits).text, edit(unclas, 'S E C R E T STOCKHOLM', 'UNCLAS STOCKHOLM'));
    });

    it('takes ZNY EEEEE for an UNCLAS E F T O banner, and the other way round', () => {
      const efto = edit(edit(stockholm, 'ZNY SSSSS', 'ZNR UUUUU'), 'S E C R E T STOCKHOLM', 'UNCLAS E F T O STOCKHOLM');
      const [finding] = rule('H7').check(parseCable(efto));
      assert.match(finding.message, /is UNCLASSIFIED but the banner is UNCLAS E F T O \(UNCLAS EFTO\): expected ZNY EEEEE\.$/);
      assert.equal(applyEdits(efto, defined(finding.fixes?.[1]).edits).text, edit(efto, 'UNCLAS E F T O STOCKHOLM', 'UNCLAS STOCKHOLM'));
      assert.deepEqual(rule('H7').check(parseCable(edit(efto, 'ZNR UUUUU', 'ZNY EEEEE'))), []);
    });

    it('leaves a misspelt banner to the classification rules', () => {
      assert.deepEqual(report('H7', edit(injected, 'S E C R E T STOCKHOLM', 'S E C R E STOCKHOLM')), []);
    });
  });

  describe('precedence (H2, H9)', () => {
    it('reports a wrong prosign once, under H2, when FL5 and the addressees agree', () => {
      const text = edit(stockholm, 'OO RUEHBC', 'RR RUEHBC');
      assert.deepEqual(report('H2', text), ['"RR": Prosign RR (ROUTINE) is not the message\'s highest precedence IMMEDIATE: expected OO.']);
      assert.deepEqual(report('H9', text), []);
    });

    it('takes an addressee precedence above FL5 for the prosign, and then reports FL5 under H9', () => {
      const text = edit(edit(stockholm, 'O 301333Z', 'P 301333Z'), 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4073', 'TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 4073');
      assert.deepEqual(report('H2', text), []);
      assert.deepEqual(report('H9', text), ['"P": DTG precedence P (PRIORITY) is not that of the prosign OO (IMMEDIATE): expected O.']);
    });

    it('offers no fix for the first of two FL5 letters', () => {
      const text = edit(stockholm, 'O 301333Z', 'P R 301333Z');
      const [finding] = rule('H9').check(parseCable(text));
      assert.equal(finding.fixes, undefined);
    });

    it('leaves a line with valid letters but an unreadable DTG to H8', () => {
      const text = edit(stockholm, 'O 301333Z JAN 09', 'O 301333Z JAN 09X');
      assert.deepEqual(report('H9', text), []);
      assert.deepEqual(report('H8', text), ['"301333Z JAN 09X": 301333Z JAN 09X is not a date-time group DDHHMMZ MON YY.']);
    });

    it('reads FLASH as ZZ', () => {
      const text = edit(stockholm, 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4073', 'TO RUEHC/SECSTATE WASHDC FLASH 4073');
      assert.deepEqual(report('H2', text), ['"OO": Prosign OO (IMMEDIATE) is not the message\'s highest precedence FLASH: expected ZZ.']);
    });

    it('reports an unreadable FL2 prosign after FL1', () => {
      assert.deepEqual(report('H2', edit(stockholm, 'OO RUEHBC', 'O RUEHBC')), ['"O": FL2 starts with O; expected the precedence prosign ZZ, OO, PP or RR.']);
    });
  });

  describe('dates (H5, H8, H11)', () => {
    const dated = (de: string, dtg: string) => edit(edit(stockholm, '#0063 0301333', `#0063 ${de}`), 'O 301333Z JAN 09', `O ${dtg}`);

    it('accepts a filing time just after midnight on New Year, and not a day far from the DTG', () => {
      assert.deepEqual(report('H5', dated('0010010', '312350Z DEC 08')), []);
      // 2008 is a leap year: day 366 is 31 December.
      assert.deepEqual(report('H5', dated('3662350', '010005Z JAN 09')), []);
      assert.deepEqual(report('H5', dated('3652355', '010005Z JAN 10')), []);
      assert.deepEqual(report('H5', dated('3662350', '010005Z JAN 10')), ['"366": Julian day 366 is not the day of the DTG 010005Z JAN 10 (001).']);
      assert.deepEqual(report('H5', dated('3660005', '010010Z JAN 09')), ['"366": Julian day 366 is not the day of the DTG 010010Z JAN 09 (001).']);
    });

    it('accepts 29 February in a leap year only', () => {
      assert.deepEqual(report('H8', dated('0601333', '291333Z FEB 08')), []);
      assert.deepEqual(report('H8', dated('0601333', '291333Z FEB 09')), ['"29": Day 29 does not exist in FEB 09.']);
    });

    it('compares a footer reference ID with the DTG, allowing the year beside it on 31 December', () => {
      const footer = (id: string, dtg: string) => dated('0301333', dtg) + `\n${id} - Classification: SECRET`;
      assert.deepEqual(report('H11', footer('2008STOCKH00063', '311333Z DEC 08')), []);
      assert.deepEqual(report('H11', footer('2009STOCKH00063', '311333Z DEC 08')), []);
      assert.deepEqual(report('H11', footer('2010STOCKH00063', '311333Z DEC 08')), ['"2010": Reference ID 2010STOCKH00063 is of 2010 but the DTG 311333Z DEC 08 is of 2008.']);
    });
  });

  describe('FL3 and FL4 form (H3, H12)', () => {
    it('points at the first part of an unreadable DE line', () => {
      assert.deepEqual(report('H3', edit(stockholm, 'DE RUEHSM #0063 0301333', 'DE RUEHSM 0063 0301333')), [
        '"0063": FL3 has 0063 where it takes the station serial number #nnnn[/nn]: expected DE RI #nnnn[/nn] DDDHHMM.',
      ]);
      assert.deepEqual(report('H3', edit(stockholm, 'DE RUEHSM #0063 0301333', 'DE RUEHSM #0063 0301333 ZZH')), ['"ZZH": FL3 ends with DE RI #nnnn[/nn] DDDHHMM; ZZH follows it.']);
      // The parser reads a tab between the parts as a space: tolerated, not reported.
      assert.deepEqual(report('H3', edit(stockholm, 'DE RUEHSM #0063 0301333', 'DE\tRUEHSM #0063 0301333')), []);
      assert.deepEqual(report('H3', edit(stockholm, 'DE RUEHSM #0063 0301333', 'DE RUEHSM #0063 3672460')), [
        '"367": Julian day 367 is not a day of the year (001–366).',
        '"2460": Filing time 2460 is not a time of day (HHMM).',
      ]);
    });

    it('points at what follows a valid FL1, and tolerates a tab in FL4', () => {
      assert.deepEqual(report('H1', edit(stockholm, 'VZCZCXRO9303', 'VZCZCXRO9303 X')), ['"X": X follows FL1 VZCZCXRO9303, which ends with the sequence number.']);
      assert.deepEqual(report('H12', edit(stockholm, 'ZNY SSSSS ZZH', 'ZNY SSSSS\tZZH')), []);
      assert.deepEqual(report('H12', edit(stockholm, 'ZNY SSSSS ZZH', 'ZNY')), ['"ZNY": FL4 lacks the security warning group (UUUUU, EEEEE, RRRRR, CCCCC, SSSSS, TTTTT).']);
    });

    it('reports an unlisted group, and an unlisted SPECAT suffix', () => {
      assert.deepEqual(report('H12', edit(stockholm, 'ZNY SSSSS', 'ZNY KKKKK')), ['"KKKKK": Security warning group KKKKK is not listed (UUUUU, EEEEE, RRRRR, CCCCC, SSSSS, TTTTT).']);
      assert.deepEqual(report('H12', edit(stockholm, 'ZNY SSSSS', 'ZNY SSSSS/CCCCC')), ['"CCCCC": SPECAT suffix /CCCCC is not listed (/AAAAA, /BBBBB).']);
      assert.deepEqual(report('H12', edit(stockholm, 'ZNY SSSSS', 'ZNY SSSSS/BBBBB')), []);
    });

    it('fixes the ZNR/ZNY prefix only when the banner confirms the group', () => {
      const text = edit(edit(stockholm, 'ZNY SSSSS', 'ZNR CCCCC'), 'S E C R E T STOCKHOLM', 'C O N F I D E N T I A L STOCKHOLM');
      assert.equal(rule('H12').check(parseCable(text))[0].fixes?.length, 1);
      assert.equal(rule('H12').check(parseCable(edit(stockholm, 'ZNY SSSSS', 'ZNR CCCCC')))[0].fixes, undefined);
    });
  });

  describe('addressees (H10, H13)', () => {
    it('reports an address line without an addressee', () => {
      assert.deepEqual(report('H10', edit(stockholm, 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4073', 'TO')), ['"TO": TO names no addressee.']);
    });

    it('accepts serial ranges and collectives without serials', () => {
      const text = edit(stockholm, 'TO RUEHC/SECSTATE WASHDC IMMEDIATE 4073', 'TO ZEN/RUEHC/SECSTATE WASHDC IMMEDIATE 4073-4076');
      assert.deepEqual(report('H10', text), []);
    });

    it('checks the station indicator against the originator', () => {
      assert.deepEqual(report('H13', edit(stockholm, 'FM AMEMBASSY STOCKHOLM', 'FM AMEMBASSY OSLO')), ['"AMEMBASSY OSLO": RUEHSM is listed for AMEMBASSY STOCKHOLM, not for AMEMBASSY OSLO.']);
      assert.deepEqual(report('H13', edit(stockholm, 'RUEHBS/USEU BRUSSELS', 'RUQQQQ/USEU BRUSSELS')), ['"RUQQQQ": Routing indicator RUQQQQ is in no routing list.']);
    });
  });

  describe('sections (S1, S2)', () => {
    const baku = readCorpusCable('06BAKU1661');

    it('reports a banner section beyond its total, and a section line of another message', () => {
      assert.deepEqual(report('S1', edit(baku, 'SECTION 01 OF 03 BAKU', 'SECTION 04 OF 03 BAKU')), ['"SECTION 04 OF 03": SECTION 04 OF 03 is not a section of the cable.']);
      assert.deepEqual(report('S1', edit(baku, 'BAKU 00001661 003 OF 003', 'BAKU 00001662 003 OF 003')), [
        "\"BAKU 00001662\": Section line names BAKU 00001662; the banner's message reference is BAKU 001661.",
      ]);
    });

    it('keeps the banner total when the section lines disagree among themselves', () => {
      const text = edit(edit(baku, 'SECTION 01 OF 03 BAKU', 'SECTION 01 OF 02 BAKU'), 'BAKU 00001661 002 OF 003', 'BAKU 00001661 002 OF 002');
      assert.deepEqual(report('S1', text), ['"003": Section line 003 OF 003: the cable has 2 sections (banner SECTION 01 OF 02).']);
    });

    it('takes a single section line over the banner when its number exceeds the banner total', () => {
      const text = edit(edit(baku, 'SECTION 01 OF 03 BAKU', 'SECTION 01 OF 02 BAKU'), 'BAKU 00001661 002 OF 003', '');
      const [finding] = rule('S1').check(parseCable(text));
      assert.equal(finding.message, "The banner's total 02 is not that of the section lines (3).");
      assert.equal(applyEdits(text, defined(finding.fixes?.[0]).edits).text, edit(baku, 'BAKU 00001661 002 OF 003', ''));
    });

    it('never reports /01 on a cable without SECTION, but /02', () => {
      const ankara = readCorpusCable('06ANKARA4688');
      assert.deepEqual(report('S2', ankara), []);
      assert.deepEqual(report('S2', edit(ankara, '#4688/01', '#4688/02')), ['"02": FL3 section /02, but the banner has no SECTION mark.']);
    });
  });

  describe('robustness', () => {
    const all = (text: string) => {
      const cable = parseCable(text);
      return headerRules.flatMap((r) => r.check(cable).map((f) => ({ code: r.code, f, cable })));
    };

    it('finds the same things, at the same places, in CRLF and LF text', () => {
      const lf = readCorpusCable('10MEXICO614');
      const crlf = lf.replace(/\n/g, '\r\n');
      const strip = (xs: ReturnType<typeof all>) => xs.map(({ code, f }) => ({ code, range: f.range, message: f.message }));
      assert.deepEqual(strip(all(crlf)), strip(all(lf)));
      assert.ok(all(lf).length >= 3);
    });

    it('never throws and keeps every range on its line for each prefix of a header being typed', () => {
      const header = stockholm.slice(0, stockholm.indexOf('SIPDIS'));
      for (let end = 0; end <= header.length; end++) {
        const text = header.slice(0, end) + '\n\n' + stockholm.slice(stockholm.indexOf('SIPDIS'));
        for (const { code, f, cable } of all(text)) {
          const { start, end: stop } = f.range;
          assert.equal(start.line, stop.line, `${code} at prefix ${end}`);
          assert.ok(start.character <= stop.character && stop.character <= cable.lines[start.line].length, `${code} at prefix ${end}: ${JSON.stringify(f.range)}`);
        }
      }
    });

    it('reads blank lines and blanks around header lines as the parser does, without findings', () => {
      const spaced = stockholm.replace(/^(DE |ZNY |O 3|FM )/gm, '\n$1').replace(/^(ZNY SSSSS ZZH)$/m, '$1   ');
      assert.deepEqual(all(spaced).map(({ code, f }) => `${code}: ${f.message}`), []);
    });
  });
});
