/**
 * The tone model's findings in one sentence: each class it hears at or above the class's threshold, in the sentence
 * and its neighbours, becomes a warning over the sentence, unless a phrase rule of that class already marked words
 * there (the rule's span and fixes say more).
 */
import type { Language } from '../taxonomy';
import type { Token } from '../text';
import type { Diagnostic, LintContext } from '../types';
import { insideAny, mayHaveQuotes, quoteSpans } from './quotes';
import type { LintRule, Message } from './rule';
import { inCases, LEGAL_CASES } from './rules/cases';
import { MESSAGES } from './rules/messages';
import { isSalutation, isSignature } from './sign-off';
import { TONE_CLASSES, toneLogits, type ToneClass, type ToneModel } from './tone-model';

/** Rule ids of the model's diagnostics: "model-blame-customer". */
export const MODEL_RULE_PREFIX = 'model-';

const ONLY_WHEN: Partial<Record<ToneClass, LintRule['onlyWhen']>> = { liability: LEGAL_CASES };

/** The seed advice behind each class, the same words the phrase rules of the class use. */
const CLASS_MESSAGES: Record<ToneClass, Message> = {
  formal: MESSAGES.bureaucratese,
  dry: MESSAGES.templateEmpathy,
  blame_customer: MESSAGES.blameCustomer,
  blame_staff: MESSAGES.blameStaff,
  threat: MESSAGES.threat,
  mockery: MESSAGES.mockery,
  condescension: MESSAGES.condescension,
  dismissive: MESSAGES.dismissive,
  overpromise: MESSAGES.overpromise,
  liability: MESSAGES.liability,
  argue: MESSAGES.argue,
  removal_request: MESSAGES.removalRequest,
};

export function toneClassApplies(toneClass: ToneClass, context: LintContext): boolean {
  return inCases(ONLY_WHEN[toneClass], context);
}

/** The sentence's words that are ours: words inside quotation marks are the customer's. */
function ownTokens(sentence: string, tokens: Token[], offset: number): Token[] {
  if (!mayHaveQuotes(tokens)) return tokens;
  const quotes = quoteSpans(sentence);
  if (quotes.length === 0) return tokens;
  return tokens.filter((t) => !insideAny(quotes, t.start - offset, t.end - offset));
}

/** ToneReading.logits of every sentence start as a copy of this array of doubles (readTone). */
const LOGITS_TEMPLATE: readonly number[] = new Array<number>(3 * TONE_CLASSES.length).fill(0.5);

/** What the tone model read in one sentence: enough to judge it once its neighbours are known (toneFindings). */
export interface ToneReading {
  sentence: string;
  /**
   * Per class, in three runs of the model's class count: the sentence's own log-odds, then what its words add to the
   * sentence after it, then to the one before it (toneLogits).
   */
  logits: number[];
  /** The sentence's diagnostics from the phrase rules and checks: a class they found is not repeated. */
  found: readonly Diagnostic[];
  /** Whether the sentence's own words decide against a class; asked only of a class the model hears. */
  settled: (toneClass: ToneClass) => boolean;
}

/**
 * `tokens` have offsets into a text in which `sentence` starts at `offset`. `found` are the sentence's diagnostics
 * so far. `settled`: whether the sentence's own words have already decided against a class, which the model's word
 * counts cannot see. Thanks for the review is dry only when the reply has nothing else ("Спасибо за ваш отзыв."
 * before a warm answer to praise), which the structure check judges; a promise declined ("I can't promise we'll
 * never …") is the honest limit, not an overpromise; a limit said in the same sentence as empathy or a next step
 * ("Unfortunately we can't take opened jars back, but we'll swap it for …") is explained, not brushed off. Held out
 * (h59, h60, h62, h63 left out of training), that last one took the model's false alarms on those sets' good replies
 * from 14 to 10 of 320 and found the same 632 of 689 problems.
 */
export function readTone(
  sentence: string,
  tokens: Token[],
  offset: number,
  model: ToneModel,
  found: readonly Diagnostic[],
  settled: (toneClass: ToneClass) => boolean = () => false,
): ToneReading | null {
  if (tokens.length === 0) return null;
  const own = ownTokens(sentence, tokens, offset);
  const heard = toneLogits(model, own);
  const { toNext, toPrevious } = model.scorer;
  const k = heard.length;
  // A plain array: a typed one this size gets a buffer outside the heap, which, once per sentence, cost a tenth of a lint.
  // Copied from an array of doubles, so it is one from the start: `new Array(n)` holds small integers until the first
  // double is stored, and changing its kind then cost more than the copy.
  const logits = LOGITS_TEMPLATE.slice();
  for (let c = 0; c < k; c++) {
    logits[c] = heard[c]!;
    logits[k + c] = toNext[c]!;
    logits[2 * k + c] = toPrevious[c]!;
  }
  return { sentence, logits, found, settled };
}

