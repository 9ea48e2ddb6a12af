// The survey's counts of mentions in the text: REFTEL, REF letters, paragraph numbers, and
// paragraphs of a cited cable, each with whether an index could resolve it.

import type { Mention } from '../server/src/workspace/mentions';
import { idsOfLetter, itemCount, letterSet, lineOf, type CableFacts, type Folder } from './refSurveyCables';
import { Tally } from './tally';

export function reportMentions(folder: Folder, out: (line?: string) => void): void {
  const forms = new Tally();
  const letters = new Tally();
  const reftel = new Tally();
  const paras = new Tally();
  const ofRef = new Tally();
  let cablesWithMentions = 0;
  for (const c of folder.cables) {
    if (c.mentions.length) cablesWithMentions++;
    for (const m of c.mentions) {
      const where = `${c.id}:${lineOf(c, m.start)} ${m.text.replace(/\s+/g, ' ')}`;
      forms.add(`${m.kind}: \`${m.form}\``, where);
      if (m.kind === 'letters') for (const l of m.letters) letters.add(letterOutcome(c, l), where);
      if (m.kind === 'reftel' || m.kind === 'ref') reftel.add(`${m.kind === 'reftel' ? (/s$/i.test(m.text) ? 'REFTELS' : 'REFTEL') : 'ref (no letter)'}, REF list of ${bucket(itemCount(c))}`, where);
      if (m.kind === 'para' || m.kind === 'pilcrow') paras.add(paraOutcome(c, m), where);
      if (m.kind === 'paraOfRef' || m.kind === 'refPara') ofRef.add(ofRefOutcome(folder, c, m), where);
    }
  }
  out('## Mentions in the text');
  out();
  out(`Cables with a mention after the REF block: ${cablesWithMentions}. Compound mentions ("para 4 of ref A") are counted once, not as their parts.`);
  out();
  forms.print(out, 3);
  out();
  out('REF letters mentioned (each letter of "refs A and B" once):');
  out();
  letters.print(out, 4);
  out();
  out('REFTEL and "ref" without a letter:');
  out();
  reftel.print(out, 2);
  out();
  out('Paragraph numbers ("para 3", "paras 3-5", "¶3") in the same cable:');
  out();
  paras.print(out, 3);
  out();
  out('Paragraphs of a cited cable ("para 4 of ref A", "ref A para 4", "para 2 of reftel"):');
  out();
  ofRef.print(out, 4);
  out();
}

function bucket(n: number): string {
  return n === 0 ? 'no item (no REF block)' : n === 1 ? 'one item' : 'several items';
}

function letterOutcome(c: CableFacts, letter: string): string {
  if (!c.block) return 'no REF block';
  const set = letterSet(c);
  if (set.size) return set.has(letter) ? 'letter in the lettered REF list' : 'letter NOT in the lettered REF list';
  const position = idsOfLetter(c, letter).length ? 'within' : 'beyond';
  return `unlettered REF list of ${bucket(itemCount(c))}, letter ${position} its cable ids by position`;
}

function paraOutcome(c: CableFacts, m: Mention): string {
  if (!c.paragraphs.size) return 'the cable has no numbered paragraphs';
  const missing = m.paras.filter((n) => !c.paragraphs.has(n));
  return missing.length === 0 ? 'every paragraph named exists' : missing.length === m.paras.length ? 'no paragraph named exists' : 'some paragraphs named exist';
}

function ofRefOutcome(folder: Folder, c: CableFacts, m: Mention): string {
  const named = m.letters.length ? m.letters : [null];
  const items = named.flatMap((l) => idsOfLetter(c, l));
  if (!items.length) {
    if (!c.block) return 'no REF block';
    if (!m.letters.length) return `REFTEL with a REF list of ${bucket(itemCount(c))}: no single cable`;
    return letterSet(c).size ? 'letter not in the REF list, or an item without a cable id' : 'letter, but the REF list is unlettered';
  }
  const present = items.filter((i) => i.resolved);
  if (!present.length) return 'cited cable not in the folder';
  const hasPara = present.some((i) => m.paras.every((n) => folder.byId.get(i.id)?.paragraphs.has(n)));
  return hasPara ? 'cited cable in the folder and has the paragraph' : 'cited cable in the folder, paragraph not found in it';
}
