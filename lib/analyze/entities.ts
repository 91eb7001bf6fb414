/**
 * Facts a reply can use: the customer's name, order / ticket numbers, dates and durations, money,
 * staff mentioned, how many times the customer tried to get through, and the rating.
 */
import type { DetectedLanguage } from '../taxonomy';
import type { Token } from '../text';
import type { Entities } from '../types';
import { customerName } from './names';
import { staffMentioned } from './staff';

/**
 * A letter or digit of the lowercased text, written out rather than \p{L}\p{N}: these scans run on every review, and
 * without the `u` flag they take a third of the time. Reviews are Cyrillic or Latin; Latin-1 and Extended-A/B cover the
 * accented letters.
 */
const LETTER = 'a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u04ff';
const WORD_CHAR = `${LETTER}0-9`;
const LETTERS = `[${LETTER}]*`;
const NOT_LETTER_BEFORE = `(?<![${WORD_CHAR}])`;
const NOT_LETTER_AFTER = `(?![${WORD_CHAR}])`;
/** Where a word starts: the lookahead lets the scan fail fast between words. */
const WORD_START = `${NOT_LETTER_BEFORE}(?=[${WORD_CHAR}])`;

const ORDER_BY_SIGN = /(?:№|#|\bn\s?)\s?([a-z]{0,3}-?\d{3,}[\da-z-]*)/dg;
/** An id of 4+ digits, optionally with a letter prefix ("UA-20931"); a keyword right before it makes it an order id. */
const LONG_ID = new RegExp(`(?<![${WORD_CHAR}-])[a-z]{0,3}-?\\d{4,}[\\da-z-]*`, 'g');
const ORDER_KEYWORD_BEFORE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:заказ${LETTERS}|замовлен${LETTERS}|поръчк${LETTERS}|пратк${LETTERS}|order|ticket|case|ref(?:erence)?|тикет${LETTERS}|заявк${LETTERS}|обращени${LETTERS}|звернен${LETTERS}|претензи${LETTERS}|накладн${LETTERS}|ттн|посылк${LETTERS}|товар${LETTERS}\\s+код)\\s*(?:№|#|no\\.?|number|номер|код)?\\s*[:\\-]?\\s*$`,
);


const NUMBER_WORD =
  'один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|два|дві|три|чотири|п.ять|шість|сім|вісім|дев.ять|десять|две|четири|пет|шест|седем|осем|девет|десет|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|пару|пару|кілька|несколько|няколко';
const TIME_UNIT =
  `минут${LETTERS}|мин\\.?|час${LETTERS}|дн${LETTERS}|день|сут${LETTERS}|недел${LETTERS}|месяц${LETTERS}|год${LETTERS}|лет|хвилин${LETTERS}|годин${LETTERS}|тижн${LETTERS}|тиждень|місяц${LETTERS}|рок${LETTERS}|рік|днів|дена|седмиц${LETTERS}|месец${LETTERS}|минути|часа|дни|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?`;
