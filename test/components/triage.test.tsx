// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SPtoCSMessage } from '../../lib/messaging/protocol';
import { currentReviewItem } from '../../lib/settings/storage';
import { EN_DELIVERY, EN_LEGAL, EN_DEFECT, EN_PRAISE, EN_RUDE } from './fixtures';
import { openPageTab, renderPanel } from './panel-harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The content script of the tab: answers the list request with the reviews in page order. */
function pageWithReviews(reviews: object[]) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: SPtoCSMessage) =>
    message.type === 'sp:list-reviews' ? reviews : undefined) as never);
}

describe('triage', () => {
  it('lists the reviews of the page most urgent first, each with its category', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    pageWithReviews([EN_PRAISE, EN_DEFECT, EN_DELIVERY, EN_RUDE, EN_LEGAL]);
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByRole('button', { name: 'On this page' }));

    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    const authors = items.map((item) => item.querySelector('.triage-author')?.textContent);
    expect(authors[0]).toBe('Dana R.');
    expect(authors[1]).toBe('Priya S.');
    expect(authors.slice(2, 4)).toEqual(['Mark Thompson', 'Lee W.']);
    expect(authors[4]).toBe('Tom B.');
    expect(items[0]!.dataset.value).toBe('legal_threat');
    expect(items[0]!.textContent).toContain('Legal threat');
  });

  it('opens a review when the agent clicks it', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    const send = pageWithReviews([EN_DELIVERY, EN_LEGAL]);
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByRole('button', { name: 'On this page' }));
    await user.click(await screen.findByRole('button', { name: /Dana R\./ }));

    expect(screen.getByTestId('tactful-review-text').textContent).toBe(EN_LEGAL.text);
    expect((await currentReviewItem.getValue())?.reviewKey).toBe(EN_LEGAL.reviewKey);
    expect(send).toHaveBeenCalledWith(tabId, { type: 'sp:reveal', reviewKey: EN_LEGAL.reviewKey });
  });

  it('says the tab cannot be reached when no content script answers', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab('chrome://extensions');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByRole('button', { name: 'On this page' }));
    expect((await screen.findByRole('alert')).textContent).toContain('reload the page');
  });

  it('says so when the page has no reviews', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    pageWithReviews([]);
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByRole('button', { name: 'On this page' }));
    expect(await screen.findByText('No reviews detected on this page.')).toBeTruthy();
  });
});
