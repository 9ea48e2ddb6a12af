// `node out/scripts/refSurvey.js [--detail] [DIR...]`: how cables cite each other — REF labels and
// layouts, the forms of REF items, how many resolve to a cable of the folder by the simple rule,
// reference ids, and mentions of REF items and paragraphs in the text. Prints the figures of
// docs/workspace/ref-forms.md as Markdown. A dev script: by default it reads the shared folders
// outside the project (the build and the tests never run it). `--detail` lists every cable's links
// and mentions with line numbers instead.

import * as path from 'node:path';
import { idsOfLetter, itemCount, letterSet, lineOf, postsOf, readFolder, type CableFacts, type Folder, type RefToken } from './refSurveyCables';
import { reportMentions } from './refSurveyMentions';
import { Tally } from './tally';

const DEFAULT_DIRS = ['/work/shared/workspace/cables', '/work/shared/corpus/cables'];

function main(): void {
  const args = process.argv.slice(2);
  const detail = args.includes('--detail');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const chosen = dirs.length ? dirs : DEFAULT_DIRS;
  const allPosts = new Set(chosen.flatMap((d) => [...postsOf(d)]));
  for (const dir of chosen) {
    const folder = readFolder(dir, allPosts);
    if (detail) printDetail(folder);
    else report(folder);
  }
}

function report(folder: Folder): void {
  const { cables } = folder;
  const out = (line = '') => process.stdout.write(line + '\n');
  out(`# ${folder.dir}`);
  out();
  out(`${cables.length} cables of ${folder.posts.size} posts (${[...folder.posts].join(', ')}).`);
  out();
  reportBlocks(cables, out);
  reportItems(folder, out);
  reportResolution(folder, out);
  reportIds(folder, out);
  reportMentions(folder, out);
}

function reportBlocks(cables: readonly CableFacts[], out: (line?: string) => void): void {
  const withBlock = cables.filter((c) => c.block);
  out('## REF blocks');
  out();
  out(`- cables with a REF block: ${withBlock.length} (label at a line start ${withBlock.filter((c) => !c.block?.midLine).length}, run onto the line before ${withBlock.filter((c) => c.block?.midLine).length})`);
  out(`- the parser's REF block: ${cables.filter((c) => c.parserBlock).length} cables; found here and not by the parser: ${withBlock.filter((c) => !c.parserBlock).length}; by the parser and not here: ${cables.filter((c) => c.parserBlock && !c.block).length}`);
  out();
  const labels = new Tally();
  const layouts = new Tally();
  for (const c of withBlock) {
    const b = c.block;
    if (!b) continue;
    labels.add(`\`${b.label.replace(/\s+/g, ' ')}\`${b.midLine ? ' (run onto the line before)' : ''}`, c.id);
    for (const layout of layoutOf(c)) layouts.add(layout, c.id);
  }
  out('Labels:');
  out();
  labels.print(out);
  out();
  out('Layouts (a block can have several):');
  out();
  layouts.print(out);
  out();
}

function layoutOf(c: CableFacts): string[] {
  const b = c.block;
  if (!b) return [];
  const raw = c.text.slice(b.start, b.end);
  const found: string[] = [];
  const cableIds = c.items.length;
  const lettered = c.letters.length > 0;
  if (!lettered) found.push(cableIds === 0 ? 'unlettered, no cable id (free text)' : cableIds === 1 ? 'one unlettered item' : 'several unlettered items');
  if (!lettered && cableIds > 1) {
    const between = raw.slice(c.items[0].token.end - b.start, c.items[1].token.start - b.start);
    found.push(`unlettered items separated by \`${between.trim() || (between.includes('\n') ? '(line break)' : '(space)')}\``);
  }
  if (lettered) found.push(...letteredLayout(c));
  if (/\n[ \t]*\n/.test(raw.trimEnd())) found.push('blank lines between items');
  if (/;/.test(raw)) found.push('`;` in the block');
  if (/[A-Z][A-Z ]*? 0{2,}\d+ +\d{3}(?:\.\d)? +OF +\d{3}/.test(raw)) found.push('section marker (`TRIPOLI 00000166 001.2 OF 004`) inside');
  const lineEnd = c.text.indexOf('\n', b.end);
  const rest = c.text.slice(b.end, lineEnd < 0 ? c.text.length : lineEnd).trim();
  if (rest) found.push(/^classified\s+by/i.test(rest) ? 'Classified By run onto the same line' : 'text run onto the same line');
  return found;
}

