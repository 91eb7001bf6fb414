/**
 * How a reply is addressed and signed: a salutation ("Dear Rachel,"), a signature line ("Lorna, Resident Experience",
 * «Анна, служба заботы») and the sign-off that closes a reply ("Regards,\nNordNode Hosting", "… — Pemberton & Co.",
 * «С уважением, администрация»). A signed reply is finished, and its signature is neither the reply's tone nor its
 * content.
 */

/** A name, then a role or a team, with no full stop. */
const SIGNATURE =
  /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|&|\p{Lu}[\p{L}'’-]*))*|(?:администратор|адміністратор|менеджер|управляющ|керуюч|керівни|власни|владел|собственик|управител|служб|отдел|відділ|команда|екип|директор|собственниц|основател|засновни)\p{L}*(?:\s+[\p{L}'’„“«»"-]+){0,3})\s*$/u;

/** Whether `sentence` is a signature line; most sentences end with a full stop, which no signature has. */
export function isSignature(sentence: string): boolean {
  const last = sentence.trimEnd().at(-1);
  return last !== undefined && last !== '.' && last !== '!' && last !== '?' && SIGNATURE.test(sentence);
}

/** Words a salutation opens with: "Dear", "Hi", «Здравствуйте», «Добрий день», «Уважаема», «Здравейте». */
const GREETING =
  /^\s*(?:dear|hello|hi|hey|good\s+(?:morning|afternoon|evening|day)|здравствуйте|добр(?:ый|ое|ого|ий|о|ър)\s+(?:день|дня|вечер|вечір|вечора|утро|утра|ранок|ранку|ден)|привет|привіт|вітаю|уважаем\p{L}*|шановн\p{L}*|дорог\p{L}*|здравейте|здравей|скъп\p{L}*)(?!\p{L})/iu;
/** Words a salutation may name after its greeting: the customer's name and a title or two. */
const SALUTATION_MAX_WORDS = 3;

/**
 * Whether `sentence` only greets: a greeting, then at most a few words (a name), and no full stop ("Dear Rachel,",
 * «Здравствуйте, Анна!», «Уважаема г-жо Колева,»). Its tone is in its words, which the phrase rules read ("Dear
 * customer", «Дорогой наш»).
 */
export function isSalutation(sentence: string): boolean {
  const greeting = GREETING.exec(sentence);
  if (!greeting) return false;
  const rest = sentence.slice(greeting[0].length).trim();
  if (rest.endsWith('.') || rest.endsWith('?')) return false;
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= SALUTATION_MAX_WORDS;
}

/** Closing words that only ever close a letter. */
const CLOSING =
  '(?:kind|best|warm|warmest)\\s+(?:regards|wishes)|regards|sincerely|yours\\s+(?:sincerely|faithfully|truly)|с\\s+уважением|с\\s+наилучшими\\s+пожеланиями|з\\s+повагою|з\\s+найкращими\\s+побажаннями|с\\s+уважение|с\\s+поздрав\\p{L}*|поздрави';

/** A closing at a line's or sentence's start, then at most a short signature of up to two lines, at the reply's end. */
const CLOSING_AT_END = new RegExp(`(?:^|[\\n.!?…]\\s*)(${CLOSING})[,.!]?(?:[ \\t]*[^\\n]{0,60})?(?:\\n[^\\n]{1,60})?\\s*$`, 'iu');
/** A signature after a dash at the end: "Feedback noted. — Pemberton & Co. Chartered Accountants", "\n– Анна". */
const DASH_SIGNATURE_AT_END = /(?:^|\n|[.!?…)]\s*)([—–]\s*\p{Lu}[^\n]{0,60})\s*$/u;
/** Sign-offs are short: only the reply's tail is searched. */
const TAIL_CHARS = 160;

/** Where the reply's sign-off starts, or the text's length when it has none. */
export function signOffStart(text: string): number {
  const from = Math.max(0, text.length - TAIL_CHARS);
  const tail = text.slice(from);
  for (const pattern of [CLOSING_AT_END, DASH_SIGNATURE_AT_END]) {
    const m = pattern.exec(tail);
    if (m) return from + m.index + m[0].indexOf(m[1]!);
  }
  const lastLine = tail.lastIndexOf('\n', tail.trimEnd().length - 1);
  if (lastLine >= 0 && isSignature(tail.slice(lastLine + 1))) return from + lastLine + 1;
  return text.length;
}
