// The parser on every prefix of a dozen real cables, cut at line ends and in mid-line, as typing
// makes them: slow (seconds), so it is in the slow suite (`npm run test:slow`, part of `npm test`).

import { parseCable } from '../../server/src/parser';
import { readCorpusCable } from '../helpers/paths';
import { assertRangesInside } from '../helpers/ranges';

describe('parser robustness while typing', function () {
  this.timeout(60000);

  it('parses every prefix of a dozen cables, cut at line ends and in mid-line (typing)', () => {
    const ids = ['10STATE284', '00HARARE5461', '09STATE119085', '10ROME1', '07ACCRA2590', '90CAPETOWN97', '03BEIJING13289', '05BUCHAREST31', '10MEXICO614', '07BERN881', '09USEUBRUSSELS948', '03ZAGREB470'];
    for (const id of ids) {
      const text = readCorpusCable(id);
      const cuts: number[] = [];
      let at = 0;
      for (const line of text.split('\n')) {
        cuts.push(at + (line.length >> 1), at + line.length);
        at += line.length + 1;
      }
      // Long cables are sampled evenly so that the test stays quick; short ones get every cut.
      const step = Math.max(1, Math.floor(cuts.length / 300));
      for (let k = 0; k < cuts.length; k += step) assertRangesInside(parseCable(text.slice(0, cuts[k])), `${id} prefix ${cuts[k]}`);
    }
  });
});
