/** Text edits behind fixes: each returns the span to replace and its replacement, tidy enough to read. */
import type { Span } from '../types';

export interface Edit extends Span {
  replacement: string;
}

const SPACE = /\s/;
const SENTENCE_END = /[.!?…]/;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’]/u;

function isSentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (SPACE.test(ch) || ch === '"' || ch === '«' || ch === '“' || ch === '(') continue;
    return SENTENCE_END.test(ch);
  }
  return true;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A rewrite keeps the capital of the phrase it replaces. */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase() ? capitalize(replacement) : replacement;
}

/**
 * Removes text[start, end) and the separator it leaves behind: "Hi, as per our policy, we refund" →
 * "Hi, we refund"; "Please be advised that your order" → "Your order"; a whole sentence goes with its space.
 */
export function deletion(text: string, start: number, end: number, limit = text.length): Edit {
  let s = start;
  let e = end;
  // Swallow a comma, colon or dash right after the phrase, then the spaces.
  while (e < limit && (text[e] === ',' || text[e] === ':' || text[e] === '—' || text[e] === '-')) e++;
  const afterPunct = e;
  while (e < limit && SPACE.test(text[e]!)) e++;
  const next = text[e];
  if (next === undefined || e >= limit || SENTENCE_END.test(next)) {
    // Phrase at the end of a sentence: take the separator before it instead ("We will check, as per policy.").
    e = afterPunct === end ? end : afterPunct;
    while (s > 0 && SPACE.test(text[s - 1]!)) s--;
    if (s > 0 && (text[s - 1] === ',' || text[s - 1] === ':' || text[s - 1] === '—')) s--;
    if (next !== undefined && e < limit && SENTENCE_END.test(next) && isSentenceStart(text, s)) {
      // The whole sentence was the phrase: drop it with its end mark and the following space.
      e = e + 1;
      while (e < limit && SENTENCE_END.test(text[e]!)) e++;
      while (e < limit && SPACE.test(text[e]!)) e++;
      return { start, end: e, replacement: '' };
    }
    return { start: s, end: e, replacement: '' };
  }
  if (isSentenceStart(text, start) && next !== next.toUpperCase()) {
    // The next word takes the capital: the edit covers all of it, so a highlight never ends inside a word.
    let wordEnd = e + 1;
    while (wordEnd < limit && WORD_CHAR.test(text[wordEnd]!)) wordEnd++;
    return { start, end: wordEnd, replacement: capitalize(text.slice(e, wordEnd)) };
  }
  return { start, end: e, replacement: '' };
}

/** "WE DID NOT GET IT" → "We did not get it" (or all lowercase in the middle of a sentence). */
export function sentenceCase(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase();
  return isSentenceStart(text, start) ? capitalize(lower) : lower;
}
