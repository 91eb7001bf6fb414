/**
 * The tone model: for each reply language, a one-vs-rest logistic regression over a sentence's word stems, their
 * first letters and neighbouring stem pairs, fitted by scripts/train-lint-model.ts on the labelled replies and the
 * sentence bank of test/fixtures/replies. Phrase rules name exact wordings; the model hears the many other ways of
 * blaming, arguing or brushing a customer off ("the instructions were on the box in three languages") and flags the
 * sentence. A sentence is heard with its neighbours: each distinct word of the sentence before and of the sentence after
 * it is a feature of its own, so the same words read differently in a warm reply and in a cold one.
 */
import type { Language, LintClass } from '../taxonomy';
import { FormSlots, type Token } from '../text';
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
/** LogitSum.addRow is written out for exactly this many classes. */
const CLASS_COUNT = 12;

/**
 * The JSON written by the training script, one file per language. Compact on purpose (a few flat arrays, not an
 * object per feature): the files ship in the page's inline-lint chunk, and thousands of small objects on the heap
 * slow every allocation-heavy step after them, the tokenizer first.
 */
export interface ToneModelFile {
  classes: string[];
  /** Per class: flagged at this probability or above. */
  thresholds: number[];
  bias: number[];
  /** Every stem that has a weight of its own or is part of a weighted pair. */
  vocabulary: string[];
  /** Dense weight rows, `classes.length` numbers each. */
  rows: number[];
  /** Per vocabulary entry: its own row, or -1. */
  wordRows: number[];
  /** Triples [first vocabulary index, second vocabulary index, row]. */
  pairRows: number[];
}

/** A one-vs-rest linear model over tone features, unpacked: the tone model, or the signal model (signal-model.ts). */
export interface LinearModel<C extends string> {
  classes: readonly C[];
  thresholds: readonly number[];
  /** The thresholds as log-odds, compared with toneLogits without a sigmoid per class. */
  logitThresholds: readonly number[];
  /** For a sentence with no neighbours: the same, but never below even odds (log-odds 0). */
  aloneLogitThresholds: readonly number[];
  bias: Float64Array;
  vocabulary: ReadonlyMap<string, number>;
  rows: Float32Array;
  wordRows: Int32Array;
  /** first index × PAIR_KEY + second index → row. */
  pairRows: PairRows;
  scorer: LogitSum;
}

export type ToneModel = LinearModel<ToneClass>;

/** Vocabulary indices stay below this, so a pair of them makes one small-integer key (fast as a Map key). */
export const PAIR_KEY = 1 << 15;

const FILES: Record<Language, ToneModelFile> = { ru, uk, bg, en };
/** Whether `s` has a digit 0-9: a loop, as a regex call per word was a few percent of a lint. */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
/**
 * A stem longer than this also gives its first letters as a feature ("~вино"), which a word family the stemmer keeps
 * apart shares («виноваты», «вина», «виновник»). Held out (h57–h60 left out of training), it found 13 more of their
 * 732 planted problems (596 -> 609) with the same 12 of 320 good replies flagged; 3 and 5 letters found fewer.
 */
export const STEM_PREFIX_LENGTH = 4;
/** A long stem's prefix feature: "~" (which no word token starts with) and its first letters. */
export function stemPrefix(stem: string): string {
  return '~' + stem.slice(0, STEM_PREFIX_LENGTH);
}
/** Punctuation that carries tone: a rhetorical "?" and a pushy "!". */
const TONE_MARKS = new Set(['?', '!']);

/** Feature name of a word of the sentence before ("<вин") and of the sentence after (">звон"). */
export type Side = '<' | '>';
export const BEFORE: Side = '<';
export const AFTER: Side = '>';

/**
 * What reads a sentence's features: training counts them, scoring adds their weights. `word` is also given the token
 * the feature is read from. `pair(first, second)` always comes right after `word(second)`, and `first` is the stem of
 * the `word` call before that.
 */
export interface ToneFeatureVisitor {
  word(stem: string, token: Token): void;
  /** Right after `word(stem, token)` when the stem is longer than STEM_PREFIX_LENGTH; the feature is stemPrefix(stem). */
  prefix(stem: string, token: Token): void;
  pair(first: string, second: string): void;
}

/**
 * The features of a run of tokens: each word's stem and the start of a long stem, "?" / "!", each emoji (a grin
 * after a refusal), and each pair of neighbouring word stems. Numbers and other punctuation break a pair. Training
 * and scoring both read features through this function.
 */
export function forEachToneFeature(tokens: readonly Token[], visitor: ToneFeatureVisitor): void {
  let previous: string | null = null;
  for (const t of tokens) {
    if (t.kind !== 'word' || hasDigit(t.stem)) {
      previous = null;
      if ((t.kind === 'punct' && TONE_MARKS.has(t.norm)) || t.kind === 'emoji') visitor.word(t.norm, t);
      continue;
    }
    visitor.word(t.stem, t);
    if (t.stem.length > STEM_PREFIX_LENGTH) visitor.prefix(t.stem, t);
    if (previous !== null) visitor.pair(previous, t.stem);
    previous = t.stem;
  }
}

