import type { Evidence } from '../../lib/types';
import type { Messages } from '../i18n';
import { LANGUAGE_NAMES } from '../i18n';
import { splitBySpans } from '../common/spans';
import { usePanel, useT } from '../common/store';
import { CategoryPicker } from './CategoryPicker';
import { FlagChips } from './FlagChips';

/** What an evidence label means to a person: a category, a flag or a modifier such as "negation". */
export function signalName(t: Messages, label: string): string {
  if (label in t.categories) return t.categories[label as keyof Messages['categories']];
  if (label in t.flags) return t.flags[label as keyof Messages['flags']];
  if (label in t.signals) return t.signals[label as keyof Messages['signals']];
  return label;
}

function ReviewText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  const t = useT();
  return (
    <blockquote className="review-text" data-testid="tactful-review-text">
      {splitBySpans(text, evidence).map((piece) => {
        const labels = [...new Set(piece.spans.map((span) => span.label))];
        if (labels.length === 0) return piece.text;
        return (
          <mark
            key={piece.start}
            className={`evidence evidence-${labels[0]}`}
            data-label={labels.join(' ')}
            title={`${t.review.signal}: ${labels.map((label) => signalName(t, label)).join(', ')}`}
          >
            {piece.text}
          </mark>
        );
      })}
    </blockquote>
  );
}

export function ReviewCard() {
  const t = useT();
  const review = usePanel((s) => s.review);
  const detected = usePanel((s) => s.detected);
  if (!review || !detected) return null;
  const language = detected.language === 'other' ? '—' : LANGUAGE_NAMES[detected.language];
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading" className="section-title">
        {t.review.heading}
      </h2>
      <ReviewText text={review.text} evidence={detected.evidence} />
      <dl className="review-meta">
        {review.author && (
          <div>
            <dt>{t.review.by}</dt>
            <dd>{review.author}</dd>
          </div>
        )}
        {review.rating !== undefined && (
          <div>
            <dt className="visually-hidden">{t.review.rating(review.rating)}</dt>
            <dd aria-hidden="true" title={t.review.rating(review.rating)}>
              {'★'.repeat(Math.round(review.rating))}
              <span className="stars-off">{'★'.repeat(Math.max(0, 5 - Math.round(review.rating)))}</span>
            </dd>
          </div>
        )}
        {review.site && (
          <div>
            <dt>{t.review.site}</dt>
            <dd>{review.site}</dd>
          </div>
        )}
        <div>
          <dt>{t.review.language}</dt>
          <dd>{language}</dd>
        </div>
      </dl>
      <CategoryPicker />
      <FlagChips />
      <p className="hint">{t.review.redraftNote}</p>
    </section>
  );
}
