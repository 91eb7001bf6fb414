/**
 * The customer's first name, from the page's author field or a signature at the end of the review,
 * with grammatical gender for ru / uk / bg (the Ukrainian reply needs the vocative, so it must be right).
 */
import type { DetectedLanguage } from '../taxonomy';
import type { CustomerName, Gender } from '../types';

const NAME = /^[\p{Lu}][\p{Ll}'’ʼ-]{1,20}$/u;
const HANDLE = /[\d_@.]|^[\p{Ll}]/u;

/** Male names that end in -а/-я, and unisex short forms, in ru / uk / bg. */
const MALE_IN_A = new Set(
  `никита илья кузьма фома лука миша гриша паша дима ваня петя коля толя вова леша лёша алеша серёжа сережа юра костя
  митя гоша жора федя боря витя гена стёпа степа тёма тема лёва лева яша саня илия никола тома сава микола данила
  данило олекса кузьма иля`.split(/\s+/),
);
const UNISEX = new Set('саша женя валя слава шура'.split(' '));
/** Female names that do not end in -а/-я. */
const FEMALE_OTHER = new Set('любовь нинель эсфирь ассоль руфь юдифь ирен мери кети ели нели любов'.split(' '));
/** A few words that look like a signature but are not names. */
const NOT_NAMES = new Set(
  `спасибо спасибі дякую благодаря thanks thank regards cheers sincerely all всё все ужас итог итого p.s ps позор удачи
  никому никогда больше никогда жаль`.split(/\s+/),
);

export function genderOf(first: string, language: DetectedLanguage): Gender {
  if (language === 'en' || language === 'other' || !/\p{Script=Cyrillic}/u.test(first)) return 'unknown';
  const lower = first.toLowerCase();
  if (UNISEX.has(lower)) return 'unknown';
  if (MALE_IN_A.has(lower)) return 'male';
  if (FEMALE_OTHER.has(lower)) return 'female';
  return /[ая]$/u.test(lower) ? 'female' : 'male';
}

/** "Анна К." → "Анна"; "ivan_petrov88" → undefined (a handle, not a name). */
export function firstNameOf(author: string): string | undefined {
  const words = author.trim().split(/[\s,]+/).filter(Boolean);
  const first = words[0];
  if (!first || HANDLE.test(first) || !NAME.test(first)) return undefined;
  if (NOT_NAMES.has(first.toLowerCase())) return undefined;
  return first;
}

const SIGN_OFF_PREFIX =
  /^(?:[-—–]+\s*)?(?:(?:с уважением|с уважение|з повагою|поздрави|best regards|kind regards|regards|thanks|cheers|sincerely|спасибо|дякую|благодаря)[,!.]?\s+)?/iu;
const SIGNED_NAME = /^(\p{Lu}[\p{Ll}'’ʼ-]{1,20})(\s+\p{Lu}\p{Ll}*\.?)?$/u;

/** A name signed on the last line of the review ("— Анна", "С уважением, Олег П."). */
export function signatureName(text: string): string | undefined {
  const trimmed = text.trimEnd();
  const lastBreak = trimmed.lastIndexOf('\n');
  // Only a line of its own, or a short tail after a dash, is read as a signature.
  const tail = lastBreak >= 0 ? trimmed.slice(lastBreak + 1) : (/[—–-]\s*[^—–-]{2,40}$/u.exec(trimmed)?.[0] ?? '');
  const line = tail.trim();
  const prefix = SIGN_OFF_PREFIX.exec(line)?.[0] ?? '';
  const m = SIGNED_NAME.exec(line.slice(prefix.length));
  const name = m?.[1];
  // A lone capitalized word ("Ужасно") is not a signature: it needs a dash, a sign-off or an initial.
  if (!name || (prefix.trim() === '' && !m[2])) return undefined;
  if (NOT_NAMES.has(name.toLowerCase()) || name === name.toUpperCase()) return undefined;
  return name;
}

export function customerName(text: string, author: string | undefined, language: DetectedLanguage): CustomerName | undefined {
  const fromAuthor = author ? firstNameOf(author) : undefined;
  if (fromAuthor) return { first: fromAuthor, gender: genderOf(fromAuthor, language), source: 'author' };
  const signed = signatureName(text);
  if (signed) return { first: signed, gender: genderOf(signed, language), source: 'signature' };
  return undefined;
}
