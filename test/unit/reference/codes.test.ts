import assert from 'node:assert/strict';
import {
  describePortionMark,
  listOperatingSignals,
  lookupCaption,
  lookupDeclassificationMarking,
  lookupOperatingSignal,
  lookupPortionMark,
  lookupPrecedence,
  lookupSecurityWarning,
} from '../../../server/src/reference';
import { rawRows } from './dataFiles';

const CODE_TABLES = [
  'precedence.tsv',
  'security-warnings.tsv',
  'operating-signals.tsv',
  'captions.tsv',
  'declassification-markings.tsv',
  'portion-marks.tsv',
  'geo-tags-2024.tsv',
];

describe('codes of the header and the text', () => {
  it('lists every code once', () => {
    for (const file of CODE_TABLES) {
      const codes = rawRows(file).map((row) => row.code);
      assert.equal(new Set(codes).size, codes.length, file);
    }
  });

  describe('precedence', () => {
    it('reads prosigns, letters and words', () => {
      assert.equal(lookupPrecedence('ZZ')?.precedence, 'FLASH');
      assert.equal(lookupPrecedence('PP')?.form, 'prosign');
      assert.equal(lookupPrecedence('O')?.precedence, 'IMMEDIATE');
      assert.equal(lookupPrecedence('O')?.form, 'letter');
      assert.equal(lookupPrecedence('R')?.source, 'ACP127 §150-152');
      const niact = lookupPrecedence('niact  immediate');
      assert.equal(niact?.precedence, 'IMMEDIATE');
      assert.match(niact?.meaning ?? '', /night action/);
      assert.match(lookupPrecedence('PRIORITY')?.notes ?? '', /not in the 2017/);
      assert.equal(lookupPrecedence('X'), null);
    });
  });

  describe('security warnings', () => {
    it('reads the classification of a warning', () => {
      const confidential = lookupSecurityWarning('ZNY CCCCC');
      assert.equal(confidential?.warning?.level, 'CONFIDENTIAL');
      assert.equal(confidential?.prefixAgrees, true);
      assert.equal(confidential?.warning?.source, 'ACP127 §124, §203');
      const efto = lookupSecurityWarning('ZNY EEEEE');
      assert.equal(efto?.warning?.level, 'UNCLASSIFIED');
      assert.equal(efto?.warning?.efto, true);
      assert.equal(lookupSecurityWarning('ZNY RRRRR')?.warning?.level, null);
    });

    it('notices a ZNR on a classified warning', () => {
      assert.equal(lookupSecurityWarning('ZNR SSSSS')?.prefixAgrees, false);
      assert.equal(lookupSecurityWarning('SSSSS')?.prefixAgrees, null);
    });

    it('reads SPECAT suffixes and release codes as secondary', () => {
      const specat = lookupSecurityWarning('ZNY SSSSS/BBBBB');
      assert.equal(specat?.specat?.meaning, 'SPECAT message other than SIOP-ESI');
      assert.equal(lookupSecurityWarning('ZNY SSSSS/QQQQQ')?.specat, null);
      assert.equal(lookupSecurityWarning('ZNY SSSSS/QQQQQ')?.specatText, '/QQQQQ');
      const released = lookupSecurityWarning('ZNR UUUAA');
      assert.equal(released?.warning?.code, 'ZNR UUUUU');
      assert.equal(released?.release, 'AA');
      assert.deepEqual(released?.releaseCodes.map((code) => code.meaning), ['transmission release code: Australia']);
      assert.match(released?.releaseCodes[0].source ?? '', /secondary/);
    });

    it('does not read other groups', () => {
      assert.equal(lookupSecurityWarning('ZNY CCSCC')?.warning, null);
      assert.equal(lookupSecurityWarning('ZZH'), null);
    });
  });

  describe('operating signals', () => {
    it('tells documented, secondary and unknown signals apart', () => {
      assert.equal(lookupOperatingSignal('ZEX')?.record.status, 'documented');
      assert.equal(lookupOperatingSignal('ZEN')?.record.source, 'ACP127 §206');
      const zzh = lookupOperatingSignal('ZZH');
      assert.equal(zzh?.record.status, 'secondary');
      assert.equal(zzh?.record.meaning, 'from Department of State offices');
      const zdk = lookupOperatingSignal('ZDK');
      assert.equal(zdk?.record.status, 'unknown');
      assert.equal(zdk?.record.meaning, null);
    });

    it('gives unknown signals no meaning', () => {
      for (const signal of listOperatingSignals().filter((record) => record.status === 'unknown')) {
        assert.equal(signal.meaning, null, signal.code);
      }
    });

    it('reads a signal with a digit or in slashes', () => {
      const zff = lookupOperatingSignal('ZFF3');
      assert.equal(zff?.record.code, 'ZFF');
      assert.equal(zff?.digit, '3');
      assert.equal(lookupOperatingSignal('//ZEL//')?.record.meaning, 'this message is a correction');
      assert.equal(lookupOperatingSignal('ZQQ'), null);
      assert.equal(lookupOperatingSignal('RUEHC'), null);
    });
  });

  describe('captions', () => {
    it('reads captions, letter-spaced ones too', () => {
      assert.match(lookupCaption('SIPDIS')?.caption.meaning ?? '', /SIPRNet/);
      assert.equal(lookupCaption('C O R R E C T E D C O P Y')?.caption.code, 'CORRECTED COPY');
      assert.equal(lookupCaption('(NOTAL)')?.caption.meaning, null);
      assert.equal(lookupCaption('NOTAL')?.caption.source, 'OBS');
    });

    it('reads REL with its countries', () => {
      const rel = lookupCaption('REL CANADA');
      assert.equal(rel?.caption.code, 'REL');
      assert.equal(rel?.argument, 'CANADA');
      assert.equal(lookupCaption('REL TO USA, GBR')?.argument, 'USA, GBR');
      assert.equal(lookupCaption('DEPT FOR NEA/MAG'), null);
    });
  });

  describe('declassification markings', () => {
    it('reads N/A, OADR and the exemptions', () => {
      assert.equal(lookupDeclassificationMarking('N/A')?.kind, 'not-applicable');
      assert.equal(lookupDeclassificationMarking('oadr')?.meaning, null);
      assert.match(lookupDeclassificationMarking('OADR')?.notes ?? '', /14 Oct 1995/);
      assert.match(lookupDeclassificationMarking('25X1')?.meaning ?? '', /confidential human source/);
      assert.match(lookupDeclassificationMarking('25X6')?.meaning ?? '', /foreign government/);
      assert.equal(lookupDeclassificationMarking('25X1-human')?.kind, 'exemption-25');
      assert.equal(lookupDeclassificationMarking('25X4')?.meaning, null);
    });

    it('says that the X1–X8 wording and MR are not in the sources', () => {
      for (let n = 1; n <= 8; n++) {
        const exemption = lookupDeclassificationMarking(`X${n}`);
        assert.equal(exemption?.kind, 'exemption-10');
        assert.equal(exemption?.meaning, null);
        assert.match(exemption?.notes ?? '', /not quoted/);
      }
      assert.equal(lookupDeclassificationMarking('MR')?.kind, 'unknown');
      assert.equal(lookupDeclassificationMarking('MR')?.meaning, null);
      assert.equal(lookupDeclassificationMarking('X9'), null);
    });
  });

  describe('portion marks', () => {
    it('reads levels and controls', () => {
      assert.equal(lookupPortionMark('C')?.level, 'CONFIDENTIAL');
      assert.equal(lookupPortionMark('SBU')?.level, 'UNCLASSIFIED');
      assert.equal(lookupPortionMark('SBU-N')?.level, 'UNCLASSIFIED');
      assert.equal(lookupPortionMark('nf')?.kind, 'control');
      assert.equal(lookupPortionMark('ORCON')?.meaning, null);
      assert.equal(lookupPortionMark('CNF'), null);
    });

    it('splits a written mark into its parts', () => {
      const parts = describePortionMark('S//FGI//NF');
      assert.deepEqual(parts.map((part) => part.mark?.code), ['S', 'FGI', 'NF']);
      const released = describePortionMark('C/REL UK');
      assert.deepEqual(released.map((part) => [part.mark?.code, part.argument]), [['C', null], ['REL TO', 'UK']]);
      assert.deepEqual(describePortionMark('SBU/N').map((part) => part.mark?.code), ['SBU/N']);
      assert.deepEqual(describePortionMark('CNF').map((part) => part.mark), [null]);
    });
  });
});