const WEEKDAY =
  `понедельник${LETTERS}|вторник${LETTERS}|сред${LETTERS}|четверг${LETTERS}|пятниц${LETTERS}|суббот${LETTERS}|воскресень${LETTERS}|понеділ${LETTERS}|вівтор${LETTERS}|серед${LETTERS}|четвер${LETTERS}|п.ятниц${LETTERS}|субот${LETTERS}|неділ${LETTERS}|понеделник|вторник|сряда|четвъртък|петък|събота|неделя|monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
const MONTH =
  `январ${LETTERS}|феврал${LETTERS}|март${LETTERS}|апрел${LETTERS}|ма[яй]|июн${LETTERS}|июл${LETTERS}|август${LETTERS}|сентябр${LETTERS}|октябр${LETTERS}|ноябр${LETTERS}|декабр${LETTERS}|січ${LETTERS}|лют${LETTERS}|берез${LETTERS}|квіт${LETTERS}|травн${LETTERS}|черв${LETTERS}|лип${LETTERS}|серп${LETTERS}|верес${LETTERS}|жовт${LETTERS}|листопад${LETTERS}|груд${LETTERS}|януари|февруари|април|юни|юли|септември|октомври|ноември|декември|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`;
const DATES = new RegExp(
  `${WORD_START}(?:${[
    `\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?(?:\\s?(?:г\\.?|р\\.?|год${LETTERS}))?`,
    `\\d{4}-\\d{2}-\\d{2}`,
    `(?:(?:уже|вже|already|over|more than|almost|почти|майже|около|близо|больше|більше|над)\\s+)?(?:\\d+(?:[-–]\\d+)?|${NUMBER_WORD})\\s?(?:${TIME_UNIT})`,
    `(?:since|from|on|last|this|next|с|со|з|із|в|у|во|от|до)\\s+(?:${WEEKDAY})`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})(?:\\s+\\d{4})?`,
    `(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?`,
    'вчера|позавчера|сегодня|вчора|сьогодні|днес|yesterday|today|last week|last month|на прошлой неделе|минулого тижня|миналата седмица',
  ].join('|')})${NOT_LETTER_AFTER}`,
  'g',
);

const CURRENCY: [RegExp, string][] = [
  [/^(?:₽|руб\p{L}*|р\.?|rub)$/iu, 'RUB'],
  [/^(?:грн\.?|гривен\p{L}*|гривн\p{L}*|₴|uah)$/iu, 'UAH'],
  [/^(?:лв\.?|лева|лев|bgn)$/iu, 'BGN'],
  [/^(?:\$|usd|долл\p{L}*|dollars?|долар\p{L}*)$/iu, 'USD'],
  [/^(?:€|eur|евро|євро|euros?)$/iu, 'EUR'],
  [/^(?:£|gbp|pounds?)$/iu, 'GBP'],
  [/^(?:aed|dhs?|дирхам\p{L}*)$/iu, 'AED'],
  [/^(?:₹|inr|rs\.?|rupees?)$/iu, 'INR'],
];
const CURRENCY_WORD = `₽|руб${LETTERS}|р\\.|rub|грн\\.?|гривен${LETTERS}|гривн${LETTERS}|₴|uah|лв\\.?|лева|bgn|\\$|usd|долл${LETTERS}|dollars?|долар${LETTERS}|€|eur|евро|євро|euros?|£|gbp|pounds?|aed|dhs?|₹|inr|rs\\.?|rupees?`;
const AMOUNT = '\\d{1,3}(?:[ \\u00a0\\u202f,.]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const MONEY = new RegExp(
  `${NOT_LETTER_BEFORE}(?:(${AMOUNT})\\s?(?:тыс\\.?\\s?|тис\\.?\\s?|k\\s?)?(${CURRENCY_WORD})|(₽|\\$|€|£|₹|aed|usd|eur|gbp|rs\\.?|inr)\\s?(${AMOUNT}))${NOT_LETTER_AFTER}`,
  'g',
);

const COUNT_UNITS = new Set(['раз', 'раза', 'рази', 'разів', 'пъти', 'times', 'x']);
const CONTACT_VERBS = [
  'звон', 'позвон', 'перезван', 'дозван', 'дзвон', 'подзвон', 'передзвон', 'зателефон', 'телефон', 'звън', 'обажд', 'писал',
  'писа', 'пишу', 'написал', 'обращал', 'обращ', 'звертал', 'звертав', 'звернул', 'call', 'rang', 'phon', 'email', 'e-mail',
  'messag', 'contact', 'wrote', 'visit', 'tried', 'chas', 'писах', 'звънях',
];
/** How far (in words) a count may sit from its verb: "звонил уже раз 10", "called them like 5 times". */
const CONTACT_REACH = 4;
const NUMBER_WITH_UNIT = /^(\d+)(?:times|x|раз)$/u;

const NUMBER_WORDS: Record<string, number> = {
  один: 1, одна: 1, one: 1, два: 2, две: 2, дві: 2, two: 2, три: 3, three: 3, четыре: 4, чотири: 4, четири: 4, four: 4,
  пять: 5, "п'ять": 5, 'п’ять': 5, пет: 5, five: 5, шесть: 6, шість: 6, шест: 6, six: 6, семь: 7, сім: 7, седем: 7, seven: 7,
  восемь: 8, вісім: 8, осем: 8, eight: 8, девять: 9, "дев'ять": 9, девет: 9, nine: 9, десять: 10, десет: 10, ten: 10,
};

function toNumber(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word];
}

function parseAmount(raw: string): number {
  const compact = raw.replace(/[ \u00a0\u202f]/g, '');
  // "1,242" and "1.500" group thousands; "500,50" and "74.50" have decimals.
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(compact);
  const whole = (m?.[1] ?? compact).replace(/[.,]/g, '');
  return Number(m?.[2] !== undefined ? `${whole}.${m[2]}` : whole);
}

