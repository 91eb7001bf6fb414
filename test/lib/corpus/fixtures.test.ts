import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES, FLAGS, LANGUAGES, LINT_CLASSES } from '../../../lib/taxonomy.ts';

const fixturesDir = resolve(__dirname, '../../fixtures');

const reviewFields = {
  id: z.string().regex(/^(ru|uk|bg|en)-\d{4}$/),
  language: z.enum(LANGUAGES),
  text: z.string().min(5),
  author: z.string().min(1).optional(),
  rating: z.number().int().min(1).max(5).optional(),
  category: z.enum(CATEGORIES),
  flags: z.array(z.enum(FLAGS)).refine((flags) => new Set(flags).size === flags.length, 'duplicate flag'),
  source: z
    .string()
    .regex(/^corpus:(ru|uk|en)-[a-z]+-\d{4}$/)
    .optional(),
};
const reviewSchema = z.strictObject(reviewFields);
/** The outsiders' sets: written for them, so no `source`; ids `rv-<language>-NN` (the first set), `rv3-…`, `rv4-…`, `rv5-…`, `rv6-…`, `rv7-…`, `rv8-…` … `rv20-…`. */
const outsiderReviewSchema = z.strictObject({
  ...reviewFields,
  id: z.string().regex(/^rv\d*-(ru|uk|bg|en)-\d{2}$/),
  source: z.never().optional(),
});

const oneSentenceSchema = z.strictObject({
  id: z.string().regex(/^s-(ru|uk|bg|en|other)-\d{3}$/),
  language: z.enum([...LANGUAGES, 'other']),
  text: z.string().min(3),
});

const problemSchema = z.strictObject({
  class: z.enum(LINT_CLASSES),
  quote: z.string(),
});

const replySchema = z.strictObject({
  id: z.string().regex(/^(?:r|h|h[1-9]\d?)-(ru|uk|bg|en)-\d{2,3}$/),
  language: z.enum(LANGUAGES),
  text: z.string().min(10),
  context: z.strictObject({
    category: z.enum(CATEGORIES),
    flags: z.array(z.enum(FLAGS)),
    customerName: z.string().min(1).optional(),
  }),
  problems: z.array(problemSchema),
});

function readJsonl<T>(relativePath: string, schema: z.ZodType<T>): T[] {
  const raw = readFileSync(resolve(fixturesDir, relativePath), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`${relativePath}:${index + 1}: ${parsed.error.message}`);
      }
      return parsed.data;
    });
}

