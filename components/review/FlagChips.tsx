import { FLAGS, type Flag } from '../../lib/taxonomy';
import { usePanel, useT } from '../common/store';

/** The flags of the review as chips with a one-line explanation; the agent can remove or add flags. */
export function FlagChips() {
  const t = useT();
  const flags = usePanel((s) => s.flags);
  const addFlag = usePanel((s) => s.addFlag);
  const removeFlag = usePanel((s) => s.removeFlag);
  const missing = FLAGS.filter((flag) => !flags.includes(flag));
  return (
    <div className="flags">
      <h3 className="label" id="flags-label">
        {t.review.flags}
      </h3>
      <ul className="chips" data-testid="tactful-flags" aria-labelledby="flags-label">
        {flags.map((flag) => (
          <li key={flag} className={`chip chip-${flag}`} data-value={flag}>
            <span className="chip-name">{t.flags[flag]}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t.review.removeFlag(t.flags[flag])}
              onClick={() => removeFlag(flag)}
            >
              ×
            </button>
            <span className="chip-help">{t.flagHelp[flag]}</span>
          </li>
        ))}
        {flags.length === 0 && <li className="muted">{t.review.noFlags}</li>}
      </ul>
      {missing.length > 0 && (
        <select
          className="add-flag"
          aria-label={t.review.addFlag}
          value=""
          onChange={(event) => event.target.value && addFlag(event.target.value as Flag)}
        >
          <option value="">{t.review.addFlag}</option>
          {missing.map((flag) => (
            <option key={flag} value={flag}>
              {t.flags[flag]}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
