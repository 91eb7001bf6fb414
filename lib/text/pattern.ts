/**
 * The phrase pattern syntax shared by the classifier's signals and the linter's rules (lib/lint/rule.ts).
 * A pattern is pieces separated by spaces; each piece is one token of the text unless said otherwise:
 *
 *   word        every word with the same stem ("курьер" matches "курьеры", "курьеру")
 *   word*       a prefix of the normalized word ("ужас*" matches "ужасное")
 *   =word       exactly this normalized word (lowercase, ё→е)
 *   #           any number
 *   a|b|c       any one of the alternatives; each alternative is ONE word (or #, a literal): for
 *               alternatives of several words write separate patterns
 *   piece?      an optional piece ("very? sorry", "#?")
 *   ~N          up to N words of any kind in between (N ≥ 1)
 *   ^ / $       as the first / last piece: the match starts at the sentence's first word / no word follows
 *               it in its sentence ("^ sorry for the inconvenience $" is that sentence and nothing more)
 *   😂 ! ₽      an emoji, punctuation or symbol matches itself; other punctuation between words is skipped
 *
 * A plain hyphenated word ("из-за", "wi-fi") stands for its words in a row. Anything else — an empty
 * alternative, `*` or `=` on a hyphenated word, punctuation glued to a word, `^`/`$` in the middle, a bad
 * gap — throws a PatternError, so a broken pattern fails its tests instead of silently never matching.
 */
import type { DetectedLanguage } from '../taxonomy';
import { normalizeWord } from './normalize';
import { scanTokens } from './segment';
import { stem } from './stem';

export type Alternative =
  | { type: 'stem'; value: string }
  | { type: 'prefix'; value: string }
  | { type: 'exact'; value: string }
  | { type: 'number' }
  | { type: 'punct'; value: string }
  | { type: 'symbol'; value: string }
  | { type: 'emoji'; value: string };

export type PatternToken = { type: 'token'; alternatives: Alternative[]; optional: boolean } | { type: 'gap'; max: number };

export interface ParsedPattern {
  tokens: PatternToken[];
  /** `^`: the match starts at the first word of its sentence. */
  atSentenceStart: boolean;
  /** `$`: no word or number follows the match in its sentence. */
  atSentenceEnd: boolean;
}

export class PatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`bad pattern "${pattern}": ${reason}`);
    this.name = 'PatternError';
  }
}

const PUNCT_ONLY = /^\p{P}+$/u;
const EMOJI_MODIFIERS = /[\p{Emoji_Modifier}\uFE0E\uFE0F]/gu;
/** One word as the tokenizer reads it (lib/text/segment.ts): the common case, parsed without scanning. */
const ONE_WORD = /^\p{L}[\p{L}\p{M}\p{N}]*(?:['’‘ʼ][\p{L}\p{M}]+)*$/u;

/**
 * A Latin or Cyrillic letter, by code. Checked in loops rather than with `\p{L}`: V8 builds a Unicode property
 * class the first time a regex uses it, ~5 ms each, which is most of a cold compile of a few hundred patterns.
 */
export function isLetterCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x430 && c <= 0x45f) ||
    (c >= 0x400 && c <= 0x42f) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x460 && c <= 0x481) ||
    (c >= 0x48a && c <= 0x52f)
  );
}

/** Latin or Cyrillic letters only, from `from` to `to`. */
function lettersOnly(s: string, from = 0, to = s.length): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isLetterCode(s.charCodeAt(i))) return false;
  return true;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018]);

/** ONE_WORD, checked by code for Latin and Cyrillic words ("кур’єр" included). */
function isOneWord(s: string): boolean {
  let simple = s.length > 0 && isLetterCode(s.charCodeAt(0));
  for (let i = 1; simple && i < s.length; i++) {
    const c = s.charCodeAt(i);
    simple = isLetterCode(c) || (APOSTROPHES.has(c) && i + 1 < s.length && isLetterCode(s.charCodeAt(i + 1)));
  }
  return simple || ONE_WORD.test(s);
}
const ONE_NUMBER = /^\p{N}+$/u;
/** What may join the words of one plain piece: "из-за", "wi-fi", "ха-ха". */
const JOINERS = new Set(['-', '‐', '‑', '–', '—']);
const SYNTAX = /[*=~|^$]/;

