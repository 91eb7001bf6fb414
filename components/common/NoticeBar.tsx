import { usePanel, useT } from './store';

/** The outcome of the last action (inserted, copied, tab unreachable), announced to screen readers. */
export function NoticeBar() {
  const t = useT();
  const notice = usePanel((s) => s.notice);
  const dismiss = usePanel((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{t.notices[notice.key]}</span>
      <button type="button" className="icon-button" aria-label={t.dismiss} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
