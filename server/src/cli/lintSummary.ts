// What `cable lint` tells on stderr at the end of a run, so that no run is silent (an empty folder
// says "0 files checked"): files checked, files skipped by reason, problems by severity, and with
// --fix the problems fixed. Also the per-file line of --fix.

import type { LintDiagnostic, Severity } from '../index';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Problems by rule code, `C10 ×2, H7`, in order of code. */
function byCode(codes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([code, n]) => (n > 1 ? `${code} ×${n}` : code))
    .join(', ');
}

/** The fixable problems of `before` that `after` no longer has, by code. */
export function fixedCodes(before: readonly LintDiagnostic[], after: readonly LintDiagnostic[]): string[] {
  const left = new Map<string, number>();
  for (const d of after) if (d.fixes.length) left.set(d.code, (left.get(d.code) ?? 0) + 1);
  const fixed: string[] = [];
  for (const d of before) {
    if (!d.fixes.length) continue;
    const n = left.get(d.code) ?? 0;
    if (n > 0) left.set(d.code, n - 1);
    else fixed.push(d.code);
  }
  return fixed;
}

export class LintSummary {
  private checked = 0;
  private readonly skipped = new Map<string, number>();
  private readonly problems = new Map<Severity, number>();
  private fixedFiles = 0;
  private fixedProblems = 0;
  private unfixed = 0;

  checkedFile(diagnostics: readonly LintDiagnostic[]): void {
    this.checked++;
    for (const d of diagnostics) this.problems.set(d.severity, (this.problems.get(d.severity) ?? 0) + 1);
  }

  skippedFile(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  /** A file written by --fix; the line that says so. */
  fixedFile(file: string, codes: readonly string[]): string {
    this.fixedFiles++;
    this.fixedProblems += codes.length;
    return codes.length ? `${file}: fixed ${plural(codes.length, 'problem')} (${byCode(codes)})` : `${file}: fixed`;
  }

  /** A file --fix left as it was on purpose. */
  unfixedFile(): void {
    this.unfixed++;
  }

  text(fix: boolean): string {
    const skipped = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    const reasons = [...this.skipped.entries()].map(([reason, n]) => `${n} ${reason}`).join(', ');
    const total = [...this.problems.values()].reduce((a, b) => a + b, 0);
    const severities = SEVERITIES.filter((s) => this.problems.get(s)).map((s) => (s === 'information' ? `${this.problems.get(s)} information` : plural(this.problems.get(s) ?? 0, s)));
    const parts = [
      `${plural(this.checked, 'file')} checked`,
      ...(skipped ? [`${skipped} skipped (${reasons})`] : []),
      total ? `${plural(total, 'problem')} (${severities.join(', ')})` : 'no problems',
    ];
    if (fix) parts.push(`${plural(this.fixedProblems, 'problem')} fixed in ${plural(this.fixedFiles, 'file')}${this.unfixed ? `, ${plural(this.unfixed, 'file')} left unfixed` : ''}`);
    return parts.join('; ');
  }
}
