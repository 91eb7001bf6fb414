/**
 * Fitting the linear sentence models of lib/lint (the tone model, the signal model): one-vs-rest logistic regression
 * over the features forEachToneFeature reads, with an L2 penalty, full-batch Adam from zero weights (deterministic).
 */
import { forEachToneFeature, stemPrefix, type Side, type ToneModelFile } from '../lib/lint/tone-model';
import type { Token } from '../lib/text';

const PAIR_SEPARATOR = ' ';
const LEARNING_RATE = 0.1;
/** Sentences a stem or pair must occur in to get a weight. */
const MIN_DOCS = 2;
const PRUNE_BELOW = 0.05;

export interface TrainingSentence {
  features: Map<string, number>;
  labels: ReadonlySet<string>;
  /** A copy of another example's sentence (without its neighbours): not counted again towards MIN_DOCS. */
  copy?: boolean;
}

export interface FitOptions {
  l2: number;
  epochs: number;
}

/** A sentence's features by name: "стем", "~стем" (a long stem's start), "стем стем" (a pair). */
export function featuresOf(tokens: readonly Token[]): Map<string, number> {
  const f = new Map<string, number>();
  const add = (name: string) => f.set(name, (f.get(name) ?? 0) + 1);
  forEachToneFeature(tokens, { word: add, prefix: (stem) => add(stemPrefix(stem)), pair: (a, b) => add(a + PAIR_SEPARATOR + b) });
  return f;
}

/**
 * The words of a neighbouring sentence as features of the sentence beside it: "<стем" (the sentence before) or
 * ">стем" (after), each once however often it occurs, as the tone model adds them (toneLogits).
 */
export function addNeighbourFeatures(features: Map<string, number>, tokens: readonly Token[], side: Side): void {
  forEachToneFeature(tokens, { word: (stem) => features.set(side + stem, 1), prefix: () => {}, pair: () => {} });
}

export function fitLinearModel(examples: readonly TrainingSentence[], classes: readonly string[], thresholds: number[], { l2, epochs }: FitOptions): ToneModelFile {
  const K = classes.length;
  const docs = new Map<string, number>();
  for (const e of examples) if (!e.copy) for (const name of e.features.keys()) docs.set(name, (docs.get(name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, n] of docs) if (n >= MIN_DOCS) index.set(name, index.size + 1);
  // The examples' features as one sparse matrix: row i's features are at [rowStart[i], rowStart[i + 1]).
  const rowStart = new Int32Array(examples.length + 1);
  const featureIndex: number[] = [];
  const featureValue: number[] = [];
  examples.forEach((e, i) => {
    for (const [name, x] of e.features) {
      const j = index.get(name);
      if (j === undefined) continue;
      featureIndex.push(j);
      featureValue.push(x);
    }
    rowStart[i + 1] = featureIndex.length;
  });
  const cols = Int32Array.from(featureIndex);
  const values = Float64Array.from(featureValue);
  const N = examples.length;
  const gold = examples.map((e) => classes.map((c) => (e.labels.has(c) ? 1 : 0)));
  // Row 0 of w is the bias.
  const w = new Float64Array((index.size + 1) * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(w.length);
    for (let i = 0; i < N; i++) {
      const [from, to] = [rowStart[i]!, rowStart[i + 1]!];
      for (let c = 0; c < K; c++) {
        let z = w[c]!;
        for (let f = from; f < to; f++) z += w[cols[f]! * K + c]! * values[f]!;
        const g = (1 / (1 + Math.exp(-z)) - gold[i]![c]!) / N;
        grad[c]! += g;
        for (let f = from; f < to; f++) grad[cols[f]! * K + c]! += g * values[f]!;
      }
    }
    const [mCorrection, vCorrection] = [1 - 0.9 ** epoch, 1 - 0.999 ** epoch];
    for (let p = 0; p < w.length; p++) {
      const g = grad[p]! + (p >= K ? l2 * w[p]! : 0);
      m[p] = 0.9 * m[p]! + 0.1 * g;
      v[p] = 0.999 * v[p]! + 0.001 * g * g;
      w[p]! -= (LEARNING_RATE * (m[p]! / mCorrection)) / (Math.sqrt(v[p]! / vCorrection) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const file: ToneModelFile = { classes: [...classes], thresholds, bias: classes.map((_, c) => round(w[c]!)), vocabulary: [], rows: [], wordRows: [], pairRows: [] };
  const vocabulary = new Map<string, number>();
  const indexOf = (stem: string) => {
    let i = vocabulary.get(stem);
    if (i === undefined) {
      i = vocabulary.size;
      vocabulary.set(stem, i);
      file.vocabulary.push(stem);
      file.wordRows.push(-1);
    }
    return i;
  };
  for (const [name, j] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = classes.map((_, c) => round(w[j * K + c]!)).map((x) => (Math.abs(x) >= PRUNE_BELOW ? x : 0));
    if (row.every((x) => x === 0)) continue;
    const rowIndex = file.rows.length / K;
    file.rows.push(...row);
    const [first, second] = name.split(PAIR_SEPARATOR) as [string, string | undefined];
    if (second === undefined) file.wordRows[indexOf(first)] = rowIndex;
    else file.pairRows.push(indexOf(first), indexOf(second), rowIndex);
  }
  return file;
}
