// The mentions of REF items and paragraphs in a cable's text: compound mentions hide their parts,
// `¶3` counts only inside a line, and a text made of mentions is read up to its cap, from the top.

import assert from 'node:assert/strict';
import { findMentions, MENTIONS_PER_CABLE } from '../../../server/src/workspace/mentions';

const kinds = (text: string) => findMentions(text).map((m) => `${m.kind} ${m.text}`);

describe('mentions in the text', () => {
  it('reads "para 4 of ref A" and "ref B para 2" as one mention each, not as their parts', () => {
    assert.deepEqual(kinds('See para 4 of ref A, and ref B para 2; per reftel, refs C and D.'), [
      'paraOfRef para 4 of ref A',
      'refPara ref B para 2',
      'reftel reftel',
      'letters refs C and D',
    ]);
  });

  it('takes `¶3` inside a line, not the publisher\'s `¶3.` at a line start, indented or not', () => {
    assert.deepEqual(kinds('As ¶3 says,\n¶3. (C) Text.\n   ¶4. (C) More, see ¶ 2.\n'), ['pilcrow ¶3', 'pilcrow ¶ 2']);
  });

  it('keeps the mentions in text order, each apart from the others', () => {
    const found = findMentions('ref A. Para 2 of reftel B. ¶5 x and paras 3-5. Then ref (c); REF B para 9.');
    for (let k = 1; k < found.length; k++) assert.ok(found[k - 1].end <= found[k].start, `${found[k - 1].text} | ${found[k].text}`);
    assert.deepEqual(found.map((m) => m.kind), ['letters', 'paraOfRef', 'pilcrow', 'para', 'letters', 'refPara']);
  });

  it(`reads at most ${MENTIONS_PER_CABLE.toLocaleString('en-US')} mentions of a text made of nothing else, the first ones`, () => {
    const text = 'ref A '.repeat(MENTIONS_PER_CABLE + 5_000);
    const found = findMentions(text);
    assert.equal(found.length, MENTIONS_PER_CABLE);
    assert.equal(found[0].start, 0);
    assert.equal(found[found.length - 1].start, (MENTIONS_PER_CABLE - 1) * 'ref A '.length);
  });
});
