import { useId } from 'react';
import type { ChecklistItem } from '../../lib/types';
import { usePanel, useT } from '../common/store';
import { SEED_TITLES } from './seeds';

const PHASES = ['before', 'reply', 'after'] as const;

function Step({ item }: { item: ChecklistItem }) {
  const t = useT();
  const checked = usePanel((s) => s.checked.includes(item.id));
  const toggle = usePanel((s) => s.toggleChecked);
  const inputId = useId();
  return (
    <li className={`step${item.blocking ? ' step-blocking' : ''}`} data-value={item.id}>
      <input id={inputId} type="checkbox" checked={checked} onChange={() => toggle(item.id)} />
      <div>
        <label htmlFor={inputId}>
          {item.text}
          {item.blocking && <span className="badge badge-blocking">{t.checklist.blocking}</span>}
        </label>
        <details className="seed">
          <summary>{t.checklist.source}</summary>
          <cite>{SEED_TITLES[item.seed]}</cite> <code>{item.seed}</code>
        </details>
      </div>
    </li>
  );
}

/** Steps that must be done before anything is posted, shown above the draft. */
export function BlockingSteps() {
  const t = useT();
  const blocking = usePanel((s) => s.checklist).filter((item) => item.blocking);
  if (blocking.length === 0) return null;
  return (
    <section className="blocking" aria-labelledby="blocking-heading">
      <h2 id="blocking-heading" className="section-title">
        {t.checklist.blockingBanner}
      </h2>
      <ul className="steps">
        {blocking.map((item) => (
          <Step key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** The playbook steps for this case by phase, tickable, each with the seed it comes from a click away. */
export function Checklist() {
  const t = useT();
  const checklist = usePanel((s) => s.checklist);
  return (
    <section className="card" data-testid="tactful-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="section-title">
        {t.checklist.heading}
      </h2>
      {checklist.length === 0 && <p className="muted">{t.checklist.empty}</p>}
      {PHASES.map((phase) => {
        const items = checklist.filter((item) => (item.phase ?? 'reply') === phase);
        if (items.length === 0) return null;
        return (
          <div key={phase} className="phase">
            <h3 className="label">{t.checklist.phases[phase]}</h3>
            <ul className="steps">
              {items.map((item) => (
                <Step key={item.id} item={item} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
