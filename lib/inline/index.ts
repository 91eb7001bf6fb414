/** Inline warnings in the page's own reply boxes: the DOM engines. The in-page UI is in components/inline. */
export { attachInline, type InlineLintOptions } from './attach';
export { applyFix, type FixEdit } from './apply-fix';
export { lintableBox, type LintBox } from './editable';
export { HIGHLIGHT_NAMES } from './highlights';
export { visibleDiagnostics, type CreateLinter, type IncrementalLinter } from './session';
export type { BadgeView, InlineUi, InlineUiFactory, InlineUiHandlers, TooltipView } from './ui';
