/**
 * What the category model sees of a review: the lexicon's verdict and scores (language-independent, so they
 * carry over to Bulgarian, which has no real training reviews), the star rating, and the word stems and stem pairs.
 * scripts/train-classifier.ts fits the weights on exactly these features, so any change here needs a retrain.
 */
import type { Category, DetectedLanguage } from '../taxonomy';
import type { Token } from '../text';
import type { Scores } from './classify';

/** Scores are capped: the fifth "ужасно" says nothing the third did not. */
const SCORE_CAP = 4;
const NUMBER = /\d/;

/**
 * The stems a model has weights for, per language: features outside it change no probability, so scoring a
 * review builds only these (a thousand-character review has some four hundred stems and pairs, the model knows
 * a few dozen of them). Training passes none and gets every feature.
 */
export interface Vocabulary {
  words: ReadonlySet<string>;
  /** First stem of a pair → the second stems it has weights with. */
  pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface FeatureInput {
  language: DetectedLanguage;
  tokens: Token[];
  scores: Scores;
  topicScores: Scores;
  lexiconCategory: Category;
  rating: number | undefined;
}

/**
 * Feature name → value. Stems are `w:<language>:<stem>`, adjacent stems of one sentence `b:<language>:<stem>_<stem>`
 * ("не_приш", "money_back": word order the single stems lose), each present once however often it occurs.
 */
export function reviewFeatures(input: FeatureInput, vocabulary?: (language: string) => Vocabulary): Map<string, number> {
  const f = new Map<string, number>();
  for (const [label, value] of input.scores) f.set(`s:${label}`, Math.min(value, SCORE_CAP) / 2);
  for (const [topic, value] of input.topicScores) f.set(`c:${topic}`, Math.min(value, SCORE_CAP) / 2);
  f.set(`lex:${input.lexiconCategory}`, 1);
  f.set(`r:${input.rating === undefined ? 'none' : Math.round(input.rating)}`, 1);
  const language = input.language === 'other' ? 'en' : input.language;
  const wordPrefix = `w:${language}:`;
  const pairPrefix = `b:${language}:`;
  const known = vocabulary?.(language);
  let previous: Token | undefined;
  let previousHasDigit = true;
  for (const t of input.tokens) {
    const hasDigit = t.kind !== 'word' || NUMBER.test(t.stem);
    if (!hasDigit && t.stem.length >= 2 && (!known || known.words.has(t.stem))) f.set(wordPrefix + t.stem, 1);
    if (!hasDigit && !previousHasDigit && previous!.sentence === t.sentence && (!known || known.pairs.get(previous!.stem)?.has(t.stem))) {
      f.set(`${pairPrefix}${previous!.stem}_${t.stem}`, 1);
    }
    previous = t;
    previousHasDigit = hasDigit;
  }
  return f;
}
