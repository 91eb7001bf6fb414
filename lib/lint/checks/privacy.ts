/**
 * Personal data in a public reply (seeds 000 §2, 003): e-mail addresses, phone numbers, card numbers, order
 * numbers, street addresses. The company's own contacts — from settings, role mailboxes (support@, info@ ...),
 * toll-free hotlines, or contacts the reply offers as "ours" ("write to us at ...") — are what a reply should
 * offer, so they are not flagged; they count as a private channel for the structure check.
 * Runs on every keystroke, so it anchors on the rare characters ('@' and digits) instead of scanning with
 * keyword regexes: the keywords are only looked for just before a number.
 */
import type { Language } from '../../taxonomy';
import type { Diagnostic } from '../../types';
import { CHECK_MESSAGES } from './messages';
import { digitsOf, isCompanyAddress, isCompanyContact, isCompanyEmail, isRoleMailbox, joinedContacts } from './own-contact';

/** A currency right after a number makes it an amount: «штраф 2 000 ₽», "£35", «1 800 грн». */
const CURRENCY_AFTER = /^\s?(?:[₽₴€$£]|(?:лв|грн|руб|р|eur|usd|gbp)\.?(?!\p{L})|(?:рубл|гривн|гривен|лева|евро|euro|pound|dollar)\p{L}*)/iu;

/** A date written as day.month, perhaps with the year: "20.05", "3.11.2025". */
const DAY_MONTH = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?:\.(?:\d{2}|\d{4}))?$/;

type Kind = 'email' | 'phone' | 'card' | 'order' | 'address';

const EMAIL_AROUND = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
/**
 * A number as written: digits with the separators phone and card numbers use. A bracket after a space opens an area
 * code ("+7 (812) …") only when it closes after digits: "020 7946 0321 (9am to 4pm)" ends before the bracket.
 */
