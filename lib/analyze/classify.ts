/**
 * From signal hits to a category (taxonomy precedence), flags, a confidence and the evidence spans.
 * The star rating is a prior: 4–5★ with no complaint is not negative, 1–2★ is rarely anything else.
 * A complaint that no problem phrase names takes the ordinary topic its words are about (topic words).
 */
import { CATEGORIES, type Category, type Flag } from '../taxonomy';
import type { Evidence } from '../types';
import type { Hit } from './hits';
import type { SignalLabel, Topic } from './signal';

export interface Classification {
  category: Category;
  flags: Flag[];
  confidence: number;
  evidence: Evidence[];
}

/** The lexicon's verdict and the scores it came from (the category model's input). */
export interface LexiconVerdict extends Classification {
  scores: Scores;
  topicScores: Scores;
}

export type Scores = Map<SignalLabel, number>;

/** Score a category needs to be chosen. A contract dispute needs two of its cues: its words are common. */
const THRESHOLD: Partial<Record<SignalLabel, number>> = { legal_threat: 2, contract_dispute: 2 };
const DEFAULT_THRESHOLD = 1;

/** What the rating alone says about negativity. */
function ratingPrior(rating: number | undefined): number {
  if (rating === undefined || !Number.isFinite(rating)) return 0;
  if (rating <= 1) return 2;
  if (rating <= 2) return 1.5;
  if (rating < 3) return 1;
  if (rating <= 3) return 0;
  if (rating <= 4) return -1;
  return -2;
}

const PROBLEM_LABELS: SignalLabel[] = [
  'staff_rudeness',
  'delivery_problem',
  'billing_problem',
  'product_defect',
  'service_outage',
  'unresponsive_support',
  'contract_dispute',
  'abusive_language',
];

/** The ordinary topics of seeds 001/003/004, below the special cases of 000, in precedence order. */
const ORDINARY: Topic[] = ['delivery_problem', 'billing_problem', 'product_defect', 'service_outage', 'unresponsive_support'];

/**
 * What a complaint needs to take a topic from context: two different words of the topic ("посылка" and
 * "курьер"), or one with a weak problem cue of the same topic.
 */
const TOPIC_FROM_CONTEXT = 1;

function isTopic(category: Category): category is Topic {
  return (ORDINARY as Category[]).includes(category);
}

function score(scores: Scores, label: SignalLabel): number {
  return scores.get(label) ?? 0;
}

function passes(scores: Scores, label: SignalLabel): boolean {
  return score(scores, label) >= (THRESHOLD[label] ?? DEFAULT_THRESHOLD);
}

/** "плохого" inside "плохого сказать не могу" is not a complaint: the longer phrase of the other tone explains it. */
const TONE_OPPOSITE: Partial<Record<SignalLabel, SignalLabel>> = { complaint: 'praise', praise: 'complaint' };

/**
 * A problem phrase that ends a longer phrase of another problem is explained by it: "не пришли" is not a
 * delivery problem at the end of "деньги на карту не пришли". Likewise a word inside a longer phrase of the
 * opposite tone.
 */
function explainedByLonger(hit: Hit, hits: Hit[]): boolean {
  const opposite = TONE_OPPOSITE[hit.label];
  if (!opposite && !PROBLEM_LABELS.includes(hit.label)) return false;
  // Hits come in the matcher's order, by start: none after the hit's own start can contain it.
  for (const other of hits) {
    if (other.start > hit.start) break;
    const explains = opposite
      ? other.label === opposite && other.end >= hit.end && other.end - other.start > hit.end - hit.start
      : other.label !== hit.label &&
        PROBLEM_LABELS.includes(other.label) &&
        other.negatedFrom === undefined &&
        other.start < hit.start &&
        other.end === hit.end;
    if (explains) return true;
  }
  return false;
}

/** Topic words per topic, each distinct word once (a courier named five times is one courier), and their spans. */
function tallyTopicWords(hits: Hit[]): { context: Scores; spans: Map<SignalLabel, Evidence[]> } {
  const context: Scores = new Map();
  const spans = new Map<SignalLabel, Evidence[]>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const topicSpans = spans.get(hit.label);
    const span = { start: hit.start, end: hit.end, label: hit.label };
    if (topicSpans) topicSpans.push(span);
    else spans.set(hit.label, [span]);
    if (seen.has(hit.signalId)) continue;
    seen.add(hit.signalId);
    context.set(hit.label, score(context, hit.label) + hit.weight);
  }
  return { context, spans };
}

