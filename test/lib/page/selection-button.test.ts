// @vitest-environment jsdom
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSelectionPayload, innermostReview, MAX_SELECTION_CHARS, mountSelectionButton, truncate } from '../../../lib/page/selection-button';
import type { DetectedReview } from '../../../lib/types';

let controller: AbortController;
let review: DetectedReview;

beforeEach(() => {
  controller = new AbortController();
  document.documentElement.lang = 'en';
  document.body.innerHTML = `
    <article id="review"><b>James Whitfield</b><p id="body">I was charged twice for order #77190 and it has been eleven days.</p></article>
    <p id="other">Our delivery area covers Kyiv, Sofia and Riga.</p>
    <textarea id="reply">Dear James, we are sorry</textarea>
    <div id="editor" contenteditable="true">Draft in a rich editor</div>
    <p id="blank">   </p>`;
  const element = document.getElementById('review')!;
  review = { element, text: element.querySelector('p')!.textContent!, author: 'James Whitfield', site: 'schema-org' };
});

afterEach(() => {
  controller.abort();
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

const findReview = (node: Node) => (review.element.contains(node) ? review : undefined);

function select(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

/** What a triple-click on a paragraph selects in Chromium: from its start to offset 0 of the next block. */
function tripleClick(paragraph: Element): void {
  const next = nextBlock(paragraph);
  document.getSelection()!.setBaseAndExtent(paragraph.firstChild!, 0, next, 0);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

function nextBlock(el: Element): Element {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.nextElementSibling) return node.nextElementSibling;
  throw new Error('no block after the paragraph');
}

function draftButton(): HTMLButtonElement | null {
  return document.querySelector('tactful-root')?.shadowRoot?.querySelector('[data-tactful="draft-selection"]') ?? null;
}

const visibleButton = () => {
  const button = draftButton();
  return button && !button.hidden ? button : null;
};

describe('the floating "Draft reply" button', () => {
  it('appears by a selection inside a review and sends the text with the review', async () => {
    const onDraft = vi.fn();
    mountSelectionButton(document, onDraft, findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    const button = visibleButton()!;
    expect(button.textContent).toBe('Draft reply');
    expect(button.getAttribute('aria-label')).toBe('Draft a reply to James Whitfield');
    button.click();
    expect(onDraft).toHaveBeenCalledWith({ text: review.text, review });
    expect(visibleButton()).toBeNull();
  });

  it('sends the selection as it is at the click, even when the last drag step has not been read yet', async () => {
    const onDraft = vi.fn();
    mountSelectionButton(document, onDraft, findReview, { signal: controller.signal });
    const body = document.getElementById('body')!;
    const text = body.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 0, text, 12);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    // The drag goes on to the end of the paragraph and the button is pressed before the update's timer fires.
    document.getSelection()!.setBaseAndExtent(text, 0, text, text.textContent!.length);
    visibleButton()!.click();
    expect(onDraft).toHaveBeenCalledWith({ text: review.text, review });
  });

  it('finds the review of a triple-clicked paragraph, whose range ends in the next block', async () => {
    const onDraft = vi.fn();
    mountSelectionButton(document, onDraft, findReview, { signal: controller.signal });
    tripleClick(document.getElementById('body')!);
    const range = document.getSelection()!.getRangeAt(0);
    expect(range.endContainer).toBe(document.getElementById('other'));
    expect(review.element.contains(range.commonAncestorContainer)).toBe(false);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    expect(visibleButton()!.getAttribute('aria-label')).toBe('Draft a reply to James Whitfield');
    visibleButton()!.click();
    expect(onDraft).toHaveBeenCalledWith({ text: review.text, review });
  });

  it('sends a free selection without a review', async () => {
    const onDraft = vi.fn();
    mountSelectionButton(document, onDraft, findReview, { signal: controller.signal });
    select(document.getElementById('other')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    visibleButton()!.click();
    expect(onDraft).toHaveBeenCalledWith({ text: 'Our delivery area covers Kyiv, Sofia and Riga.' });
  });

  it('is reachable with the keyboard: a focusable button that Enter activates', async () => {
    const user = userEvent.setup();
    const onDraft = vi.fn();
    mountSelectionButton(document, onDraft, findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    const button = visibleButton()!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.tabIndex).toBe(0);
    button.focus();
    await user.keyboard('{Enter}');
    expect(onDraft).toHaveBeenCalledTimes(1);
  });

  it('goes away on Escape and on a click elsewhere', async () => {
    mountSelectionButton(document, vi.fn(), findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(visibleButton()).toBeNull();
    select(document.getElementById('other')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    document.getElementById('other')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(visibleButton()).toBeNull();
  });

  it('goes away when the agent clicks into a reply box while the review text is still selected', async () => {
    mountSelectionButton(document, vi.fn(), findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    const reply = document.getElementById('reply')!;
    reply.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    reply.focus();
    // Chromium keeps the page's selection on the review text while the textarea has focus (jsdom drops it).
    const kept = document.createRange();
    kept.selectNodeContents(document.getElementById('body')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(kept);
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visibleButton()).toBeNull();
  });

  it('stays away from editable fields, blank selections and its own UI', async () => {
    mountSelectionButton(document, vi.fn(), findReview, { signal: controller.signal });
    select(document.getElementById('editor')!);
    select(document.getElementById('blank')!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(visibleButton()).toBeNull();
    expect(getSelectionPayload(document, findReview)).toBeNull();
  });

  it('labels itself in the page language', async () => {
    document.documentElement.lang = 'uk';
    mountSelectionButton(document, vi.fn(), findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()?.textContent).toBe('Чернетка відповіді'));
  });

  it('leaves the page as it was when its signal aborts', async () => {
    mountSelectionButton(document, vi.fn(), findReview, { signal: controller.signal });
    select(document.getElementById('body')!);
    await vi.waitFor(() => expect(visibleButton()).not.toBeNull());
    controller.abort();
    expect(draftButton()).toBeNull();
  });
});

describe('getSelectionPayload (context menu and keyboard command)', () => {
  it('returns the selected text and its review', () => {
    select(document.getElementById('body')!);
    expect(getSelectionPayload(document, findReview)).toEqual({ text: review.text, review });
  });

  it('returns the review of a triple-clicked paragraph, also when the next block is another review', () => {
    document.body.insertAdjacentHTML(
      'afterbegin',
      `<article id="first"><b>Olena K.</b><p id="first-body">Замовлення №5521 привезли на три дні пізніше.</p></article>\n`,
    );
    const first = document.getElementById('first')!;
    const firstReview: DetectedReview = { element: first, text: 'Замовлення №5521 привезли на три дні пізніше.', author: 'Olena K.', site: 'schema-org' };
    const findEither = (node: Node) => (first.contains(node) ? firstReview : findReview(node));
    tripleClick(document.getElementById('first-body')!);
    expect(document.getSelection()!.getRangeAt(0).endContainer).toBe(review.element);
    expect(getSelectionPayload(document, findEither)).toEqual({ text: firstReview.text, review: firstReview });
  });

  it('returns the reply, not the comment it answers, for a triple-clicked paragraph of a nested reply', () => {
    document.body.innerHTML = `
      <div class="thing comment" id="t1_parent"><p class="tagline"><a class="author">kettle_owner</a></p>
        <div class="md"><p>Support closed my ticket without an answer, twice.</p></div>
        <div class="child"><div class="thing comment" id="t1_reply"><p class="tagline"><a class="author">Brand_Support</a></p>
          <div class="md"><p>Sorry about that, we have reopened it and will email you today.</p></div></div></div>
        <ul class="flat-list buttons"><li><a href="#">permalink</a></li></ul>
      </div>`;
    const [parent, reply] = ['t1_parent', 't1_reply'].map((id): DetectedReview => {
      const element = document.getElementById(id)!;
      return { element, text: element.querySelector('.md')!.textContent!, author: element.querySelector('.author')!.textContent!, site: 'reddit' };
    });
    const findInnermost = (node: Node) => innermostReview([parent!, reply!], node);
    tripleClick(reply!.element.querySelector('.md p')!);
    expect(getSelectionPayload(document, findInnermost)).toEqual({ text: reply!.text, review: reply });
    tripleClick(parent!.element.querySelector('.md p')!);
    expect(getSelectionPayload(document, findInnermost)).toEqual({ text: parent!.text, review: parent });
    // From the comment into its reply: the comment holds both.
    document.getSelection()!.setBaseAndExtent(parent!.element.querySelector('.md p')!.firstChild!, 0, reply!.element.querySelector('.md p')!.firstChild!, 5);
    expect(getSelectionPayload(document, findInnermost)?.review).toBe(parent);
  });

  it('does not tie a selection that runs on into the next paragraph to the review', () => {
    const other = document.getElementById('other')!;
    document.getSelection()!.setBaseAndExtent(document.getElementById('body')!.firstChild!, 0, other.firstChild!, 12);
    expect(getSelectionPayload(document, findReview)).toEqual({ text: `${review.text} Our delivery` });
  });

  it('returns null without a selection', () => {
    document.getSelection()!.removeAllRanges();
    expect(getSelectionPayload(document, findReview)).toBeNull();
  });

  it('cuts a 1 MB selection at a word boundary', () => {
    const huge = document.createElement('p');
    huge.textContent = 'Доставка опоздала на два часа. '.repeat(34_000);
    document.body.appendChild(huge);
    select(huge);
    const payload = getSelectionPayload(document, findReview)!;
    expect(payload.text.length).toBeLessThanOrEqual(MAX_SELECTION_CHARS + 1);
    expect(payload.text.endsWith('…')).toBe(true);
    expect(payload.text.slice(-2, -1)).not.toBe(' ');
  });

  it('never splits an emoji when cutting', () => {
    const text = `${'a'.repeat(9)}😀😀`;
    expect(truncate(text, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
