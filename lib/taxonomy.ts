/** Stable ids from ../shared/taxonomy.md. Extend, never rename. */

export const LANGUAGES = ['ru', 'uk', 'bg', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type DetectedLanguage = Language | 'other';

/** Ordered by precedence: the first category whose signals match wins. */
export const CATEGORIES = [
  'legal_threat',
  'staff_rudeness',
  'loyal_customer',
  'delivery_problem',
  'billing_problem',
  'product_defect',
  'service_outage',
  'unresponsive_support',
  'contract_dispute',
  'general_complaint',
  'not_negative',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const FLAGS = [
  'legal_threat',
  'staff_rudeness',
  'loyal_customer',
  'public_escalation',
  'abusive_language',
  'customer_fault_possible',
] as const;
export type Flag = (typeof FLAGS)[number];

export const LINT_CLASSES = [
  'formal',
  'dry',
  'blame_customer',
  'blame_staff',
  'threat',
  'mockery',
  'condescension',
  'dismissive',
  'overpromise',
  'liability',
  'argue',
  'removal_request',
  'shouting',
  'privacy',
  'structure',
  'custom',
] as const;
export type LintClass = (typeof LINT_CLASSES)[number];

export const TONES = ['warm', 'neutral', 'light'] as const;
export type Tone = (typeof TONES)[number];

/** The seed articles in ../shared/seeds/, cited by file name. */
export const SEED_FILES = [
  '000_80fc09d476383fe4.txt',
  '001_99740eb2e90c6ca5.txt',
  '002_24e291e7fef570d7.txt',
  '003_7ad9d4295cb499bc.txt',
  '004_979f1354f07788b1.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];
