/**
 * What the inline linter needs from its in-page UI (tooltip and badge). The views are built in
 * components/inline and handed in, so lib/inline stays free of UI code.
 */
import type { Diagnostic, Fix } from '../types';

export interface TooltipView {
  /** Shows the diagnostic's message and fixes next to `anchor` (a client rect of the underlined text). */
  show(diagnostic: Diagnostic, anchor: DOMRect, origin: DOMRect): void;
  hide(): void;
  readonly shown: Diagnostic | undefined;
  /** True when the event happened inside the tooltip (hovering or clicking it). */
  holds(event: Event): boolean;
  /** Moves keyboard focus to the first fix (or the tooltip itself when there is none). */
  focusFirstAction(): void;
}

export interface BadgeView {
  /**
   * Shows the count of all `diagnostics` at the bottom-right corner of `box` (client rect; `origin` is the
   * host's), and lists `replyLevel` ones (about the whole reply, not underlined) in its menu.
   */
  place(diagnostics: readonly Diagnostic[], replyLevel: readonly Diagnostic[], box: DOMRect, origin: DOMRect): void;
  hide(): void;
}

export interface InlineUiHandlers {
  applyFix(diagnostic: Diagnostic, fix: Fix): void;
  /** The tooltip was closed from the keyboard: give focus back to the reply box. */
  returnFocus(): void;
  openPanel(): void;
  disableSite(): void;
}

export interface InlineUi {
  tooltip: TooltipView;
  badge: BadgeView;
  destroy(): void;
}

export type InlineUiFactory = (root: ShadowRoot, handlers: InlineUiHandlers) => InlineUi;
