import { useEffect, useState } from 'react';
import { createPanelStore, type PanelStore, type View } from '../../lib/store/panel';
import { NoticeBar } from '../common/NoticeBar';
import { PanelStoreProvider, usePanel, useT, useUiLanguage } from '../common/store';
import { DraftPane } from '../draft/DraftPane';
import { HistoryList } from '../history/HistoryList';
import { BlockingSteps, Checklist } from '../playbook/Checklist';
import { ReviewCard } from '../review/ReviewCard';
import { SettingsForm } from '../settings/SettingsForm';
import { TriageList } from '../triage/TriageList';
import { EmptyState } from './EmptyState';

const VIEWS: View[] = ['reply', 'triage', 'history', 'settings'];

function Nav() {
  const t = useT();
  const view = usePanel((s) => s.view);
  const setView = usePanel((s) => s.setView);
  return (
    <nav className="nav" aria-label={t.appName}>
      {VIEWS.map((id) => (
        <button
          key={id}
          type="button"
          className="nav-item"
          aria-current={view === id ? 'page' : undefined}
          onClick={() => setView(id)}
        >
          {t.tabs[id]}
        </button>
      ))}
    </nav>
  );
}

function ReplyView() {
  const hasReview = usePanel((s) => s.review !== null);
  if (!hasReview) return <EmptyState />;
  return (
    <>
      <ReviewCard />
      <BlockingSteps />
      <DraftPane />
      <Checklist />
    </>
  );
}

function Panel() {
  const ready = usePanel((s) => s.ready);
  const view = usePanel((s) => s.view);
  const language = useUiLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <div className="panel">
      <header className="panel-header">
        <Nav />
      </header>
      <NoticeBar />
      <main className="panel-main" aria-busy={!ready}>
        {ready && view === 'reply' && <ReplyView />}
        {ready && view === 'triage' && <TriageList />}
        {ready && view === 'history' && <HistoryList />}
        {ready && view === 'settings' && <SettingsForm />}
      </main>
    </div>
  );
}

/** The whole side panel; makes its own store unless given one (tests pass theirs). */
export function SidePanel({ store: given }: { store?: PanelStore }) {
  const [store] = useState(() => given ?? createPanelStore());
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void store
      .getState()
      .start()
      .then((unsubscribe) => {
        if (cancelled) unsubscribe();
        else stop = unsubscribe;
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [store]);
  return (
    <PanelStoreProvider store={store}>
      <Panel />
    </PanelStoreProvider>
  );
}
