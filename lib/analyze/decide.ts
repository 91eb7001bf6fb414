/**
 * The final verdict: the lexicon decides legal threats (precision matters most there, and its evidence is
 * exact) and the flags; the category model picks the category of everything else. The taxonomy's precedence
 * still holds: a rudeness or loyalty flag makes the category (taxonomy.md, 000 §1 and §3).
 */
import type { Category, Flag } from '../taxonomy';
import type { Token } from '../text';
import type { Evidence } from '../types';
import type { Classification, LexiconVerdict } from './classify';
import { CATEGORY_MODEL, categoryProbabilities, modelVocabulary, strongestFeatures, type CategoryModel } from './model';
import { featuresOf, type ReviewReading } from './read';

/** Categories that are also flags: choosing one sets the other. */
const FLAG_CATEGORIES: readonly Flag[] = ['staff_rudeness', 'loyal_customer'];
/** Flags about handling a complaint: meaningless on praise. */
const COMPLAINT_ONLY_FLAGS: readonly Flag[] = ['public_escalation', 'customer_fault_possible'];
/** Words shown as evidence when the model chose a category the lexicon has no phrase for. */
const MODEL_EVIDENCE_WORDS = 3;
const WORD_FEATURE = /^w:[a-z]+:/;

/**
 * general_complaint is the taxonomy's last resort: it applies when no other category does. The model, trained
 * mostly on words it has seen, falls back to it whenever a review names its problem in words it has not seen; so
 * it must beat the likeliest specific category by this much to win (5-fold CV on outsiders' reviews 77.5 → 78.8%,
 * fresh outsiders' set 63.0 → 69.0% at 0.3; with the rv5 set and its families 0.3 → 0.4 gave outsiders' CV
 * 82.8 → 84.1%, team corpus −0.2, real round 1 −0.5, round 3 −0.3 points; 0.5 costs the team corpus two points).
 * Re-checked with rv6 on CV that holds each outsider set out whole: 0.3 / 0.4 / 0.5 give 85.0 / 85.8 / 85.0% on the
 * four sets not tuned on. Re-checked on by-set CV over eleven sets (rv12 included): 0.3 / 0.4 / 0.5 give 86.5 / 86.5 /
 * 86.0%, and 0.3 costs one set (rv9) five reviews. A like margin for not_negative over the likeliest complaint
 * changed no set's number, so there is none.
 */
const GENERAL_MARGIN = 0.4;
const SPECIFIC_EXCLUDED: readonly Category[] = ['legal_threat', 'general_complaint', 'not_negative'];

/** Index of the likeliest class among `allowed`. */
function likeliest(probabilities: number[], model: CategoryModel, allowed: (c: Category) => boolean): number {
  let best = -1;
  model.classes.forEach((c, i) => {
    if (allowed(c) && (best < 0 || probabilities[i]! > probabilities[best]!)) best = i;
  });
  return best;
}

function modelCategory(probabilities: number[], model: CategoryModel): Category {
  const best = likeliest(probabilities, model, (c) => c !== 'legal_threat');
  if (model.classes[best] !== 'general_complaint') return model.classes[best]!;
  const specific = likeliest(probabilities, model, (c) => !SPECIFIC_EXCLUDED.includes(c));
  return probabilities[best]! - probabilities[specific]! < GENERAL_MARGIN ? model.classes[specific]! : 'general_complaint';
}

function byPrecedence(lexicon: LexiconVerdict, modelChoice: Category): Category {
  if (lexicon.flags.includes('staff_rudeness')) return 'staff_rudeness';
  if (lexicon.flags.includes('loyal_customer') && modelChoice !== 'not_negative') return 'loyal_customer';
  return modelChoice;
}

/** The review's words that weighed most for `category`, once each, as evidence spans. */
function wordEvidence(features: ReadonlyMap<string, number>, tokens: Token[], category: Category, model: CategoryModel): Evidence[] {
  const stems = new Set(
    strongestFeatures(features, category, MODEL_EVIDENCE_WORDS * 2, model)
      .filter((name) => WORD_FEATURE.test(name))
      .slice(0, MODEL_EVIDENCE_WORDS)
      .map((name) => name.replace(WORD_FEATURE, '')),
  );
  const out: Evidence[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || !stems.has(t.stem)) continue;
    stems.delete(t.stem);
    out.push({ start: t.start, end: t.end, label: category });
  }
  return out;
}

function confidenceOf(probability: number): number {
  return Math.round(Math.min(0.98, Math.max(0.2, probability)) * 100) / 100;
}

/** `model` is the shipped one; scripts/train-classifier.ts passes the model of each cross-validation fold. */
export function decide(reading: ReviewReading, model: CategoryModel = CATEGORY_MODEL): Classification {
  const { lexicon, tokens } = reading;
  const { flags: lexiconFlags, evidence: lexiconEvidence } = lexicon;
  if (lexiconFlags.includes('legal_threat')) {
    return { category: 'legal_threat', flags: lexiconFlags, confidence: lexicon.confidence, evidence: lexiconEvidence };
  }
  const features = featuresOf(reading, (language) => modelVocabulary(model, language));
  const probabilities = categoryProbabilities(features, model);
  const chosen = modelCategory(probabilities, model);
  const category = byPrecedence(lexicon, chosen);
  let flags = [...lexiconFlags];
  for (const flag of FLAG_CATEGORIES) if (category === flag && !flags.includes(flag)) flags.push(flag);
  if (category === 'not_negative') flags = flags.filter((f) => !COMPLAINT_ONLY_FLAGS.includes(f));
  const explained = category === 'general_complaint' || category === 'not_negative' || lexiconEvidence.some((e) => e.label === category);
  const evidence = explained ? lexiconEvidence : [...lexiconEvidence, ...wordEvidence(features, tokens, category, model)];
  return {
    category,
    flags,
    // A flag that overrode the model is the lexicon's call, at the lexicon's confidence.
    confidence: category === chosen ? confidenceOf(probabilities[model.classes.indexOf(category)]!) : lexicon.confidence,
    evidence: evidence.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}
