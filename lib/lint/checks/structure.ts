/**
 * Whole-reply checks that use the case (seeds 000, 001, 002): the known name is used; a legal or escalated
 * case gets a private channel; a complaint gets empathy and a next step; "Спасибо за отзыв." alone, or with
 * nothing but dry clichés after it, is dry.
 * Only a reply long enough to be finished, or signed, is checked for missing parts, so typing is not nagged.
 */
import type { Category, Flag, Language } from '../../taxonomy';
import type { Diagnostic, LintContext } from '../../types';
import { SIGNAL_BIT } from '../compile';
import { capitalize } from '../fixes';
import { CHECK_MESSAGES, FIX_LABELS } from './messages';

/** A reply this long is checked for missing parts; a shorter one only once it ends like a finished sentence. */
const LONG_REPLY_CHARS = 80;
/** Shorter than this, a reply is still being written (the brief: do not nag at the first 30 characters). */
const MIN_FINISHED_CHARS = 30;
const BARE_THANKS_CHARS = 60;
const ENDS_FINISHED = /[.!?…)»"”\p{Extended_Pictographic}]$/u;

const PRIVATE_CHANNEL_CATEGORIES: Category[] = ['legal_threat', 'contract_dispute'];
const PRIVATE_CHANNEL_FLAGS: Flag[] = ['legal_threat', 'public_escalation', 'staff_rudeness'];

export interface ReplyFacts {
  /** Bitmask of SIGNAL_BIT over all sentences. */
  signals: number;
  mentionsName: boolean;
  offersContact: boolean;
  /** Span of the first sentence, where a greeting goes. */
  firstSentence: { start: number; end: number };
  /** Every sentence thanks for the review or is a dry cliché (only worked out when no sentence shows empathy or a step). */
  onlyThanksAndClichés: boolean;
  /** Spans of the sentences that thank for the review. */
  thanks: { start: number; end: number }[];
  /** Where the reply's sign-off starts ("Regards,\nNordNode Hosting"), or the text's length. */
  signedAt: number;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function structure(text: string, facts: ReplyFacts, context: LintContext, ui: Language): Diagnostic[] {
  const trimmedEnd = text.trimEnd().length;
  const start = text.length - text.trimStart().length;
  const has = (bit: number) => (facts.signals & bit) !== 0;
  const out: Diagnostic[] = [];
  const whole = (rule: string, cls: Diagnostic['class'], message: string): Diagnostic => ({
    rule,
    class: cls,
    severity: 'warning',
    start,
    end: trimmedEnd,
    message,
    fixes: [],
  });

  const length = trimmedEnd - start;
  const signed = facts.signedAt < trimmedEnd;
  const bodyLength = signed ? text.slice(0, facts.signedAt).trimEnd().length - start : length;
  const bareThanks =
    bodyLength > 0 &&
    (bodyLength <= BARE_THANKS_CHARS || facts.onlyThanksAndClichés) &&
    has(SIGNAL_BIT.thanksForReview) &&
    !has(SIGNAL_BIT.empathy) &&
    !has(SIGNAL_BIT.nextStep);
  if (bareThanks) out.push(whole('dry-thanks-only', 'dry', CHECK_MESSAGES.dryThanksOnly[ui]));
  // A reply made only of clichés is a finished answer however short: "Noted, thanks.", «Информацию получили.»
  const endsFinished = ENDS_FINISHED.test(text.slice(0, trimmedEnd));
  const finished =
    signed || length >= LONG_REPLY_CHARS || (endsFinished && (length >= MIN_FINISHED_CHARS || facts.onlyThanksAndClichés)) || bareThanks;
  if (!finished) return out;

  const name = context.customerName?.trim().split(/\s+/)[0];
  if (name && !facts.mentionsName) {
    const first = facts.firstSentence;
    const sentence = text.slice(first.start, first.end);
    out.push({
      rule: 'structure-name',
      class: 'structure',
      severity: 'warning',
      start: first.start,
      end: first.end,
      message: CHECK_MESSAGES.structureName[ui],
      fixes: [{ label: FIX_LABELS.addName[ui], replacement: `${capitalize(name)}, ${lowerFirst(sentence)}` }],
    });
  }
  const needsPrivate =
    (context.category !== undefined && PRIVATE_CHANNEL_CATEGORIES.includes(context.category)) ||
    (context.flags ?? []).some((f) => PRIVATE_CHANNEL_FLAGS.includes(f));
  if (needsPrivate && !facts.offersContact && !has(SIGNAL_BIT.privateChannel)) {
    out.push(whole('structure-private-channel', 'structure', CHECK_MESSAGES.structurePrivateChannel[ui]));
  }
  const complaint = context.category !== undefined && context.category !== 'not_negative';
  // In a legal case an apology can read as an admission (seed 000 §2): the private channel is what matters.
  const legal = context.category === 'legal_threat' || (context.flags ?? []).includes('legal_threat');
  if (complaint && !legal && !has(SIGNAL_BIT.empathy)) {
    const missing = whole('structure-empathy', 'structure', CHECK_MESSAGES.structureEmpathy[ui]);
    // In a contract dispute the agency apologises when its people erred, and stays neutral until the facts are in
    // (seed 004); only the agent knows which, so it is a hint there.
    if (context.category === 'contract_dispute') missing.severity = 'info';
    out.push(missing);
    // Without a word of empathy anywhere, "thank you for your feedback" is the template, not gratitude (seeds 001, 002).
    if (!bareThanks && missing.severity !== 'info') {
      for (const t of facts.thanks) out.push({ ...whole('dry-thanks-template', 'dry', CHECK_MESSAGES.dryThanksTemplate[ui]), start: t.start, end: t.end });
    }
  }
  if (complaint && !has(SIGNAL_BIT.nextStep) && !has(SIGNAL_BIT.privateChannel) && !facts.offersContact) {
    out.push(whole('structure-next-step', 'structure', CHECK_MESSAGES.structureNextStep[ui]));
  }
  return out;
}
