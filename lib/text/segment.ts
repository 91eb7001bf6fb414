/**
 * Segmentation. Words come from a scanner that follows UAX #29 for alphabetic scripts: Intl.Segmenter's word
 * granularity allocates one object per segment and takes ~0.6 ms on 2,000 characters, over the linter's whole
 * per-keystroke budget. Scripts written without spaces (Han, kana, Thai, ...) still go through Intl.Segmenter,
 * which has the dictionaries for them. Sentences likewise come from a scanner of the UAX #29 sentence rules when
 * every character of the text is one it classifies exactly (Latin, Greek, Cyrillic, common punctuation), and from
 * Intl.Segmenter otherwise; the sentence segmenter was a third of the linter's time.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'emoji' | 'other';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

interface Span {
  start: number;
  end: number;
}

let sentenceSegmenter: Intl.Segmenter | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** Sentence spans (UTF-16 offsets); the trailing whitespace of a sentence is included in it. */
export function sentences(text: string): Span[] {
  return scanSentences(text) ?? sentencesWithSegmenter(text);
}

/**
 * Abbreviations that stand before a number ("п. 4.2 регламента", "ст. 12", "т. 5.1", "чл. 3", "No. 5", "тел. 044"):
 * UAX #29 ends a sentence after them, since a digit is not a lowercase letter.
 */
const ABBREVIATION_BEFORE_NUMBER =
  /(?:^|[^\p{L}])(?:п|пп|ст|ч|гл|разд|р|стр|с|тел|д|кв|корп|ул|вул|буд|пр|просп|т|чл|ал|бл|вх|ет|ап|no|nr|art|sec|p|pp|para|cl|tel|apt|ch)\.\s*$/iu;
const STARTS_WITH_DIGIT = /^\d/;

/**
 * Emoji at a sentence's start, with the spaces between them: UAX #29 begins a sentence after "!" or ".", but a writer
 * puts an emoji after the sentence it comments on ("Ну, вы поняли! 😉", "Thanks! 😊 See you").
 */
const LEADING_EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D|\u20E3|\s)*/uy;

/** Length of the emoji run that opens text[start, …), 0 when it opens with anything else. */
function leadingEmojiLength(text: string, start: number): number {
  // Emoji are in the symbol blocks from U+2190 on or beyond the BMP; a letter or a digit fails at once (the few
  // pictographs below, © ® ‼, stay where UAX #29 put them).
  if (text.charCodeAt(start) < 0x2190) return 0;
  LEADING_EMOJI.lastIndex = start;
  return LEADING_EMOJI.exec(text)?.[0].length ?? 0;
}

/**
 * Sentences as the linter and the classifier read them: those of `sentences`, rejoined after such an abbreviation,
 * with the emoji that open a sentence given to the sentence before.
 */
export function readingSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const span of sentences(text)) {
    const previous = out[out.length - 1];
    if (previous !== undefined) {
      const emoji = leadingEmojiLength(text, span.start);
      if (emoji > 0) {
        previous.end = span.start + emoji;
        if (previous.end >= span.end) {
          previous.end = span.end;
          continue;
        }
        span.start = previous.end;
      }
    }
    const joins =
      previous !== undefined &&
      STARTS_WITH_DIGIT.test(text.charAt(span.start)) &&
      ABBREVIATION_BEFORE_NUMBER.test(text.slice(Math.max(previous.start, previous.end - 12), previous.end));
    if (joins) previous.end = span.end;
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

/** The reference: exactly what the browser's own sentence breaker says, for any text. */
export function sentencesWithSegmenter(text: string): Span[] {
  sentenceSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const out: Span[] = [];
  for (const { index, segment } of sentenceSegmenter.segment(text)) {
    out.push({ start: index, end: index + segment.length });
  }
  return out;
}

// Sentence_Break property values (UAX #29). Extend and Format behave the same in every rule, so they share one.
// The classes that can end a sentence come first (see breakCandidate).
const CR = 0;
const LF = 1;
const SEP = 2;
const ATERM = 3;
const STERM = 4;
const OTHER = 5;
const SP = 6;
const LOWER = 7;
const UPPER = 8;
const OLETTER = 9;
const NUMERIC = 10;
const CLOSE = 11;
const SCONTINUE = 12;
const EXTEND = 13;
const UNCLASSIFIED = 255;

/** Characters below this (Latin, IPA, modifier letters such as ʼ, combining diacritics, Greek, Cyrillic) are classified by PROPERTY_CLASSES. */
const PROPERTY_BLOCK_END = 0x500;
/** UAX #29's definitions of the Sentence_Break values in terms of Unicode properties; later rows win. */
const PROPERTY_CLASSES: [RegExp, number][] = [
  [/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}]/gu, CLOSE],
  [/\p{Alphabetic}/gu, OLETTER],
  [/[\p{Uppercase}\p{Lt}]/gu, UPPER],
  [/\p{Lowercase}/gu, LOWER],
  [/[0-9]/g, NUMERIC],
  [/\p{White_Space}/gu, SP],
  [/[\p{M}\p{Cf}]/gu, EXTEND],
];

