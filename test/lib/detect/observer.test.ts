// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeReviews } from '../../../lib/detect/observer';
import { reviewKey } from '../../../lib/messaging/review-key';
import { getTactfulRoot } from '../../../lib/page/host';
import type { DetectedReview } from '../../../lib/types';
import { commentHtml, sampleComments, threadHtml } from './thread';

let controller: AbortController;
let reported: DetectedReview[][];

beforeEach(() => {
  controller = new AbortController();
  reported = [];
  document.body.innerHTML = '';
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

function start() {
  return observeReviews(document, location.href, (added) => reported.push(added), { signal: controller.signal });
}

const authors = () => reported.flat().map((r) => r.author);

function appendComments(container: Element, count: number, offset: number): void {
  container.insertAdjacentHTML('beforeend', sampleComments(count, offset).map((c, i) => commentHtml(c, offset + i)).join(''));
}

describe('observeReviews', () => {
  it('reports the reviews already on the page once the page is idle', async () => {
    document.body.innerHTML = threadHtml(sampleComments(3));
    start();
    expect(reported).toEqual([]);
    await vi.waitFor(() => expect(authors()).toEqual(['Анна К. 0', 'Dmytro 1', 'Мария Иванова 2']));
    expect(reported[0]![0]!.site).toBe('generic');
  });

  it('reports comments added later (infinite scroll) in one batch, and only those', async () => {
    document.body.innerHTML = threadHtml(sampleComments(3));
    const observer = start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    appendComments(document.querySelector('.comments__list')!, 2, 3);
    await vi.waitFor(() => expect(reported).toHaveLength(2));
    expect(reported[1]!.map((r) => r.author)).toEqual(['Peter W 3', 'Олена 4']);
    expect(observer.all()).toHaveLength(5);
  });

  it('reports a re-rendered review once and points at its new element', async () => {
    document.body.innerHTML = threadHtml(sampleComments(3));
    const observer = start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    const list = document.querySelector('.comments__list')!;
    const html = list.innerHTML;
    list.innerHTML = html; // what a framework does when it re-renders the list
    appendComments(list, 1, 10);
    await vi.waitFor(() => expect(reported).toHaveLength(2));
    expect(reported[1]!.map((r) => r.author)).toEqual(['Олена 10']);
    const first = observer.all().find((r) => r.author === 'Анна К. 0')!;
    expect(first.element.isConnected).toBe(true);
    // The side panel inserts into a review's box by its key: the key finds the same, re-pointed review.
    expect(observer.byKey(reviewKey(first))).toBe(first);
  });

  it('finds reviews inside open shadow roots, also when they are added later', async () => {
    const host = document.createElement('review-widget');
    document.body.appendChild(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = threadHtml(sampleComments(2));
    start();
    await vi.waitFor(() => expect(authors()).toEqual(['Анна К. 0', 'Dmytro 1']));
    appendComments(shadow.querySelector('.comments__list')!, 1, 20);
    await vi.waitFor(() => expect(authors()).toContain('Мария Иванова 20'));
  });

  it('finds reviews in same-origin iframes', async () => {
    const frame = document.createElement('iframe');
    document.body.appendChild(frame);
    const frameDoc = frame.contentDocument!;
    frameDoc.body.innerHTML = `
      <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Ірина</span>
        <p itemprop="reviewBody">Замовлення загубили, підтримка мовчить.</p></div>`;
    start();
    await vi.waitFor(() => expect(authors()).toEqual(['Ірина']));
    expect(reported[0]![0]!.element.ownerDocument).toBe(frameDoc);
  });

  it("ignores Tactful's own UI", async () => {
    document.body.innerHTML = threadHtml(sampleComments(2));
    start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    getTactfulRoot(document).innerHTML = threadHtml(sampleComments(3, 40));
    appendComments(document.querySelector('.comments__list')!, 1, 50);
    await vi.waitFor(() => expect(reported).toHaveLength(2));
    expect(authors()).not.toContain('Анна К. 42');
  });

  it('rescans after single-page-app navigation that reuses the same nodes', async () => {
    document.body.innerHTML = threadHtml(sampleComments(2));
    start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    // The app swaps the page by editing text in place (no childList mutation), then pushes a URL.
    document.querySelector('.comment__author')!.firstChild!.nodeValue = 'Новый автор';
    history.pushState({}, '', '/thread/2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(authors()).toContain('Новый автор'));
  });

  it('rescans when the address changed by pushState alone (no popstate)', async () => {
    document.body.innerHTML = threadHtml(sampleComments(2));
    start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    document.querySelector('.comment__author')!.firstChild!.nodeValue = 'Автор со второй страницы';
    history.pushState({}, '', '/thread/3');
    document.body.appendChild(document.createElement('div')); // any later mutation lets the observer notice
    await vi.waitFor(() => expect(authors()).toContain('Автор со второй страницы'));
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = threadHtml(sampleComments(2));
    start();
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    controller.abort();
    appendComments(document.querySelector('.comments__list')!, 2, 60);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(reported).toHaveLength(1);
  });

  it('keeps working when the listener throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = threadHtml(sampleComments(2));
    const observer = observeReviews(document, location.href, () => {
      throw new Error('listener bug');
    }, { signal: controller.signal });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    appendComments(document.querySelector('.comments__list')!, 1, 70);
    await vi.waitFor(() => expect(observer.all()).toHaveLength(3));
    error.mockRestore();
  });
});
