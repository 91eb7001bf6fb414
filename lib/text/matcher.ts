/**
 * One phrase matcher per language, compiled once, used by both the classifier and the linter.
 * Each pattern is indexed once, under the keys of one required token, its anchor: the one most likely to be
 * rare ("прочитали" in "вы сами не прочитали", not "вы"). A text token looks up its stem, its form and each
 * of its own prefixes, so it only meets the patterns anchored on something it can be; from there the pattern
 * is matched backward to its first token and forward to its last. The candidate list of each distinct word
 * form is built (and its patterns parsed) once and cached. Before a candidate is walked, a check of its other
 * required words rejects most of them: every sentence marks which of the patterns' words it contains.
 */
import type { DetectedLanguage } from '../taxonomy';
import {
  checkPattern,
  isLetterCode,
  joinPieces,
  parseAlternative,
  parsePiece,
  pieceKind,
  plainWordOf,
  type Alternative,
  type ParsedPattern,
  type PatternToken,
  stemmer,
  type StemOf,
} from './pattern';
import { FormSlots, tokenize, type Token } from './tokenize';

export interface PhraseMatch {
  id: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface Matcher {
  /** Sorted by start; never crosses a sentence boundary; overlapping matches of different ids all reported. */
  match(input: string | Token[]): PhraseMatch[];
}

type Required = PatternToken & { type: 'token' };

interface Entry {
  id: string;
  pattern: string;
  /** Position in the pattern list: candidates are tried, and same-span matches reported, in this order. */
  order: number;
  pieces: string[];
  /** The piece the entry is indexed under; its first token is the anchor. */
  anchorPiece: number;
  /** The anchor piece's tokens, parsed when the entry first comes up as a candidate. */
  anchorTokens: PatternToken[] | null;
  atSentenceStart: boolean;
  atSentenceEnd: boolean;
  /** The whole pattern, parsed when the anchor first matches. */
  parsed: Parsed | null;
}

interface Parsed extends ParsedPattern {
  /** Index of the anchor in `tokens`. */
  anchor: number;
  /**
   * One list per required token other than the anchor that is spelled with words only: the vocabulary ids of
   * its stems and exact forms. A sentence can hold a match only if it contains one word of every list. Flat, as
   * [length, ids…, length, ids…].
   */
  requiredWords: number[];
  /** Per pattern token: whether it is punctuation or a symbol only (isLiteral), which the walk asks at every step. */
  literal: boolean[];
}

/** What the matcher knows about one distinct word form of the text. */
interface WordForm {
  /** Parsed when the form is first met. */
  candidates: Entry[];
  /**
   * The candidates' requiredWords, flat and in candidate order: [size, requiredWords…] each. Read for every candidate
   * on every keystroke: one array, where reading each entry's own was a tenth of a lint in cache misses.
   */
  filter: Int32Array;
  /** Vocabulary ids of the form and of its stem, as of `idsAt` (the vocabulary's size then). */
  ids: number[];
  idsAt: number;
}

const FORM_CACHE_LIMIT = 20_000;

function altMatches(alt: Alternative, t: Token): boolean {
  switch (alt.type) {
    case 'stem':
      return t.kind === 'word' && t.stem === alt.value;
    case 'exact':
      return t.norm === alt.value;
    case 'prefix':
      return t.kind === 'word' && t.norm.startsWith(alt.value);
    case 'number':
      return t.kind === 'number';
    case 'punct':
      return t.kind === 'punct' && t.norm.includes(alt.value);
    case 'symbol':
      return t.kind === 'other' && t.norm === alt.value;
    case 'emoji':
      return t.kind === 'emoji' && t.norm === alt.value;
  }
}

function tokenMatches(p: Required, t: Token): boolean {
  for (const alt of p.alternatives) if (altMatches(alt, t)) return true;
  return false;
}

const isContent = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'emoji';
const isWord = (t: Token) => t.kind === 'word' || t.kind === 'number';

function isLiteral(p: PatternToken): boolean {
  return p.type === 'token' && p.alternatives.every((a) => a.type === 'punct' || a.type === 'symbol');
}

/**
 * Index of the nearest token from `from` in direction `step` (+1 / -1) that a pattern token may match, or -1
 * at the sentence's edge. Punctuation and symbols are skipped unless the pattern token is such a literal itself.
 */
function nearestToken(tokens: Token[], from: number, step: 1 | -1, sentence: number, wantsLiteral: boolean): number {
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return -1;
    if (wantsLiteral || isContent(t)) return i;
  }
  return -1;
}

/** True when no word or number of its sentence lies beyond token `i` in direction `step` (`^` and `$`). */
function atSentenceEdge(tokens: Token[], i: number, step: 1 | -1): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i + step; k >= 0 && k < tokens.length && tokens[k]!.sentence === sentence; k += step) {
    if (isWord(tokens[k]!)) return false;
  }
  return true;
}

