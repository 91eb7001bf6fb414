/** The tooltip of an underlined span: why it is a problem, and one button per fix. Plain DOM, no React. */
import type { Diagnostic, Fix } from '../../lib/types';
import type { TooltipView } from '../../lib/inline';
import type { InlineStrings } from './strings';

const GAP = 6;

export function createTooltip(
  root: ShadowRoot,
  strings: InlineStrings,
  handlers: { applyFix(diagnostic: Diagnostic, fix: Fix): void },
): TooltipView & { destroy(): void } {
  const doc = root.ownerDocument;
  const element = doc.createElement('div');
  element.className = 'tactful-tooltip';
  element.dataset.tactful = 'tooltip';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-label', strings.tooltipLabel);
  element.tabIndex = -1;
  element.hidden = true;
  root.appendChild(element);
  let shown: Diagnostic | undefined;

  const render = (diagnostic: Diagnostic) => {
    const message = doc.createElement('p');
    const dot = doc.createElement('span');
    dot.className = `severity ${diagnostic.severity}`;
    message.append(dot, diagnostic.message);
    const fixes = doc.createElement('div');
    fixes.className = 'fixes';
    fixes.setAttribute('role', 'group');
    fixes.setAttribute('aria-label', strings.fixesLabel);
    for (const fix of diagnostic.fixes) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.dataset.tactful = 'fix';
      button.textContent = fix.label;
      // mousedown would move focus out of the reply box before the fix can select its text.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => handlers.applyFix(diagnostic, fix));
      fixes.append(button);
    }
    element.replaceChildren(message, ...(diagnostic.fixes.length > 0 ? [fixes] : []));
  };

  return {
    get shown() {
      return shown;
    },
    show(diagnostic, anchor, origin) {
      if (shown !== diagnostic) render(diagnostic);
      shown = diagnostic;
      element.hidden = false;
      const view = doc.defaultView!;
      const height = element.offsetHeight;
      const below = anchor.bottom + GAP + height <= view.innerHeight || anchor.top - GAP - height < 0;
      const top = below ? anchor.bottom + GAP : anchor.top - GAP - height;
      const left = Math.max(4, Math.min(anchor.left, view.innerWidth - element.offsetWidth - 4));
      element.style.transform = `translate(${left - origin.left}px, ${top - origin.top}px)`;
    },
    hide() {
      shown = undefined;
      element.hidden = true;
    },
    holds: (event) => event.composedPath().includes(element),
    focusFirstAction() {
      (element.querySelector('button') ?? element).focus();
    },
    destroy: () => element.remove(),
  };
}
