/**
 * Cuts a text into pieces at every span boundary, each piece knowing all the spans that cover it, so
 * overlapping and nested spans (a phrase inside a longer one) are all shown.
 */
import type { Span } from '../../lib/types';

export interface Piece<S extends Span> {
  text: string;
  start: number;
  /** The spans covering this piece, in the order given. */
  spans: S[];
}

export function splitBySpans<S extends Span>(text: string, spans: readonly S[]): Piece<S>[] {
  const valid = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece<S>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    pieces.push({ text: text.slice(start, end), start, spans: valid.filter((s) => s.start <= start && s.end >= end) });
  }
  return pieces;
}