/**
 * Matches the pattern tokens from `pi` on, walking the text from token `ti` in direction `step`:
 * forward to the pattern's end, or backward to its start. `edge` is the token matched last (the anchor at
 * first); returns the outermost matched token index, or -1. Optional tokens are taken when they match,
 * gaps are kept as short as possible.
 */
function walk(parsed: Parsed, step: 1 | -1, pi: number, tokens: Token[], ti: number, edge: number, sentence: number): number {
  const pattern = parsed.tokens;
  if (pi === pattern.length || pi < 0) {
    const anchored = step === 1 ? parsed.atSentenceEnd : parsed.atSentenceStart;
    return !anchored || atSentenceEdge(tokens, edge, step) ? edge : -1;
  }
  const p = pattern[pi]!;
  if (p.type === 'gap') {
    let at = ti;
    for (let skipped = 0; skipped <= p.max; skipped++) {
      const r = walk(parsed, step, pi + step, tokens, at, edge, sentence);
      if (r >= 0) return r;
      const next = nearestToken(tokens, at, step, sentence, false);
      if (next < 0) return -1;
      at = next + step;
    }
    return -1;
  }
  const t = nearestToken(tokens, ti, step, sentence, parsed.literal[pi]!);
  if (t >= 0 && tokenMatches(p, tokens[t]!)) {
    const r = walk(parsed, step, pi + step, tokens, t + step, t, sentence);
    if (r >= 0) return r;
  }
  return p.optional ? walk(parsed, step, pi + step, tokens, ti, edge, sentence) : -1;
}

/** Index key of an alternative; numbers and punctuation have lists of their own. */
function keyOf(alt: Alternative): string | null {
  switch (alt.type) {
    case 'stem':
      return `s:${alt.value}`;
    case 'prefix':
      return `p:${alt.value}`;
    case 'exact':
    case 'emoji':
    case 'symbol':
      return `f:${alt.value}`;
    default:
      return null;
  }
}

/** The word an alternative is spelled with ("=ваш", "ваш*", "ваш" → "ваш"), or null for a literal or `#`. */
function spelledWord(alt: string): string | null {
  const word = alt.slice(alt.startsWith('=') ? 1 : 0, alt.endsWith('*') ? -1 : undefined);
  return isLetterCode(word.charCodeAt(0)) ? word : null;
}

/** Literals and numbers are everywhere: an anchor on them is the last resort. */
const LITERAL_WEIGHT = 1e6;

/**
 * The required piece to index an entry under: the one whose words occur in the fewest patterns, a proxy for
 * the rarest in text ("прочитали" in "вы сами не прочитали": "вы" is in many patterns), then the one with
 * the longest words; numbers and literals only when there is nothing else. Read from the spelling, so only
 * this piece is parsed when the matcher is built.
 */
function chooseAnchor(pieces: string[], patternsWith: Map<string, number>): number {
  let best = -1;
  let bestWeight = Infinity;
  let bestLength = -1;
  pieces.forEach((piece, i) => {
    if (pieceKind(piece) !== 'required') return;
    let weight = 0;
    let length = Infinity;
    for (const alt of piece.split('|')) {
      const word = spelledWord(alt);
      weight += word === null ? LITERAL_WEIGHT : (patternsWith.get(word) ?? 0);
      length = Math.min(length, word?.length ?? 0);
    }
    if (weight < bestWeight || (weight === bestWeight && length > bestLength)) {
      best = i;
      bestWeight = weight;
      bestLength = length;
    }
  });
  return best;
}

function anchorTokensOf(entry: Entry, stemOf: StemOf): PatternToken[] {
  return (entry.anchorTokens ??= parsePiece(entry.pieces[entry.anchorPiece]!, stemOf, entry.pattern));
}

/** The words of a required token that is spelled with words only (stems or exact forms), else null. */
function wordsOf(p: PatternToken): string[] | null {
  if (p.type !== 'token' || p.optional) return null;
  const words: string[] = [];
  for (const alt of p.alternatives) {
    if (alt.type !== 'stem' && alt.type !== 'exact') return null;
    words.push(alt.value);
  }
  return words;
}

/** Parses the rest of an entry's pattern around its anchor piece; `idOf` gives a word its vocabulary id. */
function parseEntry(entry: Entry, stemOf: StemOf, idOf: (word: string) => number): Parsed {
  const tokensOfPieces = entry.pieces.map((piece, i) =>
    i === entry.anchorPiece ? anchorTokensOf(entry, stemOf) : parsePiece(piece, stemOf, entry.pattern),
  );
  const anchor = tokensOfPieces.slice(0, entry.anchorPiece).reduce((n, t) => n + t.length, 0);
  const tokens = joinPieces(tokensOfPieces, entry.pattern);
  const requiredWords: number[] = [];
  tokens.forEach((p, i) => {
    const words = i === anchor ? null : wordsOf(p);
    if (words) requiredWords.push(words.length, ...words.map(idOf));
  });
  return { tokens, anchor, requiredWords, literal: tokens.map(isLiteral), atSentenceStart: entry.atSentenceStart, atSentenceEnd: entry.atSentenceEnd };
}

