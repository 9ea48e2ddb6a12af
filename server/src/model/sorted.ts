// Binary search over arrays kept in order: line starts, paragraphs, mentions.

/**
 * How many of the first elements of `sorted` (in ascending order of `key`) have a key of at most
 * `value`: the index of the first element above it.
 */
export function countAtMost<T>(sorted: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const itself = (n: number): number => n;
