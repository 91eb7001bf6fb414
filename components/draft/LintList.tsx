import type { RefObject } from 'react';
import type { Diagnostic } from '../../lib/types';
import { usePanel, useT } from '../common/store';
import { replaceRange } from './replace-range';

/** One row per warning: what is wrong and why, with buttons that apply its fixes in the editor. */
export function LintList({ fieldRef, caret }: { fieldRef: RefObject<HTMLTextAreaElement | null>; caret: number }) {
  const t = useT();
  const text = usePanel((s) => s.text);
  const diagnostics = usePanel((s) => s.diagnostics);
  if (diagnostics.length === 0) return null;

  const select = (d: Diagnostic) => {
    const field = fieldRef.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(d.start, d.end);
  };
  const apply = (d: Diagnostic, replacement: string) => {
    if (fieldRef.current) replaceRange(fieldRef.current, d.start, d.end, replacement);
  };

  return (
    <ul className="lint-list" aria-label={t.draft.warnings}>
      {diagnostics.map((d) => (
        <li
          key={`${d.rule}:${d.start}:${d.end}`}
          className={`lint-item lint-${d.severity}${caret >= d.start && caret <= d.end ? ' lint-current' : ''}`}
          data-testid="tactful-lint-item"
          data-class={d.class}
          data-rule={d.rule}
        >
          <div className="lint-head">
            <span className={`severity severity-${d.severity}`}>{t.draft.severities[d.severity]}</span>
            {d.end > d.start && (
              <button type="button" className="link-button lint-quote" title={t.draft.showInText} onClick={() => select(d)}>
                “{text.slice(d.start, d.end)}”
              </button>
            )}
          </div>
          <p className="lint-message">{d.message}</p>
          {d.fixes.length > 0 && (
            <div className="lint-fixes">
              {d.fixes.map((fix) => (
                <button key={fix.label} type="button" className="button-small" onClick={() => apply(d, fix.replacement)}>
                  {fix.label}
                </button>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
