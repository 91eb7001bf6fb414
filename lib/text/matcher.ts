/**
 * One phrase matcher per language, compiled once, used by both the classifier and the linter.
 * Entries are indexed by what their first token can match, so matching is a hash lookup per token;
 * the candidate list of each distinct word is cached.
 */
import type { DetectedLanguage } from '../taxonomy';
import { parsePattern, type Alternative, type PatternToken } from './pattern';
import { tokenize, type Token } from './tokenize';

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

interface Compiled {
  id: string;
  tokens: PatternToken[];
}

/** An entry that may start at a token, beginning with pattern token `from` (earlier ones are optional). */
interface Candidate {
  entry: Compiled;
  from: number;
}

const CANDIDATE_CACHE_LIMIT = 20_000;
const NONE: Candidate[] = [];

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

function tokenMatches(p: PatternToken & { type: 'token' }, t: Token): boolean {
  for (const alt of p.alternatives) if (altMatches(alt, t)) return true;
  return false;
}

const isContent = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'emoji';

/**
 * Index of the next token a pattern token may match, or -1 at the sentence end. Punctuation and symbols
 * are skipped unless the pattern token is such a literal itself.
 */
function nextToken(tokens: Token[], from: number, sentence: number, wantsLiteral: boolean): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return -1;
    if (wantsLiteral || isContent(t)) return i;
  }
  return -1;
}

function isLiteral(p: PatternToken): boolean {
  return p.type === 'token' && p.alternatives.every((a) => a.type === 'punct' || a.type === 'symbol');
}

/** Matches pattern tokens from `pi` at token `ti`; returns the last matched token index or -1. */
function matchFrom(pattern: PatternToken[], pi: number, tokens: Token[], ti: number, last: number, sentence: number): number {
  if (pi === pattern.length) return last;
  const p = pattern[pi]!;
  if (p.type === 'gap') {
    let at = ti;
    for (let skipped = 0; skipped <= p.max; skipped++) {
      const r = matchFrom(pattern, pi + 1, tokens, at, last, sentence);
      if (r >= 0) return r;
      const next = nextToken(tokens, at, sentence, false);
      if (next < 0) return -1;
      at = next + 1;
    }
    return -1;
  }
  const t = nextToken(tokens, ti, sentence, isLiteral(p));
  if (t >= 0 && tokenMatches(p, tokens[t]!)) {
    const r = matchFrom(pattern, pi + 1, tokens, t + 1, t, sentence);
    if (r >= 0) return r;
  }
  return p.optional ? matchFrom(pattern, pi + 1, tokens, ti, last, sentence) : -1;
}

class PhraseMatcher implements Matcher {
  private readonly byStem = new Map<string, Candidate[]>();
  private readonly byNorm = new Map<string, Candidate[]>();
  private readonly byPrefix: Candidate[] = [];
  private readonly byNumber: Candidate[] = [];
  private readonly byLiteral: Candidate[] = [];
  private readonly cache = new Map<string, Candidate[]>();

  constructor(
    private readonly language: DetectedLanguage,
    entries: { id: string; pattern: string }[],
  ) {
    for (const { id, pattern } of entries) {
      const entry: Compiled = { id, tokens: parsePattern(pattern, language) };
      // Index under each token that can begin a match: the leading optional ones and the first required one.
      for (let from = 0; from < entry.tokens.length; from++) {
        const p = entry.tokens[from]!;
        if (p.type !== 'token') break;
        for (const alt of p.alternatives) this.index(alt, { entry, from });
        if (!p.optional) break;
      }
    }
  }

  private index(alt: Alternative, c: Candidate): void {
    const push = (map: Map<string, Candidate[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    switch (alt.type) {
      case 'stem':
        return push(this.byStem, alt.value);
      case 'exact':
      case 'emoji':
        return push(this.byNorm, alt.value);
      case 'prefix':
        this.byPrefix.push(c);
        return;
      case 'number':
        this.byNumber.push(c);
        return;
      case 'punct':
      case 'symbol':
        this.byLiteral.push(c);
        return;
    }
  }

  private candidates(t: Token): Candidate[] {
    if (t.kind === 'punct' || t.kind === 'other') return this.byLiteral;
    const cached = this.cache.get(t.norm);
    if (cached) return cached;
    const list: Candidate[] = [];
    if (t.kind === 'word') {
      for (const c of this.byStem.get(t.stem) ?? NONE) list.push(c);
      for (const c of this.byPrefix) {
        const p = c.entry.tokens[c.from];
        if (p?.type === 'token' && tokenMatches(p, t)) list.push(c);
      }
    }
    if (t.kind === 'number') for (const c of this.byNumber) list.push(c);
    for (const c of this.byNorm.get(t.norm) ?? NONE) list.push(c);
    if (this.cache.size >= CANDIDATE_CACHE_LIMIT) this.cache.clear();
    this.cache.set(t.norm, list);
    return list;
  }

  match(input: string | Token[]): PhraseMatch[] {
    const tokens = typeof input === 'string' ? tokenize(input, this.language) : input;
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const list = this.candidates(t);
      for (let k = 0; k < list.length; k++) {
        const { entry, from } = list[k]!;
        const first = entry.tokens[from] as PatternToken & { type: 'token' };
        if (!tokenMatches(first, t)) continue;
        const last = matchFrom(entry.tokens, from + 1, tokens, i + 1, i, t.sentence);
        if (last >= 0) out.push({ id: entry.id, start: t.start, end: tokens[last]!.end, firstToken: i, lastToken: last });
      }
    }
    return dropOverlapsOfSameId(out);
  }
}

/** Matches come sorted by start; of overlapping matches with one id (e.g. with and without an optional word) keep the longest. */
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
