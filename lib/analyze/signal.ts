/**
 * A review signal is data: a phrase pattern (lib/text pattern syntax) and what it is evidence of.
 * Each language has one file in ./signals/ built with `defineSignals`.
 */
import type { Category, Flag, Language } from '../taxonomy';

/** Categories and flags a phrase can point at, plus the tone of the review. */
export type SignalLabel =
  | Exclude<Category, 'general_complaint' | 'not_negative'>
  | Exclude<Flag, 'legal_threat' | 'staff_rudeness' | 'loyal_customer'>
  /** Court, lawyer or law named without a threat ("мне справка нужна для суда"): a threat only in a complaint. */
  | 'legal_mention'
  /** Generic negativity: "ужасно", "не рекомендую", "never again". */
  | 'complaint'
  /**
   * What a venue is like rather than what it sold: crowds, noise, queues, heat or cold, ads before the film, no
   * benches ("way too crowded", «25 минут рекламы»). No negativity by itself: the category model reads it as the
   * mark of a general complaint, which it otherwise takes for a product defect.
   */
  | 'ambience'
  /** The review asks for something to be fixed ("почините кондиционер", "please sort that out"): a complaint to handle, even among praise. */
  | 'fix_request'
  | 'praise'
  /** Irony that turns praise into complaint: "ну спасибо", "thanks for nothing". */
  | 'sarcasm'
  /**
   * Legal action declined ("судиться не будем", "няма да ходя до КЗП за 3 лева"), or said outright to be aimed
   * elsewhere ("делото не е срещу вас", "це окрема тема"): no legal cue of its sentence is a threat.
   */
  | 'legal_declined'
  /**
   * Legal words not aimed at the business ("заявление в полицию на вора", "удостоверение за съда по делото за
   * развода", "where is the FTC?", "should be illegal", "asking if I'm suing"): the legal cues it overlaps are no threat.
   */
  | 'legal_aside'
  /**
   * The writer was robbed or scammed by someone else ("позвонили мошенники", "someone used my card"): a police
   * report from there on in the review is about that crime, not a threat to the business.
   */
  | 'crime_victim'
  /**
   * Shouting or "kicked out" that is not the staff's: other guests or visitors shouting, "shout out to Sam",
   * an app that "kicks me out". The rudeness cues it overlaps are none.
   */
  | 'rudeness_aside';

/** The ordinary topics (seeds 001/003): a complaint no problem phrase names takes one from its topic words. */
export type Topic = 'delivery_problem' | 'billing_problem' | 'product_defect' | 'service_outage' | 'unresponsive_support';

export interface Signal {
  id: string;
  label: SignalLabel;
  pattern: string;
  weight: number;
  /**
   * A word of a topic's subject ("посылка", "refund", "додаток"), not of a problem: it says what a complaint
   * is about, never that there is one, so it is neither negated nor counted as a problem.
   */
  context?: true;
}

export interface LanguageSignals {
  language: Language;
  signals: Signal[];
  /** Words that negate what follows ("не", "never", "без"). Words ending in n't are negators in English. */
  negators: Set<string>;
  /** Words that end the reach of a negation ("но", "but", "если"). */
  scopeBreakers: Set<string>;
  /** "but" words: the complaint after one is the point of the review, the praise before it a concession. */
  contrastWords: Set<string>;
  /** Prefixes of intent words that a negator in front cancels after a phrase ("судиться я не собираюсь"). */
  intentPrefixes: string[];
}

/**
 * A pattern, or a pattern with its weight (1 by default). Besides the matcher syntax a signal may hold
 * one brace group of multi-word alternatives, `{не пришел|так и не} заказ`, expanded into one pattern each.
 */
export type SignalEntry = string | [pattern: string, weight: number];

const BRACES = /\{([^{}]*)\}/;

export function expandBraces(pattern: string): string[] {
  const m = BRACES.exec(pattern);
  if (!m) return [pattern];
  const [group, body] = m as unknown as [string, string];
  return mergeAlternatives(body.split('|').map((alt) => alt.trim()))
    .flatMap((alt) => expandBraces(pattern.replace(group, alt)))
    .map((p) => p.replace(/\s+/g, ' ').trim());
}

/**
 * Fewer patterns match faster: one-word alternatives become one `a|b` token, and alternatives that differ
 * only in their last word share the rest ("не пришел", "не приехал" → "не пришел|приехал").
 */
function mergeAlternatives(alternatives: string[]): string[] {
  const byHead = new Map<string, string[]>();
  for (const alt of alternatives) {
    const words = alt.split(/\s+/);
    const head = words.slice(0, -1).join(' ');
    const last = words.at(-1) ?? '';
    byHead.set(head, [...(byHead.get(head) ?? []), last]);
  }
  return [...byHead].map(([head, lasts]) => `${head} ${lasts.join('|')}`.trim());
}

/** What one topic word weighs: two different words of one topic, or one and a weak problem cue, decide it. */
const CONTEXT_WEIGHT = 0.5;

export function defineSignals(
  language: Language,
  lexicon: Partial<Record<SignalLabel, SignalEntry[]>>,
  words: { negators: string[]; scopeBreakers: string[]; contrastWords: string[]; intentPrefixes: string[] },
  topicWords: Record<Topic, string[]>,
): LanguageSignals {
  const signals: Signal[] = [];
  for (const [label, entries] of Object.entries(lexicon) as [SignalLabel, SignalEntry[]][]) {
    for (const entry of entries) {
      const [source, weight] = typeof entry === 'string' ? [entry, 1] : entry;
      for (const pattern of expandBraces(source)) {
        signals.push({ id: `${language}:${label}:${pattern}`, label, pattern, weight });
      }
    }
  }
  for (const [label, patterns] of Object.entries(topicWords) as [Topic, string[]][]) {
    for (const pattern of patterns.flatMap(expandBraces)) {
      signals.push({ id: `${language}:context:${label}:${pattern}`, label, pattern, weight: CONTEXT_WEIGHT, context: true });
    }
  }
  return {
    language,
    signals,
    negators: new Set(words.negators),
    scopeBreakers: new Set(words.scopeBreakers),
    contrastWords: new Set(words.contrastWords),
    intentPrefixes: words.intentPrefixes,
  };
}
