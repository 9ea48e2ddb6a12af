// Glob patterns as VS Code settings write them (`**/archive/**`, `*.tel`, `{drafts,old}/**`), matched
// against a path relative to a workspace folder with `/` separators. A pattern without a slash
// matches a file's name in any folder, as in `files.associations`.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a relative path (or, for a pattern without `/`, its last part) matches one of the patterns. */
export function matchesAny(relative: string, patterns: readonly string[]): boolean {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return patterns.some((p) => {
    const pattern = p.replace(/^\.\//, '').replace(/\/$/, '/**');
    let re = cache.get(pattern);
    if (!re) {
      re = globToRegExp(pattern);
      cache.set(pattern, re);
    }
    return re.test(pattern.includes('/') ? relative : name);
  });
}
