/** CAPS LOCK runs and piles of "!!!" (seed 001: do not answer emotionally). */
import type { Language } from '../../taxonomy';
import type { Token } from '../../text';
import type { Diagnostic } from '../../types';
import { sentenceCase } from '../fixes';
import { CHECK_MESSAGES, FIX_LABELS } from './messages';

const MIN_RUN_WORDS = 3;
const MIN_RUN_LETTERS = 10;
/** A lone capitalised word this long, with a vowel, is emphasis ("we WILL", «ОБЯЗАТЕЛЬНО»), not an acronym (SMS, CCTV). */
const EMPHASIS_LETTERS = 4;
const VOWEL = /[aeiouyаеиоуыэюяіїєъ]/i;
/** Short words that are never acronyms: in capitals they are stress ("is NOT okay", «это НЕ наша вина»). */
const SHORT_STRESSED = new Set([
  'not', 'no', 'all', 'any', 'you', 'was', 'did', 'are', 'our', 'had', 'has', 'now', 'and', 'but', 'too',
  'не', 'ни', 'нет', 'без', 'все', 'всё', 'вы', 'ви', 'вие', 'ні', 'вас', 'вам', 'нас', 'нам', 'ще', 'пак', 'всі', 'усі', 'уже', 'вже',
]);
/** Acronyms that are spelled like words and common in support replies. */
const WORDLIKE_ACRONYMS = new Set(['осаго', 'каско', 'гибдд', 'снилс', 'егрн', 'огрн', 'єдрпоу', 'едрпоу', 'рнокпп', 'асап', 'ikea', 'nasa', 'gdpr', 'iban', 'swift']);

/** Lowercase Latin and Cyrillic letters, tested by code: most words fail on their second letter. */
function isLowerCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 1072 && c <= 1119);
}

/** Could text[start, end) be a word in capitals? Read by char code: most words fail on their second letter. */
function mayBeCaps(text: string, start: number, end: number): boolean {
  return end - start >= 2 && !isLowerCode(text.charCodeAt(start)) && !isLowerCode(text.charCodeAt(start + 1));
}