/** How the letters of a lettered block are written and laid out. */
function letteredLayout(c: CableFacts): string[] {
  const found: string[] = [];
  const first = c.text.slice(c.letters[0].start, c.letters[0].end).trim();
  const style = /^ref/i.test(first) ? 'REF A:' : first.length === 1 ? 'A (bare)' : first.replace(/[A-Za-z](?=[^A-Za-z]*$)/, (l) => (l === l.toUpperCase() ? 'A' : 'a'));
  found.push(`lettered \`${style}\``);
  const doubled = c.letters.some((l, i) => i > 0 && l.letter === c.letters[i - 1].letter && /\n/.test(c.text.slice(c.letters[i - 1].start, l.start)) === false);
  if (doubled) found.push('lettered twice (`A. A)`: the publisher\'s letter, then the cable\'s)');
  const lines = new Set(c.letters.map((l) => lineOf(c, l.start)));
  found.push(lines.size > 1 ? 'lettered, one item a line' : 'lettered, items inline');
  const seq = [...letterSet(c)].sort();
  if (seq.some((l, i) => l.charCodeAt(0) !== 65 + i)) found.push('letters with a gap (`A.` … `¶H.`)');
  return found;
}

function reportItems(folder: Folder, out: (line?: string) => void): void {
  const forms = new Tally();
  const classes = new Tally();
  const posts = new Tally();
  const extras = new Tally();
  const free = new Tally();
  for (const c of folder.cables) {
    for (const item of c.items) {
      const t = item.token;
      classes.add(item.postClass, `${c.id}: ${item.written}`);
      posts.add(`${t.post}`, c.id);
      forms.add(shapeOf(c, item.token), `${c.id}: ${item.written}`);
      const after = c.text.slice(t.end, t.end + 40);
      for (const [name, re] of EXTRAS) if (re.test(after)) extras.add(name, `${c.id}: ${item.written}${after.match(re)?.[0]}`);
      if (/^0\d/.test(t.serial)) extras.add('serial with leading zeros (`BOGOTA 02313`, `REYKJAVIK 000229`)', `${c.id}: ${item.written}`);
    }
    // Items that name no cable: lettered items without an id, or an unlettered block without one.
    const groups = c.letters.length ? [...letterSet(c)].map((l) => ({ l, ids: c.items.filter((i) => i.token.letter === l) })) : c.block ? [{ l: null, ids: c.items }] : [];
    for (const g of groups) {
      if (g.ids.length) continue;
      const text = letterText(c, g.l);
      free.add(freeKind(text), `${c.id}: ${text.slice(0, 70)}`);
    }
  }
  out('## REF items');
  out();
  out(`Cable ids found in REF blocks: ${classes.total()}. By what the post names:`);
  out();
  classes.print(out);
  out();
  out('Written forms of the ids that name a cable:');
  out();
  forms.print(out);
  out();
  out('After the id:');
  out();
  extras.print(out);
  out();
  out('Posts as written (ids that name a cable):');
  out();
  out(posts.inline(80));
  out();
  out('Items that name no cable (by what they are):');
  out();
  free.print(out);
  out();
}

const EXTRAS: ReadonlyArray<[string, RegExp]> = [
  ['caption `(NOTAL)`, `(EXDIS)`, `(NODIS)`', /^\s*\((?:NOTAL|EXDIS|NODIS|STADIS|LIMDIS)\)/],
  ['`AND PREVIOUS`, `and previous`, `AND OTHERS`', /^\s*(?:AND|and) (?:PREVIOUS|previous|OTHERS|others)/],
  ['year after the id: `ROME 1484 (2008)`', /^\s*\((?:19|20)\d\d\)/],
  ['DTG after the id: `SECTO 003 DTG 070102Z JUN 08`', /^\s*DTG \d{6}Z/],
];

function shapeOf(c: CableFacts, t: RefToken): string {
  if (t.inherited) return 'bare serial after an id (`TRIPOLI 33, 53`, `STATE 15111 AND B) 13716`)';
  const multi = /[ -]/.test(t.post) ? ', post of several words' : '';
  const mixed = /[a-z]/.test(t.post) ? ', post in mixed case' : '';
  const year = t.year === null ? '' : t.year.length === 4 ? 'YYYY ' : 'YY ';
  const between = t.year ? c.text.slice(t.start + t.year.length, t.postStart) : '';
  const yearForm = between.includes('\n') ? 'YY⏎' : year;
  return t.compact ? `\`${t.year ? 'YY' : ''}POSTN\` (compact)${multi}${mixed}` : `\`${yearForm}POST N\`${multi}${mixed}`;
}