function countBy<T>(items: readonly T[], key: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

type Review = z.infer<typeof reviewSchema>;

/** The label rules of README.md that every labelled review set must follow. */
function itFollowsTheLabelRules(reviews: readonly Review[]): void {
  it('labels by precedence: a legal threat or staff rudeness outranks every later category', () => {
    const rank = (category: string): number => CATEGORIES.indexOf(category as (typeof CATEGORIES)[number]);
    const violations = reviews.filter((r) =>
      r.flags.some((flag) => (flag === 'legal_threat' || flag === 'staff_rudeness') && rank(flag) < rank(r.category)),
    );
    expect(violations.map((r) => r.id)).toEqual([]);
  });

  it('files a complaint from a long-time customer as loyal_customer unless a special case outranks it', () => {
    const violations = reviews.filter(
      (r) =>
        r.flags.includes('loyal_customer') &&
        !(['legal_threat', 'staff_rudeness', 'loyal_customer', 'not_negative'] as string[]).includes(r.category),
    );
    expect(violations.map((r) => r.id)).toEqual([]);
  });

  it('flags every legal_threat review with legal_threat', () => {
    expect(reviews.filter((r) => r.category === 'legal_threat' && !r.flags.includes('legal_threat')).map((r) => r.id)).toEqual([]);
  });
}

describe('test/fixtures/corpus/reviews.jsonl', () => {
  const reviews = readJsonl('corpus/reviews.jsonl', reviewSchema);

  it('has unique ids whose prefix is the language', () => {
    expect(duplicates(reviews.map((r) => r.id))).toEqual([]);
    expect(reviews.filter((r) => !r.id.startsWith(`${r.language}-`)).map((r) => r.id)).toEqual([]);
  });

  it('has no duplicated texts', () => {
    expect(duplicates(reviews.map((r) => r.text.trim().toLowerCase()))).toEqual([]);
  });

  it('has at least 360 reviews and 80 per language', () => {
    expect(reviews.length).toBeGreaterThanOrEqual(360);
    const perLanguage = countBy(reviews, (r) => [r.language]);
    for (const language of LANGUAGES) expect(perLanguage.get(language) ?? 0, language).toBeGreaterThanOrEqual(80);
  });

  it('uses every category at least 20 times overall and 4 times per language', () => {
    const overall = countBy(reviews, (r) => [r.category]);
    const perLanguage = countBy(reviews, (r) => [`${r.language}/${r.category}`]);
    for (const category of CATEGORIES) {
      expect(overall.get(category) ?? 0, category).toBeGreaterThanOrEqual(20);
      for (const language of LANGUAGES) {
        expect(perLanguage.get(`${language}/${category}`) ?? 0, `${language}/${category}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('represents the flags', () => {
    const flags = countBy(reviews, (r) => r.flags);
    expect(flags.get('legal_threat') ?? 0).toBeGreaterThanOrEqual(40);
    for (const flag of FLAGS) expect(flags.get(flag) ?? 0, flag).toBeGreaterThanOrEqual(15);
  });

  itFollowsTheLabelRules(reviews);

  it('takes at most a third of the reviews from the real corpus', () => {
    const fromCorpus = reviews.filter((r) => r.source !== undefined).length;
    expect(fromCorpus * 3).toBeLessThanOrEqual(reviews.length);
  });
});

describe('test/fixtures/corpus/outsider-reviews.jsonl', () => {
  const reviews = readJsonl('corpus/outsider-reviews.jsonl', outsiderReviewSchema);

  it('has unique ids whose prefix is the language, and no duplicated texts', () => {
    expect(duplicates(reviews.map((r) => r.id))).toEqual([]);
    expect(reviews.filter((r) => !r.id.includes(`-${r.language}-`)).map((r) => r.id)).toEqual([]);
    expect(duplicates(reviews.map((r) => r.text.trim().toLowerCase()))).toEqual([]);
  });

  it('has 1,000 reviews per language (twenty sets of 50), every category at least 3 times per language', () => {
    const perLanguage = countBy(reviews, (r) => [r.language]);
    for (const language of LANGUAGES) expect(perLanguage.get(language) ?? 0, language).toBe(1000);
    const perCategory = countBy(reviews, (r) => [`${r.language}/${r.category}`]);
    for (const category of CATEGORIES) {
      for (const language of LANGUAGES) {
        expect(perCategory.get(`${language}/${category}`) ?? 0, `${language}/${category}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  itFollowsTheLabelRules(reviews);
});

describe('test/fixtures/corpus/one-sentence.jsonl', () => {
  const sentences = readJsonl('corpus/one-sentence.jsonl', oneSentenceSchema);

  it('has unique ids and texts', () => {
    expect(duplicates(sentences.map((s) => s.id))).toEqual([]);
    expect(duplicates(sentences.map((s) => s.text.trim().toLowerCase()))).toEqual([]);
  });

  it('has at least 240 lines: 50 per language and 30 other', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(240);
    const perLanguage = countBy(sentences, (s) => [s.language]);
    for (const language of LANGUAGES) expect(perLanguage.get(language) ?? 0, language).toBeGreaterThanOrEqual(50);
    expect(perLanguage.get('other') ?? 0).toBeGreaterThanOrEqual(30);
  });

  it('keeps every line short: 3 to 20 words', () => {
    const outOfRange = sentences.filter((s) => wordCount(s.text) < 3 || wordCount(s.text) > 20);
    expect(outOfRange.map((s) => `${s.id} (${wordCount(s.text)})`)).toEqual([]);
  });
});

/**
 * The team's reply set and the holdouts written by outsiders who never saw the rules (each measured once
 * before anything was tuned on it): same format, same checks.
 */
describe.each([
  { file: 'replies/replies.jsonl', prefix: 'r', min: 320, perLanguage: 80 },
  { file: 'replies/holdout.jsonl', prefix: 'h', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-2.jsonl', prefix: 'h2', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-3.jsonl', prefix: 'h3', min: 120, perLanguage: 30 },
  { file: 'replies/holdout-4.jsonl', prefix: 'h4', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-5.jsonl', prefix: 'h5', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-6.jsonl', prefix: 'h6', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-7.jsonl', prefix: 'h7', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-8.jsonl', prefix: 'h8', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-9.jsonl', prefix: 'h9', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-10.jsonl', prefix: 'h10', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-11.jsonl', prefix: 'h11', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-12.jsonl', prefix: 'h12', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-13.jsonl', prefix: 'h13', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-14.jsonl', prefix: 'h14', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-15.jsonl', prefix: 'h15', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-16.jsonl', prefix: 'h16', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-17.jsonl', prefix: 'h17', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-18.jsonl', prefix: 'h18', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-19.jsonl', prefix: 'h19', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-20.jsonl', prefix: 'h20', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-21.jsonl', prefix: 'h21', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-22.jsonl', prefix: 'h22', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-23.jsonl', prefix: 'h23', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-24.jsonl', prefix: 'h24', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-27.jsonl', prefix: 'h27', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-28.jsonl', prefix: 'h28', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-29.jsonl', prefix: 'h29', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-30.jsonl', prefix: 'h30', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-31.jsonl', prefix: 'h31', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-32.jsonl', prefix: 'h32', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-47.jsonl', prefix: 'h47', min: 160, perLanguage: 40 },
  { file: 'replies/holdout-48.jsonl', prefix: 'h48', min: 160, perLanguage: 40 },
])('test/fixtures/$file', ({ file, prefix, min, perLanguage: minPerLanguage }) => {
  const replies = readJsonl(file, replySchema);
  const bad = replies.filter((r) => r.problems.length > 0);

  it('has unique ids whose prefix is the language', () => {
    expect(duplicates(replies.map((r) => r.id))).toEqual([]);
    expect(replies.filter((r) => !r.id.startsWith(`${prefix}-${r.language}-`)).map((r) => r.id)).toEqual([]);
  });

  it(`has at least ${min} replies, ${minPerLanguage} per language, about half of them good`, () => {
    expect(replies.length).toBeGreaterThanOrEqual(min);
    const perLanguage = countBy(replies, (r) => [r.language]);
    for (const language of LANGUAGES) expect(perLanguage.get(language) ?? 0, language).toBeGreaterThanOrEqual(minPerLanguage);
    const goodShare = (replies.length - bad.length) / replies.length;
    expect(goodShare).toBeGreaterThanOrEqual(0.4);
    expect(goodShare).toBeLessThanOrEqual(0.6);
  });

  it('quotes every problem as an exact substring of the reply; only structure may quote the whole reply', () => {
    const broken = bad.flatMap((r) =>
      r.problems
        .filter((p) => (p.quote === '' ? p.class !== 'structure' : !r.text.includes(p.quote)))
        .map((p) => `${r.id}:${p.class}:${p.quote}`),
    );
    expect(broken).toEqual([]);
  });

  it('plants every linter class except custom in every language', () => {
    const planted = countBy(bad, (r) => r.problems.map((p) => `${r.language}/${p.class}`));
    const classes = LINT_CLASSES.filter((c) => c !== 'custom');
    const missing = LANGUAGES.flatMap((language) =>
      classes.filter((c) => !planted.has(`${language}/${c}`)).map((c) => `${language}/${c}`),
    );
    expect(missing).toEqual([]);
  });

  it('plants liability only where the case is legal or a contract dispute', () => {
    const misplaced = bad.filter(
      (r) =>
        r.problems.some((p) => p.class === 'liability') &&
        !(['legal_threat', 'contract_dispute'] as string[]).includes(r.context.category) &&
        !r.context.flags.includes('legal_threat'),
    );
    expect(misplaced.map((r) => r.id)).toEqual([]);
  });
});

describe('test/fixtures/corpus/real-labels.jsonl', () => {
  const labelSchema = z.strictObject({
    id: z.string().regex(/^(ru|uk|en)-[a-z]+-\d{4}$/),
    category: z.enum(CATEGORIES),
    flags: z.array(z.enum(FLAGS)).refine((flags) => new Set(flags).size === flags.length, 'duplicate flag'),
    round: z.union([z.literal(2), z.literal(3)]).optional(),
  });
  const labels = readJsonl('corpus/real-labels.jsonl', labelSchema);

  it('labels each real review once, ids only (the corpus texts are not redistributable)', () => {
    expect(duplicates(labels.map((l) => l.id))).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(1500);
  });

  it('keeps round 2 as a holdout of 180 and labels a flag-decided category with its flag', () => {
    expect(labels.filter((l) => l.round === 2)).toHaveLength(180);
    const inconsistent = labels.filter(
      (l) => (['legal_threat', 'staff_rudeness', 'loyal_customer'] as string[]).includes(l.category) && !(l.flags as string[]).includes(l.category),
    );
    expect(inconsistent.map((l) => l.id)).toEqual([]);
  });
});