function currencyCode(word: string): string | undefined {
  return CURRENCY.find(([re]) => re.test(word.trim()))?.[1];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Cheap checks that let most reviews skip the long patterns below. */
const HAS_LONG_NUMBER = /\d{3}/;
const HAS_CURRENCY = /[₽$€£₹]|руб|грн|грив|лв|лев|usd|eur|евро|євро|aed|dhs?\b|rs\.?\s?\d|rupee|dollar|долл|долар|pound|gbp|inr|uah|rub|bgn|\dр\.|\d\sр\./iu;

/**
 * The patterns below are written in lowercase and run on the lowercased text: case-insensitive matching
 * of Cyrillic costs several times more. What they report is cut from the original text.
 */
interface Lowercased {
  lower: string;
  original: (start: number, end: number) => string;
}

function lowercased(text: string): Lowercased {
  const lower = text.toLowerCase();
  // Lowercasing keeps the length of Cyrillic and Latin text; if it did not, report the lowercase form.
  const source = lower.length === text.length ? text : lower;
  return { lower, original: (start, end) => source.slice(start, end) };
}

/** `lowered`: the review's lowercase copy, made once for all the scans of extractEntities. */
export function orderNumbers(text: string, lowered?: Lowercased): string[] {
  if (!HAS_LONG_NUMBER.test(text)) return [];
  const { lower, original } = lowered ?? lowercased(text);
  const out: string[] = [];
  for (const m of lower.matchAll(ORDER_BY_SIGN)) {
    const span = m.indices?.[1];
    if (span) out.push(original(span[0], span[1]));
  }
  for (const m of lower.matchAll(LONG_ID)) {
    if (ORDER_KEYWORD_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) {
      out.push(original(m.index, m.index + m[0].length));
    }
  }
  return unique(out);
}

export function datesAndDurations(text: string, lowered?: Lowercased): string[] {
  const { lower, original } = lowered ?? lowercased(text);
  return unique([...lower.matchAll(DATES)].map((m) => original(m.index, m.index + m[0].length).trim()));
}

export function moneyAmounts(text: string, lowered?: Lowercased): Entities['money'] {
  if (!HAS_CURRENCY.test(text)) return [];
  const { lower, original } = lowered ?? lowercased(text);
  const out: Entities['money'] = [];
  for (const m of lower.matchAll(MONEY)) {
    const amountText = m[1] ?? m[4];
    const currencyText = m[2] ?? m[3];
    if (!amountText) continue;
    const thousands = /тыс|тис|k/i.test(m[0].slice(amountText.length, m[0].length - (currencyText?.length ?? 0)));
    const amount = parseAmount(amountText) * (m[1] && thousands ? 1000 : 1);
    if (!Number.isFinite(amount)) continue;
    const written = original(m.index, m.index + m[0].length).trim();
    out.push({ amount, currency: currencyText ? currencyCode(currencyText) : undefined, text: written });
  }
  return out;
}

function isContactVerb(norm: string): boolean {
  return CONTACT_VERBS.some((v) => norm.startsWith(v));
}

function nearContactVerb(words: Token[], at: number): boolean {
  for (let i = Math.max(0, at - CONTACT_REACH); i <= Math.min(words.length - 1, at + CONTACT_REACH); i++) {
    if (words[i]!.sentence === words[at]!.sentence && isContactVerb(words[i]!.norm)) return true;
  }
  return false;
}

/** "звонил 5 раз", "called 3 times", "дзвонив 4 рази", "звъннах 3 пъти", "обращался уже раз 10" → the largest count. */
export function contactAttempts(tokens: Token[]): number | undefined {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
  let best: number | undefined;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    let n: number | undefined;
    const glued = NUMBER_WITH_UNIT.exec(t.norm);
    if (glued) n = Number(glued[1]);
    else if (COUNT_UNITS.has(t.norm)) n = toNumber(words[i - 1]?.norm ?? '') ?? toNumber(words[i + 1]?.norm ?? '');
    if (n === undefined || n <= 0 || n >= 1000 || !nearContactVerb(words, i)) continue;
    if (best === undefined || n > best) best = n;
  }
  return best;
}

export function extractEntities(
  text: string,
  tokens: Token[],
  input: { author?: string; rating?: number },
  language: DetectedLanguage,
): Entities {
  const lowered = lowercased(text);
  const entities: Entities = {
    orderNumbers: orderNumbers(text, lowered),
    dates: datesAndDurations(text, lowered),
    money: moneyAmounts(text, lowered),
    staff: staffMentioned(text, tokens, language),
  };
  const name = customerName(text, input.author, language);
  if (name) entities.customerName = name;
  const attempts = contactAttempts(tokens);
  if (attempts !== undefined) entities.contactAttempts = attempts;
  if (input.rating !== undefined && Number.isFinite(input.rating)) entities.rating = input.rating;
  return entities;
}
