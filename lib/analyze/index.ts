/** `analyzeReview`: language, category, flags, confidence, evidence and facts of one review. */
import type { Analysis, ReviewInput } from '../types';
import { decide } from './decide';
import { extractEntities } from './entities';
import { readReview } from './read';

export { MAX_ANALYZED_CHARS, readReview, analyzeReviewLexicon, type ReviewReading } from './read';

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
