/** Stemming per language, cached: the same words recur on every keystroke. */
import snowball from 'snowball-stemmers';
import type { DetectedLanguage } from '../taxonomy';
import { stemBulgarian } from './stem-bg';
import { stemUkrainian } from './stem-uk';

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');
const LATIN = /^[a-z']+$/;
const CACHE_LIMIT = 50_000;

const stemmers: Record<DetectedLanguage, (word: string) => string> = {
  ru: (w) => russian.stem(w),
  en: (w) => english.stem(w),
  uk: stemUkrainian,
  bg: stemBulgarian,
  // The classifier falls back to the English lexicon for other languages.
  other: (w) => (LATIN.test(w) ? english.stem(w) : w),
};

const caches = new Map<DetectedLanguage, Map<string, string>>();

/** Stem of an already normalized word (see normalizeWord). */
export function stem(word: string, language: DetectedLanguage): string {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  let s = cache.get(word);
  if (s === undefined) {
    s = word.length <= 2 ? word : stemmers[language](word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
