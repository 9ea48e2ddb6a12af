// A short fingerprint of a text (32-bit FNV-1a over its UTF-16 code units, and its length), for
// result ids of pulled diagnostics: the same text gives the same id, so a pull of an unchanged file
// is answered "unchanged".

export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
