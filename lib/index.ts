/**
 * The public API of the core (contract: ../shared/DESIGN.md). The CLI, the UI and outside
 * evaluation scripts use these names; extend, never rename.
 */
export * from './taxonomy';
export type * from './types';
export { analyzeReview } from './analyze';
export { composeReply, allowedTones, type ReplySettings } from './compose/index';
export { getPlaybook, checklistFor, SEED_COVERAGE } from './playbook/index';
export { SettingsSchema, DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION, type Settings } from './settings/schema';
export { lintReply, createLinter, type Linter } from './lint';
export { detectReviews } from './detect';
