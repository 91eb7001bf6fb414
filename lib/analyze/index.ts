/** `analyzeReview`: language, category, flags, confidence, evidence and facts of one review. */
import type { DetectedLanguage } from '../taxonomy';
import { detectLanguage, tokenize, type Token } from '../text';
import type { Analysis, ReviewInput } from '../types';
import { classify, type LexiconVerdict } from './classify';
import { decide } from './decide';
import { extractEntities } from './entities';
import { reviewFeatures } from './features';
import { findHits } from './hits';
import { signalsFor } from './signals';

/**
 * Only the first 20,000 characters are analysed: a review longer than that is pasted junk or an attack,
 * and the verdict of its first pages stands. Offsets stay valid: they point into the original text.
 */
export const MAX_ANALYZED_CHARS = 20_000;

export interface ReviewReading {
  text: string;
  language: DetectedLanguage;
  tokens: Token[];
  rating: number | undefined;
  lexicon: LexiconVerdict;
  features: Map<string, number>;
}

/** Everything the verdict is made from; scripts/train-classifier.ts fits the category model on `features`. */
export function readReview(input: ReviewInput): ReviewReading {
  const text = input.text.length > MAX_ANALYZED_CHARS ? input.text.slice(0, MAX_ANALYZED_CHARS) : input.text;
  const language = detectLanguage(text);
  const set = signalsFor(language);
  const tokens = tokenize(text, set.language);
  const rating = input.rating !== undefined && Number.isFinite(input.rating) ? input.rating : undefined;
  const lexicon = classify(findHits(tokens, set), rating);
  const features = reviewFeatures({
    language,
    tokens,
    scores: lexicon.scores,
    topicScores: lexicon.topicScores,
    lexiconCategory: lexicon.category,
    rating,
  });
  return { text, language, tokens, rating, lexicon, features };
}

export function analyzeReview(input: ReviewInput): Analysis {
  const { text, language, tokens, rating, lexicon, features } = readReview(input);
  const { category, flags, confidence, evidence } = decide(lexicon, features, tokens);
  return {
    language,
    category,
    flags,
    confidence,
    evidence,
    entities: extractEntities(text, tokens, { author: input.author, rating }, language),
  };
}