/**
 * Building the matcher checks the patterns' syntax (a PatternError is thrown here, not at match time) and
 * indexes their anchors; the tokens are parsed on first use. Stemming is the costly part (the English Snowball stemmer takes ~0.1 ms a word until it warms up), so an
 * anchor word matched by stem waits in a group keyed by its first letter, and the group is stemmed and
 * indexed when the first text word with that letter comes along. This relies on every stemmer keeping a
 * word's first letter (test/lib/text/matcher.test.ts checks it): words with one stem share their first letter.
 */
class PhraseMatcher implements Matcher {
  /** Keyed by keyOf(alternative). */
  private readonly byKey = new Map<string, Entry[]>();
  private readonly byNumber: Entry[] = [];
  private readonly byPunct: Entry[] = [];
  /** Anchor words not stemmed yet, by first letter. */
  private readonly unstemmed = new Map<string, { word: string; entry: Entry }[]>();
  /** Distinct lengths of the indexed prefixes, ascending: a word looks up its own prefixes of these lengths. */
  private readonly prefixLengths: number[];
  private readonly forms = new Map<string, WordForm>();
  /** The same forms by Token.formId, read before `forms`. */
  private readonly formSlots = new FormSlots<WordForm>();
  private readonly stemOf: StemOf;
  /** Ids of the words in parsed patterns' requiredWords. */
  private readonly vocabulary = new Map<string, number>();
  /** seen[id] === stamp: the sentence being matched contains the word `id`. */
  private seen = new Int32Array(256);
  private stamp = 0;
  private readonly idOf = (word: string): number => {
    let id = this.vocabulary.get(word);
    if (id === undefined) this.vocabulary.set(word, (id = this.vocabulary.size));
    return id;
  };

  constructor(
    private readonly language: DetectedLanguage,
    patterns: { id: string; pattern: string }[],
  ) {
    this.stemOf = stemmer(language);
    const splits = patterns.map(({ pattern }) => checkPattern(pattern));
    const patternsWith = new Map<string, number>();
    for (const { pieces } of splits) {
      for (const piece of pieces) {
        for (const alt of piece.split('|')) {
          const word = spelledWord(alt);
          if (word !== null) patternsWith.set(word, (patternsWith.get(word) ?? 0) + 1);
        }
      }
    }
    const lengths = new Set<number>();
    patterns.forEach(({ id, pattern }, order) => {
      const split = splits[order]!;
      const anchorPiece = chooseAnchor(split.pieces, patternsWith);
      const entry: Entry = { id, pattern, order, ...split, anchorPiece, anchorTokens: null, parsed: null };
      for (const alt of split.pieces[anchorPiece]!.split('|')) {
        const word = plainWordOf(alt);
        if (word !== null) {
          const group = this.unstemmed.get(word.charAt(0));
          if (group) group.push({ word, entry });
          else this.unstemmed.set(word.charAt(0), [{ word, entry }]);
          continue;
        }
        const [first] = parseAlternative(alt, this.stemOf, pattern);
        if (first?.type === 'prefix') lengths.add(first.value.length);
        if (first) this.index(first, entry);
      }
    });
    this.prefixLengths = [...lengths].sort((a, b) => a - b);
  }

  private index(alt: Alternative, entry: Entry): void {
    const key = keyOf(alt);
    const list = key === null ? (alt.type === 'number' ? this.byNumber : this.byPunct) : this.byKey.get(key);
    if (!list) this.byKey.set(key!, [entry]);
    else if (list.at(-1) !== entry) list.push(entry);
  }

  private stemGroup(letter: string): void {
    const group = this.unstemmed.get(letter);
    if (!group) return;
    this.unstemmed.delete(letter);
    for (const { word, entry } of group) this.index({ type: 'stem', value: this.stemOf(word) }, entry);
  }

  private parsedOf(entry: Entry): Parsed {
    return (entry.parsed ??= parseEntry(entry, this.stemOf, this.idOf));
  }

  private newForm(t: Token): WordForm {
    if (this.forms.size >= FORM_CACHE_LIMIT) this.forms.clear();
    const candidates = this.candidates(t);
    const filter: number[] = [];
    for (const entry of candidates) {
      const words = this.parsedOf(entry).requiredWords;
      filter.push(words.length, ...words);
    }
    const form: WordForm = { candidates, filter: Int32Array.from(filter), ids: [], idsAt: -1 };
    this.forms.set(t.norm, form);
    return form;
  }

