// Counts by key with a few examples each, printed as a Markdown table (dev scripts' reports).

export class Tally {
  private readonly counts = new Map<string, { n: number; examples: string[] }>();

  add(key: string, example: string): void {
    const entry = this.counts.get(key) ?? { n: 0, examples: [] };
    entry.n++;
    if (entry.examples.length < 8 && !entry.examples.includes(example)) entry.examples.push(example);
    this.counts.set(key, entry);
  }

  total(): number {
    let n = 0;
    for (const e of this.counts.values()) n += e.n;
    return n;
  }

  get(key: string): number {
    return this.counts.get(key)?.n ?? 0;
  }

  /** Largest first; `examples` per row. */
  print(out: (line?: string) => void, examples = 3): void {
    if (!this.counts.size) {
      out('(none)');
      return;
    }
    out('| form | count | examples |');
    out('| --- | ---: | --- |');
    for (const [key, e] of this.sorted()) out(`| ${cell(key)} | ${e.n} | ${e.examples.slice(0, examples).map((x) => `\`${cell(x).replace(/`/g, "'")}\``).join(', ')} |`);
  }

  /** `KEY n, KEY n, …` for the `limit` largest. */
  inline(limit: number): string {
    const rows = this.sorted();
    const shown = rows.slice(0, limit).map(([k, e]) => `${k} ${e.n}`).join(', ');
    return rows.length > limit ? `${shown}, and ${rows.length - limit} more` : shown;
  }

  private sorted(): Array<[string, { n: number; examples: string[] }]> {
    return [...this.counts.entries()].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}
