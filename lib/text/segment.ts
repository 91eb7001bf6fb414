/**
 * Segmentation. Sentences come from Intl.Segmenter. Words come from a scanner that follows UAX #29
 * for alphabetic scripts: Intl.Segmenter's word granularity allocates one object per segment and takes
 * ~0.6 ms on 2,000 characters, over the linter's whole per-keystroke budget. Scripts written without
 * spaces (Han, kana, Thai, ...) still go through Intl.Segmenter, which has the dictionaries for them.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'emoji' | 'other';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
let wordSegmenter: Intl.Segmenter | undefined;

/** Sentence spans (UTF-16 offsets); the trailing whitespace of a sentence is included in it. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const { index, segment } of sentenceSegmenter.segment(text)) {
    out.push({ start: index, end: index + segment.length });
  }
  return out;
}

/**
 * One match per token. Groups: 1 word, 2 number, 3 emoji, 4 a run of sentence punctuation ("!!!", "?!", "..."),
 * 5 other punctuation, 6 anything else that is not a space (symbols such as ₽, №, %).
 */
export const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’‘][\p{L}\p{M}]+)*)|(\p{N}[\p{N}\p{L}\p{M}]*(?:[.,:]\p{N}+)*)|(\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u20E3]*(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*)|([!?.…]+)|(\p{P})|([^\s\p{M}][\p{M}]*)/gu;

const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function kindOfMatch(m: RegExpExecArray): TokenKind {
  if (m[1] !== undefined) return 'word';
  if (m[2] !== undefined) return 'number';
  if (m[3] !== undefined) return 'emoji';
  if (m[4] !== undefined || m[5] !== undefined) return 'punct';
  return 'other';
}

/** The same grammar as TOKEN, matched at one position (sticky): the fallback for characters the fast path leaves. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** Latin and Cyrillic letters (no marks, no other scripts): the letters replies are written in. */
function isPlainLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x4ff && c !== 0x482 && (c < 0x483 || c > 0x489));
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * Scans with plain loops over char codes where a word is made only of Latin/Cyrillic letters and ends at
 * a space or ASCII punctuation; anything else (other scripts, marks, apostrophes, digits, emoji, symbols)
 * is matched by the TOKEN regex at that position, so the result is exactly TOKEN's. The loops exist because
 * this runs on every keystroke and the regex alone was half of the linter's time.
 */
function scanAlphabetic(text: string): RawToken[] {
  const out: RawToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isPlainLetter(c)) {
      let j = i + 1;
      while (j < length && isPlainLetter(text.charCodeAt(j))) j++;
      const next = j < length ? text.charCodeAt(j) : 32;
      if (isSpace(next) || next === 44 || next === 46 || next === 33 || next === 63 || next === 58 || next === 59) {
        out.push({ start: i, end: j, kind: 'word' });
        i = j;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      // Only whitespace outside the fast path's set (e.g. U+2028) or a lone mark matches nothing here.
      i++;
      continue;
    }
    out.push({ start: i, end: i + m[0].length, kind: kindOfMatch(m) });
    i += m[0].length;
  }
  return out;
}

function scanWithSegmenter(text: string): RawToken[] {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: RawToken[] = [];
  for (const { index, segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike) {
      out.push({ start: index, end: index + segment.length, kind: /^\p{N}/u.test(segment) ? 'number' : 'word' });
    } else {
      // Spaces, punctuation and emoji: split them like the scanner does.
      for (const t of scanAlphabetic(segment)) out.push({ start: index + t.start, end: index + t.end, kind: t.kind });
    }
  }
  return out;
}

/** Words, numbers, emoji and punctuation of `text`, in order, with their UTF-16 spans. */
export function scanTokens(text: string): RawToken[] {
  return NEEDS_DICTIONARY.test(text) ? scanWithSegmenter(text) : scanAlphabetic(text);
}
