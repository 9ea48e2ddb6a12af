// P1: the main paragraph sequence runs 1, 2, 3 … without gaps or repeated numbers (§3.9).
// Jumps, restarts and stray numbers are P2's; a sequence not starting at 1 is P5's. A number run
// into the paragraph before (`… to handle ¶12. (S) …` after a publisher joined the lines) is not
// missing.

import type { Cable } from '../../model/cable';
import type { Finding, Fix, Rule } from '../types';
import { numbering, type Step } from './numbering';

export const paragraphNumbering: Rule = {
  code: 'P1',
  name: 'paragraph-numbering',
  severity: 'warning',
  description: 'Paragraphs are numbered consecutively, without gaps or repeated numbers.',
  basis: '5 FAH-1 H-240 H-246.2',
  check(cable) {
    const { steps, renumberable } = numbering(cable);
    const irregular = steps.filter((s) => s.kind === 'duplicate' || (s.kind === 'gap' && !s.hidden));
    if (irregular.length === 0) return [];
    const fix = renumberable ? renumber(cable) : null;
    return irregular.map((step): Finding => ({
      range: step.paragraph.number.range,
      message: message(step),
      related: [{ range: step.before.number.range, message: `Paragraph ${step.before.number.value}` }],
      ...(fix ? { fixes: [fix] } : {}),
    }));
  },
};

function message(step: Step): string {
  const before = step.before.number.value;
  const at = step.paragraph.number.value;
  if (step.kind === 'duplicate') return `Paragraph number ${at} is repeated`;
  const missing = at - before === 2 ? `Paragraph ${before + 1} is` : `Paragraphs ${before + 1}–${at - 1} are`;
  return `${missing} missing: ${before} is followed by ${at}`;
}

/** Renumbers the main sequence 1..n, editing only the numbers (a `¶` before them stays). */
function renumber(cable: Cable): Fix {
  const { main } = numbering(cable);
  const edits = main.flatMap((p, i) => (p.number.value === i + 1 ? [] : [{ range: p.number.range, newText: String(i + 1) }]));
  return { title: `Renumber paragraphs 1–${main.length}`, edits, preferred: true };
}
