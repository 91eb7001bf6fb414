/**
 * How a reply is signed: a signature line ("Lorna, Resident Experience", «Анна, служба заботы») and the sign-off that
 * closes a reply ("Regards,\nNordNode Hosting", "… — Pemberton & Co.", «С уважением, администрация»). A signed reply
 * is finished, and its signature is neither the reply's tone nor its content.
 */

/** A name, then a role or a team, with no full stop. */
const SIGNATURE =
  /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*,\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|&|\p{Lu}[\p{L}'’-]*))*|(?:администратор|адміністратор|менеджер|управляющ|керуюч|керівни|власни|владел|собственик|управител|служб|отдел|відділ|команда|екип|директор|собственниц|основател|засновни)\p{L}*(?:\s+[\p{L}'’„“«»"-]+){0,3})\s*$/u;

/** Whether `sentence` is a signature line; most sentences end with a full stop, which no signature has. */
export function isSignature(sentence: string): boolean {
  const last = sentence.trimEnd().at(-1);
  return last !== undefined && last !== '.' && last !== '!' && last !== '?' && SIGNATURE.test(sentence);
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
