/**
 * Inline warnings in the page's own reply box (lib/inline) with their in-page UI: the tooltip and the
 * badge, plain DOM in Tactful's shadow root (no React in the content script, to keep it small).
 */
import { attachInline, type InlineLintOptions, type InlineUiFactory } from '../../lib/inline';
import { createBadge } from './badge';
import { INLINE_STRINGS } from './strings';
import { INLINE_UI_CSS } from './styles';
import { createTooltip } from './tooltip';

export type { InlineLintOptions };

export function attachInlineLint(doc: Document, options: InlineLintOptions): void {
  const strings = INLINE_STRINGS[options.uiLanguage];
  const createUi: InlineUiFactory = (root, handlers) => {
    const style = doc.createElement('style');
    style.dataset.tactfulStyle = 'inline-ui';
    style.textContent = INLINE_UI_CSS;
    root.appendChild(style);
    const tooltip = createTooltip(root, strings, handlers);
    const badge = createBadge(root, strings, handlers);
    return {
      tooltip,
      badge,
      destroy() {
        tooltip.destroy();
        badge.destroy();
        style.remove();
      },
    };
  };
  attachInline(doc, options, createUi);
}
