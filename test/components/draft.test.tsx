// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyItem } from '../../lib/settings/storage';
import { EN_DELIVERY, RU_LEGAL } from './fixtures';
import { draftField, openPageTab, renderPanel } from './panel-harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const lintItems = () => screen.queryAllByTestId('tactful-lint-item');

describe('draft editor', () => {
  it('starts with a composed reply in the editor', async () => {
    await renderPanel({ review: EN_DELIVERY });
    expect(draftField().value.length).toBeGreaterThan(40);
    expect(draftField().value).toMatch(/Mark/);
  });

  it('warns about a blaming sentence as the agent types it', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: EN_DELIVERY });
    const field = draftField();
    await user.clear(field);
    await user.type(field, 'Hi Mark, you should have read the delivery terms before ordering.');

    const blame = lintItems().find((item) => item.dataset.class === 'blame_customer');
    expect(blame).toBeDefined();
    expect(blame!.textContent).toContain('you should have read');
    expect(screen.getByTestId('tactful-summary').textContent).toMatch(/\d+ (warning|error)/);
    // The underline sits under the same words in the backdrop.
    const mark = document.querySelector('.editor-backdrop mark[data-class="blame_customer"]');
    expect(mark?.textContent?.toLowerCase()).toContain('should have read');
  });

  it('applies a fix: the text changes, the warning goes and the caret stays with its words', async () => {
    const user = userEvent.setup();
    await renderPanel({
      review: EN_DELIVERY,
      settings: { bannedPhrases: [{ phrase: 'as per our policy', replacement: 'under our delivery rules' }] },
    });
    const field = draftField();
    await user.clear(field);
    await user.type(field, 'Hi Mark, as per our policy we refund late orders. I will check the parcel today.');
    const caretBefore = field.selectionStart;
    expect(caretBefore).toBe(field.value.length);

    const custom = lintItems().find((item) => item.dataset.class === 'custom');
    expect(custom).toBeDefined();
    await user.click(within(custom!).getByRole('button', { name: 'Replace with “under our delivery rules”' }));

    expect(field.value).toBe('Hi Mark, under our delivery rules we refund late orders. I will check the parcel today.');
    expect(lintItems().some((item) => item.dataset.class === 'custom')).toBe(false);
    expect(field.selectionStart).toBe(field.value.length);
  });

  it('keeps the edits when the panel is closed and opened again', async () => {
    const user = userEvent.setup();
    const first = await renderPanel({ review: EN_DELIVERY });
    await user.clear(draftField());
    await user.type(draftField(), 'Hi Mark, I am sorry the present is late. I am checking with the courier now.');
    first.unmount();

    await renderPanel();
    await waitFor(() =>
      expect(draftField().value).toBe('Hi Mark, I am sorry the present is late. I am checking with the courier now.'),
    );
  });

  it('writes another wording for "another variant" and for a different tone', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: EN_DELIVERY });
    const first = draftField().value;
    await user.click(screen.getByTestId('tactful-variant'));
    const second = draftField().value;
    expect(second).not.toBe(first);

    const tone = screen.getByTestId('tactful-tone') as HTMLSelectElement;
    const other = [...tone.options].map((o) => o.value).find((value) => value !== tone.value)!;
    await user.selectOptions(tone, other);
    expect(tone.value).toBe(other);
    expect(draftField().value).not.toBe(second);
  });

  it('offers only tones that fit the case', async () => {
    await renderPanel({ review: RU_LEGAL });
    const tones = [...(screen.getByTestId('tactful-tone') as HTMLSelectElement).options].map((o) => o.value);
    expect(tones).not.toContain('light');
  });
});

describe('insert and copy', () => {
  it('inserts the draft into the reply box of the tab the review came from and keeps it in history', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByTestId('tactful-insert'));

    expect(send).toHaveBeenCalledWith(tabId, { type: 'sp:insert', text: draftField().value, reviewKey: EN_DELIVERY.reviewKey });
    expect(screen.getByText('Inserted into the page.')).toBeTruthy();
    const history = await historyItem.getValue();
    expect(history[0]).toMatchObject({ id: EN_DELIVERY.reviewKey, text: draftField().value });
  });

  it('tells the agent to reload when the tab does not answer', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByTestId('tactful-insert'));
    expect((await screen.findByRole('alert')).textContent).toContain("This tab can't be reached — reload the page");
  });

  it('says so when the page has no reply box', async () => {
    const user = userEvent.setup();
    const tabId = await openPageTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, reason: 'no-reply-box' });
    await renderPanel({ review: { ...EN_DELIVERY, tabId } });
    await user.click(screen.getByTestId('tactful-insert'));
    expect((await screen.findByRole('alert')).textContent).toContain('No reply box found');
  });

  it('copies the draft to the clipboard', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: EN_DELIVERY });
    await user.click(screen.getByTestId('tactful-copy'));
    expect(await navigator.clipboard.readText()).toBe(draftField().value);
    expect(screen.getByText('Copied to the clipboard.')).toBeTruthy();
  });
});
