/**
 * Recognises the staff roles the analyzer extracts ("курьер", "кур'єра", "сервитьорката", "waitress") so a
 * restatement can name the role in the reply's language with the right case. Anything else (a first name,
 * an unknown job) is left out of the reply rather than inflected by guesswork.
 */
import type { Gender } from '../types';
import type { StaffRole } from './bank';

/** Word stems in ru, uk, bg and en; feminine forms first so "официантк" wins over "официант". */
const STEMS: { role: StaffRole; gender: Exclude<Gender, 'unknown'>; stems: string[] }[] = [
  { role: 'courier', gender: 'male', stems: ['курьер', 'кур’єр', 'куриер', 'courier', 'delivery driver'] },
  { role: 'manager', gender: 'male', stems: ['менеджер', 'мениджър', 'manager'] },
  { role: 'operator', gender: 'male', stems: ['оператор', 'operator', 'call centre agent', 'call center agent'] },
  { role: 'waiter', gender: 'female', stems: ['официантк', 'офіціантк', 'сервитьорк', 'waitress'] },
  { role: 'waiter', gender: 'male', stems: ['официант', 'офіціант', 'сервитьор', 'келнер', 'waiter'] },
  { role: 'administrator', gender: 'female', stems: ['адміністраторк', 'администраторк'] },
  { role: 'administrator', gender: 'male', stems: ['администратор', 'адміністратор', 'administrator', 'receptionist'] },
  { role: 'driver', gender: 'male', stems: ['водител', 'водій', 'водія', 'водієм', 'шофьор', 'шофер', 'driver'] },
  { role: 'consultant', gender: 'female', stems: ['консультантк', 'консултантк'] },
  { role: 'consultant', gender: 'male', stems: ['консультант', 'консултант', 'consultant', 'sales assistant'] },
  { role: 'cashier', gender: 'female', stems: ['кассирш', 'касирк', 'касиерк'] },
  { role: 'cashier', gender: 'male', stems: ['кассир', 'касир', 'касиер', 'cashier'] },
];

export interface StaffMention {
  role: StaffRole;
  gender: 'male' | 'female';
}

const WORD_START = /(?:^|[^\p{L}’])/u.source;

const normalize = (text: string) => text.toLowerCase().replace(/['ʼ]/g, '’');

const MATCHERS = STEMS.map((entry) => ({
  ...entry,
  pattern: new RegExp(`${WORD_START}(?:${entry.stems.map((stem) => normalize(stem)).join('|')})`, 'u'),
}));

/** The first mention that names a known role. */
export function findStaffRole(mentions: readonly string[]): StaffMention | undefined {
  for (const mention of mentions) {
    const text = normalize(mention);
    const match = MATCHERS.find((entry) => entry.pattern.test(text));
    if (match) return { role: match.role, gender: match.gender };
  }
  return undefined;
}
