/** How long a draft takes: the side panel composes on every tone/variant click, so it must feel instant. */
import { composeReply } from '../../lib/compose/index';
import { checklistFor } from '../../lib/playbook/index';
import { LANGUAGES } from '../../lib/taxonomy';
import { COMBOS, analysisOf, northwind } from '../lib/compose/cases';
import type { Bench } from './harness';

export default async (bench: Bench) => {
  const cases = LANGUAGES.flatMap((language) =>
    COMBOS.map(({ category, flags }) => ({ analysis: analysisOf(language, category, flags, true), settings: northwind(language) })),
  );
  let i = 0;
  bench.measure('composeReply, one draft (cases rotate)', () => {
    const { analysis, settings } = cases[i++ % cases.length]!;
    return composeReply(analysis, settings, { variant: i });
  }, { runs: 2000 });
  bench.measure('checklistFor, one case', () => {
    const { analysis } = cases[i++ % cases.length]!;
    return checklistFor(analysis, 'en');
  }, { runs: 2000 });
  bench.note(`${cases.length} category × flags × language cases`);
};
