/**
 * The public API of the core (contract: ../shared/DESIGN.md). The CLI, the UI and outside
 * evaluation scripts use these names; extend, never rename.
 */
export * from './taxonomy';
export type * from './types';
