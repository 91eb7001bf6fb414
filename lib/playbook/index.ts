/** Playbooks: what the agent does before, in and after the reply, per category and flags (seeds 000–004). */
import type { Category, Flag, Language } from '../taxonomy';
import type { Analysis, ChecklistItem } from '../types';
import { CATEGORY_RULES, FLAG_RULES, NEGATIVE_BASE, type CaseRule } from './rules';
import { STEPS, type StepId } from './steps';
import { REPLY_PARTS, type EmpathyKind, type Forbidden, type Phase, type Playbook, type PlaybookStep, type ReplyPart } from './types';

export { SEED_COVERAGE } from './coverage';
export { STEPS } from './steps';
export type { EmpathyKind, Forbidden, Phase, Playbook, PlaybookStep, ReplyPart } from './types';
export { REPLY_PARTS } from './types';

const PHASE_ORDER: Record<Phase, number> = { before: 0, reply: 1, after: 2 };

/** Steps that make no sense once their kind of content is forbidden (no payout in reply to a legal threat). */
const STEPS_NEEDING: Partial<Record<Forbidden, StepId[]>> = {
  apology: ['apologize-for-fault'],
  compensation: ['compensate-fault', 'loyal-individual-offer'],
};

function empathyKind(category: Category, flags: readonly Flag[], forbidden: ReadonlySet<Forbidden>): EmpathyKind {
  if (category === 'not_negative') return 'thanks';
  if (category === 'legal_threat' || category === 'contract_dispute' || flags.includes('legal_threat')) return 'regret';
  return forbidden.has('apology') ? 'understanding' : 'apology';
}

/** Praise or a question has no complaint to handle, so complaint flags (e.g. "loyal") do not shape it. */
/**
 * Rudeness and legal threats are about our own conduct: there the reply apologises (rudeness) or stays
 * formal (legal), and "the cause may be on your side" would read as blame (seed 004: "не обвинять клиента";
 * seed 000: rudeness complaints are taken seriously), so that flag's rule steps aside.
 */
function flagsThatApply(category: Category, flags: readonly Flag[]): readonly Flag[] {
  const ownConduct = (['staff_rudeness', 'legal_threat'] as const).some((id) => category === id || flags.includes(id));
  return ownConduct ? flags.filter((flag) => flag !== 'customer_fault_possible') : flags;
}

export function getPlaybook(category: Category, flags: readonly Flag[]): Playbook {
  const complaint = category !== 'not_negative';
  const rules: CaseRule[] = [
    ...(complaint ? [NEGATIVE_BASE] : []),
    CATEGORY_RULES[category],
    ...(complaint ? flagsThatApply(category, flags).map((flag) => FLAG_RULES[flag]) : []),
  ];
  const forbidden = new Set(rules.flatMap((rule) => rule.mustNotContain ?? []));
  const dropped = new Set([...forbidden].flatMap((item) => STEPS_NEEDING[item] ?? []));
  const wanted = new Set(rules.flatMap((rule) => rule.steps).filter((id) => !dropped.has(id)));
  const parts = new Set(rules.flatMap((rule) => rule.mustContain ?? []));
  const steps: PlaybookStep[] = STEPS.filter((step) => wanted.has(step.id)).sort(
    (a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase],
  );
  return {
    category,
    flags: [...flags],
    steps,
    mustContain: REPLY_PARTS.filter((part): part is ReplyPart => parts.has(part) && !forbidden.has(part as Forbidden)),
    mustNotContain: [...forbidden],
    empathy: empathyKind(category, flags, forbidden),
  };
}

/** The playbook's steps as the side panel's checklist, in the UI language. */
export function checklistFor(analysis: Pick<Analysis, 'category' | 'flags'>, language: Language): ChecklistItem[] {
  return getPlaybook(analysis.category, analysis.flags).steps.map((step) => ({
    id: step.id,
    text: step.text[language],
    seed: step.seed,
    phase: step.phase,
    ...(step.blocking ? { blocking: true } : {}),
  }));
}
