import { useEffect } from 'react';
import { usePanel, useT } from '../common/store';

/** All reviews detected on the page, most urgent first; clicking one opens it in the panel. */
export function TriageList() {
  const t = useT();
  const triage = usePanel((s) => s.triage);
  const loadTriage = usePanel((s) => s.loadTriage);
  const openFromPage = usePanel((s) => s.openFromPage);

  useEffect(() => {
    void loadTriage();
  }, [loadTriage]);

  return (
    <section className="card" aria-labelledby="triage-heading" aria-busy={triage.status === 'loading'}>
      <div className="section-head">
        <h2 id="triage-heading" className="section-title">
          {t.triage.heading}
        </h2>
        <button type="button" className="button-small" onClick={() => void loadTriage()}>
          {t.triage.refresh}
        </button>
      </div>
      {triage.status === 'loading' && <p className="muted">{t.triage.loading}</p>}
      {triage.status === 'unreachable' && <p role="alert">{t.notices.unreachable}</p>}
      {triage.status === 'no-tab' && <p role="alert">{t.notices.noTab}</p>}
      {triage.status === 'ready' && triage.items.length === 0 && <p className="muted">{t.triage.empty}</p>}
      {triage.status === 'ready' && triage.items.length > 0 && (
        <ol className="triage-list">
          {triage.items.map(({ review, analysis }, index) => (
            <li key={review.reviewKey ?? index} data-value={analysis.category}>
              <button type="button" className="triage-item" onClick={() => void openFromPage(triage.tabId, review)}>
                <span className="triage-head">
                  <span className={`badge badge-${analysis.category}`}>{t.categories[analysis.category]}</span>
                  {review.rating !== undefined && (
                    <span className="muted" aria-label={t.review.rating(review.rating)}>
                      {review.rating}★
                    </span>
                  )}
                  {review.author && <span className="triage-author">{review.author}</span>}
                </span>
                <span className="triage-excerpt">{review.text.slice(0, 160)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
