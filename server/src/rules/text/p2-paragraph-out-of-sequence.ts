// P2: numbers outside the main paragraph sequence (§4 P2) — a restarted sub-list, a quoted
// document's own numbering, a stray number at a line start — are not counted as paragraphs; this
// says so once per run of such numbers, on its first number. A `¶` before a year (`¶2007.`) or before a number far out of sequence
// is a publisher's anchor the parser never reads as a paragraph, so it never gets here.

import type { Finding, Rule } from '../types';
import { numbering, type Step, type StrayRun } from './numbering';

export const paragraphOutOfSequence: Rule = {
  code: 'P2',
  name: 'paragraph-out-of-sequence',
  severity: 'hint',
  description: 'A paragraph number outside the main sequence (restart, sub-list, quoted text) is not counted.',
  basis: 'observed practice',
  check(cable) {
    const { steps, strays } = numbering(cable);
    return [...strays.map(strayFinding), ...steps.filter((s) => s.kind === 'jump').map(jumpFinding)].sort(
      (a, b) => a.range.start.line - b.range.start.line,
    );
  },
};

function strayFinding(run: StrayRun): Finding {
  const first = run.paragraphs[0];
  const n = first.number.value;
  const message =
    run.before === null
      ? `Number ${n} is out of sequence before paragraph ${run.after?.number.value}`
      : n <= run.before.number.value
        ? `Numbering restarts at ${n} after paragraph ${run.before.number.value}`
        : `Number ${n} is out of sequence after paragraph ${run.before.number.value}`;
  // A stray run stands before or after the main sequence, so one of the two is there.
  const neighbour = run.before ?? run.after;
  return {
    range: first.number.range,
    message,
    related: neighbour ? [{ range: neighbour.number.range, message: `Paragraph ${neighbour.number.value} of the main sequence` }] : [],
  };
}

function jumpFinding(step: Step): Finding {
  return {
    range: step.paragraph.number.range,
    message: `Numbering jumps from ${step.before.number.value} to ${step.paragraph.number.value} (quoted numbering?)`,
    related: [{ range: step.before.number.range, message: `Paragraph ${step.before.number.value}` }],
  };
}
