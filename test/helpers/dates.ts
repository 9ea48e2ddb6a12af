// Dates the snippet tests expect, computed the way the server computes them.

/** `MM/DD/YYYY` ten years after the UTC date of `at` (29 February becomes the 28th). */
export function tenYearsOn(at: Date): string {
  const year = at.getUTCFullYear() + 10;
  const month = at.getUTCMonth() + 1;
  const day = Math.min(at.getUTCDate(), new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year}`;
}
