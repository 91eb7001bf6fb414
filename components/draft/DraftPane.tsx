import { useId, useRef, useState } from 'react';
import { TONES, type Tone } from '../../lib/taxonomy';
import { LANGUAGE_NAMES } from '../i18n';
import { usePanel, useT } from '../common/store';
import { DraftEditor } from './DraftEditor';
import { LintList } from './LintList';
import { QualitySummary } from './QualitySummary';

function DraftControls() {
  const t = useT();
  const tone = usePanel((s) => s.tone);
  const tones = usePanel((s) => s.tones);
  const setTone = usePanel((s) => s.setTone);
  const nextVariant = usePanel((s) => s.nextVariant);
  const language = usePanel((s) => s.draftLanguage);
  return (
    <div className="toolbar">
      <label className="inline-field">
        <span>{t.draft.tone}</span>
        <select data-testid="tactful-tone" value={tone} onChange={(event) => setTone(event.target.value as Tone)}>
          {TONES.filter((id) => tones.length === 0 || tones.includes(id)).map((id) => (
            <option key={id} value={id}>
              {t.draft.tones[id]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="tactful-variant" onClick={nextVariant}>
        {t.draft.variant}
      </button>
      {language && (
        <span className="muted" title={t.draft.language}>
          {LANGUAGE_NAMES[language]}
        </span>
      )}
    </div>
  );
}

function DraftActions() {
  const t = useT();
  const insert = usePanel((s) => s.insert);
  const copy = usePanel((s) => s.copy);
  const empty = usePanel((s) => s.text.trim() === '');
  return (
    <div className="actions">
      <button type="button" className="button-primary" data-testid="tactful-insert" disabled={empty} onClick={() => void insert()}>
        {t.draft.insert}
      </button>
      <button type="button" data-testid="tactful-copy" disabled={empty} onClick={() => void copy()}>
        {t.draft.copy}
      </button>
    </div>
  );
}

/** The composed reply: tone and variant, the editor with live lint, the warnings and the way out to the page. */
export function DraftPane() {
  const t = useT();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(-1);
  const summaryId = useId();
  return (
    <section className="card" aria-labelledby="draft-heading">
      <div className="section-head">
        <h2 id="draft-heading" className="section-title">
          {t.draft.heading}
        </h2>
        <QualitySummary id={summaryId} />
      </div>
      <DraftControls />
      <DraftEditor fieldRef={fieldRef} onCaret={setCaret} describedBy={summaryId} />
      <DraftActions />
      <LintList fieldRef={fieldRef} caret={caret} />
    </section>
  );
}
