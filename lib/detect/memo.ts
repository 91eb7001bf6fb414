/**
 * Verdicts about attribute strings (class lists, ids), cached by the string: a page repeats a few class
 * strings thousands of times, and the regex tests behind a verdict are the costly part of a scan.
 */

/** Pages with generated per-element classes would grow the cache without end; it starts over instead. */
const MAX_ENTRIES = 4096;

export function memoByString<T>(compute: (value: string) => T): (value: string) => T {
  // Boxed, so a cached `undefined` costs one lookup like any other verdict.
  const cache = new Map<string, { verdict: T }>();
  return (value) => {
    const known = cache.get(value);
    if (known) return known.verdict;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const verdict = compute(value);
    cache.set(value, { verdict });
    return verdict;
  };
}