/** Characters whose class the properties above do not give, and the only ones above U+04FF the scanner takes. */
const EXPLICIT_CLASSES: [number, string][] = [
  [CR, '\r'],
  [LF, '\n'],
  [SEP, '\u0085\u2028\u2029'],
  [ATERM, '.'],
  [STERM, '!?'],
  [SCONTINUE, ',-:;\u037e–—'], // U+037E is the Greek question mark, which looks like ;
  [CLOSE, `"'‘’‚‛“”„‟‹›`], // " and ' have Line_Break=Quotation, which makes them Close
  [SP, '\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f'],
  [OTHER, '‐‑‒―†‡•…‰€₴₽№™'],
];

function buildClassTable(): Uint8Array {
  const codes = EXPLICIT_CLASSES.flatMap(([, chars]) => [...chars].map((ch) => ch.charCodeAt(0)));
  const table = new Uint8Array(1 + Math.max(...codes)).fill(UNCLASSIFIED).fill(OTHER, 0, PROPERTY_BLOCK_END);
  const block = String.fromCharCode(...Array(PROPERTY_BLOCK_END).keys());
  for (const [property, cls] of PROPERTY_CLASSES) for (const m of block.matchAll(property)) table[m.index] = cls;
  for (const [cls, chars] of EXPLICIT_CLASSES) for (const ch of chars) table[ch.charCodeAt(0)] = cls;
  return table;
}

/**
 * The UAX #29 sentence rules over char codes. Built on first use: the Unicode property regexes behind the
 * class table cost milliseconds, which page load should not pay.
 */
class SentenceRules {
  private readonly classOf = buildClassTable();
  /** A text with any of these goes to Intl.Segmenter (emoji, other scripts, ‼, fullwidth forms, format controls...). */
  private readonly unclassifiedChar = new RegExp(`[^${this.characterSet((cls) => cls !== UNCLASSIFIED)}]`);
  /** Only at a terminator or a paragraph separator can a sentence end; a regex finds them faster than a loop. */
  private readonly breakCandidate = new RegExp(`[${this.characterSet((cls) => cls <= STERM)}]`, 'g');