/** The stem of a pattern word as written (normalized first) in the pattern's language; checkPattern skips it. */
export type StemOf = (word: string) => string;

export function stemmer(language: DetectedLanguage): StemOf {
  return (word) => stem(normalizeWord(word), language);
}

function wordAlternative(word: string, stemOf: StemOf): Alternative {
  return /^\p{N}/u.test(word) ? { type: 'exact', value: normalizeWord(word) } : { type: 'stem', value: stemOf(word) };
}

/** The words of a plain piece; throws when it holds punctuation other than joining hyphens. */
function plainWords(alt: string, pattern: string): string[] {
  const words: string[] = [];
  for (const t of scanTokens(alt)) {
    const text = alt.slice(t.start, t.end);
    if (t.kind === 'word' || t.kind === 'number') words.push(text);
    else if (!(t.kind === 'punct' && JOINERS.has(text))) {
      throw new PatternError(pattern, `"${alt}" mixes words with "${text}"; a literal must be a piece of its own`);
    }
  }
  if (words.length === 0) throw new PatternError(pattern, `"${alt}" has no word in it`);
  return words;
}

/** One word after `=` or before `*`. */
function singleWord(alt: string, body: string, pattern: string): string {
  if (isOneWord(body) || ONE_NUMBER.test(body)) return body;
  throw new PatternError(pattern, `"${alt}": = and * take one word (the tokenizer splits "${body}"); write its words as separate pieces`);
}

/** The normalized form of an alternative that is one plain word (matched by its stem), or null. */
export function plainWordOf(alt: string): string | null {
  return isOneWord(alt) ? normalizeWord(alt) : null;
}

/** The alternatives of one `|` branch: one, or several for a plain hyphenated word ("из-за" → из, за). */
export function parseAlternative(alt: string, stemOf: StemOf, pattern: string): Alternative[] {
  if (isOneWord(alt)) return [{ type: 'stem', value: stemOf(alt) }];
  if (alt === '#') return [{ type: 'number' }];
  if (alt.length > 1 && alt.startsWith('=')) return [{ type: 'exact', value: normalizeWord(singleWord(alt, alt.slice(1), pattern)) }];
  if (alt.length > 1 && alt.endsWith('*')) return [{ type: 'prefix', value: normalizeWord(singleWord(alt, alt.slice(0, -1), pattern)) }];
  const raw = scanTokens(alt);
  if (raw.length === 1 && raw[0]!.kind === 'emoji') return [{ type: 'emoji', value: alt.replace(EMOJI_MODIFIERS, '') }];
  if (PUNCT_ONLY.test(alt)) return [{ type: 'punct', value: alt.replaceAll('…', '...') }];
  if (raw.length === 1 && raw[0]!.kind === 'other') return [{ type: 'symbol', value: alt.toLowerCase() }];
  if (SYNTAX.test(alt)) throw new PatternError(pattern, `"${alt}": *, =, ~, ^ and $ cannot be used inside a word`);
  return plainWords(alt, pattern).map((w) => wordAlternative(w, stemOf));
}

export type PieceKind = 'gap' | 'optional' | 'required';

/** What a piece is, from its spelling alone: a gap `~N`, an optional `piece?`, or a required piece. */
export function pieceKind(piece: string): PieceKind {
  if (piece.startsWith('~')) return 'gap';
  if (piece.length < 2 || !piece.endsWith('?')) return 'required';
  const body = piece.slice(0, -1);
  return isLetterCode(body.charCodeAt(0)) || body === '#' || !PUNCT_ONLY.test(body) ? 'optional' : 'required';
}

