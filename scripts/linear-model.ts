/**
 * Fitting the linear sentence models of lib/lint (the tone model, the signal model): one-vs-rest logistic regression
 * over the features forEachToneFeature reads, with an L2 penalty, full-batch Adam from zero weights (deterministic).
 */
import { forEachToneFeature, stemPrefix, type ToneModelFile } from '../lib/lint/tone-model';
import type { Token } from '../lib/text';

const PAIR_SEPARATOR = ' ';
const LEARNING_RATE = 0.1;
/** Sentences a stem or pair must occur in to get a weight. */
const MIN_DOCS = 2;
const PRUNE_BELOW = 0.05;

export interface TrainingSentence {
  features: Map<string, number>;
  labels: ReadonlySet<string>;
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

export function fitLinearModel(examples: readonly TrainingSentence[], classes: readonly string[], thresholds: number[], { l2, epochs }: FitOptions): ToneModelFile {
  const K = classes.length;
  const docs = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) docs.set(name, (docs.get(name) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [name, n] of docs) if (n >= MIN_DOCS) index.set(name, index.size + 1);
  const rows = examples.map((e) => [...e.features].flatMap(([name, x]) => (index.has(name) ? [[index.get(name)!, x] as const] : [])));
  const gold = examples.map((e) => classes.map((c) => (e.labels.has(c) ? 1 : 0)));
  // Row 0 of w is the bias.
  const w = new Float64Array((index.size + 1) * K);
  const m = new Float64Array(w.length);
  const v = new Float64Array(w.length);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const grad = new Float64Array(w.length);
    rows.forEach((row, i) => {
      for (let c = 0; c < K; c++) {
        let z = w[c]!;
        for (const [j, x] of row) z += w[j * K + c]! * x;
        const g = (1 / (1 + Math.exp(-z)) - gold[i]![c]!) / rows.length;
        grad[c]! += g;
        for (const [j, x] of row) grad[j * K + c]! += g * x;
      }
    });
    for (let p = 0; p < w.length; p++) {
      const g = grad[p]! + (p >= K ? l2 * w[p]! : 0);
      m[p] = 0.9 * m[p]! + 0.1 * g;
      v[p] = 0.999 * v[p]! + 0.001 * g * g;
      w[p]! -= (LEARNING_RATE * (m[p]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[p]! / (1 - 0.999 ** epoch)) + 1e-8);
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
