// Folders of hierarchical URIs (`file:///home/a/cables/x.cable`), as the search for `.cablelint.json`
// walks them. The URIs are canonical (HostFileSystem.canonicalUri), so that text comparison is
// comparison of locations.

const HIERARCHICAL = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)$/;

/** The folder holding `uri`; null for the top folder and for URIs without a path. */
export function parentUri(uri: string): string | null {
  const m = HIERARCHICAL.exec(uri);
  if (!m) return null;
  const path = m[2].replace(/\/+$/, '');
  if (path === '') return null;
  return m[1] + (path.lastIndexOf('/') <= 0 ? '/' : path.slice(0, path.lastIndexOf('/')));
}

/** `name` in the folder `folder`. */
export function childUri(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, '')}/${name}`;
}

/** Whether `uri` is `folder` or below it. */
export function isInside(uri: string, folder: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return uri.replace(/\/+$/, '') === base || uri.startsWith(`${base}/`);
}