/** The tokens of one piece: one, or one per word of a plain hyphenated word. */
export function parsePiece(piece: string, stemOf: StemOf, pattern: string): PatternToken[] {
  const kind = pieceKind(piece);
  if (kind === 'gap') {
    const gap = /^~(\d+)$/.exec(piece);
    if (!gap || Number(gap[1]) < 1) throw new PatternError(pattern, `"${piece}": a gap is ~N with N ≥ 1 and cannot be optional`);
    return [{ type: 'gap', max: Number(gap[1]) }];
  }
  const optional = kind === 'optional';
  const body = optional ? piece.slice(0, -1) : piece;
  const alts = body.split('|');
  if (alts.some((a) => a === '')) throw new PatternError(pattern, `"${piece}" has an empty alternative`);
  const parsed = alts.map((a) => parseAlternative(a, stemOf, pattern));
  if (parsed.length === 1 && parsed[0]!.length > 1) {
    return parsed[0]!.map((alt) => ({ type: 'token', alternatives: [alt], optional }));
  }
  if (parsed.some((p) => p.length > 1)) {
    throw new PatternError(pattern, `an alternative in "${piece}" is several words; write separate patterns`);
  }
  return [{ type: 'token', alternatives: parsed.map((p) => p[0]!), optional }];
}

export interface PatternPieces {
  /** The pieces between the anchors `^` and `$`. */
  pieces: string[];
  atSentenceStart: boolean;
  atSentenceEnd: boolean;
}

export function splitPattern(pattern: string): PatternPieces {
  const all = pattern.trim().split(/\s+/).filter((p) => p !== '');
  const atSentenceStart = all[0] === '^';
  const atSentenceEnd = all.length > 1 && all.at(-1) === '$';
  const pieces = all.slice(atSentenceStart ? 1 : 0, atSentenceEnd ? -1 : undefined);
  if (pieces.some((p) => p === '^' || p === '$')) throw new PatternError(pattern, '^ may only come first and $ only last');
  if (!pieces.some((p) => pieceKind(p) === 'required')) throw new PatternError(pattern, 'needs at least one required token');
  return { pieces, atSentenceStart, atSentenceEnd };
}

/** The tokens of all pieces in order; throws on a gap at either end, which could never be filled. */
export function joinPieces(tokensOfPieces: PatternToken[][], pattern: string): PatternToken[] {
  const tokens = tokensOfPieces.flat();
  if (tokens[0]?.type === 'gap' || tokens.at(-1)?.type === 'gap') {
    throw new PatternError(pattern, 'a gap ~N needs a word on each side');
  }
  return tokens;
}

/** Parses a whole pattern at once. */
export function parsePattern(pattern: string, language: DetectedLanguage): ParsedPattern {
  const stemOf = stemmer(language);
  const { pieces, atSentenceStart, atSentenceEnd } = splitPattern(pattern);
  const tokens = joinPieces(
    pieces.map((piece) => parsePiece(piece, stemOf, pattern)),
    pattern,
  );
  return { tokens, atSentenceStart, atSentenceEnd };
}

const unstemmed: StemOf = (word) => word;

const GAP = /^~[1-9]\d*$/;

/** `word`, `word*`, `=word` of letters. */
function isPlainAlternative(alt: string): boolean {
  return alt.startsWith('=') ? lettersOnly(alt, 1) : lettersOnly(alt, 0, alt.endsWith('*') ? alt.length - 1 : alt.length);
}

/** Plain word pieces (`a|b*|=c`, optionally `?`) with single gaps between them: valid as written. */
function isPlain(pieces: string[]): boolean {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (GAP.test(piece)) {
      if (i === 0 || i === pieces.length - 1 || GAP.test(pieces[i - 1]!)) return false;
      continue;
    }
    const body = piece.endsWith('?') ? piece.slice(0, -1) : piece;
    if (!body.split('|').every(isPlainAlternative)) return false;
  }
  return true;
}

/** Throws the PatternError parsePattern would, without stemming anything (the costly part of parsing). */
export function checkPattern(pattern: string): PatternPieces {
  const split = splitPattern(pattern);
  if (isPlain(split.pieces)) return split;
  joinPieces(
    split.pieces.map((piece) => parsePiece(piece, unstemmed, pattern)),
    pattern,
  );
  return split;
}
