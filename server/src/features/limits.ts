// Caps on what one answer holds for a huge document, as YAML's `maxItemsComputed` caps its outline
// and folding: past them the answer costs more to send and to show than it can help (a 50 MB file
// has ninety thousand paragraphs). Each capped answer says so where the user looks: a last outline
// item, a last diagnostic; folding has no such place, so the server says it once in a message.

/** Outline items, children included (YAML's default). */
export const OUTLINE_ITEMS = 5000;
/** Folding ranges, unless the client asks for fewer (VS Code's own cap is the same). */
export const FOLDING_RANGES = 5000;
/** Diagnostics published for one file; a real cable has a few dozen at most. */
export const DIAGNOSTICS_PER_FILE = 1000;

/** 12,345: counts in messages (by hand: the first toLocaleString of a process loads ICU's formats, 10 ms). */
export const count = (n: number): string => String(n).replace(/\B(?=(?:\d{3})+$)/g, ',');