  /** The form of `t`, with its vocabulary ids brought up to date. No closure in here (see updateIds). */
  private formOf(t: Token): WordForm {
    let form = this.formSlots.get(t);
    if (!form) {
      form = this.forms.get(t.norm) ?? this.newForm(t);
      this.formSlots.set(t, form);
    }
    if (form.idsAt !== this.vocabulary.size) this.updateIds(form, t);
    return form;
  }

  /**
   * A method of its own: a closure that captures `this` in formOf made V8 allocate a context on each of its calls, once
   * per token, whether or not the ids needed updating.
   */
  private updateIds(form: WordForm, t: Token): void {
    form.ids = [t.norm, t.stem].flatMap((w) => this.vocabulary.get(w) ?? []);
    form.idsAt = this.vocabulary.size;
  }

  /** Marks the words of tokens[start, end) as present, under a new stamp; `forms[i - start]` is token i's form. */
  private markSentence(forms: WordForm[], tokens: Token[], start: number, end: number): void {
    // A form met for the first time parses its candidates, which may add words to the vocabulary: then mark again.
    for (let size = -1; size !== this.vocabulary.size; ) {
      size = this.vocabulary.size;
      if (this.seen.length < size) {
        const grown = new Int32Array(Math.max(size, this.seen.length * 2));
        grown.set(this.seen);
        this.seen = grown;
      }
      const stamp = ++this.stamp;
      for (let i = start; i < end; i++) {
        const form = this.formOf(tokens[i]!);
        forms[i - start] = form;
        for (const id of form.ids) this.seen[id] = stamp;
      }
    }
  }

  /** False when the marked sentence lacks every word of one of the required tokens in filter[from, to). */
  private mayMatch(filter: Int32Array, from: number, to: number): boolean {
    const { seen, stamp } = this;
    for (let i = from; i < to; ) {
      const end = i + 1 + filter[i]!;
      let found = false;
      for (let k = i + 1; k < end; k++) {
        if (seen[filter[k]!] === stamp) {
          found = true;
          break;
        }
      }
      if (!found) return false;
      i = end;
    }
    return true;
  }

  /** The entries whose anchor matches `t`: each once, in the order they were given. */
  private candidates(t: Token): Entry[] {
    const found = new Set<Entry>();
    const add = (list: Entry[] | undefined) => {
      if (list) for (const e of list) found.add(e);
    };
    if (t.kind === 'word') {
      this.stemGroup(t.norm.charAt(0));
      add(this.byKey.get(`s:${t.stem}`));
      for (const n of this.prefixLengths) {
        if (n > t.norm.length) break;
        add(this.byKey.get(`p:${t.norm.slice(0, n)}`));
      }
    }
    if (t.kind === 'number') add(this.byNumber);
    if (t.kind === 'punct') add(this.byPunct);
    add(this.byKey.get(`f:${t.norm}`));
    return [...found].filter((e) => tokenMatches(anchorTokensOf(e, this.stemOf)[0] as Required, t)).sort((a, b) => a.order - b.order);
  }

  match(input: string | Token[]): PhraseMatch[] {
    const tokens = typeof input === 'string' ? tokenize(input, this.language) : input;
    const out: PhraseMatch[] = [];
    const forms: WordForm[] = [];
    for (let start = 0; start < tokens.length; ) {
      const sentence = tokens[start]!.sentence;
      let end = start;
      while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
      this.markSentence(forms, tokens, start, end);
      for (let i = start; i < end; i++) {
        const { candidates, filter } = forms[i - start]!;
        for (let c = 0, at = 0; c < candidates.length; c++) {
          const next = at + 1 + filter[at]!;
          const mayMatch = this.mayMatch(filter, at + 1, next);
          at = next;
          if (!mayMatch) continue;
          const entry = candidates[c]!;
          const parsed = this.parsedOf(entry);
          const first = walk(parsed, -1, parsed.anchor - 1, tokens, i - 1, i, sentence);
          if (first < 0) continue;
          const last = walk(parsed, 1, parsed.anchor + 1, tokens, i + 1, i, sentence);
          if (last >= 0) out.push({ id: entry.id, start: tokens[first]!.start, end: tokens[last]!.end, firstToken: first, lastToken: last });
        }
      }
      start = end;
    }
    return dropOverlapsOfSameId(out);
  }
}

/** Of overlapping matches with one id (e.g. with and without an optional word) keep the longest; sorted by start. */
function dropOverlapsOfSameId(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<string, number>();
  return matches.filter((m) => {
    const end = lastEnd.get(m.id);
    if (end !== undefined && m.start < end) return false;
    lastEnd.set(m.id, m.end);
    return true;
  });
}

export function compileMatcher(language: DetectedLanguage, entries: { id: string; pattern: string }[]): Matcher {
  return new PhraseMatcher(language, entries);
}
