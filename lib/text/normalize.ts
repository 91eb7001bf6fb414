/**
 * Normalization shared by the classifier and the linter: NFC, typographic quotes and dashes,
 * Latin look-alikes inside Cyrillic words ("cпасибо" typed with a Latin c), and letter runs
 * stretched for emphasis ("ужаааас").
 */

/** Latin letters that look like Cyrillic ones, mapped inside words that are otherwise Cyrillic. */
const LOOKALIKES: Record<string, string> = {
  a: 'а', A: 'А', c: 'с', C: 'С', e: 'е', E: 'Е', o: 'о', O: 'О', p: 'р', P: 'Р',
  x: 'х', X: 'Х', y: 'у', Y: 'У', k: 'к', K: 'К', M: 'М', T: 'Т', H: 'Н', B: 'В',
  i: 'і', I: 'І',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_LOOKALIKE = /[aAcCeEoOpPxXyYkKMTHBiI]/g;
const WORD = /[\p{L}\p{M}]+/gu;
const QUOTES = /[«»“”„‟″〝〞＂]/g;
const APOSTROPHES = /[‘’‚‛ʼ′`´]/g;
const HAS_APOSTROPHE = /[‘’‚‛ʼ′`´]/;
const DASHES = /[‐‑‒–—―−]/g;
/** Three or more of the same letter; a doubled letter is often legitimate ("ссылка", "good"). */
const LETTER_RUN = /(\p{L})\1{2,}/gu;

/** Maps Latin look-alikes in a word that contains at least one Cyrillic letter. */
export function fixLookalikes(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  return word.replace(LATIN_LOOKALIKE, (ch) => LOOKALIKES[ch] ?? ch);
}

/** "ужаааас" → "ужас", "soooo" → "so". */
export function collapseLetterRuns(word: string): string {
  return word.replace(LETTER_RUN, '$1');
}

/**
 * The comparison form of one word: NFC, lowercase, ё→е, unified apostrophe, look-alikes mapped,
 * letter runs collapsed. This is `Token.norm`.
 */
export function normalizeWord(word: string): string {
  let norm = wordCache.get(word);
  if (norm === undefined) {
    norm = computeNormalizedWord(word);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, norm);
  }
  return norm;
}

/** The same words recur on every keystroke of the linter. */
const wordCache = new Map<string, string>();
const WORD_CACHE_LIMIT = 50_000;

function computeNormalizedWord(word: string): string {
  let w = word.normalize('NFC').toLowerCase();
  if (w.includes('ё')) w = w.replaceAll('ё', 'е');
  if (HAS_APOSTROPHE.test(w)) w = w.replace(APOSTROPHES, "'");
  return collapseLetterRuns(fixLookalikes(w));
}

/** Display/compare form of a whole text: case is kept; the length may change. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTES, '"')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(WORD, (word) => collapseLetterRuns(fixLookalikes(word)));
}
