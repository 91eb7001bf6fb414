/**
 * The badge at the reply box's corner: the number of warnings (click: open the side panel on this reply)
 * and a small menu listing the warnings about the whole reply (not underlined), with "Open in Tactful" and
 * "Turn off on this site". Plain DOM, no React.
 */
import type { BadgeView } from '../../lib/inline';
import type { InlineStrings } from './strings';

const INSET = 6;
const BADGE_HEIGHT = 20;
/** Boxes lower than this (one-line inputs) get the badge under their corner, not over their text. */
const MIN_HEIGHT_INSIDE = 48;

export function createBadge(
  root: ShadowRoot,
  strings: InlineStrings,
  handlers: { openPanel(): void; disableSite(): void },
): BadgeView & { destroy(): void } {
  const doc = root.ownerDocument;
  const badge = doc.createElement('div');
  badge.className = 'tactful-badge';
  badge.dataset.tactful = 'badge';
  badge.hidden = true;
  const count = button('count', '', handlers.openPanel);
  const more = button('more', '⋯', () => toggleMenu(Boolean(menu.hidden)));
  more.className = 'more';
  more.title = strings.menu;
  more.setAttribute('aria-label', strings.menu);
  more.setAttribute('aria-haspopup', 'menu');
  more.setAttribute('aria-expanded', 'false');
  badge.append(count, more);

  const menu = doc.createElement('div');
  menu.className = 'tactful-menu';
  menu.dataset.tactful = 'badge-menu';
  menu.setAttribute('role', 'menu');
  menu.hidden = true;
  const open = button('open', strings.open, () => {
    toggleMenu(false);
    handlers.openPanel();
  });
  const disable = button('disable-site', strings.disableSite, () => {
    toggleMenu(false);
    handlers.disableSite();
  });
  for (const item of [open, disable]) item.setAttribute('role', 'menuitem');
  const notes = doc.createElement('ul');
  notes.className = 'notes';
  notes.dataset.tactful = 'reply-notes';
  menu.append(notes, open, disable);
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    toggleMenu(false);
    more.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node | null) && event.relatedTarget !== more) toggleMenu(false);
  });
  root.append(badge, menu);

  let shownKey = '';
  let corner = { x: 0, y: 0 };

  function button(name: string, text: string, onClick: () => void): HTMLButtonElement {
    const element = doc.createElement('button');
    element.type = 'button';
    element.dataset.tactful = `badge-${name}`;
    element.textContent = text;
    element.addEventListener('click', onClick);
    return element;
  }

  function toggleMenu(show: boolean): void {
    menu.hidden = !show;
    more.setAttribute('aria-expanded', String(show));
    if (show) {
      menu.style.transform = `translate(${corner.x}px, ${corner.y - BADGE_HEIGHT - 4}px) translate(-100%, -100%)`;
      open.focus();
    }
  }

  return {
    place(diagnostics, replyLevel, box, origin) {
      const worst = diagnostics.find((d) => d.severity === 'error') ?? diagnostics.find((d) => d.severity === 'warning');
      const inside = box.height >= MIN_HEIGHT_INSIDE;
      const x = box.right - origin.left - (inside ? INSET : 0);
      const y = box.bottom - origin.top + (inside ? -INSET : BADGE_HEIGHT + 2);
      const key = `${diagnostics.length}|${worst?.severity}|${x}|${y}|${replyLevel.map((d) => d.rule).join()}`;
      badge.hidden = box.width === 0 && box.height === 0;
      if (key === shownKey) return;
      shownKey = key;
      corner = { x, y };
      count.textContent = String(diagnostics.length);
      count.setAttribute('aria-label', strings.badge(diagnostics.length));
      count.title = strings.open;
      badge.dataset.count = String(diagnostics.length);
      badge.dataset.severity = worst?.severity ?? diagnostics[0]?.severity ?? 'none';
      notes.replaceChildren(
        ...replyLevel.map((d) => {
          const item = doc.createElement('li');
          item.textContent = d.message;
          return item;
        }),
      );
      // Anchored by its bottom-right corner without measuring it (no layout read per keystroke).
      badge.style.transform = `translate(${x}px, ${y}px) translate(-100%, -100%)`;
    },
    hide() {
      badge.hidden = true;
      toggleMenu(false);
      shownKey = '';
    },
    destroy() {
      badge.remove();
      menu.remove();
    },
  };
}