  scan(text: string): Span[] | undefined {
    if (this.unclassifiedChar.test(text)) return undefined;
    const out: Span[] = [];
    let start = 0;
    const candidate = this.breakCandidate;
    candidate.lastIndex = 0;
    for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
      const cls = this.classAt(text, m.index);
      const end = cls === ATERM || cls === STERM ? this.terminatorEnd(text, m.index) : this.paragraphEnd(text, m.index);
      if (end < 0) continue;
      out.push({ start, end });
      start = candidate.lastIndex = end;
    }
    if (start < text.length) out.push({ start, end: text.length });
    return out;
  }

  /** A regex character class body of UTF-16 units; without the u flag, as that makes the search several times slower. */
  private characterSet(keep: (cls: number) => boolean): string {
    const codes = [...this.classOf.keys()].filter((c) => keep(this.classOf[c]!));
    return codes.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('');
  }

  /** Class of the character at `i`; undefined past either end of the text. */
  private classAt(text: string, i: number): number | undefined {
    return this.classOf[text.charCodeAt(i)];
  }

  /** Where the sentence ends if a paragraph separator (CR LF, CR, LF, U+2028, ...) is at `i` (SB3, SB4), else -1. */
  private paragraphEnd(text: string, i: number): number {
    const cls = this.classAt(text, i);
    if (cls === CR) return this.classAt(text, i + 1) === LF ? i + 2 : i + 1;
    return cls === LF || cls === SEP ? i + 1 : -1;
  }

  /** SB5: Extend and Format characters belong to the character before them. */
  private skipExtend(text: string, i: number): number {
    while (this.classAt(text, i) === EXTEND) i++;
    return i;
  }

  /** SB7: "U.S" and "e.g" go on; the character before the full stop counts without its Extend and Format (SB5). */
  private isLetterAbbreviation(text: string, fullStop: number, next: number | undefined): boolean {
    if (next !== UPPER) return false;
    let k = fullStop - 1;
    while (this.classAt(text, k) === EXTEND) k--;
    const before = this.classAt(text, k);
    return before === UPPER || before === LOWER;
  }

  /** SB8's look-ahead: a Lower comes before any letter, paragraph separator or terminator. */
  private lowerFollows(text: string, i: number): boolean {
    for (; i < text.length; i++) {
      const cls = this.classAt(text, i)!;
      if (cls === LOWER) return true;
      if (cls === OLETTER || cls === UPPER || cls <= STERM) return false;
    }
    return false;
  }

  /**
   * Where the sentence ends if the terminator at `i` ends it (after its closing quotes or brackets, spaces and
   * one paragraph separator: SB9-SB11), or -1 if the sentence goes on (SB6, SB7, SB8, SB8a).
   */
  private terminatorEnd(text: string, i: number): number {
    const terminator = this.classAt(text, i);
    let j = this.skipExtend(text, i + 1);
    const next = this.classAt(text, j);
    if (terminator === ATERM && (next === NUMERIC || this.isLetterAbbreviation(text, i, next))) return -1;
    while (this.classAt(text, j) === CLOSE) j = this.skipExtend(text, j + 1);
    while (this.classAt(text, j) === SP) j = this.skipExtend(text, j + 1);
    if (j === text.length) return j;
    const afterSeparator = this.paragraphEnd(text, j);
    if (afterSeparator >= 0) return afterSeparator;
    const cls = this.classAt(text, j);
    if (cls === SCONTINUE || cls === ATERM || cls === STERM) return -1;
    if (terminator === ATERM && this.lowerFollows(text, j)) return -1;
    return j;
  }
}

let sentenceRules: SentenceRules | undefined;

/**
 * Sentences by the UAX #29 rules for text made only of characters classified exactly above; undefined for any
 * other text. Same result as sentencesWithSegmenter, at a fraction of its cost.
 */
export function scanSentences(text: string): Span[] | undefined {
  return (sentenceRules ??= new SentenceRules()).scan(text);
}

/**
 * One match per token. Groups: 1 word, 2 number, 3 emoji, 4 a run of sentence punctuation ("!!!", "?!", "..."),
 * 5 other punctuation, 6 anything else that is not a space (symbols such as ₽, №, %).
 */
export const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’‘][\p{L}\p{M}]+)*)|(\p{N}[\p{N}\p{L}\p{M}]*(?:[.,:]\p{N}+)*)|(\p{Regional_Indicator}{2}|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u20E3]*(?:\u200D\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F]*)*)|([!?.…]+)|(\p{P})|([^\s\p{M}][\p{M}]*)/gu;

const NEEDS_DICTIONARY =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Whether any UTF-16 unit of `text` lies in the blocks of those scripts (Thai and Lao, Myanmar, Khmer, the CJK and
 * kana blocks, CJK compatibility, the high surrogates of the supplementary ideographs). A loop over char codes is a
 * tenth of the Unicode-property regex on Cyrillic text, and replies almost never have such a unit.
 */
