/**
 * The tone model: for each reply language, a one-vs-rest logistic regression over a sentence's word stems and
 * neighbouring stem pairs, fitted by scripts/train-lint-model.ts on the labelled replies and the sentence bank of
 * test/fixtures/replies. Phrase rules name exact wordings; the model hears the many other ways of blaming, arguing
 * or brushing a customer off ("the instructions were on the box in three languages") and flags the sentence.
 */
import type { Language, LintClass } from '../taxonomy';
import type { Token } from '../text';
import bg from './model/bg.json';
import en from './model/en.json';
import ru from './model/ru.json';
import uk from './model/uk.json';

/** The classes the model reads: those said in words. Privacy, shouting and structure are checked in code. */
export const TONE_CLASSES = [
  'formal',
  'dry',
  'blame_customer',
  'blame_staff',
  'threat',
  'mockery',
  'condescension',
  'dismissive',
  'overpromise',
  'liability',
  'argue',
  'removal_request',
] as const satisfies readonly LintClass[];
export type ToneClass = (typeof TONE_CLASSES)[number];

/** Sparse weights of one feature: [classIndex, weight, classIndex, weight, ...]. */
type SparseWeights = number[];

/** The JSON written by the training script, one file per language. */
export interface ToneModelFile {
  classes: string[];
  /** Per class: flagged at this probability or above. */
  thresholds: number[];
  bias: number[];
  words: Record<string, SparseWeights>;
  /** First stem → second stem → weights. */
  pairs: Record<string, Record<string, SparseWeights>>;
}

export interface ToneModel {
  classes: readonly ToneClass[];
  thresholds: readonly number[];
  /** The thresholds as log-odds, compared with toneLogits without a sigmoid per class. */
  logitThresholds: readonly number[];
  bias: readonly number[];
  words: ReadonlyMap<string, SparseWeights>;
  pairs: ReadonlyMap<string, ReadonlyMap<string, SparseWeights>>;
}

const FILES: Record<Language, ToneModelFile> = { ru, uk, bg, en };
const NUMBER = /\d/;
/** Punctuation that carries tone: a rhetorical "?" and a pushy "!". */
const TONE_MARKS = new Set(['?', '!']);

/**
 * The features of a run of tokens: each word's stem (and "?" / "!"), and each pair of neighbouring word stems.
 * Numbers and other punctuation break a pair. Training and scoring both read features through this function.
 */
export function forEachToneFeature(tokens: readonly Token[], word: (stem: string) => void, pair: (first: string, second: string) => void): void {
  let previous: string | null = null;
  for (const t of tokens) {
    if (t.kind !== 'word' || NUMBER.test(t.stem)) {
      previous = null;
      if (t.kind === 'punct' && TONE_MARKS.has(t.norm)) word(t.norm);
      continue;
    }
    word(t.stem);
    if (previous !== null) pair(previous, t.stem);
    previous = t.stem;
  }
}

function isToneClass(value: string): value is ToneClass {
  return (TONE_CLASSES as readonly string[]).includes(value);
}

export function loadToneModel(file: ToneModelFile): ToneModel {
  const classes = file.classes.map((c) => {
    if (!isToneClass(c)) throw new Error(`tone model: unknown class "${c}"; retrain with scripts/train-lint-model.ts`);
    return c;
  });
  const pairs = new Map<string, Map<string, SparseWeights>>();
  for (const [first, seconds] of Object.entries(file.pairs)) pairs.set(first, new Map(Object.entries(seconds)));
  const logitThresholds = file.thresholds.map((t) => (t >= 1 ? Infinity : Math.log(t / (1 - t))));
  return { classes, thresholds: file.thresholds, logitThresholds, bias: file.bias, words: new Map(Object.entries(file.words)), pairs };
}

const loaded = new Map<Language, ToneModel>();

/** The shipped model of a reply language, unpacked on first use. */
export function toneModel(language: Language): ToneModel {
  let model = loaded.get(language);
  if (!model) {
    model = loadToneModel(FILES[language]);
    loaded.set(language, model);
  }
  return model;
}

/** Log-odds of each class of `model` for the sentence made of `tokens`. */
export function toneLogits(model: ToneModel, tokens: readonly Token[]): number[] {
  const z = [...model.bias];
  const add = (w: SparseWeights | undefined) => {
    if (!w) return;
    for (let i = 0; i < w.length; i += 2) z[w[i]!]! += w[i + 1]!;
  };
  forEachToneFeature(
    tokens,
    (stem) => add(model.words.get(stem)),
    (first, second) => add(model.pairs.get(first)?.get(second)),
  );
  return z;
}

/** Probability of each class of `model` for the sentence made of `tokens`. */
export function toneProbabilities(model: ToneModel, tokens: readonly Token[]): number[] {
  return toneLogits(model, tokens).map((v) => 1 / (1 + Math.exp(-v)));
}
