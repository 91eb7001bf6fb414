/**
 * The facts of an analysis a reply may restate, turned into template slots in the reply's language. Only
 * safe facts are used: who (a staff role from a closed table), how long, how many attempts. Order numbers,
 * phones, addresses and amounts never reach the text.
 */
import type { Language } from '../taxonomy';
import type { Analysis } from '../types';
import type { Bank } from './bank';
import { findStaffRole } from './staff';
import type { Slots } from './template';

/** Which analysis fact each slot comes from (Draft.usedFacts). */
export const SLOT_FACTS: Record<string, string> = {
  name: 'customerName',
  staff: 'staff',
  duration: 'dates',
  attempts: 'contactAttempts',
};

const DURATION_UNIT =
  /(?:^|[^\p{L}])(?:дн|день|недел|месяц|час|годин|тиж|місяц|ден|дни|седмиц|месец|day|week|month|hour)/iu;
const CALENDAR_DATE = /\d{1,4}[./]\d{1,2}/;
const LEADING_FILLER = /^(?:уже|вже|вече|почти|майже|already|almost|for|over)\s+/iu;
const SCRIPT: Record<Language, RegExp> = {
  en: /^[\p{Script=Latin}\d\s,.–-]+$/u,
  ru: /^[\p{Script=Cyrillic}\d\s,.–-]+$/u,
  uk: /^[\p{Script=Cyrillic}\d\s,.’'–-]+$/u,
  bg: /^[\p{Script=Cyrillic}\d\s,.–-]+$/u,
};

/** A duration as written ("3-4 дня", "two weeks"), only when it can be read in the reply's language. */
export function durationOf(dates: readonly string[], language: Language, sameLanguage: boolean): string | undefined {
  if (!sameLanguage) return undefined;
  for (const written of dates) {
    const text = written.trim().replace(LEADING_FILLER, '');
    if (text.length > 30 || CALENDAR_DATE.test(text) || !DURATION_UNIT.test(text)) continue;
    if (SCRIPT[language].test(text)) return text;
  }
  return undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function plural(forms: Bank['attempts'], n: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const category = rules.select(n) as keyof Bank['attempts'];
  return (forms[category] ?? forms.other).replace('{n}', String(n));
}

export function withinHours(bank: Bank, hours: number, language: Language): string {
  return hours === 24 && bank.within.day ? bank.within.day : plural(bank.within, hours, language);
}

export function factSlots(analysis: Analysis, bank: Bank, language: Language): Slots {
  const { entities } = analysis;
  const staff = findStaffRole(entities.staff);
  const staffForms = staff ? bank.staff[staff.role] : undefined;
  const attempts = entities.contactAttempts;
  return {
    staff: staffForms ? (staff?.gender === 'female' ? staffForms.female : undefined) ?? staffForms.male : undefined,
    duration: durationOf(entities.dates, language, analysis.language === language),
    attempts: attempts !== undefined && attempts >= 2 ? plural(bank.attempts, attempts, language) : undefined,
  };
}
