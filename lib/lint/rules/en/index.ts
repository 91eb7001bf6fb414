import type { LintRule } from '../../rule';
import { rules as argue } from './argue';
import { rules as blameCustomer } from './blame_customer';
import { rules as blameStaff } from './blame_staff';
import { rules as condescension } from './condescension';
import { withContractions } from './contractions';
import { rules as dismissive } from './dismissive';
import { rules as dry } from './dry';
import { rules as formal } from './formal';
import { rules as liability } from './liability';
import { rules as mockery } from './mockery';
import { rules as overpromise } from './overpromise';
import { rules as removalRequest } from './removal_request';
import { rules as threat } from './threat';

/** Every English rule, its patterns also in their contracted forms ("we have" / "we've"). */
export const rules: LintRule[] = [
  ...formal,
  ...dry,
  ...blameCustomer,
  ...blameStaff,
  ...threat,
  ...mockery,
  ...condescension,
  ...dismissive,
  ...overpromise,
  ...liability,
  ...argue,
  ...removalRequest,
].map((rule) => ({ ...rule, patterns: rule.patterns.flatMap(withContractions) }));
