import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReview, analyzeReviewLexicon, featuresOf, readReview } from '../../../lib/analyze';
import { decide } from '../../../lib/analyze/decide';
import { CATEGORY_MODEL, categoryProbabilities, modelVocabulary, strongestFeatures } from '../../../lib/analyze/model';
import { CATEGORIES, type Category } from '../../../lib/taxonomy';

const corpus = readFileSync(join(import.meta.dirname, '../../fixtures/corpus/reviews.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; rating?: number; category: Category });

describe('category model', () => {
  it('ships weights for the taxonomy categories, with class indices in range', () => {
    expect(CATEGORY_MODEL.classes).toEqual(CATEGORIES);
    for (const weights of Object.values(CATEGORY_MODEL.weights)) {
      expect(weights.length % 2).toBe(0);
      for (let i = 0; i < weights.length; i += 2) expect(weights[i]).toBeLessThan(CATEGORIES.length);
    }
  });

  it('matches the current features: it still fits the team corpus it was trained on (retrain with npm run train)', () => {
    const right = corpus.filter((r) => analyzeReview({ text: r.text, rating: r.rating }).category === r.category).length;
    expect(right / corpus.length).toBeGreaterThan(0.95);
  });

  it('has weights only for kinds of features the reviews still produce (stems, stem pairs, lexicon scores, rating)', () => {
    const kindOf = (name: string) => name.replace(/^([a-z]+:)(?:[a-z]+:)?.*$/, '$1');
    const produced = new Set(corpus.flatMap((r) => [...featuresOf(readReview({ text: r.text, rating: r.rating })).keys()].map(kindOf)));
    const weighted = new Set(Object.keys(CATEGORY_MODEL.weights).filter((name) => name !== 'bias').map(kindOf));
    expect([...weighted].sort()).toEqual([...produced].sort());
  });

  it('decides the same from only the stems it has weights for as from every stem of the review', () => {
    const vocabulary = (language: string) => modelVocabulary(CATEGORY_MODEL, language);
    let [knownTotal, allTotal] = [0, 0];
    for (const r of corpus.slice(0, 120)) {
      const reading = readReview({ text: r.text, rating: r.rating });
      const known = featuresOf(reading, vocabulary);
      const all = featuresOf(reading);
      // A short review may have only stems the model knows; over the sample the vocabulary must drop some.
      expect(known.size).toBeLessThanOrEqual(all.size);
      knownTotal += known.size;
      allTotal += all.size;
      const [p, q] = [categoryProbabilities(known), categoryProbabilities(all)];
      p.forEach((v, i) => expect(v).toBeCloseTo(q[i]!, 12));
    }
    expect(knownTotal).toBeLessThan(allTotal);
  });

  it('gives probabilities that sum to one', () => {
    const features = featuresOf(readReview({ text: 'Заказ так и не привезли, деньги не вернули.', rating: 1 }));
    const p = categoryProbabilities(features);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

describe('verdict: lexicon rules and the model together', () => {
  it('keeps a legal threat whatever the words say otherwise, with the threat as evidence', () => {
    const text = 'Доставка опоздала на неделю, курьер не отвечал. Если до пятницы не вернёте деньги, подаю в суд.';
    const a = analyzeReview({ text, rating: 1 });
    expect(a.category).toBe('legal_threat');
    expect(a.flags).toContain('legal_threat');
    expect(a.evidence.some((e) => e.label === 'legal_threat' && text.slice(e.start, e.end).includes('суд'))).toBe(true);
  });

  it('lets a rudeness flag decide the category by precedence (000 §1)', () => {
    const a = analyzeReview({ text: 'Посылку привезли на три дня позже, а курьер ещё и нахамил, когда я спросила почему.', rating: 1 });
    expect(a.category).toBe('staff_rudeness');
    expect(a.flags).toContain('staff_rudeness');
  });

  it('shows the words that decided a category no lexicon phrase names', () => {
    const reading = readReview({ text: 'Ipoteka: third month the insurance premium is debited twice, overdraft fees keep piling up.', rating: 1 });
    // Pretend the lexicon saw nothing, so the model's own evidence is needed.
    const lexicon = { ...reading.lexicon, flags: [], evidence: [] };
    const verdict = decide({ ...reading, lexicon });
    expect(verdict.category).toBe('billing_problem');
    const words = verdict.evidence.map((e) => reading.text.slice(e.start, e.end).toLowerCase());
    expect(words.length).toBeGreaterThan(0);
    expect(verdict.evidence.every((e) => e.label === 'billing_problem')).toBe(true);
    expect(strongestFeatures(featuresOf(reading), 'billing_problem', 10)).toEqual(expect.arrayContaining(words.map((w) => expect.stringContaining(w.slice(0, 3)))));
  });

  it('drops complaint-handling flags from praise', () => {
    const a = analyzeReview({ text: 'Пять лет покупаю у вас технику, всё всегда отлично, спасибо команде!', rating: 5 });
    expect(a.category).toBe('not_negative');
    expect(a.flags).not.toContain('public_escalation');
    expect(a.flags).not.toContain('customer_fault_possible');
  });

  it('gives page code the same case without the model: language, legal threat, flags and name agree', () => {
    const input = { text: 'Третью неделю не возвращаете деньги. Если до пятницы не будет возврата, иду в суд. Анна К.', rating: 1 };
    const full = analyzeReview(input);
    const light = analyzeReviewLexicon(input);
    expect(light.category).toBe('legal_threat');
    expect({ ...light, confidence: 0 }).toEqual({ ...full, confidence: 0 });
  });
});
