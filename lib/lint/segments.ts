/** Sentence spans taken from the tokens' sentence indices, so a text is segmented once, by lib/text. */
import type { Token } from '../text';

export interface Segment {
  start: number;
  end: number;
  /** Tokens [firstToken, endToken) of the tokenized text. */
  firstToken: number;
  endToken: number;
}

/**
 * Each sentence runs from its first token to the next sentence's first token (trailing spaces included),
 * the first from `from`, the last to `to`. A text without tokens is one segment.
 */
export function segmentsOf(tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.sentence === tokens[first]!.sentence) continue;
    const start = out.length === 0 ? from : tokens[first]!.start;
    const end = i < tokens.length ? tokens[i]!.start : to;
    out.push({ start, end, firstToken: first, endToken: i });
    first = i;
  }
  if (out.length === 0) out.push({ start: from, end: to, firstToken: 0, endToken: 0 });
  return out;
}
