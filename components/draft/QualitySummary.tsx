import { usePanel, useT } from '../common/store';

/** "2 warnings" / "No warnings": the state of the draft in a few words, announced as it changes. */
export function QualitySummary({ id }: { id: string }) {
  const t = useT();
  const diagnostics = usePanel((s) => s.diagnostics);
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  const clean = diagnostics.length === 0;
  return (
    <p id={id} className={`summary ${clean ? 'summary-clean' : 'summary-issues'}`} role="status" data-testid="tactful-summary">
      {clean ? t.draft.noWarnings : t.draft.summary(count('error'), count('warning'), count('info'))}
    </p>
  );
}
