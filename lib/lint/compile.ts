/**
 * Matchers, compiled once: one per reply language for the rules and structure signals (on first use),
 * and a small one per context for the user's banned phrases and the customer's name.
 */
import type { Language } from '../taxonomy';
import { compileMatcher, type Matcher } from '../text';
import type { CustomRule } from '../types';
import type { LintRule } from './rule';
import { rulesByLanguage } from './rules/index';
import { SIGNAL_KINDS, signalsByLanguage, type SignalKind } from './signals/index';

export interface CompiledRules {
  matcher: Matcher;
  rules: Map<string, LintRule>;
}

/** Match ids of structure signals: "signal:<kind>". */
export const SIGNAL_ID_PREFIX = 'signal:';
export const SIGNAL_BIT: Record<SignalKind, number> = { empathy: 1, nextStep: 2, privateChannel: 4, thanksForReview: 8, wayRound: 16 };
/** Empathy and a next step: what a complaint's reply must say (seeds 000–002). */
export const SPOKEN_SIGNALS = SIGNAL_BIT.empathy | SIGNAL_BIT.nextStep;
/** SIGNAL_BIT by match id: "signal:empathy" → 1. */
export const SIGNAL_BIT_BY_ID = new Map(SIGNAL_KINDS.map((kind) => [SIGNAL_ID_PREFIX + kind, SIGNAL_BIT[kind]]));
/** Match ids of the context matcher. */
export const NAME_ID = 'name';
export const CUSTOM_ID_PREFIX = 'custom-';

const compiledByLanguage = new Map<Language, CompiledRules>();

/** The rules and structure signals of one reply language, compiled the first time that language is linted. */
export function compiledRules(language: Language): CompiledRules {
  let compiled = compiledByLanguage.get(language);
  if (!compiled) {
    const rules = new Map<string, LintRule>();
    const entries: { id: string; pattern: string }[] = [];
    for (const rule of rulesByLanguage[language]) {
      rules.set(rule.id, rule);
      for (const pattern of rule.patterns) entries.push({ id: rule.id, pattern });
    }
    const lexicon = signalsByLanguage[language];
    for (const kind of SIGNAL_KINDS) {
      for (const pattern of lexicon[kind]) entries.push({ id: SIGNAL_ID_PREFIX + kind, pattern });
    }
    compiled = { matcher: compileMatcher(language, entries), rules };
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

/**
 * The words of one space-separated part of a name. The tokenizer splits at hyphens, so "Анна-Мария" is two names;
 * a piece shorter than three letters there is an honorific's ("г-жа" → "жа"), not a name.
 */
function nameWords(part: string): string[] {
  if (!part.includes('-')) return part.length >= 2 ? [part] : [];
  return part.split('-').filter((w) => w.length >= 3);
}

const LETTERS_ONLY = /^[\p{L}\p{M}]+$/u;

/** Patterns that find a name in any of its forms. */
function namePatterns(name: string): string[] {
  const out = [name];
  // A prefix pattern takes one token: "O'Brien" or "Анна's" is split by the tokenizer, so it matches as written only.
  if (!LETTERS_ONLY.test(name)) return out;
  // Vocative and case endings the stemmer misses: "Віталій" → "Віталію", "Ольга" → "Ользі".
  if (name.length >= 4) out.push(`${name.slice(0, -1)}*`);
  // A vowel that drops before the last consonant: "Петър" → "Петре", "Павел" → "Павле", "Павла".
  const fleeting = /^(.{2,})[ъеоь]([рлнв])$/iu.exec(name);
  if (fleeting) out.push(`${fleeting[1]}${fleeting[2]}*`);
  return out;
}

/**
 * Matcher of the banned phrases (ids "custom-<index>") and the customer's name (id "name"); null if neither.
 * Every word of the name counts: "Mr. Harris" and «г-жо Колева» address the customer as much as "James".
 */
export function contextMatcher(language: Language, customRules: CustomRule[] = [], customerName?: string): Matcher | null {
  const names = customerName ? phrasePattern(customerName).split(' ').flatMap(nameWords) : [];
  const key = [language, names.join(' '), ...customRules.map((r) => r.phrase)].join('\u0000');
  let matcher = contextMatchers.get(key);
  if (matcher === undefined) {
    const entries: { id: string; pattern: string }[] = [];
    customRules.forEach((rule, i) => {
      const pattern = phrasePattern(rule.phrase);
      if (pattern) entries.push({ id: CUSTOM_ID_PREFIX + i, pattern });
    });
    for (const pattern of names.flatMap(namePatterns)) entries.push({ id: NAME_ID, pattern });
    matcher = entries.length > 0 ? compileMatcher(language, entries) : null;
    if (contextMatchers.size >= CONTEXT_CACHE_LIMIT) contextMatchers.clear();
    contextMatchers.set(key, matcher);
  }
  return matcher;
}
