/**
 * Cyrillic typed in Latin letters: Bulgarian "shliokavitsa" ("nqmam nito meso", "blagodarq mnogo") and Russian or
 * Ukrainian translit ("ochen plokho", "duzhe dovgo"), common in comments written on a phone without a Cyrillic
 * keyboard. Spelled back into Cyrillic, such a text is read like any other; `origin` keeps each Cyrillic character's
 * offset in the Latin text, so evidence found in the copy points into the original.
 */

import type { DetectedLanguage } from '../taxonomy';
import { tokenize, type Token } from './tokenize';

/** Longest first: "shch" before "sh" before "s". Digits stand for the letters they look like ("4" ч, "6" ш). */
const SEQUENCES: [string, string][] = [
  ['shch', 'щ'], ['sht', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['tz', 'ц'],
  ['ya', 'я'], ['ja', 'я'], ['ia', 'я'], ['yu', 'ю'], ['ju', 'ю'], ['iu', 'ю'], ['yo', 'ьо'], ['ye', 'е'], ['yi', 'ї'],
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'ж'],
  ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['q', 'я'], ['r', 'р'], ['s', 'с'], ['t', 'т'],
  ['u', 'у'], ['v', 'в'], ['w', 'в'], ['x', 'кс'], ['y', 'и'], ['z', 'з'], ['4', 'ч'], ['6', 'ш'], ["'", 'ь'],
];
const LONGEST = 4;
const BY_LATIN = new Map(SEQUENCES);
/** After a vowel, "y" is "й" ("moy", "kakvoy"); elsewhere it is a vowel. */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const isLatinLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

export interface Transliterated {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the Latin original it came from; one more entry for the end. */
  origin: number[];
}

/** The Latin letters of `text` spelled in Cyrillic, case kept; everything else copied as it is. */
export function latinToCyrillic(text: string): Transliterated {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    // Digits are letters only next to one ("4akam", "6ega"), and "'" only between two ("kur'er").
    const letterBefore = isLatinLetter(text[i - 1] ?? '');
    const letterAfter = isLatinLetter(text[i + 1] ?? '');
    let taken = 0;
    let cyrillic = '';
    if (isLatinLetter(c) || ((c === '4' || c === '6') && (letterBefore || letterAfter)) || (c === "'" && letterBefore && letterAfter)) {
      const lower = text.slice(i, i + LONGEST).toLowerCase();
      for (let n = Math.min(LONGEST, lower.length); n > 0 && taken === 0; n--) {
        const mapped = BY_LATIN.get(lower.slice(0, n));
        if (mapped === undefined) continue;
        taken = n;
        cyrillic = lower[0] === 'y' && n === 1 && VOWELS.has((text[i - 1] ?? '').toLowerCase()) ? 'й' : mapped;
      }
    }
    if (taken === 0) {
      taken = 1;
      cyrillic = c;
    } else if (c !== c.toLowerCase()) {
      cyrillic = cyrillic[0]!.toUpperCase() + cyrillic.slice(1);
    }
    out += cyrillic;
    for (let k = 0; k < cyrillic.length; k++) origin.push(i);
    i += taken;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** The span in the Latin original of the span [start, end) of its Cyrillic copy. */
export function originalSpan(t: Transliterated, start: number, end: number): { start: number; end: number } {
  const from = t.origin[start] ?? t.origin[t.origin.length - 1]!;
  if (end <= start) return { start: from, end: from };
  // The last character's source runs up to where the next one's starts ("sh" of "ш" is two letters); a span that
  // ends inside the copy of one letter ("к" of "x" → "кс") takes the whole letter.
  let j = end;
  while (j < t.origin.length - 1 && t.origin[j] === t.origin[end - 1]) j++;
  return { start: from, end: t.origin[j]! };
}

const SAMPLE_CHARS = 500;

/** More Latin letters than Cyrillic ones in the text's start: a Cyrillic language typed in Latin. */
export function isTypedInLatin(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < Math.min(text.length, SAMPLE_CHARS); i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) balance++;
    else if (c >= 0x420 && c <= 0x4ff) balance--;
  }
  return balance > 0;
}

/** Tokens of a ru / uk / bg text typed in Latin letters: those of its Cyrillic copy, with spans in the original. */
export function tokenizeTransliterated(text: string, language: DetectedLanguage): Token[] {
  const copy = latinToCyrillic(text);
  return tokenize(copy.text, language).map((t) => ({ ...t, ...originalSpan(copy, t.start, t.end) }));
}
