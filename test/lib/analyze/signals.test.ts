import { describe, expect, it } from 'vitest';
import { expandBraces } from '../../../lib/analyze/signal';
import { SIGNALS, signalsFor } from '../../../lib/analyze/signals';
import { LANGUAGES } from '../../../lib/taxonomy';

describe('signal lexicons', () => {
  it.each(LANGUAGES)('%s: every pattern compiles and ids are unique', (language) => {
    expect(() => signalsFor(language)).not.toThrow();
    const ids = SIGNALS[language].signals.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(LANGUAGES)('%s: has cues for every category and flag', (language) => {
    const labels = new Set(SIGNALS[language].signals.map((s) => s.label));
    for (const label of [
      'legal_threat', 'staff_rudeness', 'loyal_customer', 'delivery_problem', 'billing_problem', 'product_defect',
      'service_outage', 'unresponsive_support', 'contract_dispute', 'public_escalation', 'abusive_language',
      'customer_fault_possible', 'complaint', 'praise',
    ] as const) {
      expect(labels, label).toContain(label);
    }
    expect(SIGNALS[language].negators.size).toBeGreaterThan(0);
  });
});

describe('expandBraces', () => {
  it.each<[string, string[]]>([
    ['курьер ~3 опоздал', ['курьер ~3 опоздал']],
    ['заказ ~3 {не пришел|не приехал|потерял*}', ['заказ ~3 не пришел|приехал', 'заказ ~3 потерял*']],
    ['{вай фай|wi fi} ~3 не ловит', ['вай фай ~3 не ловит', 'wi fi ~3 не ловит']],
    ['{a|b} x {c d|e}', ['a|b x c d', 'a|b x e']],
  ])('%s', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected);
  });
});
