/**
 * Triage order: legal threats first, then escalations (public pile-ons, rudeness, abuse), then low ratings,
 * then other complaints; praise and questions last. Within a rank, lower ratings first, then page order.
 */
import type { ReviewPayload } from '../messaging/protocol';
import type { Analysis } from '../types';

export interface TriageItem {
  review: ReviewPayload;
  analysis: Analysis;
}

const ESCALATIONS = ['public_escalation', 'staff_rudeness', 'abusive_language'] as const;

export function urgencyRank({ review, analysis }: TriageItem): number {
  if (analysis.category === 'legal_threat' || analysis.flags.includes('legal_threat')) return 0;
  if (ESCALATIONS.some((flag) => analysis.flags.includes(flag)) || analysis.category === 'staff_rudeness') return 1;
  if (analysis.category === 'not_negative') return 4;
  if (review.rating !== undefined && review.rating <= 2) return 2;
  return 3;
}

export function byUrgency(items: readonly TriageItem[]): TriageItem[] {
  return items
    .map((item, index) => ({ item, index, rank: urgencyRank(item) }))
    .sort(
      (a, b) =>
        a.rank - b.rank || (a.item.review.rating ?? 6) - (b.item.review.rating ?? 6) || a.index - b.index,
    )
    .map(({ item }) => item);
}