const NUMBER = /\+?\d(?:[\d().-]|\s(?=\d|\(\d{1,5}\)))*\d|\d/g;
const ORDER_BEFORE =
  /(?:заказ\p{L}*|замовлен\p{L}*|резерваци\p{L}*|бронировани\p{L}*|бронюванн\p{L}*|поръчк\p{L}*|пратк\p{L}*|посилк\p{L}*|посылк\p{L}*|договор\p{L}*|накладн\p{L}*|трек\p{L}*|розыск\p{L}*|розшук\p{L}*|заявк\p{L}*|обращени\p{L}*|звернен\p{L}*|тикет\p{L}*|штраф\p{L}*|полис\p{L}*|поліс\p{L}*|полиц\p{L}*|order|parcel|package|shipment|consignment|booking|reservation|invoice|tracking|contract|ticket|case|claim|reference|ref|job(?:\s+(?:card|sheet|ticket))?|appeal|penalty|fine|policy|account|клиентск\p{L}*|абонат\p{L}*|абонентск\p{L}*|лицев\p{L}*\s+сч\p{L}*|особов\p{L}*\s+рахун\p{L}*)\.?(?:\s+(?:ви|вам|ваш\p{L}*|твоя|с|със|под|під|with|is|was|for)){0,2}\s*(?:№|#|no\.?|nr\.?|number|номер\p{L}*|n)?\s*[:#№]?\s*$|[#№]\s*$/iu;
/**
 * A street, its name, then the number: «ул. Ленина, д. », «бул. „Марица“ », «ул. Вишнёвая, уч. ». A closing quote ends the
 * name: «на ул. „Шипка“ засегна над 300 домакинства» numbers households, not a house.
 */
const ADDRESS_BEFORE =
  /(?:(?:^|[^\p{L}])(?:ул|вул|пр|просп|пер|бул|наб|ш|ж\.к|жк|кв-л)\.|(?:^|[^\p{L}])(?:улиц\p{L}*|вулиц\p{L}*|проспект\p{L}*|переул\p{L}*|бульвар\p{L}*|булевард\p{L}*|шоссе|набережн\p{L}*|квартал))\s*[\p{L}\d.\- „"«]{0,40}?[“»]?,?\s*(?:д\.|дом|буд\.|будинок|уч\.|участок|діл\.|ділянка|№)?\s*$|(?:^|[^\p{L}])(?:кв|ап|apt|бл|вх)\.?\s*$/iu;
/** A block or an entrance with nothing after it («входната врата на бл. 12») names a building, not someone's home. */
const BUILDING_ONLY = /^[^\p{L}]*(?:бл|вх)\.?\s*$/iu;
/** The rest of an address after its first number: ", бл. 512, вх. Б", ", кв. 7", ", apt 4B". */
const ADDRESS_TAIL = /(?:,?\s*(?:бл|вх|ет|ап|кв|корп|к|стр|под|під|apt|flat|unit)\.?\s*[\p{L}\d]{1,4}(?![\p{L}\d]))*/iuy;
/** Masked card numbers: "**** 4417", "ending 4417", "карта *4417", "картка, що закінчується на 5521". */
const MASKED_CARD_BEFORE = /(?:[*•xX]{2,}[\s-]*|(?:ending|ends)(?:\s+in)?\s+|(?:оканчива|заканчива|закінчу|завършва)\p{L}*\s+(?:на\s+)?|(?:карт\p{L}*|card)\s*[*•]+\s*)$/iu;
/** An id's letter prefix: "№UA-20931". */
const ID_PREFIX = /[\p{Lu}]{1,4}-?$/u;
/** A measure, not a house number: «улицата е по-тясна от 3 метра», «в 200 м от улицы». */
const UNIT_AFTER = /^\s*(?:м|метр\p{L}*|метър|km|км|см|cm|mm|мм|кг|kg|минут\p{L}*|хвилин\p{L}*|мин|час\p{L}*|годин\p{L}*|%)(?![\p{L}\d])/iu;

/** Cheap test before ADDRESS_BEFORE: an abbreviation with a dot or a street word. */
const STREET_HINT = /(?:ул|вул|пр|просп|пер|бул|наб|ш|кв|ап|apt|ж\.к|бл|вх)\.|улиц|вулиц|проспект|переул|бульвар|булевард|шоссе|набережн|квартал|жк|кв|ап|apt/i;
const EN_STREET_AFTER =
  /^\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|Grove|Close|Crescent|Terrace|Gardens|Mews|Square|Parade)\b\.?(?:,\s*(?:[A-Z][a-z]+\s+)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)?/;
/** A British postcode, read from its first letter: "CA12 4RT", "BN2 6QT", "SW1A 1AA". */
const UK_POSTCODE = /[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?![\p{L}\d])/uy;
/** The lines of an address before its postcode: "Hollins Farm, Low Road, Keswick ". */
const ADDRESS_LINE_BEFORE = /(?:(?:\d+[A-Za-z]?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*){0,3}(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

/** The postcode whose digits start at `start`, if the number is one. */
function postcodeAt(text: string, start: number): { start: number; end: number } | null {
  let from = start;
  while (from > start - 2 && from > 0 && text.charCodeAt(from - 1) >= 65 && text.charCodeAt(from - 1) <= 90) from--;
  if (from === start || /\p{L}/u.test(text[from - 1] ?? '')) return null;
  UK_POSTCODE.lastIndex = from;
  const m = UK_POSTCODE.exec(text);
  return m ? { start: from, end: from + m[0].length } : null;
}

/** A contract's number, however short, with its suffix: «договору №217/К», «договор № 17/03-Е», "contract no. 88". */
const CONTRACT_BEFORE = /(?:договор\p{L}*|договір\p{L}*|contract|agreement)\s*(?:№|#|no\.?|nr\.?)\s*$/iu;
const CONTRACT_TAIL = /(?:[/-][\p{L}\d]{1,6})*/uy;

/**
 * Toll-free and national hotline numbers: 8-800, 0-800, 0700 (Bulgaria), 1-800/888/877/866/855/844/833, and the UK's
 * 03 numbers (0300, 0330, 0333, 0345 ...), which only organisations hold.
 */
const HOTLINE = /^(?:8800|0800|0700|1800|1888|1877|1866|1855|1844|1833|03[0347]\d)/;
const MESSAGE_OF: Record<Kind, keyof typeof CHECK_MESSAGES> = {
  email: 'privacyEmail',
  phone: 'privacyPhone',
  card: 'privacyCard',
  order: 'privacyOrder',
  address: 'privacyAddress',
};


const isDigitCode = (c: number) => c >= 48 && c <= 57;

function luhn(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = number.charCodeAt(number.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const CONTACT_KINDS: ReadonlySet<Kind> = new Set(['email', 'phone']);

interface Found {
  kind: Kind;
  start: number;
  end: number;
  own: boolean;
  /** The company's whatever the words around it say: a role mailbox or a hotline. */
  certain?: boolean;
}

export interface PrivacyResult {
  diagnostics: Diagnostic[];
  /** The reply offers one of the company's own contacts. */
  offersContact: boolean;
}


function emails(text: string, ownContacts: string[], out: Found[]): void {
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', searchFrom)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    EMAIL_AROUND.lastIndex = start;
    const m = EMAIL_AROUND.exec(text);
    searchFrom = m ? start + m[0].length : at + 1;
    if (!m || start === at) continue;
    const certain = isRoleMailbox(m[0]);
    out.push({ kind: 'email', start, end: start + m[0].length, own: isCompanyEmail(text, start, m[0], ownContacts), certain });
  }
}

function numbers(text: string, ownContacts: string[], out: Found[]): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    // "(415) 555-0198": the area code's opening bracket belongs to the number.
    const start = text[m.index - 1] === '(' && m[0].includes(')') ? m.index - 1 : m.index;
    const end = m.index + m[0].length;
    // Times ("18:00") and amounts ("50%", "1 500 ₽") are neither contacts nor ids; "заказ № 48213-077: он …" is an id.
    const isTime = (text.charCodeAt(end) === 58 && isDigitCode(text.charCodeAt(end + 1))) || (text.charCodeAt(start - 1) === 58 && isDigitCode(text.charCodeAt(start - 2)));
    if (isTime || text.charCodeAt(end) === 37 || CURRENCY_AFTER.test(text.slice(end, end + 8))) continue;
    if (out.some((f) => start < f.end && end > f.start)) continue;
    const digits = digitsOf(m[0]);
    const before = text.slice(Math.max(0, start - 60), start);
    // The last four of a masked card, even when a date follows it: "**** 0932 18.04" is read as one number.
    if (/^\d{4}(?!\d)/.test(m[0]) && MASKED_CARD_BEFORE.test(before)) {
      out.push({ kind: 'card', start, end: m.index + 4, own: false });
      NUMBER.lastIndex = m.index + 4;
      continue;
    }
    const prefix = ID_PREFIX.exec(before);
    if (prefix && digits.length >= 4 && ORDER_BEFORE.test(before.slice(0, prefix.index).slice(-30))) {
      out.push({ kind: 'order', start: start - prefix[0].length, end, own: false });
      continue;
    }
    if (digits.length >= 2 && CONTRACT_BEFORE.test(before.slice(-30))) {
      CONTRACT_TAIL.lastIndex = end;
      const to = end + (CONTRACT_TAIL.exec(text)?.[0].length ?? 0);
      out.push({ kind: 'order', start, end: to, own: false });
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, to);
      continue;
    }
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/[()+]/.test(m[0])) {
      out.push({ kind: 'card', start, end, own: false });
    } else if (digits.length >= 4 && ORDER_BEFORE.test(before.slice(-30))) {
      // «з темою «Штраф 20.05»»: a day and a month name no case; "№ 20.05" still does.
      if (DAY_MONTH.test(m[0]) && !/[#№]\s*$/.test(before)) continue;
      out.push({ kind: 'order', start, end, own: false });
    } else if ((digits.length >= 10 && digits.length <= 15) || (digits.length === 9 && HOTLINE.test(digits))) {
      const hotline = HOTLINE.test(digits.replace(/^7(?=800)/, '8'));
      out.push({ kind: 'phone', start, end, own: hotline || isCompanyContact(text, start, m[0], ownContacts), certain: hotline });
      continue;
    } else if (digits.length <= 5 && STREET_HINT.test(before) && !UNIT_AFTER.test(text.slice(end, end + 12))) {
      const street = ADDRESS_BEFORE.exec(before);
      if (street) {
        const from = start - (before.length - street.index) + (street[0].length - street[0].trimStart().length);
        ADDRESS_TAIL.lastIndex = end;
        const to = end + (ADDRESS_TAIL.exec(text)?.[0].length ?? 0);
        if (to === end && BUILDING_ONLY.test(street[0])) continue;
        out.push({ kind: 'address', start: from, end: to, own: isCompanyAddress(text, from, text.slice(from, to), ownContacts) });
        NUMBER.lastIndex = Math.max(NUMBER.lastIndex, to);
        continue;
      }
    } else if (digits.length <= 5 && /^\d+$/.test(m[0])) {
      const en = EN_STREET_AFTER.exec(text.slice(end, end + 60));
      if (en) {
        out.push({ kind: 'address', start, end: end + en[0].length, own: isCompanyAddress(text, start, text.slice(start, end + en[0].length), ownContacts) });
        continue;
      }
    }
    const postcode = postcodeAt(text, start);
    if (postcode) {
      const line = ADDRESS_LINE_BEFORE.exec(text.slice(Math.max(0, postcode.start - 80), postcode.start));
      const from = postcode.start - (line?.[0].length ?? 0);
      out.push({ kind: 'address', start: from, end: postcode.end, own: isCompanyAddress(text, from, text.slice(from, postcode.end), ownContacts) });
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, postcode.end);
    }
  }
}

export function privacy(text: string, ownContacts: string[], ui: Language): PrivacyResult {
  const found: Found[] = [];
  emails(text, ownContacts, found);
  numbers(text, ownContacts, found);
  const diagnostics: Diagnostic[] = [];
  let offersContact = false;
  found.sort((a, b) => a.start - b.start);
  found.forEach((f, i) => {
    // "care@shop.example or 044 220-30-30" offers both; «майстер напише вам на … і подзвонить на …» uses both of the
    // customer's: the second contact of a pair is whose the first one is, unless it is certainly the company's.
    const previous = found[i - 1];
    if (!previous || !CONTACT_KINDS.has(f.kind) || !CONTACT_KINDS.has(previous.kind) || f.own === previous.own) return;
    const joined = joinedContacts(text, previous.end, f.start);
    if (previous.own ? joined !== null : joined === 'verb' && !f.certain) f.own = previous.own;
  });
  for (const f of found) {
    if (f.own) {
      if (f.kind === 'email' || f.kind === 'phone') offersContact = true;
      continue;
    }
    diagnostics.push({
      rule: `privacy-${f.kind}`,
      class: 'privacy',
      severity: f.kind === 'order' ? 'warning' : 'error',
      start: f.start,
      end: f.end,
      message: CHECK_MESSAGES[MESSAGE_OF[f.kind]][ui],
      fixes: [],
    });
  }
  found.length = 0;
  return { diagnostics, offersContact };
}
