/** Cases some rules apply to only. */
import type { LintContext } from '../../types';
import type { LintRule } from '../rule';

/** Liability matters only where the customer threatens legal action or disputes a contract (taxonomy.md). */
export const LEGAL_CASES = { categories: ['legal_threat', 'contract_dispute'], flags: ['legal_threat'] } satisfies LintRule['onlyWhen'];

/** Whether a rule limited to `when` applies in `context`; a rule without limits always does. */
export function inCases(when: LintRule['onlyWhen'], context: LintContext): boolean {
  if (!when) return true;
  if (context.category !== undefined && when.categories?.includes(context.category)) return true;
  return (context.flags ?? []).some((f) => when.flags?.includes(f) ?? false);
}
