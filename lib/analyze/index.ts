/** `analyzeReview`: language, category, flags, confidence, evidence and facts of one review. */
import type { Analysis, ReviewInput } from '../types';
import { decide } from './decide';
import { analysisOf, readReview } from './read';

export { MAX_ANALYZED_CHARS, readReview, featuresOf, analyzeReviewLexicon, type ReviewReading } from './read';

export function analyzeReview(input: ReviewInput): Analysis {
  const reading = readReview(input);
  return analysisOf(reading, decide(reading), input.author);
}
