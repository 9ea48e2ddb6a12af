// The index of a folder of exported cables: a table of id, date, post, classification and subject,
// each row linking to the cable's page. It reads without script; a small inline script sorts it
// by a column when its heading's button is pressed.

import type { Cable, Level } from '../model/cable';
import { cableDate, classification, longDate, referenceId, stationName } from './decode';
import { esc, levelClass } from './html';
import { EXPORT_STYLE } from './style';

export interface CableSummary {
  readonly id: string | null;
  /** `YYYY-MM-DD`. */
  readonly date: string | null;
  /** The originating post: the FM address, else the DE line's station, else the banner's origin. */
  readonly post: string | null;
  readonly level: Level | null;
  readonly subject: string | null;
}

export function cableSummary(cable: Cable): CableSummary {
  const station = cable.header?.station?.indicator?.text ?? null;
  const post = cable.header?.from?.items[0]?.address.text ?? (station === null ? null : stationName(station)) ?? cable.banner?.reference?.origin.value ?? null;
  return { id: referenceId(cable), date: cableDate(cable), post, level: classification(cable), subject: cable.subject?.subject.value || null };
}

export interface IndexEntry {
  /** The page's file name, relative to the index. */
  readonly href: string;
  /** The source file, shown when the cable has no id. */
  readonly source: string;
  readonly summary: CableSummary;
}

const COLUMNS = ['Id', 'Date', 'Post', 'Classification', 'Subject'] as const;

const INDEX_STYLE = `
.index{max-width:75rem;margin:0 auto;padding:1rem;color:var(--fg);font-family:var(--font)}
.index table{border-collapse:collapse;width:100%}
.index th,.index td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--border)}
.index th button{font:inherit;font-weight:700;background:none;border:0;padding:0;color:inherit;cursor:pointer}
.index th[aria-sort=ascending] button::after{content:" \\25B2"}.index th[aria-sort=descending] button::after{content:" \\25BC"}
.index td.level{font-weight:700;color:var(--lvl)}
.index a{color:var(--link)}
`;

// Sorts on each cell's data-key (dates and ids sort as written); a second press reverses.
const SORT_SCRIPT = `
document.querySelectorAll('.index th button').forEach(function (button, column) {
  button.addEventListener('click', function () {
    var th = button.parentElement, body = document.querySelector('.index tbody');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    document.querySelectorAll('.index th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute('data-key'), y = b.cells[column].getAttribute('data-key');
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
`;

function cell(key: string, html: string, className = ''): string {
  return `<td${className === '' ? '' : ` class="${className}"`} data-key="${esc(key)}">${html}</td>`;
}

/** The index page; `entries` are shown in the order given (sorted by date, then id, by the caller). */
export function renderIndex(entries: readonly IndexEntry[], title = 'Cables'): string {
  const rows = entries.map(({ href, source, summary: s }) => {
    const name = s.id ?? source;
    return (
      '<tr>' +
      cell(name, `<a href="${esc(href)}">${esc(name)}</a>`) +
      cell(s.date ?? '', s.date === null ? '' : `<time datetime="${esc(s.date)}">${esc(longDate(s.date))}</time>`) +
      cell(s.post ?? '', esc(s.post ?? '')) +
      cell(s.level ?? '', esc(s.level ?? 'not stated'), `level ${levelClass(s.level)}`) +
      cell(s.subject ?? '', esc(s.subject ?? '')) +
      '</tr>'
    );
  });
  const head = COLUMNS.map((column) => `<th scope="col"><button type="button">${column}</button></th>`).join('');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${esc(title)}</title>\n<style>${EXPORT_STYLE}${INDEX_STYLE}</style>\n</head>\n<body>\n<main class="index">\n` +
    `<h1>${esc(title)}</h1>\n<p>${entries.length} cable${entries.length === 1 ? '' : 's'}. Press a column heading to sort by it.</p>\n` +
    `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</main>\n` +
    `<script>${SORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
