/** Reading a review up to the lexicon's verdict, and what the category model is given of it. */
import type { DetectedLanguage } from '../taxonomy';
import { detectLanguage, isTypedInLatin, tokenize, tokenizeTransliterated, type Token } from '../text';
import type { Analysis, ReviewInput } from '../types';
import { classify, type Classification, type LexiconVerdict } from './classify';
import { extractEntities } from './entities';
import { reviewFeatures, type Vocabulary } from './features';
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
}

export function readReview(input: ReviewInput): ReviewReading {
  const text = input.text.length > MAX_ANALYZED_CHARS ? input.text.slice(0, MAX_ANALYZED_CHARS) : input.text;
  const language = detectLanguage(text);
  const set = signalsFor(language);
  // "Nqmam nito meso" is Bulgarian: it is read in Cyrillic, with evidence spans in the Latin text.
  const tokens = language !== 'en' && language !== 'other' && isTypedInLatin(text) ? tokenizeTransliterated(text, set.language) : tokenize(text, set.language);
  const rating = input.rating !== undefined && Number.isFinite(input.rating) ? input.rating : undefined;
  return { text, language, tokens, rating, lexicon: classify(findHits(tokens, set), rating) };
}

/**
 * What the category model decides from; scripts/train-classifier.ts fits it on exactly this. With a model's
 * vocabulary, only the stems and pairs that model has weights for (its decision is the same).
 */
export function featuresOf({ language, tokens, rating, lexicon }: ReviewReading, vocabulary?: (language: string) => Vocabulary): Map<string, number> {
  return reviewFeatures({
    language,
    tokens,
    scores: lexicon.scores,
    topicScores: lexicon.topicScores,
    lexiconCategory: lexicon.category,
    rating,
  }, vocabulary);
}

/** The public Analysis of a reading and its verdict. */
export function analysisOf(reading: ReviewReading, verdict: Classification, author: string | undefined): Analysis {
  const { text, language, tokens, rating } = reading;
  const { category, flags, confidence, evidence } = verdict;
  return { language, category, flags, confidence, evidence, entities: extractEntities(text, tokens, { author, rating }, language) };
}

/**
 * The lexicon's analysis, without the category model: for code in the page (the inline linter), which needs
 * the case (legal threat, flags, not negative) and the customer's name, but not the exact topic, and should not
 * carry the model's weights into every page. The side panel and the CLI use analyzeReview.
 */
export function analyzeReviewLexicon(input: ReviewInput): Analysis {
  const reading = readReview(input);
  return analysisOf(reading, reading.lexicon, input.author);
}
