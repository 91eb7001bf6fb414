/**
 * Hand-built analyses for the composer tests (the analyzer is another module): every category with the flag
 * sets that can occur under the taxonomy's precedence, in every language, with realistic extracted facts.
 */
import { CATEGORIES, type Category, type Flag, type Language } from '../../../lib/taxonomy';
import type { Analysis, CustomerName } from '../../../lib/types';

/** A special category always carries its own flag; a flag of a higher special case forces that category. */
const OWN_FLAG: Partial<Record<Category, Flag>> = {
  legal_threat: 'legal_threat',
  staff_rudeness: 'staff_rudeness',
  loyal_customer: 'loyal_customer',
};
const HIGHER_FLAGS: Partial<Record<Category, Flag[]>> = {
  legal_threat: ['staff_rudeness', 'loyal_customer'],
  staff_rudeness: ['loyal_customer'],
};
const FREE_FLAGS: Flag[] = ['public_escalation', 'abusive_language', 'customer_fault_possible'];

export function flagSetsFor(category: Category): Flag[][] {
  if (category === 'not_negative') return [[]];
  const own = OWN_FLAG[category];
  const base: Flag[] = own ? [own] : [];
  return [
    base,
    ...FREE_FLAGS.map((flag) => [...base, flag]),
    [...base, 'public_escalation', 'abusive_language'],
    ...(HIGHER_FLAGS[category] ?? []).map((flag) => [...base, flag]),
  ];
}

export const COMBOS: { category: Category; flags: Flag[] }[] = CATEGORIES.flatMap((category) =>
  flagSetsFor(category).map((flags) => ({ category, flags })),
);

/** Facts as the analyzer would extract them from a review in each language. */
export const FACTS: Record<Language, { name: CustomerName; staff: string[]; dates: string[]; order: string; phone: string }> = {
  ru: { name: { first: 'Анна', gender: 'female', source: 'author' }, staff: ['курьер'], dates: ['3-4 дня'], order: '4417-220', phone: '+7 916 555-12-34' },
  uk: { name: { first: 'Андрій', gender: 'male', source: 'author' }, staff: ['оператор'], dates: ['два тижні'], order: '883301', phone: '+380 67 123 4567' },
  bg: { name: { first: 'Мария', gender: 'female', source: 'signature' }, staff: ['сервитьорката'], dates: ['две седмици'], order: 'BG-55812', phone: '0888 123 456' },
  en: { name: { first: 'Rachel', gender: 'female', source: 'author' }, staff: ['the driver'], dates: ['three weeks'], order: '112-9941203', phone: '(555) 014-2290' },
};

export function analysisOf(language: Language, category: Category, flags: Flag[], named: boolean): Analysis {
  const facts = FACTS[language];
  return {
    language,
    category,
    flags,
    confidence: 0.8,
    evidence: [],
    entities: {
      ...(named ? { customerName: facts.name } : {}),
      orderNumbers: [facts.order],
      dates: facts.dates,
      money: [{ amount: 1290, text: '1290' }],
      staff: facts.staff,
      contactAttempts: 4,
    },
  };
}

/** What a company writes in its settings; offers are in the company's own language. */
const OFFERS: Record<Language, string> = {
  ru: 'скидка 10% на следующий заказ',
  uk: 'знижка 10% на наступне замовлення',
  bg: '10% отстъпка от следващата поръчка',
  en: 'a 10% discount on your next order',
};

export function northwind(language: Language) {
  return {
    companyName: 'Northwind',
    agentName: 'Irina Petrova',
    contact: { email: 'care@northwind.example', phone: '+1 555 0100' },
    responseHours: 24,
    offers: [OFFERS[language]],
  };
}
