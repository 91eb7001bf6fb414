/**
 * The tone model's findings in one sentence: each class it hears at or above the class's threshold becomes a warning
 * over the sentence, unless a phrase rule of that class already marked words there (the rule's span and fixes say more).
 */
import type { Language } from '../taxonomy';
import type { Token } from '../text';
import type { Diagnostic, LintContext } from '../types';
import { insideAny, quoteSpans } from './quotes';
import type { LintRule, Message } from './rule';
import { inCases, LEGAL_CASES } from './rules/cases';
import { MESSAGES } from './rules/messages';
import { isSignature } from './sign-off';
import { toneLogits, type ToneClass, type ToneModel } from './tone-model';

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
  const quotes = quoteSpans(sentence);
  if (quotes.length === 0) return tokens;
  return tokens.filter((t) => !insideAny(quotes, t.start - offset, t.end - offset));
}

/**
 * `tokens` have offsets into a text in which `sentence` starts at `offset`; the diagnostics' offsets are relative
 * to the sentence. `found` are the sentence's diagnostics so far. `settled`: whether the sentence's own words have
 * already decided against a class, which the model's word counts cannot see. Thanks for the review is dry only when
 * the reply has nothing else ("Спасибо за ваш отзыв." before a warm answer to praise), which the structure check
 * judges; a signature names who writes, where the model, having learnt sentences, hears a dry template; a promise
 * declined ("I can't promise we'll never …") is the honest limit, not an overpromise; a limit said in the same
 * sentence as empathy or a next step ("Unfortunately we can't take opened jars back, but we'll swap it for …") is
 * explained, not brushed off. Held out (h59, h60, h62, h63 left out of training), that last one took the model's
 * false alarms on those sets' good replies from 14 to 10 of 320 and found the same 632 of 689 problems.
 */
export function toneDiagnostics(
  sentence: string,
  tokens: Token[],
  offset: number,
  model: ToneModel,
  context: LintContext,
  ui: Language,
  found: readonly Diagnostic[],
  settled: (toneClass: ToneClass) => boolean = () => false,
): readonly Diagnostic[] {
  if (tokens.length === 0 || isSignature(sentence)) return NONE;
  const logits = toneLogits(model, ownTokens(sentence, tokens, offset));
  let out: Diagnostic[] | null = null;
  for (let i = 0; i < model.classes.length; i++) {
    const toneClass = model.classes[i]!;
    if (logits[i]! < model.logitThresholds[i]! || !toneClassApplies(toneClass, context)) continue;
    if (found.some((d) => d.class === toneClass) || settled(toneClass)) continue;
    out ??= [];
    out.push({
      rule: MODEL_RULE_PREFIX + toneClass.replaceAll('_', '-'),
      class: toneClass,
      severity: 'warning',
      start: sentence.length - sentence.trimStart().length,
      end: sentence.trimEnd().length,
      message: CLASS_MESSAGES[toneClass][ui],
      fixes: [],
    });
  }
  return out ?? NONE;
}

/** Most sentences: shared, so a clean sentence allocates nothing. */
const NONE: readonly Diagnostic[] = Object.freeze([]);
