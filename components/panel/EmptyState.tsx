import { usePanel, useT } from '../common/store';

/** What the panel shows before any review is chosen: how to choose one. */
export function EmptyState() {
  const t = useT();
  const setView = usePanel((s) => s.setView);
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t.empty.title}</h2>
      <p>{t.empty.body}</p>
      <p className="muted">{t.empty.triageHint}</p>
      <button type="button" onClick={() => setView('triage')}>
        {t.empty.openTriage}
      </button>
    </section>
  );
}
