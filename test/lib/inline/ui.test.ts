// @vitest-environment jsdom
/** The in-page UI of inline warnings (components/inline) and the textarea mirror, in a shadow root. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge } from '../../../components/inline/badge';
import { INLINE_STRINGS } from '../../../components/inline/strings';
import { createTooltip } from '../../../components/inline/tooltip';
import { FieldMirror } from '../../../lib/inline/mirror';
import { getTactfulRoot } from '../../../lib/page/host';
import type { Diagnostic } from '../../../lib/types';

const blame: Diagnostic = {
  rule: 'en-blame-customer-your-problem',
  class: 'blame_customer',
  severity: 'error',
  start: 16,
  end: 30,
  message: 'This blames the customer: explain how to solve it instead.',
  fixes: [{ label: 'Replace with “Let’s sort this out together”', replacement: "Let's sort this out together" }],
};
const rect = (left: number, top: number, width: number, height: number) => new DOMRect(left, top, width, height);

let root: ShadowRoot;
beforeEach(() => {
  document.body.innerHTML = '';
  root = getTactfulRoot(document);
});

describe('tooltip', () => {
  it('shows the message and one button per fix, and a click applies that fix', () => {
    const applyFix = vi.fn();
    const tooltip = createTooltip(root, INLINE_STRINGS.en, { applyFix });
    tooltip.show(blame, rect(100, 200, 80, 20), rect(0, 0, 0, 0));
    const element = root.querySelector<HTMLElement>('[data-tactful="tooltip"]')!;
    expect(element.hidden).toBe(false);
    expect(element.textContent).toContain('This blames the customer');
    const buttons = [...element.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Replace with “Let’s sort this out together”']);
    buttons[0]!.click();
    expect(applyFix).toHaveBeenCalledWith(blame, blame.fixes[0]);
  });

  it('hides, and tells events inside it from events elsewhere', () => {
    const tooltip = createTooltip(root, INLINE_STRINGS.en, { applyFix: vi.fn() });
    tooltip.show(blame, rect(100, 200, 80, 20), rect(0, 0, 0, 0));
    const button = root.querySelector('button')!;
    const inside = new MouseEvent('mousemove', { bubbles: true, composed: true });
    let held = false;
    button.addEventListener('mousemove', (event) => (held = tooltip.holds(event)));
    button.dispatchEvent(inside);
    expect(held).toBe(true);
    tooltip.hide();
    expect(tooltip.shown).toBeUndefined();
    expect(root.querySelector<HTMLElement>('[data-tactful="tooltip"]')!.hidden).toBe(true);
  });
});

describe('badge', () => {
  it('shows the count with a localized name and opens the panel on click', () => {
    const openPanel = vi.fn();
    const badge = createBadge(root, INLINE_STRINGS.ru, { openPanel, disableSite: vi.fn() });
    badge.place([blame, { ...blame, start: 40, end: 45, severity: 'warning' }], [], rect(10, 10, 600, 160), rect(0, 0, 0, 0));
    const count = root.querySelector<HTMLButtonElement>('[data-tactful="badge-count"]')!;
    expect(count.textContent).toBe('2');
    expect(count.getAttribute('aria-label')).toContain('2 замечания');
    expect(root.querySelector<HTMLElement>('[data-tactful="badge"]')!.dataset.severity).toBe('error');
    count.click();
    expect(openPanel).toHaveBeenCalledOnce();
  });

  it('lists the warnings about the whole reply in its menu, and turns the site off from there', () => {
    const disableSite = vi.fn();
    const badge = createBadge(root, INLINE_STRINGS.en, { openPanel: vi.fn(), disableSite });
    const nextStep: Diagnostic = { ...blame, rule: 'structure-next-step', class: 'structure', severity: 'warning', fixes: [], message: 'Say what happens next.' };
    badge.place([nextStep], [nextStep], rect(10, 10, 600, 160), rect(0, 0, 0, 0));
    expect(root.querySelector('[data-tactful="reply-notes"]')!.textContent).toBe('Say what happens next.');
    const menu = root.querySelector<HTMLElement>('[data-tactful="badge-menu"]')!;
    expect(menu.hidden).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-tactful="badge-more"]')!.click();
    expect(menu.hidden).toBe(false);
    const off = root.querySelector<HTMLButtonElement>('[data-tactful="badge-disable-site"]')!;
    expect(off.textContent).toBe('Turn off on this site');
    off.click();
    expect(disableSite).toHaveBeenCalledOnce();
    expect(menu.hidden).toBe(true);
  });
});

describe('textarea mirror', () => {
  it('copies the text into Tactful’s shadow root with one mark per warning, leaving the textarea alone', () => {
    document.body.insertAdjacentHTML('afterbegin', '<textarea id="reply"></textarea>');
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.value = 'Hi Maria, sorry. That was your own fault.\nRegards';
    const mirror = new FieldMirror(field, root);
    mirror.render(field.value, [{ start: 26, end: 40, severity: 'error' }]);
    const marks = root.querySelectorAll<HTMLElement>('[data-tactful="mark"]');
    expect([...marks].map((m) => [m.textContent, m.dataset.severity])).toEqual([['your own fault', 'error']]);
    expect(mirror.element.textContent).toBe(`${field.value}\u200b`);
    expect(field.outerHTML).toBe('<textarea id="reply"></textarea>');
    mirror.destroy();
    expect(root.querySelector('[data-tactful="mark"]')).toBeNull();
  });
});
