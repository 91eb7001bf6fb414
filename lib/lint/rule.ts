/**
 * A lint rule is data plus its own examples (../shared/STYLE.md §2). Rule files live in
 * lib/lint/rules/<language>/<class>.ts and export `rules: LintRule[]`.
 */
import type { Category, Flag, LintClass, SeedFile } from '../taxonomy';
import type { Severity } from '../types';

/** A message in every UI language. */
export interface Message {
  en: string;
  ru: string;
  uk: string;
  bg: string;
}

export interface LintRule {
  /** Unique, kebab-case, prefixed by language: "ru-formal-obrashchenie-zaregistrirovano". */
  id: string;
  class: LintClass;
  severity: Severity;
  /**
   * Phrase patterns in the shared pattern syntax, documented in lib/text/pattern.ts; any one matching fires
   * the rule. Plain words match every inflection (same stem), `word*` matches a prefix, `=word` the exact form,
   * `a|b` one-word alternatives, `word?` an optional word, `~N` up to N words in between, `#` a number,
   * `^` / `$` the sentence's start / end. Unsupported syntax throws a PatternError.
   */
  patterns: string[];
  /** Why it is wrong, citing the seed advice; shown in the UI language. */
  message: Message;
  /** Rewrites offered as fixes; "" removes the matched phrase. */
  replacements?: string[];
  seed: SeedFile;
  /**
   * Words that, right after the match, make it something else: "такое бывает, когда…" explains a cause,
   * it does not brush the problem off. Compared with the normalized word (lowercase, ё→е).
   */
  unlessNext?: string[];
  /** Words that, right before the match, make it something else: "нам варто було уточнити" owns the mistake. */
  unlessPrevious?: string[];
  /**
   * A hint instead of its severity when the review gave no name: "Dear customer" is impersonal when the reply could
   * use the customer's name (seed 001), and one of few ways to begin when it could not.
   */
  hintWithoutName?: boolean;
  /** Only in these cases (e.g. liability: legal_threat / contract_dispute). */
  onlyWhen?: { categories?: Category[]; flags?: Flag[] };
  /** Text that must be flagged by this rule. At least one. */
  examples: string[];
  /** Text that must stay clean (false alarms we guard against). */
  allows?: string[];
}
