import { CATEGORIES, type Category } from '../../lib/taxonomy';
import { usePanel, useT } from '../common/store';

/** The category as a choice the agent can change; changing it writes a new draft. */
export function CategoryPicker() {
  const t = useT();
  const category = usePanel((s) => s.category);
  const setCategory = usePanel((s) => s.setCategory);
  if (!category) return null;
  return (
    <div className="field-row">
      <label htmlFor="tactful-category">{t.review.category}</label>
      <select
        id="tactful-category"
        data-testid="tactful-category"
        data-value={category}
        value={category}
        onChange={(event) => setCategory(event.target.value as Category)}
      >
        {CATEGORIES.map((id) => (
          <option key={id} value={id}>
            {t.categories[id]}
          </option>
        ))}
      </select>
    </div>
  );
}
