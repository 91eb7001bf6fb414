/** Every language's rule list; the engine compiles one language's list the first time it is needed. */
import type { Language } from '../../taxonomy';
import type { LintRule } from '../rule';
import { rules as bg } from './bg/index';
import { rules as en } from './en/index';
import { rules as ru } from './ru/index';
import { rules as uk } from './uk/index';

export const rulesByLanguage: Record<Language, LintRule[]> = { ru, uk, bg, en };

export const allRules: LintRule[] = [...ru, ...uk, ...bg, ...en];