function letterText(c: CableFacts, letter: string | null): string {
  const b = c.block;
  if (!b) return '';
  if (letter === null) return c.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim();
  const i = c.letters.findIndex((l) => l.letter === letter);
  const next = c.letters.find((l, k) => k > i && l.letter !== letter);
  return c.text.slice(c.letters[i].end, next ? next.start : b.end).replace(/\s+/g, ' ').trim();
}

function freeKind(text: string): string {
  if (/e-?mails?|email/i.test(text)) return 'e-mail';
  if (/telcon|phone|call/i.test(text)) return 'telephone call';
  if (/\bIIR\b/.test(text)) return 'intelligence report (IIR)';
  if (/\bTD-|\bCIAWASH\b/.test(text)) return 'intelligence report (TD, CIAWASH)';
  if (/\bOSC\b/.test(text)) return 'press item (OSC)';
  if (/memo|letter|note|msg|message|document|LOR/i.test(text)) return 'memo, letter, note or document';
  if (/meeting|read ?out|conversation|report/i.test(text)) return 'meeting or readout';
  if (text === '' || /^N\/A$/i.test(text)) return 'empty or N/A';
  return 'other';
}

function reportResolution(folder: Folder, out: (line?: string) => void): void {
  const own = folder.cables.flatMap((c) => c.items.filter((i) => i.postClass === 'folder post').map((i) => ({ c, i })));
  const resolved = own.filter((x) => x.i.resolved);
  const unresolved = new Tally();
  let prevYear = 0;
  for (const { c, i } of own.filter((x) => !x.i.resolved)) {
    const t = i.token;
    const samePost = i.id.replace(/^\d\d/, '').replace(/\d+$/, '') === c.post;
    let reason = t.year ? 'year written; not in the folder' : 'no year; not in the folder with the citing year';
    if (!t.year && samePost && Number(t.serial) > c.serial) {
      const earlier = `${String((Number(c.year2) + 99) % 100).padStart(2, '0')}${c.post}${Number(t.serial)}`;
      const hit = folder.byId.has(earlier);
      if (hit) prevYear++;
      reason = `no year, serial above the citing cable's own: the year before${hit ? ' (in the folder)' : ' (not in the folder either)'}`;
    }
    unresolved.add(reason, `${c.id}: ${i.written} → ${i.id}`);
  }
  const links = new Map<string, Set<string>>();
  for (const { c, i } of resolved) links.set(i.id, (links.get(i.id) ?? new Set()).add(c.id));
  const fanIn = [...links.values()].map((s) => s.size);
  const citing = new Set(resolved.map((x) => x.c.id));
  const parserAgrees = resolved.filter((x) => x.c.parserIds.includes(x.i.id)).length;
  const all = folder.cables.flatMap((c) => c.items);
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  out('## Resolution by the simple rule');
  out();
  out('Rule: id = the item\'s year (two digits; `2004` → `04`), else the citing cable\'s year; then the post in capitals without spaces (`SECSTATE` read as `STATE`); then the serial without leading zeros. The item resolves when `<id>.txt` is in the folder.');
  out();
  out(`- all cable ids in REF blocks: ${all.length}; resolved ${all.filter((i) => i.resolved).length} (${pct(all.filter((i) => i.resolved).length, all.length)})`);
  out(`- ids naming one of the folder's posts: ${own.length}; resolved ${resolved.length} (${pct(resolved.length, own.length)})`);
  out(`- without a year: ${own.filter((x) => !x.i.token.year).length} (resolved ${resolved.filter((x) => !x.i.token.year).length}); with a year: ${own.filter((x) => x.i.token.year).length} (resolved ${resolved.filter((x) => x.i.token.year).length})`);
  out(`- resolved links: ${resolved.length} items, ${new Set(resolved.map((x) => `${x.c.id}>${x.i.id}`)).size} distinct citing→cited pairs; ${citing.size} citing cables; ${links.size} cables cited; cited by 2 or more: ${fanIn.filter((n) => n > 1).length}; most citing cables of one cable: ${Math.max(0, ...fanIn)}`);
  out(`- a yearless id whose serial is above the citing cable's own, same post: the year before resolves ${prevYear} more`);
  out(`- the parser's \`cableId\` equals the resolved id for ${parserAgrees} of the ${resolved.length} (it reads no id without a year, nor compact or mixed-case ones, nor blocks run onto SUBJECT)`);
  out();
  out('Unresolved ids of the folder\'s posts:');
  out();
  unresolved.print(out, 6);
  out();
}