/**
 * The model's warnings on a sentence (null: one without tokens) heard between its neighbours' readings (null: no
 * sentence there, or one without tokens), each over the whole sentence without its surrounding spaces, offsets
 * relative to its start.
 */
export function toneFindings(
  reading: ToneReading | null,
  previous: ToneReading | null,
  next: ToneReading | null,
  model: ToneModel,
  context: LintContext,
  ui: Language,
): readonly Diagnostic[] {
  if (!reading) return NONE;
  // The shipped thresholds are for a sentence heard in its reply; one alone has only its own words, and needs even odds.
  const thresholds = previous || next ? model.logitThresholds : model.aloneLogitThresholds;
  let out: Diagnostic[] | null = null;
  for (let i = 0; i < model.classes.length; i++) {
    if (heardLogit(reading, previous, next, i) < thresholds[i]!) continue;
    const toneClass = model.classes[i]!;
    if (!judged(reading, toneClass, context)) continue;
    if (isSignOffLine(reading.sentence)) return NONE;
    out ??= [];
    out.push(modelFinding(reading.sentence, toneClass, ui));
  }
  return out ?? NONE;
}

/**
 * Below the shipped threshold, the probability at which the class the model hears most in a quiet sentence is still
 * shown once the reply has another warning. Blame, a brush-off or an argument rarely comes alone: in bad replies the
 * sentence next to one often carries another, which the model hears, but too faintly to flag in a reply that is
 * otherwise clean. Held out (h78–h85, never trained on): 1206 → 1222 of 1418 planted problems found; a good reply
 * without a warning stays without one, so no reply is newly flagged.
 */
const SECOND_LOOK = 0.1;
const SECOND_LOOK_LOGIT = Math.log(SECOND_LOOK / (1 - SECOND_LOOK));

/**
 * The second look at a sentence that has no warning of its own, in a reply that has one elsewhere: the class the model
 * hears most, if it reaches SECOND_LOOK. Only a sentence heard between neighbours: alone, a sentence keeps even odds.
 */
export function secondLook(
  reading: ToneReading | null,
  previous: ToneReading | null,
  next: ToneReading | null,
  model: ToneModel,
  context: LintContext,
  ui: Language,
): readonly Diagnostic[] {
  if (!reading || (!previous && !next)) return NONE;
  let top = -1;
  let best = SECOND_LOOK_LOGIT;
  for (let i = 0; i < model.classes.length; i++) {
    const logit = heardLogit(reading, previous, next, i);
    if (logit >= best) {
      best = logit;
      top = i;
    }
  }
  if (top < 0) return NONE;
  const toneClass = model.classes[top]!;
  if (!judged(reading, toneClass, context) || isSignOffLine(reading.sentence)) return NONE;
  return [modelFinding(reading.sentence, toneClass, ui)];
}

/** A class's log-odds for the sentence: its own words plus what its neighbours' words add (ToneReading.logits). */
function heardLogit(reading: ToneReading, previous: ToneReading | null, next: ToneReading | null, i: number): number {
  const k = reading.logits.length / 3;
  return reading.logits[i]! + (previous ? previous.logits[k + i]! : 0) + (next ? next.logits[2 * k + i]! : 0);
}

/** Whether a class the model hears stands: it applies to the case, and neither a rule nor the sentence's words settled it. */
function judged(reading: ToneReading, toneClass: ToneClass, context: LintContext): boolean {
  return toneClassApplies(toneClass, context) && !reading.found.some((d) => d.class === toneClass) && !reading.settled(toneClass);
}

/**
 * A signature names who writes and a salutation whom ("Dear Rachel,"), where the model, having learnt sentences, hears
 * a dry template or a pet name: both are read only as their neighbours' context (a bad salutation is a phrase rule's).
 */
function isSignOffLine(sentence: string): boolean {
  return isSignature(sentence) || isSalutation(sentence);
}

function modelFinding(sentence: string, toneClass: ToneClass, ui: Language): Diagnostic {
  return {
    rule: MODEL_RULE_PREFIX + toneClass.replaceAll('_', '-'),
    class: toneClass,
    severity: 'warning',
    start: sentence.length - sentence.trimStart().length,
    end: sentence.trimEnd().length,
    message: CLASS_MESSAGES[toneClass][ui],
    fixes: [],
  };
}

/** Most sentences: shared, so a clean sentence allocates nothing. */
const NONE: readonly Diagnostic[] = Object.freeze([]);