/**
 * The topic a complaint is about when no topic passed on its problem cues: the first in precedence whose
 * weak cues and topic words reach TOPIC_FROM_CONTEXT, as the taxonomy orders the topics themselves.
 */
function topicFromContext(scores: Scores, context: Scores): { topic: Topic; weight: number } | undefined {
  for (const topic of ORDINARY) {
    const weight = score(scores, topic) + score(context, topic);
    if (weight >= TOPIC_FROM_CONTEXT) return { topic, weight };
  }
  return undefined;
}

/** Sums hit weights per label; negated praise counts as complaint, sarcastic praise too. */
function tally(hits: Hit[]): { scores: Scores; evidence: Evidence[] } {
  const scores: Scores = new Map();
  const evidence: Evidence[] = [];
  const add = (label: SignalLabel, w: number) => scores.set(label, score(scores, label) + w);
  // Overlapping phrases with one label ("всё хорошо" and "хорошо") count once, at the larger weight.
  const counted = new Map<SignalLabel, { end: number; weight: number }>();
  // A weak cue is context, not evidence: "Нова Пошта" named five times is still one courier mentioned.
  const weakCuesSeen = new Set<string>();
  for (const hit of hits) {
    if (hit.negatedFrom !== undefined) {
      evidence.push({ start: hit.negatedFrom, end: hit.end, label: 'negation' });
      // "не приятный осадок", "not good": praise denied is a complaint; a complaint denied is no praise.
      if (hit.label === 'praise') add('complaint', hit.weight);
      continue;
    }
    if (explainedByLonger(hit, hits)) continue;
    if (hit.weight < 1) {
      if (weakCuesSeen.has(hit.signalId)) continue;
      weakCuesSeen.add(hit.signalId);
    }
    const label: SignalLabel = hit.sarcastic || hit.label === 'sarcasm' ? 'complaint' : hit.label;
    const weight = hit.weight * contrastFactor(hit);
    const last = counted.get(label);
    if (last !== undefined && hit.start < last.end) {
      if (weight > last.weight) {
        add(label, weight - last.weight);
        last.weight = weight;
      }
      last.end = Math.max(last.end, hit.end);
    } else {
      add(label, weight);
      counted.set(label, { end: hit.end, weight });
    }
    const sarcasm = hit.sarcastic || hit.label === 'sarcasm';
    evidence.push({ start: hit.start, end: hit.end, label: sarcasm ? 'sarcasm' : evidenceLabel(hit.label) });
  }
  return { scores, evidence };
}

/** "Всё хорошо, но парковки нет": praise conceded before a "but" counts half, the complaint after it half again as much. */
function contrastFactor(hit: Hit): number {
  if (hit.label === 'praise' && hit.contrast === 'before') return 0.5;
  if (hit.label === 'complaint' && hit.contrast === 'after') return 1.5;
  return 1;
}

function evidenceLabel(label: SignalLabel): string {
  if (label === 'praise') return 'positive';
  if (label === 'legal_mention') return 'legal_threat';
  if (label === 'fix_request' || label === 'ambience') return 'complaint';
  return label;
}

/** Lexicon scores per label (problem cues, tone) and topic-word scores per topic, with the evidence spans. */
function lexiconScores(allHits: Hit[]): {
  scores: Scores;
  evidence: Evidence[];
  topicWords: { context: Scores; spans: Map<SignalLabel, Evidence[]> };
} {
  return { ...tally(allHits.filter((h) => !h.context)), topicWords: tallyTopicWords(allHits.filter((h) => h.context)) };
}

