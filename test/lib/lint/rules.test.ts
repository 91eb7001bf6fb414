/** Hygiene of the rule data of every language present: shape, ids, seeds, classes, and each rule's own examples. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRules, lintReply, rulesByLanguage } from '../../../lib/lint';
import { lintEnv, lintSegments } from '../../../lib/lint/engine';
import type { LintRule } from '../../../lib/lint';
import { SIGNAL_KINDS, signalsByLanguage } from '../../../lib/lint/signals/index';
import { normalizeWord, stem } from '../../../lib/text';
import { parsePattern } from '../../../lib/text/pattern';
import { CATEGORIES, FLAGS, LANGUAGES, LINT_CLASSES, SEED_FILES, type Language } from '../../../lib/taxonomy';
import type { LintContext } from '../../../lib/types';

const message = z.object({ en: z.string().min(10), ru: z.string().min(10), uk: z.string().min(10), bg: z.string().min(10) });
const ruleSchema = z.strictObject({
  id: z.string().regex(/^(ru|uk|bg|en)-[a-z0-9]+(-[a-z0-9]+)*$/),
  class: z.enum(LINT_CLASSES),
  severity: z.enum(['error', 'warning', 'info']),
  patterns: z.array(z.string().min(1)).min(1),
  message,
  replacements: z.array(z.string()).optional(),
  seed: z.enum(SEED_FILES),
  onlyWhen: z
    .strictObject({ categories: z.array(z.enum(CATEGORIES)).optional(), flags: z.array(z.enum(FLAGS)).optional() })
    .optional(),
  unlessNext: z.array(z.string().min(1)).optional(),
  unlessPrevious: z.array(z.string().min(1)).optional(),
  hintWithoutName: z.boolean().optional(),
  examples: z.array(z.string().min(1)).min(1),
  allows: z.array(z.string().min(1)).optional(),
});

/** Rule ids that fire anywhere in `text`, before overlapping diagnostics are merged. */
function firingRules(text: string, context: LintContext & { language: Language }): string[] {
  const { results } = lintSegments(text, context.language, lintEnv(context.language, context));
  return results.flatMap((r) => r.diagnostics.map((d) => d.rule));
}

const ruleIds = new Set(allRules.map((r) => r.id));

/** The case in which a rule applies: its own onlyWhen condition. */
function contextFor(rule: LintRule, language: Language): LintContext & { language: Language } {
  return { language, category: rule.onlyWhen?.categories?.[0], flags: rule.onlyWhen?.flags };
}

describe('lint rule data', () => {
  it('has rules for every language with a rule set', () => {
    for (const language of LANGUAGES) expect(Array.isArray(rulesByLanguage[language])).toBe(true);
    expect(rulesByLanguage.en.length).toBeGreaterThan(20);
    expect(rulesByLanguage.ru.length).toBeGreaterThan(20);
  });

  it('parses every rule with the schema', () => {
    for (const rule of allRules) {
      const parsed = ruleSchema.safeParse(rule);
      expect(parsed.success, `${rule.id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('has unique ids, prefixed by their language', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const language of LANGUAGES) {
      for (const rule of rulesByLanguage[language]) expect(rule.id.startsWith(`${language}-`), rule.id).toBe(true);
    }
  });

  it('cites seed files that exist', () => {
    for (const seed of new Set(allRules.map((r) => r.seed))) {
      expect(existsSync(join(import.meta.dirname, '../../../../shared/seeds', seed)), seed).toBe(true);
    }
  });

  it('keeps liability to legal threats and contract disputes', () => {
    for (const rule of allRules.filter((r) => r.class === 'liability')) {
      expect(rule.onlyWhen?.categories ?? []).toEqual(expect.arrayContaining(['legal_threat', 'contract_dispute']));
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      for (const rule of rulesByLanguage[language]) {
        it(`${rule.id} flags its examples and no rule flags its allows`, () => {
          const context = contextFor(rule, language);
          for (const example of rule.examples) {
            expect(firingRules(example, context), example).toContain(rule.id);
          }
          for (const allowed of rule.allows ?? []) {
            const flagged = lintReply(allowed, context).filter((d) => ruleIds.has(d.rule) && d.severity !== 'info');
            expect(flagged.map((d) => `${d.rule}: ${allowed.slice(d.start, d.end)}`), allowed).toEqual([]);
          }
        });
      }
    });
  }
});

/** Every pattern the linter ships, with where it comes from. */
function shippedPatterns(language: Language): { source: string; pattern: string }[] {
  return [
    ...rulesByLanguage[language].flatMap((r) => r.patterns.map((pattern) => ({ source: r.id, pattern }))),
    ...SIGNAL_KINDS.flatMap((kind) => signalsByLanguage[language][kind].map((pattern) => ({ source: `signal ${kind}`, pattern }))),
  ];
}

/** One- and two-letter words of the labelled fixtures, per language: "ви", "не", "ни", "we". */
function shortWords(language: Language): Set<string> {
  const fixtures = join(import.meta.dirname, '../../fixtures');
  const out = new Set<string>();
  for (const file of ['replies/replies.jsonl', 'corpus/reviews.jsonl']) {
    for (const line of readFileSync(join(fixtures, file), 'utf8').split('\n')) {
      if (!line.includes(`"language": "${language}"`)) continue;
      for (const w of line.match(/(?<![\p{L}\\])\p{L}{1,2}(?!\p{L})/gu) ?? []) out.add(normalizeWord(w));
    }
  }
  return out;
}

describe('lint patterns', () => {
  it('all parse (a pattern with unsupported syntax would fail here, not silently never match)', () => {
    const broken: string[] = [];
    for (const language of LANGUAGES) {
      for (const { source, pattern } of shippedPatterns(language)) {
        try {
          parsePattern(pattern, language);
        } catch (e) {
          broken.push(`${source}: ${(e as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('write a word as =form when its stem is a short word of its own ("вина" stems to "ви", "нито" to "ни")', () => {
    const clashes: string[] = [];
    for (const language of LANGUAGES) {
      const short = shortWords(language);
      for (const { source, pattern } of shippedPatterns(language)) {
        for (const alt of pattern.split(/[\s|]+/).map((a) => a.replace(/\?$/, ''))) {
          if (!/^\p{L}+$/u.test(alt) || alt.length <= 2) continue;
          const s = stem(normalizeWord(alt), language);
          if (s.length <= 2 && short.has(s)) clashes.push(`${source}: "${alt}" stems to "${s}"`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never spell a multi-word alternative with spaces ("не нужно|не надо" is "не", "нужно|не", "надо": it never matches)', () => {
    const suspicious: string[] = [];
    for (const language of LANGUAGES) {
      for (const { source, pattern } of shippedPatterns(language)) {
        const pieces = pattern.split(/\s+/);
        for (let i = 1; i < pieces.length; i++) {
          const alternatives = pieces[i]!.split('|');
          if (alternatives.length > 1 && alternatives.slice(1).includes(pieces[i - 1]!)) suspicious.push(`${source}: ${pattern}`);
        }
      }
    }
    expect(suspicious).toEqual([]);
  });

  it('list unlessNext and unlessPrevious words as single lowercase words (they are compared with one token)', () => {
    for (const rule of allRules) {
      for (const word of [...(rule.unlessNext ?? []), ...(rule.unlessPrevious ?? [])]) expect(normalizeWord(word), rule.id).toMatch(/^\p{L}+(?:'\p{L}+)?$/u);
    }
  });
});
