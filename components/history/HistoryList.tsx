import { useState } from 'react';
import { usePanel, useT, useUiLanguage } from '../common/store';

/** The last drafts the agent inserted or copied, searchable and deletable; kept on this device only. */
export function HistoryList() {
  const t = useT();
  const language = useUiLanguage();
  const history = usePanel((s) => s.history);
  const deleteHistory = usePanel((s) => s.deleteHistory);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase();
  const shown = needle
    ? history.filter((entry) =>
        [entry.reviewExcerpt, entry.text, t.categories[entry.category], entry.site ?? ''].some((field) =>
          field.toLocaleLowerCase().includes(needle),
        ),
      )
    : history;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" className="section-title">
        {t.history.heading}
      </h2>
      {history.length === 0 ? (
        <p className="muted">{t.history.empty}</p>
      ) : (
        <>
          <input
            type="search"
            className="search"
            aria-label={t.history.search}
            placeholder={t.history.search}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {shown.length === 0 && <p className="muted">{t.history.noMatch}</p>}
          <ul className="history-list">
            {shown.map((entry) => (
              <li key={entry.id} className="history-item" data-testid="tactful-history-item">
                <div className="history-head">
                  <span className={`badge badge-${entry.category}`}>{t.categories[entry.category]}</span>
                  <time dateTime={new Date(entry.createdAt).toISOString()}>{date.format(entry.createdAt)}</time>
                </div>
                <blockquote className="history-review">{entry.reviewExcerpt}</blockquote>
                <p className="history-text">{entry.text}</p>
                <div className="actions">
                  <button type="button" className="button-small" onClick={() => void navigator.clipboard.writeText(entry.text)}>
                    {t.history.copy}
                  </button>
                  <button type="button" className="button-small button-danger" onClick={() => void deleteHistory(entry.id)}>
                    {t.history.delete}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
