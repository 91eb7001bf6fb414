/**
 * Quoted text is the customer's words, not ours: phrase rules skip it. A short quoted phrase held up by the
 * words around it ("ваш «отличный» сервис", "nobody 'stole' …", "what 'hidden charges' you mean") is scare
 * quotes, which mock the customer (seed 004).
 */
import type { Token } from '../text';
import type { Span } from '../types';

const QUOTE_CHAR = /["'«»“”„‘’]/g;
const CLOSER_OF: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’', "'": "'" };
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Spans of quoted text, quote marks included. Unclosed quotes are ignored. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closer = '';
  QUOTE_CHAR.lastIndex = 0;
  for (let m = QUOTE_CHAR.exec(text); m !== null; m = QUOTE_CHAR.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (open >= 0) {
      // A straight single quote closes only where a word ends ("the 'terrible' hotel", not "don't").
      if (ch === "'" && i + 1 < text.length && WORD_CHAR.test(text[i + 1]!)) continue;
      if (ch === closer) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      }
      continue;
    }
    const close = CLOSER_OF[ch];
    if (close === undefined) continue;
    // A quote right after a letter is an apostrophe or an inch mark, not an opening quote.
    if ((ch === '‘' || ch === '"' || ch === "'") && i > 0 && WORD_CHAR.test(text[i - 1]!)) continue;
    open = i;
    closer = close;
  }
  return out;
}

const OPENERS = new Set(Object.keys(CLOSER_OF));

/** Whether any of a text's tokens is a mark that may open a quote: without one, quoteSpans finds none. */
export function mayHaveQuotes(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'punct' && OPENERS.has(t.norm)) return true;
  return false;
}

export function insideAny(spans: Span[], start: number, end: number): boolean {
  for (const q of spans) if (start >= q.start && end <= q.end) return true;
  return false;
}

/** Possessives and "so-called" in ru, uk, bg, en, at the end of the text before the quote. */
const SCARE_CUE =
  /(?:^|[^\p{L}])(?:your|our|so-called|ваш\p{L}*|наш\p{L}*|твой|твоя|так называем\p{L}*|твій|так зван\p{L}*|т\.нар\.|така наречен\p{L}*)\s+$/iu;

/** Up to six words: the customer's phrase held up in a sentence of ours. */
const SHORT_PHRASE = /^[\p{L}\p{M}'’-]{2,24}(?:\s[\p{L}\p{M}'’-]{1,24}){0,5}$/u;
/**
 * Words that turn a quoted phrase of the customer's into mockery: a denial ("nobody 'stole' your stuff",
 * «никой не Ви е „обрал“») or a sarcastic "since" («ну раз наш кофе «невозможно пить»»), within three words.
 */
const MOCKING_CUE = /(?:^|[^\p{L}])(?:nobody|no one|никто|ніхто|никой|ну раз|раз уж|раз уже|раз вже)(?:\s+[\p{L}\p{M}'’-]+){0,3}\s+$/iu;

/** Words right after the quote that hold it up: "what 'hidden charges' you mean", "«обман» — это когда …". */
const MOCKING_AFTER = /^\s*(?:you mean|you're talking about|you are talking about|you're referring to|is when|вы имеете в виду|ви маєте на увазі|имате предвид|[—–-]\s*(?:это|це|това е)\s+(?:когда|коли|когато))/iu;

const isCapitalised = (word: string) => word.charAt(0) !== word.charAt(0).toLowerCase();

/**
 * Scare quotes: a quoted phrase of up to six words after a possessive (`ваш «отличный» сервис`, `your "amazing"
 * service`), after a denial or a sarcastic "since", or held up by "… you mean" / "«обман» — это когда …".
 */
export function scareQuotes(text: string, quotes: Span[]): Span[] {
  const out: Span[] = [];
  for (const q of quotes) {
    const inner = text.slice(q.start + 1, q.end - 1);
    // A capitalised word is a name: "ваш «Медовик»" is the cake the customer ordered, not a mocked word.
    if (isCapitalised(inner)) continue;
    if (!SHORT_PHRASE.test(inner)) continue;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    const after = text.slice(q.end, q.end + 30);
    if (SCARE_CUE.test(before.slice(-24)) || MOCKING_CUE.test(before) || MOCKING_AFTER.test(after)) out.push(q);
  }
  return out;
}
