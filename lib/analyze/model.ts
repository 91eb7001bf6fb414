/**
 * The category model: a multinomial logistic regression over reviewFeatures, fitted by
 * scripts/train-classifier.ts on the team corpus and on hand-labelled real reviews. The lexicon alone reads
 * clear single-topic reviews well but misses the long, many-topic ones real customers write; the model
 * weighs the lexicon's scores together with the words of the review.
 */
import { CATEGORIES, type Category } from '../taxonomy';
import type { Vocabulary } from './features';
import weightsFile from './model/weights.json';

export interface CategoryModel {
  classes: readonly Category[];
  /** Feature → sparse weights: [classIndex, weight, classIndex, weight, ...]. "bias" applies to every review. */
  weights: Record<string, number[]>;
}

export const BIAS = 'bias';

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function loadModel(file: { classes: string[]; weights: Record<string, number[]> }): CategoryModel {
  const classes = file.classes.map((c) => {
    if (!isCategory(c)) throw new Error(`category model: unknown class "${c}"; retrain with scripts/train-classifier.ts`);
    return c;
  });
  return { classes, weights: file.weights };
}

export const CATEGORY_MODEL: CategoryModel = loadModel(weightsFile);

const WORD_OR_PAIR = /^([wb]):([a-z]+):(.+)$/;
const vocabularies = new WeakMap<CategoryModel, Map<string, Vocabulary>>();

/** The stems and stem pairs `model` has weights for in `language` (built once per model). */
export function modelVocabulary(model: CategoryModel, language: string): Vocabulary {
  let byLanguage = vocabularies.get(model);
  if (!byLanguage) {
    byLanguage = new Map();
    for (const name of Object.keys(model.weights)) {
      const m = WORD_OR_PAIR.exec(name);
      if (!m) continue;
      const [, kind, lang, rest] = m as unknown as [string, 'w' | 'b', string, string];
      let v = byLanguage.get(lang) as { words: Set<string>; pairs: Map<string, Set<string>> } | undefined;
      if (!v) byLanguage.set(lang, (v = { words: new Set(), pairs: new Map() }));
      if (kind === 'w') {
        v.words.add(rest);
        continue;
      }
      // Stems hold no "_" (they are letters of one word), so the first one splits a pair.
      const cut = rest.indexOf('_');
      const first = rest.slice(0, cut);
      v.pairs.set(first, (v.pairs.get(first) ?? new Set()).add(rest.slice(cut + 1)));
    }
    vocabularies.set(model, byLanguage);
  }
  return byLanguage.get(language) ?? EMPTY_VOCABULARY;
}

const EMPTY_VOCABULARY: Vocabulary = { words: new Set(), pairs: new Map() };

/** Probability of each class of `model` for a review with these features. */
export function categoryProbabilities(features: ReadonlyMap<string, number>, model: CategoryModel = CATEGORY_MODEL): number[] {
  const z = new Array<number>(model.classes.length).fill(0);
  const add = (name: string, value: number) => {
    const w = model.weights[name];
    if (!w) return;
    for (let i = 0; i < w.length; i += 2) z[w[i]!]! += w[i + 1]! * value;
  };
  add(BIAS, 1);
  for (const [name, value] of features) add(name, value);
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

/** The features that pushed the review towards `category` the most, strongest first. */
export function strongestFeatures(
  features: ReadonlyMap<string, number>,
  category: Category,
  limit: number,
  model: CategoryModel = CATEGORY_MODEL,
): string[] {
  const index = model.classes.indexOf(category);
  const scored: [string, number][] = [];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let i = 0; i < w.length; i += 2) if (w[i] === index && w[i + 1]! * value > 0) scored.push([name, w[i + 1]! * value]);
  }
  return scored.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([name]) => name);
}