export function isToneClass(value: string): value is ToneClass {
  return (TONE_CLASSES as readonly string[]).includes(value);
}

/**
 * Log-odds added to every trained threshold of the tone model. Replies written to trip a checker (a cause explained,
 * a rule with a way round, the customer's words restated) drew most of the model's false alarms on fresh sets. On the
 * replies the model was never trained on (h93–h100), 0.35 flagged 7 instead of 11 of 640 good replies and found 1,314
 * instead of 1,319 of 1,417 problems (0.25: 9 and 1,317).
 */
export const TONE_THRESHOLD_MARGIN = 0.35;

export function loadToneModel(file: ToneModelFile): ToneModel {
  if (TONE_CLASSES.length !== CLASS_COUNT) throw new Error('tone model: LogitSum.addRow is written out for a different number of classes');
  return loadLinearModel(file, TONE_CLASSES, 'scripts/train-lint-model.ts', TONE_THRESHOLD_MARGIN);
}

/**
 * Unpacks a model file whose classes must be `classes`, in order; `trainer` is named in the error when they are not.
 * `margin` (log-odds) is added to each threshold.
 */
export function loadLinearModel<C extends string>(file: ToneModelFile, classes: readonly C[], trainer: string, margin = 0): LinearModel<C> {
  if (file.classes.join() !== classes.join()) throw new Error(`linear model: classes ${file.classes.join(', ')} are not ${classes.join(', ')}; retrain with ${trainer}`);
  if (file.vocabulary.length >= PAIR_KEY) throw new Error('linear model: vocabulary too large for pair keys');
  const pairRows = new PairRows(file.pairRows.length / 3);
  for (let i = 0; i < file.pairRows.length; i += 3) pairRows.set(file.pairRows[i]! * PAIR_KEY + file.pairRows[i + 1]!, file.pairRows[i + 2]!);
  const logitThresholds = file.thresholds.map((t) => (t >= 1 ? Infinity : Math.log(t / (1 - t)) + margin));
  const model = {
    classes,
    thresholds: file.thresholds,
    logitThresholds,
    aloneLogitThresholds: logitThresholds.map((t) => Math.max(0, t)),
    bias: Float64Array.from(file.bias),
    vocabulary: new Map(file.vocabulary.map((stem, i) => [stem, i])),
    rows: Float32Array.from(file.rows),
    wordRows: Int32Array.from(file.wordRows),
    pairRows,
  };
  return { ...model, scorer: new LogitSum(model) };
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

/**
 * Pair key → row, open addressing over typed arrays: looked up for every pair of neighbouring known words, which a
 * Map with number keys made a few percent of a lint.
 */
class PairRows {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly shift: number;

  constructor(size: number) {
    const bits = Math.max(4, Math.ceil(Math.log2(size * 2)));
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.rows = new Int32Array(1 << bits);
    this.shift = 32 - bits;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  set(key: number, row: number): void {
    const mask = this.keys.length - 1;
    let slot = this.home(key);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  /** The pair's row, or -1. */
  get(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let slot = this.home(key); ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === -1) return -1;
    }
  }
}

/** A word's vocabulary index (-1: none), and the rows of it as a word of the sentence before and after (-1: none). */
interface FormRows {
  index: number;
  before: number;
  after: number;
}

/**
 * Adds a model's weights for the features it is shown; one per model, reused for every sentence. Besides the
 * sentence's own log-odds `z`, it sums what the sentence's words add to its neighbours: `toNext` (each distinct word
 * as a "<word" feature of the sentence after it) and `toPrevious` (">word", the sentence before).
 */
class LogitSum implements ToneFeatureVisitor {
  readonly z: Float64Array;
  readonly toNext: Float64Array;
  readonly toPrevious: Float64Array;
  /** seen[row] === stamp: the neighbour row was added for this sentence already. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly bias: Float64Array;
  private readonly vocabulary: ReadonlyMap<string, number>;
  private readonly rows: Float32Array;
  private readonly wordRows: Int32Array;
  private readonly pairRows: PairRows;
  /** What the model knows of a word, by its spelling: one array read instead of Map lookups of the stem. */
  private readonly rowsOfForm = new FormSlots<FormRows>();
  /** Row (or -1) of the word's stem prefix, by the word's spelling. */
  private readonly prefixRowOfForm = new FormSlots<number>();
  /** Vocabulary indices of the last two words shown (-1: not in the vocabulary). */
  private previous = -1;
  private current = -1;
  constructor(model: Omit<LinearModel<string>, 'scorer'>) {
    this.z = new Float64Array(model.classes.length);
    this.toNext = new Float64Array(model.classes.length);
    this.toPrevious = new Float64Array(model.classes.length);
    ({ bias: this.bias, vocabulary: this.vocabulary, rows: this.rows, wordRows: this.wordRows, pairRows: this.pairRows } = model);
    this.seen = new Int32Array(model.rows.length / model.classes.length);
  }
  /** Starts a sentence at the model's bias. */
  reset(): void {
    this.z.set(this.bias);
    this.previous = this.current = -1;
    this.toNext.fill(0);
    this.toPrevious.fill(0);
    this.stamp++;
  }
  /**
   * No closure in here: one that captured `this` made V8 allocate a context on every call, hit or miss, which was a
   * tenth of what a lint allocated.
   */
  private rowsOf(stem: string, token: Token): FormRows {
    let form = this.rowsOfForm.get(token);
    if (form === undefined) {
      form = { index: this.vocabulary.get(stem) ?? -1, before: this.rowOf(BEFORE + stem), after: this.rowOf(AFTER + stem) };
      this.rowsOfForm.set(token, form);
    }
    return form;
  }
  /** The row of a vocabulary entry, or -1. */
  private rowOf(name: string): number {
    const index = this.vocabulary.get(name);
    return index === undefined ? -1 : this.wordRows[index]!;
  }
  /** Adds `row` to `sum` once per sentence: a neighbour's word counts once, however often it occurs there. */
  private addNeighbourRow(sum: Float64Array, row: number): void {
    if (row < 0 || this.seen[row] === this.stamp) return;
    this.seen[row] = this.stamp;
    this.addRow(row, sum);
  }
  word(stem: string, token: Token): void {
    this.previous = this.current;
    const form = this.rowsOf(stem, token);
    this.current = form.index;
    if (form.index >= 0) this.addRow(this.wordRows[form.index]!, this.z);
    this.addNeighbourRow(this.toNext, form.before);
    this.addNeighbourRow(this.toPrevious, form.after);
  }
  prefix(stem: string, token: Token): void {
    let row = this.prefixRowOfForm.get(token);
    if (row === undefined) {
      const index = this.vocabulary.get(stemPrefix(stem));
      row = index === undefined ? -1 : this.wordRows[index]!;
      this.prefixRowOfForm.set(token, row);
    }
    this.addRow(row, this.z);
  }
  pair(): void {
    if (this.previous < 0 || this.current < 0) return;
    this.addRow(this.pairRows.get(this.previous * PAIR_KEY + this.current), this.z);
  }
  /**
   * Written out for the twelve classes: V8 does not unroll a loop over them, and this runs for every known word
   * and pair on every keystroke (unrolled, the model takes 19 instead of 28 µs per 2,000 characters).
   */
  private addRow(row: number, z: Float64Array): void {
    if (row < 0) return;
    const { rows } = this;
    if (z.length !== CLASS_COUNT) {
      for (let c = 0, b = row * z.length; c < z.length; c++) z[c]! += rows[b + c]!;
      return;
    }
    const b = row * CLASS_COUNT;
    z[0]! += rows[b]!;
    z[1]! += rows[b + 1]!;
    z[2]! += rows[b + 2]!;
    z[3]! += rows[b + 3]!;
    z[4]! += rows[b + 4]!;
    z[5]! += rows[b + 5]!;
    z[6]! += rows[b + 6]!;
    z[7]! += rows[b + 7]!;
    z[8]! += rows[b + 8]!;
    z[9]! += rows[b + 9]!;
    z[10]! += rows[b + 10]!;
    z[11]! += rows[b + 11]!;
  }
}

/**
 * Log-odds of each class of `model` for the sentence made of `tokens`; what the sentence adds to its neighbours is left
 * in `model.scorer.toNext` and `toPrevious`. The arrays are the model's own and are overwritten by the next call: read
 * them before scoring another sentence.
 */
export function toneLogits(model: LinearModel<string>, tokens: readonly Token[]): Float64Array {
  const sum = model.scorer;
  sum.reset();
  forEachToneFeature(tokens, sum);
  return sum.z;
}

/** Probability of each class of `model` for the sentence made of `tokens`. */
export function toneProbabilities(model: LinearModel<string>, tokens: readonly Token[]): number[] {
  return Array.from(toneLogits(model, tokens), (v) => 1 / (1 + Math.exp(-v)));
}

/** Probability of each class for the sentence `tokens` heard between `previous` and `next` (null: no sentence there). */
export function toneProbabilitiesBetween(model: LinearModel<string>, previous: readonly Token[] | null, tokens: readonly Token[], next: readonly Token[] | null): number[] {
  const z = toneLogits(model, tokens).slice();
  if (previous) {
    toneLogits(model, previous);
    model.scorer.toNext.forEach((v, c) => (z[c]! += v));
  }
  if (next) {
    toneLogits(model, next);
    model.scorer.toPrevious.forEach((v, c) => (z[c]! += v));
  }
  return Array.from(z, (v) => 1 / (1 + Math.exp(-v)));
}