export function classify(allHits: Hit[], rating: number | undefined): LexiconVerdict {
  const { scores, evidence, topicWords } = lexiconScores(allHits);
  // Contract words are context, not a complaint, until there are enough of them to make a dispute.
  const problems = PROBLEM_LABELS.reduce(
    (sum, l) => sum + (l === 'contract_dispute' && !passes(scores, l) ? 0 : score(scores, l)),
    0,
  );
  const negativity = score(scores, 'complaint') + problems + ratingPrior(rating) - score(scores, 'praise');
  // A stated problem makes a complaint even in a 4★ review; without one, negativity must outweigh praise.
  // At 5★ a problem mentioned among thanks was solved ("had technical issues, Ghulam helped me"): praise decides.
  // A remark that asks for a fix needs handling whatever the praise around it (README label rules, 4–5★ remarks).
  // A threat to sue or report the business is a complaint by itself («Подаю в суд.»), unless praise outweighs it
  // ("the lawyer helped us file the claim, thank you").
  const threatens = negativity >= 0 && score(scores, 'legal_threat') >= (THRESHOLD.legal_threat ?? DEFAULT_THRESHOLD);
  const negative = (problems >= 1 && !(rating !== undefined && rating >= 5)) || negativity > 0 || threatens || passes(scores, 'fix_request');

  const legal = score(scores, 'legal_threat') + (negative ? score(scores, 'legal_mention') : 0);
  if (legal > 0) scores.set('legal_threat', legal);
  const legalThreat = negative && legal >= (THRESHOLD.legal_threat ?? DEFAULT_THRESHOLD);

  let category: Category = negative ? 'general_complaint' : 'not_negative';
  let winner = 0;
  if (legalThreat) {
    category = 'legal_threat';
    winner = legal;
  } else if (negative) {
    for (const c of CATEGORIES) {
      if (c === 'legal_threat' || c === 'general_complaint' || c === 'not_negative') continue;
      if (passes(scores, c)) {
        category = c;
        winner = score(scores, c);
        break;
      }
    }
    const fromContext = category === 'general_complaint' ? topicFromContext(scores, topicWords.context) : undefined;
    if (fromContext) {
      category = fromContext.topic;
      winner = fromContext.weight;
      const shown = new Set(evidence.map((e) => `${e.start}:${e.end}`));
      evidence.push(...(topicWords.spans.get(fromContext.topic) ?? []).filter((e) => !shown.has(`${e.start}:${e.end}`)));
    }
    // A B2B contract frames everything inside it: late work or extra invoices under a contract are the dispute (004).
    if (isTopic(category) && passes(scores, 'contract_dispute') && score(scores, 'contract_dispute') >= winner) {
      category = 'contract_dispute';
      winner = score(scores, 'contract_dispute');
    }
  }

  const flags: Flag[] = [];
  if (legalThreat) flags.push('legal_threat');
  if (passes(scores, 'staff_rudeness')) flags.push('staff_rudeness');
  if (passes(scores, 'loyal_customer')) flags.push('loyal_customer');
  if (negative && passes(scores, 'public_escalation')) flags.push('public_escalation');
  if (passes(scores, 'abusive_language')) flags.push('abusive_language');
  if (negative && passes(scores, 'customer_fault_possible')) flags.push('customer_fault_possible');

  return {
    scores,
    topicScores: topicWords.context,
    category,
    flags,
    confidence: confidenceOf(category, winner, negativity, rating),
    evidence: evidence
      .filter((e) => e.label !== 'legal_threat' || legalThreat)
      .sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/**
 * 0..1: grows with the winning category's score and with how clearly the review is (not) negative;
 * a rating that agrees adds to it.
 */
function confidenceOf(category: Category, winner: number, negativity: number, rating: number | undefined): number {
  const strength = category === 'general_complaint' || category === 'not_negative' ? Math.abs(negativity) : winner;
  let c = 0.45 + 0.4 * (1 - Math.exp(-strength / 2));
  if (rating !== undefined) {
    const ratingSaysNegative = rating <= 2;
    const ratingSaysPositive = rating >= 4;
    if ((category === 'not_negative' && ratingSaysPositive) || (category !== 'not_negative' && ratingSaysNegative)) c += 0.1;
    if ((category === 'not_negative' && ratingSaysNegative) || (category !== 'not_negative' && ratingSaysPositive)) c -= 0.15;
  }
  return Math.round(Math.min(0.98, Math.max(0.2, c)) * 100) / 100;
}
