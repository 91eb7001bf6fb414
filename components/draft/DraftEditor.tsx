import { useRef, type RefObject } from 'react';
import type { Diagnostic, Severity } from '../../lib/types';
import { splitBySpans } from '../common/spans';
import { usePanel, useT } from '../common/store';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Structure warnings are about the reply as a whole (no next step, no name); they live in the list only. */
const isUnderlined = (d: Diagnostic) => d.class !== 'structure';

/** Where warnings overlap, the underline shows the most severe, then the most specific (shortest). */
function mostImportant(spans: Diagnostic[]): Diagnostic | undefined {
  return [...spans].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - a.start - (b.end - b.start),
  )[0];
}

/**
 * The draft: a plain textarea over a backdrop that repeats its text with the lint ranges marked. The
 * backdrop wraps exactly like the textarea (same font, padding, width), so the marks sit under the words.
 */
export function DraftEditor({
  fieldRef,
  onCaret,
  describedBy,
}: {
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  onCaret: (position: number) => void;
  describedBy: string;
}) {
  const t = useT();
  const text = usePanel((s) => s.text);
  const diagnostics = usePanel((s) => s.diagnostics);
  const setText = usePanel((s) => s.setText);
  const backdropRef = useRef<HTMLDivElement>(null);
  const syncScroll = () => {
    if (backdropRef.current && fieldRef.current) backdropRef.current.scrollTop = fieldRef.current.scrollTop;
  };
  return (
    <div className="editor">
      <div className="editor-backdrop" ref={backdropRef} aria-hidden="true">
        {splitBySpans(text, diagnostics.filter(isUnderlined)).map((piece) => {
          const shown = mostImportant(piece.spans);
          return shown ? (
            <mark key={piece.start} className={`lint-mark lint-${shown.severity}`} data-class={shown.class}>
              {piece.text}
            </mark>
          ) : (
            piece.text
          );
        })}
        {/* A trailing newline in a textarea takes a line; the backdrop needs a character to do the same. */}
        {'\u200b'}
      </div>
      <textarea
        ref={fieldRef}
        data-testid="tactful-draft"
        className="editor-field"
        aria-label={t.draft.editorLabel}
        aria-describedby={describedBy}
        value={text}
        spellCheck
        onChange={(event) => {
          setText(event.target.value);
          onCaret(event.target.selectionStart);
        }}
        onSelect={(event) => onCaret(event.currentTarget.selectionStart)}
        onScroll={syncScroll}
      />
    </div>
  );
}
