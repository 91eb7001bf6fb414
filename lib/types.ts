/** The shapes the public API (lib/index.ts) hands out. See ../shared/DESIGN.md. */
import type { Category, DetectedLanguage, Flag, Language, LintClass, SeedFile, Tone } from './taxonomy';

/** A span of the original text, in UTF-16 code units (what Range, <textarea> and React use). */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** What the span is evidence of: a category id, a flag id, or "negation" / "sarcasm" / "positive". */
  label: string;
}

export type Gender = 'female' | 'male' | 'unknown';

export interface CustomerName {
  /** First name as written ("Анна" from "Анна К."). */
  first: string;
  gender: Gender;
  /** Where it came from. */
  source: 'author' | 'signature';
}

export interface Entities {
  customerName?: CustomerName;
  orderNumbers: string[];
  /** Dates and durations as written ("3-4 дня", "since Monday", "12.03"). */
  dates: string[];
  money: { amount: number; currency?: string; text: string }[];
  /** Staff roles or names mentioned (курьер, менеджер, waiter, "Роман"). */
  staff: string[];
  /** "звонил 5 раз" → 5. */
  contactAttempts?: number;
  rating?: number;
}

export interface ReviewInput {
  text: string;
  author?: string;
  rating?: number;
  site?: string;
}

export interface Analysis {
  language: DetectedLanguage;
  category: Category;
  flags: Flag[];
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  entities: Entities;
}

export interface ChecklistItem {
  id: string;
  text: string;
  seed: SeedFile;
  /** When the agent does it. */
  phase?: 'before' | 'reply' | 'after';
  /** Must be done before anything is posted (e.g. talk to a lawyer). */
  blocking?: boolean;
}

export interface Draft {
  language: Language;
  text: string;
  checklist: ChecklistItem[];
  /** Which facts of the analysis the text used ("customerName", "staff", "dates", ...). */
  usedFacts: string[];
  tone: Tone;
  variant: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Fix {
  label: string;
  replacement: string;
}

export interface Diagnostic extends Span {
  rule: string;
  class: LintClass;
  severity: Severity;
  message: string;
  fixes: Fix[];
}

export interface CustomRule {
  /** A phrase the user banned; matched in all word forms. */
  phrase: string;
  /** Preferred wording offered as a fix. */
  replacement?: string;
}

export interface LintContext {
  language?: DetectedLanguage;
  category?: Category;
  flags?: Flag[];
  customerName?: string;
  customRules?: CustomRule[];
  /** Language of the messages (UI language); defaults to English. */
  uiLanguage?: Language;
  /** The company's own contacts (from settings): offering them is not a privacy problem. */
  ownContacts?: string[];
}

export interface DetectedReview {
  element: Element;
  text: string;
  author?: string;
  rating?: number;
  date?: string;
  /** Site id ("trustpilot", "google-maps", ... "schema-org", "generic"). */
  site: string;
  replyBox?: HTMLElement;
}
