/** Staff roles and staff names a review mentions ("курьер", "менеджер Роман", "waiter Mike"). */
import type { DetectedLanguage, Language } from '../taxonomy';
import { compileMatcher, type Matcher, type Token } from '../text';

const ROLES: Record<Language, string[]> = {
  ru: ['курьер*', 'менеджер*', 'оператор*', 'консультант*', 'администратор*', 'официант*', 'кассир*', 'продав*', 'водител*',
    'охранник*', 'охран*', 'врач*', 'мастер*', 'сотрудни*', 'горничн*', 'портье', 'ресепшн*', 'управляющ*', 'специалист*',
    'проводник*', 'парильщик*', 'батлер*', 'бармен*', 'повар*', 'доставщик*', 'директор*', 'руководител*', 'агент*'],
  uk: ['кур\'єр*', 'курєр*', 'кур\'ер*', 'менеджер*', 'оператор*', 'консультант*', 'адміністратор*', 'офіціант*', 'касир*',
    'продав*', 'водій*', 'водія', 'охорон*', 'лікар*', 'майстер*', 'співробітни*', 'працівни*', 'спеціаліст*', 'директор*',
    'керівни*', 'бармен*', 'кухар*'],
  bg: ['куриер*', 'мениджър*', 'оператор*', 'операторк*', 'консултант*', 'администратор*', 'сервитьор*', 'касиер*', 'продавач*',
    'шофьор*', 'охранител*', 'служител*', 'лекар*', 'техник*', 'барист*', 'рецепци*', 'управител*', 'директор*', 'специалист*'],
  en: ['courier*', 'driver*', 'manager*', 'waiter*', 'waitress*', 'cashier*', 'agent*', 'representative*', 'receptionist*',
    'staff', 'employee*', 'operator*', 'consultant*', 'technician*', 'security', 'guard*', 'server*', 'salesman', 'saleswoman',
    'salesperson', 'bartender*', 'chef*', 'host*', 'advisor*', 'adviser*', 'engineer*', 'delivery guy', 'doctor*', 'nurse*'],
};

const matchers = new Map<Language, Matcher>();

function rolesMatcher(language: Language): Matcher {
  let m = matchers.get(language);
  if (!m) {
    m = compileMatcher(language, ROLES[language].map((pattern) => ({ id: pattern, pattern })));
    matchers.set(language, m);
  }
  return m;
}

const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

/** `tokens` are the text's tokens in the language whose lexicon is used (English for "other"). */
export function staffMentioned(text: string, tokens: Token[], language: DetectedLanguage): string[] {
  const lang: Language = language === 'other' ? 'en' : language;
  const found = new Set<string>();
  for (const m of rolesMatcher(lang).match(tokens)) {
    found.add(text.slice(m.start, m.end).toLowerCase());
    // "менеджер Роман", "waiter Mike": a capitalized word right after the role, in the same sentence.
    const next = tokens[m.lastToken + 1];
    if (next && next.kind === 'word' && next.sentence === tokens[m.lastToken]!.sentence) {
      const word = text.slice(next.start, next.end);
      if (CAPITALIZED.test(word)) found.add(word);
    }
  }
  return [...found];
}