function mayNeedDictionary(units: Uint16Array, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const c = units[i]!;
    if (c < 0x0e00) continue;
    if (c < 0x0f00 || (c >= 0x1000 && c < 0x10a0) || (c >= 0x1780 && c < 0x1800) || (c >= 0x2e80 && c < 0xa000)) return true;
    if ((c >= 0xf900 && c < 0xfb00) || (c >= 0xd840 && c < 0xd8c0)) return true;
  }
  return false;
}

export function kindOfMatch(m: RegExpExecArray): TokenKind {
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

/** ' ’ ‘: TOKEN's apostrophes inside a word. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2018;
/** . ! ?: TOKEN's group 4 takes a run of them (and of …). */
const isSentencePunct = (c: number) => c === 46 || c === 33 || c === 63;
/** , ; : ( ) " - : ASCII punctuation that TOKEN's group 5 takes one at a time. */
const isLonePunct = (c: number) => c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 45;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/**
 * Scans with plain loops over char codes where a word is made only of Latin/Cyrillic letters and ends at
 * a space or ASCII punctuation; anything else (other scripts, marks, apostrophes, digits, emoji, symbols)
 * is matched by the TOKEN regex at that position, so the result is exactly TOKEN's. The loops exist because
 * this runs on every keystroke and the regex alone was half of the linter's time. `units` are the text's.
 */
function scanAlphabetic(text: string, units: Uint16Array, emit: TokenSink, base: number): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = units[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isPlainLetter(c)) {
      let j = i + 1;
      while (j < length && isPlainLetter(units[j]!)) j++;
      // "don't", «обов'язково»: an apostrophe with letters on both sides stays in the word, as in TOKEN.
      while (j + 1 < length && isApostrophe(units[j]!) && isPlainLetter(units[j + 1]!)) {
        j += 2;
        while (j < length && isPlainLetter(units[j]!)) j++;
      }
      const next = j < length ? units[j]! : 32;
      if (isSpace(next) || next === 44 || next === 46 || next === 33 || next === 63 || next === 58 || next === 59) {
        emit(base + i, base + j, 'word');
        i = j;
        continue;
      }
    }
    if (isSentencePunct(c)) {
      let j = i + 1;
      while (j < length && (isSentencePunct(units[j]!) || units[j] === 0x2026)) j++;
      emit(base + i, base + j, 'punct');
      i = j;
      continue;
    }
    if (isLonePunct(c)) {
      emit(base + i, base + i + 1, 'punct');
      i++;
      continue;
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    if (!m) {
      // Only whitespace outside the fast path's set (e.g. U+2028) or a lone mark matches nothing here.
      i++;
      continue;
    }
    emit(base + i, base + i + m[0].length, kindOfMatch(m));
    i += m[0].length;
  }
}

function scanWithSegmenter(text: string, emit: TokenSink): void {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const { index, segment, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike) emit(index, index + segment.length, /^\p{N}/u.test(segment) ? 'number' : 'word');
    // Spaces, punctuation and emoji: split them like the scanner does.
    else scanAlphabetic(segment, codeUnits(segment), emit, index);
  }
}

/** Receives each token of a text in order; the tokenizer builds its tokens from these without a RawToken in between. */
export type TokenSink = (start: number, end: number, kind: TokenKind) => void;

/**
 * The UTF-16 units of `text` in a typed array (`into` when it is long enough). The scanners read these, not the
 * string: V8 compiles a loop of charCodeAt for the kinds of string it has met there, and the rules' compile feeds the
 * tokenizer thousands of sliced, joined and parsed strings, after which its loops ran three times slower on every lint.
 */
export function codeUnits(text: string, into?: Uint16Array): Uint16Array {
  const units = into !== undefined && into.length >= text.length ? into : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/** Words, numbers, emoji and punctuation of `text`, in order, with their UTF-16 spans; `units` are codeUnits(text). */
export function forEachRawToken(text: string, emit: TokenSink, units = codeUnits(text)): void {
  if (mayNeedDictionary(units, text.length) && NEEDS_DICTIONARY.test(text)) scanWithSegmenter(text, emit);
  else scanAlphabetic(text, units, emit, 0);
}

export function scanTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  forEachRawToken(text, (start, end, kind) => out.push({ start, end, kind }));
  return out;
}
