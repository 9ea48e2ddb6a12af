// A synthetic workspace of N distinct cables for the workspace index benchmark (issue 9), made from
// the project's own real cables (test/corpus/cables, test/fixtures/workspace). Each generated cable
// is a real cable with a new reference id (banner, station line, section and page markers, footer)
// and REF items pointing at other generated cables: mostly earlier cables of its own post and year
// written without a year, some of earlier years written with one, some of other posts, and some at
// cables that are not in the folder. Every text stays a valid cable; the same seed gives the same
// folder. `generated.json` in the folder records what was made (scripts can check it:
// bench/workspaceCheck.ts).
//
//   node out/bench/workspaceGenerator.js --count 25000 --out DIR [--seed 1]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDir, fixturesDir } from '../test/helpers/paths';
import { loadTemplates, writtenYear, type Template, type TemplateRef } from './workspaceTemplates';

export const MANIFEST = 'generated.json';
/** Share of REF items left pointing at cables that are not in the folder, as in real folders. */
const EXTERNAL = 0.25;
/** Among earlier cables of the same post and year: how often a "hub" (the first 2 %) is cited. */
const HUB = 0.3;
const RECENT = 40;

export interface Manifest {
  readonly count: number;
  readonly seed: number;
  readonly templates: number;
  readonly bytes: number;
  readonly cableFiles: number;
  readonly refs: { readonly internal: number; readonly external: number; readonly withoutYear: number; readonly withYear: number; readonly compact: number };
  readonly citedCables: number;
  readonly maxCitedBy: number;
}

interface Group {
  readonly year2: string;
  readonly post: string;
  readonly origin: string;
  readonly members: number[];
  maxSerial: number;
}

interface Plan {
  readonly templates: readonly Template[];
  readonly templateOf: Int32Array;
  readonly groups: readonly Group[];
  readonly groupOf: Int32Array;
  readonly position: Int32Array;
  readonly serial: Int32Array;
  /** Groups by post, oldest first, to cite a post's earlier years. */
  readonly byPost: ReadonlyMap<string, readonly Group[]>;
  /** Groups by year and post (`08MANAMA`). */
  readonly byKey: ReadonlyMap<string, Group>;
}

export function defaultTemplates(): Template[] {
  return loadTemplates([corpusDir, path.join(fixturesDir, 'workspace')]);
}

