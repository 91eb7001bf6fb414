/** The live linter (issue 5): rules as data per language, code checks, a full and an incremental engine. */
export { lintReply } from './engine';
export { createLinter, type Linter } from './incremental';
export { allRules, rulesByLanguage } from './rules/index';
export type { LintRule, Message } from './rule';
export { MODEL_RULE_PREFIX } from './tone';