function idSource(c: CableFacts): string {
  if (c.bannerId) return c.bannerId === c.id ? 'banner + DTG (or file year) = file name' : 'banner gives another id';
  return c.footer ? 'footer only' : 'none: the file name only';
}

function reportIds(folder: Folder, out: (line?: string) => void): void {
  const { cables } = folder;
  const sources = new Tally();
  const mismatch: string[] = [];
  const multiWord = new Tally();
  for (const c of cables) {
    sources.add(idSource(c), c.id);
    if (c.bannerId && c.bannerId !== c.id) mismatch.push(`${c.id} (banner: ${c.bannerId})`);
    if (c.bannerOrigin && / /.test(c.bannerOrigin)) multiWord.add(`\`${c.bannerOrigin}\` → \`${c.bannerOrigin.replace(/ /g, '')}\``, c.id);
  }
  const spelled = new Tally();
  for (const c of cables) for (const i of c.items) {
    const p = i.token.post;
    const idForm = i.id.replace(/^\d\d/, '').replace(/\d+$/, '');
    if (p !== idForm) spelled.add(`\`${p}\` → \`${idForm}\``, c.id);
  }
  const claims = new Map<string, string[]>();
  for (const c of cables) for (const id of new Set([c.id, c.bannerId ?? c.id])) claims.set(id, [...(claims.get(id) ?? []), c.id]);
  const repeated = [...claims.entries()].filter(([, files]) => files.length > 1);
  const bySerial = new Map<string, string[]>();
  for (const c of cables) bySerial.set(`${c.post} ${c.serial}`, [...(bySerial.get(`${c.post} ${c.serial}`) ?? []), c.id]);
  const acrossYears = [...bySerial.entries()].filter(([, ids]) => ids.length > 1);
  out('## Reference ids');
  out();
  out('Where the id comes from (the file is named by the published id):');
  out();
  sources.print(out);
  out();
  out(`Banner ids unlike the file name: ${mismatch.length ? mismatch.join(', ') : 'none'}.`);
  out(`Cables with a dateline: ${cables.filter((c) => c.dateline).length}; with a publisher footer (\`2001VATICA03507 - Classification\`): ${cables.filter((c) => c.footer).length}.`);
  out();
  out('Posts of several words in banners:');
  out();
  multiWord.print(out, 1);
  out();
  out('REF spellings that differ from the id\'s post:');
  out();
  spelled.print(out, 2);
  out();
  out(`Ids claimed by two files (file name or banner): ${repeated.length ? repeated.map(([id, f]) => `${id} (${f.join(', ')})`).join('; ') : 'none'}.`);
  out(`Post and serial shared by cables of different years (a yearless REF picks one by the year): ${acrossYears.length} pairs${acrossYears.length ? `, e.g. ${acrossYears.slice(0, 8).map(([, ids]) => ids.join('/')).join(', ')}` : ''}.`);
  out();
}

function printDetail(folder: Folder): void {
  for (const c of folder.cables) {
    if (!c.block && !c.mentions.length) continue;
    process.stdout.write(`${path.join(folder.dir, c.file)}\n`);
    if (c.block) process.stdout.write(`  REF block line ${lineOf(c, c.block.labelStart)}, ${itemCount(c)} item(s), letters ${[...letterSet(c)].join('') || '-'}\n`);
    for (const i of c.items) process.stdout.write(`  line ${lineOf(c, i.token.start)} ${i.token.letter ?? '-'} ${i.written} → ${i.id} ${i.resolved ? 'present' : 'absent'}\n`);
    for (const m of c.mentions) {
      const targets = m.kind === 'para' || m.kind === 'pilcrow' ? '' : ` → ${(m.letters.length ? m.letters : [null]).flatMap((l) => idsOfLetter(c, l).map((i) => `${l ?? 'the REF'}=${i.id}`)).join(', ') || 'no REF item'}`;
      process.stdout.write(`  mention line ${lineOf(c, m.start)} ${m.kind} "${m.text.replace(/\s+/g, ' ')}"${targets}${m.paras.length ? ` paras ${m.paras.join(',')}` : ''}\n`);
    }
  }
}

main();
