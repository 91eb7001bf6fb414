/**
 * Matchers, compiled once: one per reply language for the rules and structure signals (on first use),
 * and a small one per context for the user's banned phrases and the customer's name.
 */
import type { Language } from '../taxonomy';
import { compileMatcher, normalizeWord, stem, type Matcher, type Token } from '../text';
import type { CustomRule } from '../types';
import type { LintRule } from './rule';
import { rulesByLanguage } from './rules/index';
import { SIGNAL_KINDS, signalsByLanguage, type SignalKind } from './signals/index';

interface HeadWord {
  stems: Set<string>;
  exact: Set<string>;
}

/** The first words of a pattern, split off and checked after matching (see splitCommonHead). */
export interface Head {
  ruleId: string;
  /** In text order. */
  words: HeadWord[];
}

export interface CompiledRules {
  matcher: Matcher;
  rules: Map<string, LintRule>;
  /** Match ids of head-split patterns ("<rule id>#<n>") → the head the match must follow. */
  heads: Map<string, Head>;
}

/**
 * Words so frequent that a pattern starting with one is tried at almost every sentence ("you …", "мы …").
 * The matcher indexes patterns by their first word, so such patterns are matched from their second word,
 * and the first is checked after the match: same matches, a fraction of the attempts.
 */
const COMMON_WORDS: Record<Language, Set<string>> = {
  en: new Set(['you', 'we', 'our', 'your', 'it', "it's", 'the', 'this', 'that', 'as', 'not', 'no', 'in', 'will', 'i', 'to', 'please', 'for', 'is', 'are', 'a', 'and', 'of', 'on', 'with', 'if', "we're", "we'll", "we've", "you're", "that's", 'there', "there's", 'they', 'he', 'she', 'be', 'all', 'so', 'at', 'by', 'can', 'have', 'has', 'was', 'were', 'do', 'did', 'let', 'my', 'me']),
  ru: new Set(['вы', 'мы', 'не', 'в', 'это', 'с', 'по', 'как', 'на', 'за', 'все', 'если', 'и', 'а', 'вам', 'вас', 'нам', 'нас', 'наш', 'наша', 'наши', 'ваш', 'ваша', 'ваши', 'ваше', 'что', 'к', 'о', 'у', 'из', 'для', 'так', 'же', 'бы', 'уже', 'он', 'она', 'они', 'был', 'было', 'будет', 'очень']),
  uk: new Set(['ви', 'ми', 'не', 'в', 'у', 'це', 'з', 'на', 'за', 'як', 'всі', 'усі', 'якщо', 'і', 'й', 'та', 'а', 'вам', 'вас', 'нам', 'нас', 'наш', 'наша', 'наші', 'ваш', 'ваша', 'ваші', 'що', 'до', 'від', 'для', 'так', 'вже', 'він', 'вона', 'вони', 'було', 'буде', 'дуже']),
  bg: new Set(['вие', 'ние', 'не', 'в', 'във', 'това', 'с', 'със', 'на', 'за', 'като', 'всички', 'ако', 'и', 'а', 'ви', 'ни', 'нас', 'вас', 'наш', 'наша', 'наши', 'ваш', 'ваша', 'ваши', 'че', 'да', 'се', 'ще', 'е', 'от', 'до', 'по', 'много', 'са']),
};
const PLAIN_WORD = /^=?[\p{L}][\p{L}\p{M}'’]*$/u;

const MAX_HEAD_WORDS = 2;

/** A required piece made of plain words only ("you", "we|you", "=kindly"). */
function plainPiece(piece: string): boolean {
  return !piece.endsWith('?') && piece.split('|').every((a) => PLAIN_WORD.test(a));
}

function isCommonPiece(piece: string, common: Set<string>): boolean {
  return piece.split('|').some((a) => common.has(normalizeWord(a.replace(/^=|\*$/g, ''))));
}

/**
 * Splits "you failed to" into the head [you] and the pattern "failed to" (up to two common words: "вы не
 * прочитали" → [вы, не] + "прочитали") when the rest starts with a word that is not common itself.
 */
function splitCommonHead(pattern: string, language: Language): { head: string[]; rest: string } | null {
  const pieces = pattern.trim().split(/\s+/);
  const common = COMMON_WORDS[language];
  let n = 0;
  while (n < MAX_HEAD_WORDS && n < pieces.length - 1 && plainPiece(pieces[n]!) && isCommonPiece(pieces[n]!, common)) n++;
  if (n === 0) return null;
  const next = pieces[n]!;
  if (next.endsWith('?') || next.startsWith('~') || isCommonPiece(next, common)) return null;
  if (!next.split('|').every((a) => PLAIN_WORD.test(a) || /^[\p{L}]+\*$/u.test(a))) return null;
  return { head: pieces.slice(0, n), rest: pieces.slice(n).join(' ') };
}

function headOf(ruleId: string, pieces: string[], language: Language): Head {
  const words = pieces.map((piece) => {
    const word: HeadWord = { stems: new Set(), exact: new Set() };
    for (const alt of piece.split('|')) {
      if (alt.startsWith('=')) word.exact.add(normalizeWord(alt.slice(1)));
      else word.stems.add(stem(normalizeWord(alt), language));
    }
    return word;
  });
  return { ruleId, words };
}

const isContent = (t: Token) => t.kind === 'word' || t.kind === 'number' || t.kind === 'emoji';

/** Index of the first head token of a head-split match that starts at token `first`, or -1 if the head is not there. */
export function headToken(head: Head, tokens: Token[], first: number): number {
  let at = first;
  for (let w = head.words.length - 1; w >= 0; w--) {
    const word = head.words[w]!;
    let i = at - 1;
    while (i >= 0 && !isContent(tokens[i]!)) i--;
    if (i < 0) return -1;
    const t = tokens[i]!;
    if (!word.exact.has(t.norm) && !(t.kind === 'word' && word.stems.has(t.stem))) return -1;
    at = i;
  }
  return at;
}

/** Match ids of structure signals: "signal:<kind>". */
export const SIGNAL_ID_PREFIX = 'signal:';
export const SIGNAL_BIT: Record<SignalKind, number> = { empathy: 1, nextStep: 2, privateChannel: 4, thanksForReview: 8 };
/** Match ids of the context matcher. */
export const NAME_ID = 'name';
export const CUSTOM_ID_PREFIX = 'custom-';

const compiledByLanguage = new Map<Language, CompiledRules>();

export function compiledRules(language: Language): CompiledRules {
  let compiled = compiledByLanguage.get(language);
  if (!compiled) {
    const rules = new Map<string, LintRule>();
    const heads = new Map<string, Head>();
    const entries: { id: string; pattern: string }[] = [];
    for (const rule of rulesByLanguage[language]) {
      rules.set(rule.id, rule);
      for (const pattern of rule.patterns) {
        const split = splitCommonHead(pattern, language);
        if (!split) {
          entries.push({ id: rule.id, pattern });
          continue;
        }
        const id = `${rule.id}#${heads.size}`;
        heads.set(id, headOf(rule.id, split.head, language));
        entries.push({ id, pattern: split.rest });
      }
    }
    const lexicon = signalsByLanguage[language];
    for (const kind of SIGNAL_KINDS) {
      for (const pattern of lexicon[kind]) entries.push({ id: SIGNAL_ID_PREFIX + kind, pattern });
    }
    compiled = { matcher: compileMatcher(language, entries), rules, heads };
    compiledByLanguage.set(language, compiled);
  }
  return compiled;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** A user's phrase as a pattern of plain words (every word form); pattern syntax characters are dropped. */
export function phrasePattern(phrase: string): string {
  return (phrase.match(WORD) ?? []).join(' ');
}

const contextMatchers = new Map<string, Matcher | null>();
const CONTEXT_CACHE_LIMIT = 32;

/** Matcher of the banned phrases (ids "custom-<index>") and the customer's first name (id "name"); null if neither. */
export function contextMatcher(language: Language, customRules: CustomRule[] = [], customerName?: string): Matcher | null {
  const name = customerName ? phrasePattern(customerName).split(' ')[0] ?? '' : '';
  const key = [language, name, ...customRules.map((r) => r.phrase)].join('\u0000');
  let matcher = contextMatchers.get(key);
  if (matcher === undefined) {
    const entries: { id: string; pattern: string }[] = [];
    customRules.forEach((rule, i) => {
      const pattern = phrasePattern(rule.phrase);
      if (pattern) entries.push({ id: CUSTOM_ID_PREFIX + i, pattern });
    });
    if (name) {
      entries.push({ id: NAME_ID, pattern: name });
      // Vocative and case endings the stemmer misses: "Віталій" → "Віталію", "Ольга" → "Ользі".
      if (name.length >= 4) entries.push({ id: NAME_ID, pattern: `${name.slice(0, -1)}*` });
    }
    matcher = entries.length > 0 ? compileMatcher(language, entries) : null;
    if (contextMatchers.size >= CONTEXT_CACHE_LIMIT) contextMatchers.clear();
    contextMatchers.set(key, matcher);
  }
  return matcher;
}