/** Writes `count` cables into `out` (an empty or new folder) and returns what it made and how long it took. */
export function generateWorkspace(count: number, out: string, seed = 1, templates = defaultTemplates()): Manifest & { ms: number } {
  const t0 = performance.now();
  const plan = makePlan(count, seed, templates);
  const cited = new Int32Array(count);
  const refs: Counts = { internal: 0, external: 0, withoutYear: 0, withYear: 0, compact: 0 };
  let bytes = 0;
  let cableFiles = 0;
  // Into an empty folder only: cables of another run would mix with these, and nothing is deleted here.
  if (fs.existsSync(out) && fs.readdirSync(out).length) throw new Error(`${out} is not empty: give an empty or new folder`);
  fs.mkdirSync(out, { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = cableText(plan, i, seed, refs, cited);
    // One file in ten is a `.cable`; the others are `.txt`, as mirrors publish them.
    const name = `${idOf(plan, i)}${i % 10 === 9 ? '.cable' : '.txt'}`;
    if (i % 10 === 9) cableFiles++;
    fs.writeFileSync(path.join(out, name), text);
    bytes += Buffer.byteLength(text);
  }
  let citedCables = 0;
  let maxCitedBy = 0;
  for (const n of cited) {
    if (n > 0) citedCables++;
    if (n > maxCitedBy) maxCitedBy = n;
  }
  const manifest: Manifest = { count, seed, templates: templates.length, bytes, cableFiles, refs, citedCables, maxCitedBy };
  fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return { ...manifest, ms: performance.now() - t0 };
}

function makePlan(count: number, seed: number, templates: readonly Template[]): Plan {
  const random = rng(seed);
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  const groupOf = new Int32Array(count);
  const position = new Int32Array(count);
  const serial = new Int32Array(count);
  const templateOf = new Int32Array(count);
  // Templates weighted by 1/size, so each gives the same share of bytes and the mean cable is
  // about 6.3 kB (the harmonic mean of the templates), near the full release's 6.8 kB.
  const cumulative: number[] = [];
  let total = 0;
  for (const t of templates) cumulative.push((total += 1 / t.text.length));
  for (let i = 0; i < count; i++) {
    const u = random() * total;
    let lo = 0;
    let hi = templates.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    templateOf[i] = lo;
    const t = templates[lo];
    const key = `${t.year2}${t.post}`;
    let k = byKey.get(key);
    if (k === undefined) {
      // Serials start above 100: a two-digit serial before another id reads as that id's year.
      k = groups.push({ year2: t.year2, post: t.post, origin: t.origin, members: [], maxSerial: 100 + Math.floor(random() * 50) }) - 1;
      byKey.set(key, k);
    }
    const g = groups[k];
    // Serials rise through the year with small gaps (other cables of the post, not in the folder).
    g.maxSerial += 1 + Math.floor(random() * 3);
    groupOf[i] = k;
    position[i] = g.members.length;
    serial[i] = g.maxSerial;
    g.members.push(i);
  }
  const byPost = new Map<string, Group[]>();
  for (const g of groups) byPost.set(g.post, [...(byPost.get(g.post) ?? []), g]);
  for (const list of byPost.values()) list.sort((a, b) => yearOf(a) - yearOf(b));
  return { templates, templateOf, groups, groupOf, position, serial, byPost, byKey: new Map(groups.map((g) => [`${g.year2}${g.post}`, g])) };
}

type Counts = { -readonly [K in keyof Manifest['refs']]: number };

function cableText(plan: Plan, i: number, seed: number, refs: Counts, cited: Int32Array): string {
  const t = plan.templates[plan.templateOf[i]];
  const own = plan.groups[plan.groupOf[i]];
  const random = rng(seed * 1_000_003 + i);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const s of t.spots) {
    const value = s.modulo ? plan.serial[i] % s.modulo : plan.serial[i];
    edits.push({ start: s.start, end: s.end, text: String(value).padStart(s.end - s.start, '0') });
  }
  const used = new Set<number>([i]);
  for (const r of t.refs) {
    const target = chooseTarget(plan, i, own, r, random, used);
    used.add(target.cable);
    edits.push({ start: r.start, end: r.end, text: refText(r, target, own.year2) });
    if (target.cable >= 0) {
      refs.internal++;
      cited[target.cable]++;
    } else refs.external++;
    if (r.compact) refs.compact++;
    else if (r.year === null && target.year2 === own.year2) refs.withoutYear++;
    else refs.withYear++;
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(t.text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(t.text.slice(at));
  return parts.join('');
}

interface Target {
  /** The generated cable cited, or -1 for a cable that is not in the folder. */
  readonly cable: number;
  readonly year2: string;
  readonly post: string;
  /** The post as the REF item writes it. */
  readonly written: string;
  readonly serial: number;
}

function chooseTarget(plan: Plan, i: number, own: Group, r: TemplateRef, random: () => number, used: ReadonlySet<number>): Target {
  const sameYear = r.year === null || r.year.slice(-2) === own.year2;
  let group: Group | undefined;
  let pick = -1;
  const internal = random() >= EXTERNAL;
  // A cable cites another once: a few tries for one this cable does not cite yet.
  for (let tries = 0; internal && tries < 4 && (pick < 0 || used.has(pick)); tries++) {
    ({ group, pick } = r.idPost === own.post && sameYear ? pickEarlier(plan, i, own, random) : pickNamed(plan, own, r, random));
  }
  if (group && pick >= 0 && !used.has(pick)) return { cable: pick, year2: group.year2, post: group.post, written: written(r, group), serial: plan.serial[pick] };
  // Not in the folder: the post and year as written, a serial no generated cable of theirs has.
  const year2 = r.year ? r.year.slice(-2) : own.year2;
  const known = plan.byKey.get(`${year2}${r.idPost}`);
  return { cable: -1, year2, post: r.idPost, written: r.post, serial: (known?.maxSerial ?? 0) + 1 + Math.floor(random() * 5000) };
}

/** The common case: an earlier cable of the same post and year, cited without a year (none for the first). */
function pickEarlier(plan: Plan, i: number, own: Group, random: () => number): { group: Group | undefined; pick: number } {
  const p = plan.position[i];
  if (p <= 0) return { group: undefined, pick: -1 };
  const hubs = Math.max(1, Math.ceil(own.members.length * 0.02));
  const j = random() < HUB ? Math.floor(random() * Math.min(p, hubs)) : p - 1 - Math.floor(random() * Math.min(p, RECENT));
  return { group: own, pick: own.members[j] };
}

/** A cable of a post the item named (its earlier years for the cable's own post), else of any other post. */
function pickNamed(plan: Plan, own: Group, r: TemplateRef, random: () => number): { group: Group | undefined; pick: number } {
  const named = plan.byPost.get(r.idPost);
  const earlier = r.idPost === own.post ? named?.filter((g) => yearOf(g) < yearOf(own)) : undefined;
  const from = earlier?.length ? earlier : named;
  const group = from ? from[Math.floor(random() * from.length)] : otherPost(plan, own, random);
  return { group, pick: group ? group.members[Math.floor(random() * group.members.length)] : -1 };
}

function otherPost(plan: Plan, own: Group, random: () => number): Group | undefined {
  for (let tries = 0; tries < 8; tries++) {
    const g = plan.groups[Math.floor(random() * plan.groups.length)];
    if (g.post !== own.post) return g;
  }
  return undefined;
}

/** The template's spelling when the post is the one it named (`Reykjavik`, `SECSTATE`), else the banner's. */
function written(r: TemplateRef, g: Group): string {
  return g.post === r.idPost ? r.post : g.origin;
}

/** A REF item in the template's form: compact or spaced, with a year when it had one or when the year differs. */
function refText(r: TemplateRef, target: Target, ownYear2: string): string {
  const digits = String(target.serial).padStart(r.serialWidth, '0');
  const withYear = r.year !== null || target.year2 !== ownYear2;
  if (r.compact) return `${withYear ? target.year2 : ''}${target.post}${digits}`;
  return `${withYear ? `${writtenYear(target.year2, r.year)} ` : ''}${target.written} ${digits}`;
}

function idOf(plan: Plan, i: number): string {
  const g = plan.groups[plan.groupOf[i]];
  return `${g.year2}${g.post}${plan.serial[i]}`;
}

function yearOf(g: Group): number {
  const y = Number(g.year2);
  return y > 50 ? 1900 + y : 2000 + y;
}

/** mulberry32: a small seeded generator, so that a seed gives the same folder everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const count = Number(value('--count'));
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(count) || count < 1 || !out || !Number.isInteger(seed)) {
    process.stderr.write('usage: node out/bench/workspaceGenerator.js --count N --out DIR [--seed N]\n');
    process.exit(2);
  }
  let m: ReturnType<typeof generateWorkspace>;
  try {
    m = generateWorkspace(count, out, seed);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(
    `${m.count} cables (${m.cableFiles} .cable) from ${m.templates} templates, ${(m.bytes / 1e6).toFixed(1)} MB in ${(m.ms / 1000).toFixed(1)} s; ` +
      `REF items: ${m.refs.internal} to cables of the folder, ${m.refs.external} to cables outside it; ${m.citedCables} cables cited, at most ${m.maxCitedBy} times\n`,
  );
}

if (require.main === module) main();