function isCapsWord(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

const LATIN_WORD = /^[A-Za-z'’]+$/;

/** Prepositions a place or brand name follows: "your stay at THE HARBOUR VIEW HOTEL", «в КАФЕ НА УГЛУ». */
const NAME_LEAD: Record<Language, Set<string>> = {
  en: new Set(['at', 'from', 'of', 'to', 'with', 'by', 'in', 'on', 'for']),
  ru: new Set(['в', 'во', 'на', 'из', 'от', 'у', 'с', 'со', 'к', 'для']),
  uk: new Set(['в', 'у', 'на', 'з', 'із', 'від', 'до', 'для']),
  bg: new Set(['в', 'във', 'на', 'от', 'с', 'със', 'до', 'за']),
};
/** Words no name is made of: a run with one of them is a sentence said loudly ("AT THE DOOR WE DO NOT …"). */
const SENTENCE_WORDS: Record<Language, Set<string>> = {
  en: new Set(['we', 'you', 'i', 'is', 'are', 'was', 'were', 'not', 'never', 'will', 'do', 'did', 'does', "don't", "didn't", 'can', "can't", "won't", 'must', 'please', 'your', 'our', 'this', 'that', 'it', 'only', 'strictly']),
  ru: new Set(['мы', 'вы', 'я', 'нас', 'нам', 'вас', 'вам', 'не', 'нет', 'это', 'был', 'была', 'было', 'были', 'будет', 'никогда', 'ваш', 'ваша', 'ваши', 'наш', 'все', 'всё', 'пожалуйста']),
  uk: new Set(['ми', 'ви', 'я', 'нас', 'нам', 'вас', 'вам', 'не', 'ні', 'це', 'був', 'була', 'було', 'були', 'буде', 'ніколи', 'ваш', 'ваша', 'ваші', 'наш', 'все', 'усе', 'будь']),
  bg: new Set(['ние', 'вие', 'аз', 'нас', 'нам', 'вас', 'вам', 'не', 'това', 'беше', 'бяха', 'ще', 'никога', 'вашия', 'вашата', 'нашия', 'всичко', 'моля']),
};

/** Quotation marks that open a name: ХОТЕЛ „МОРСКА ЗВЕЗДА“, ООО «ВЕКТОР». */
const OPENING_QUOTES = new Set(['«', '„', '"', '“']);

/**
 * A run of capitals right after a preposition, or with a quotation mark before or inside it, and with no word a
 * sentence needs: a name written in capitals ("your stay at THE HARBOUR VIEW HOTEL", «избирате ХОТЕЛ „МОРСКА ЗВЕЗДА“»).
 */
function isCapsName(tokens: Token[], first: number, last: number, language: Language): boolean {
  const before = tokens[first - 1];
  const afterPreposition = before?.kind === 'word' && NAME_LEAD[language].has(before.norm);
  let quoted = false;
  for (let i = Math.max(0, first - 1); i <= last && !quoted; i++) quoted = tokens[i]!.kind === 'punct' && OPENING_QUOTES.has(tokens[i]!.norm);
  if (!afterPreposition && !quoted) return false;
  for (let i = first; i <= last; i++) if (SENTENCE_WORDS[language].has(tokens[i]!.norm)) return false;
  return true;
}

/**
 * In a Cyrillic reply a Latin word in capitals is a name ("MRIYA RESORT & SPA", "DHL"), not shouting; a word with a
 * digit in it is a code in any language (a postcode's "CA12", "MP3", "A4").
 */
function isNameOrCode(raw: string, language: Language): boolean {
  return (language !== 'en' && LATIN_WORD.test(raw)) || /\d/.test(raw);
}

/**
 * Shouting in one sentence `text`, whose tokens carry offsets shifted by `offset`. A run of capital words counts
 * when it is long (3+ words) or when most of the sentence's letters are capitals.
 */
export function shouting(text: string, tokens: Token[], offset: number, language: Language, ui: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const runs: { first: number; last: number; words: number; letters: number }[] = [];
  let run: (typeof runs)[number] | null = null;
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const tStart = t.start - offset;
    const tEnd = t.end - offset;
    if (t.kind === 'punct' && tEnd - tStart >= 2 && /!{2,}|[!?]{3,}/.test(text.slice(tStart, tEnd))) {
      out.push({
        rule: 'shouting-marks',
        class: 'shouting',
        severity: 'warning',
        start: tStart,
        end: tEnd,
        message: CHECK_MESSAGES.shoutingMarks[ui],
        fixes: [{ label: FIX_LABELS.oneMark[ui], replacement: text.slice(tStart, tEnd).includes('?') ? '?' : '!' }],
      });
    }
    if (t.kind !== 'word') continue;
    const letters = tEnd - tStart;
    const c = text.charCodeAt(tStart);
    const mayBeForeign = language !== 'en' && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
    const raw = mayBeForeign || mayBeCaps(text, tStart, tEnd) ? text.slice(tStart, tEnd) : null;
    if (raw !== null && isNameOrCode(raw, language)) {
      if (run) runs.push(run);
      run = null;
      continue;
    }
    if (raw !== null && isCapsWord(raw)) {
      upper += letters;
      if (run) {
        run.last = i;
        run.words++;
        run.letters += letters;
      } else run = { first: i, last: i, words: 1, letters };
    } else {
      lower += letters;
      if (run) runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  const mostlyCaps = upper > lower;
  for (const r of runs) {
    const long = r.words >= MIN_RUN_WORDS && r.letters >= MIN_RUN_LETTERS;
    const loud = long || (mostlyCaps && r.words >= 2 && r.letters >= 6);
    if (!loud && !emphasis(text, tokens, r.first, r.last, offset)) continue;
    if (isCapsName(tokens, r.first, r.last, language)) continue;
    const start = tokens[r.first]!.start - offset;
    const end = tokens[r.last]!.end - offset;
    out.push({
      rule: loud ? 'shouting-caps' : 'shouting-emphasis',
      class: 'shouting',
      // One word in capitals may still be a brand written in capitals: a hint, not a warning.
      severity: loud ? 'warning' : 'info',
      start,
      end,
      message: CHECK_MESSAGES.shoutingCaps[ui],
      fixes: [{ label: FIX_LABELS.sentenceCase[ui], replacement: sentenceCase(text, start, end) }],
    });
  }
  return out;
}

/** A short run of capitals with a word in it that reads as a word, not as an acronym. */
function emphasis(text: string, tokens: Token[], first: number, last: number, offset: number): boolean {
  for (let i = first; i <= last; i++) {
    const raw = text.slice(tokens[i]!.start - offset, tokens[i]!.end - offset);
    const word = raw.toLowerCase();
    if (raw.length >= EMPHASIS_LETTERS ? VOWEL.test(raw) && !WORDLIKE_ACRONYMS.has(word) : SHORT_STRESSED.has(word)) return true;
  }
  return false;
}
