/** Every seed recommendation maps to a step, every step to a recommendation, every quote to its seed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEED_COVERAGE, STEPS } from '../../../lib/playbook/index';
import { LANGUAGES, SEED_FILES } from '../../../lib/taxonomy';

const SEEDS_DIR = join(__dirname, '../../../../shared/seeds');
const squash = (text: string) => text.replace(/\s+/g, ' ');

const StepSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  phase: z.enum(['before', 'reply', 'after']),
  blocking: z.literal(true).optional(),
  seed: z.enum(SEED_FILES),
  text: z.strictObject(Object.fromEntries(LANGUAGES.map((language) => [language, z.string().min(20)]))),
});

describe('playbook steps', () => {
  it('are valid data with unique ids and a text in every language', () => {
    for (const step of STEPS) expect(StepSchema.safeParse(step).error?.issues ?? []).toEqual([]);
    const ids = STEPS.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('SEED_COVERAGE', () => {
  const seedText = Object.fromEntries(SEED_FILES.map((file) => [file, squash(readFileSync(join(SEEDS_DIR, file), 'utf8'))]));
  const stepIds = new Set<string>(STEPS.map((step) => step.id));

  it('quotes each recommendation verbatim from its seed file', () => {
    const missing = SEED_COVERAGE.filter((entry) => !seedText[entry.seed]?.includes(squash(entry.quote)));
    expect(missing.map((entry) => `${entry.seed}: ${entry.quote}`)).toEqual([]);
  });

  it('maps every recommendation to existing steps', () => {
    for (const entry of SEED_COVERAGE) {
      expect(entry.steps.length, entry.quote).toBeGreaterThan(0);
      for (const id of entry.steps) expect(stepIds.has(id), `${id} (${entry.quote})`).toBe(true);
    }
  });

  it('references every step, so no step lacks a source', () => {
    const referenced = new Set(SEED_COVERAGE.flatMap((entry) => entry.steps));
    expect(STEPS.map((step) => step.id).filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('draws on all five seed articles', () => {
    expect(new Set(SEED_COVERAGE.map((entry) => entry.seed))).toEqual(new Set(SEED_FILES));
  });

  it('covers the must-nots of seed 004 one by one', () => {
    const mustNots = ['Угрожать клиенту', 'Нападать на него', 'Принимать на себя вину', 'Обвинять клиента', 'Осуждать сотрудников', 'Насмехаться над клиентом', 'Сюсюкать с ним'];
    for (const rule of mustNots) expect(SEED_COVERAGE.some((entry) => entry.quote.startsWith(rule)), rule).toBe(true);
  });
});
