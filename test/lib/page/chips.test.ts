// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReplyChips } from '../../../lib/page/chips';
import type { DetectedReview } from '../../../lib/types';

let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  document.documentElement.lang = 'ru';
  document.body.innerHTML = `
    <article id="a"><b>Марина</b><p>Курьер опоздал на два часа.</p></article>
    <article id="b"><b>Олег</b><p>Не перезвонили.</p></article>`;
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

function reviewOf(id: string): DetectedReview {
  const element = document.getElementById(id)!;
  return { element, author: element.querySelector('b')!.textContent!, text: element.querySelector('p')!.textContent!, site: 'generic' };
}

const chips = () => Array.from(document.querySelector('tactful-root')?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[data-tactful="chip"]') ?? []);

describe('reply chips', () => {
  it('puts one "Reply" button by each review, in the page language', () => {
    mountReplyChips(document, [reviewOf('a'), reviewOf('b')], vi.fn(), { signal: controller.signal });
    expect(chips().map((c) => [c.tagName, c.textContent, c.getAttribute('aria-label')])).toEqual([
      ['BUTTON', 'Ответить', 'Черновик ответа: Марина'],
      ['BUTTON', 'Ответить', 'Черновик ответа: Олег'],
    ]);
  });

  it('never adds a second chip for the same review, even after the page re-renders it', () => {
    const onDraft = vi.fn();
    mountReplyChips(document, [reviewOf('a')], onDraft, { signal: controller.signal });
    mountReplyChips(document, [reviewOf('a'), reviewOf('b')], onDraft, { signal: controller.signal });
    const rerendered = document.getElementById('a')!.cloneNode(true) as Element;
    document.getElementById('a')!.replaceWith(rerendered);
    mountReplyChips(document, [{ ...reviewOf('a') }], onDraft, { signal: controller.signal });
    expect(chips()).toHaveLength(2);
    chips()[0]!.click();
    expect(onDraft.mock.calls[0]![0].element).toBe(rerendered);
  });

  it('asks for a draft of its review when clicked', () => {
    const onDraft = vi.fn();
    const b = reviewOf('b');
    mountReplyChips(document, [reviewOf('a'), b], onDraft, { signal: controller.signal });
    chips()[1]!.click();
    expect(onDraft).toHaveBeenCalledWith(b);
  });

  it('adds nothing to the page outside its shadow root, and leaves when its signal aborts', () => {
    const before = document.body.innerHTML;
    mountReplyChips(document, [reviewOf('a')], vi.fn(), { signal: controller.signal });
    expect(document.body.innerHTML.replace(/<tactful-root[^>]*><\/tactful-root>/, '')).toBe(before);
    expect(document.head.querySelector('style')).toBeNull();
    controller.abort();
    expect(chips()).toHaveLength(0);
  });
});
