/** `analyzeReview`: language, category, flags, confidence, evidence and facts of one review. */
import { detectLanguage, tokenize } from '../text';
import type { Analysis, ReviewInput } from '../types';
import { classify } from './classify';
import { extractEntities } from './entities';
import { findHits } from './hits';
import { signalsFor } from './signals';

/**
 * Only the first 20,000 characters are analysed: a review longer than that is pasted junk or an attack,
 * and the verdict of its first pages stands. Offsets stay valid: they point into the original text.
 */
export const MAX_ANALYZED_CHARS = 20_000;

export function analyzeReview(input: ReviewInput): Analysis {
  const text = input.text.length > MAX_ANALYZED_CHARS ? input.text.slice(0, MAX_ANALYZED_CHARS) : input.text;
  const language = detectLanguage(text);
  const set = signalsFor(language);
  const tokens = tokenize(text, set.language);
  const rating = input.rating !== undefined && Number.isFinite(input.rating) ? input.rating : undefined;
  const { category, flags, confidence, evidence } = classify(findHits(tokens, set), rating);
  return {
    language,
    category,
    flags,
    confidence,
    evidence,
    entities: extractEntities(text, tokens, { author: input.author, rating }, language),
  };
}
