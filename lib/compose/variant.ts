/**
 * Deterministic choice among phrasings. Variants 0, 1, 2 use a different phrasing in every part (with three per
 * part); later variants shift each part by a different step, so "another variant" keeps changing most parts.
 */
export function pick<T>(options: readonly T[], variant: number, partIndex: number): T {
  if (options.length === 0) throw new Error('no phrasings to choose from');
  const n = options.length;
  const v = Math.abs(Math.trunc(variant)) || 0;
  const round = Math.floor(v / n);
  const index = (v + round * (partIndex + 1)) % n;
  return options[index] as T;
}
