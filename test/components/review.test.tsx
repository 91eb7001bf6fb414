// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { draftsItem } from '../../lib/settings/storage';
import { EN_DELIVERY, RU_LEGAL } from './fixtures';
import { draftField, renderPanel } from './panel-harness';

afterEach(cleanup);

describe('review card', () => {
  it('shows the review with its evidence highlighted, author, rating and site', async () => {
    await renderPanel({ review: RU_LEGAL });
    const text = screen.getByTestId('tactful-review-text');
    expect(text.textContent).toBe(RU_LEGAL.text);
    const marks = text.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(0);
    const legal = [...marks].filter((mark) => mark.dataset.label?.split(' ').includes('legal_threat'));
    expect(legal.map((mark) => mark.textContent).join('')).toMatch(/суд|Роспотребнадзор/);
    expect(legal[0]?.title).toMatch(/^Signal: .*Legal threat/);
    const card = within(screen.getByRole('region', { name: 'Review' }));
    expect(card.getByText('Анна К.')).toBeTruthy();
    expect(card.getByText('yandex-maps')).toBeTruthy();
    expect(card.getByText('Rating 1 of 5')).toBeTruthy();
    expect(card.getByText('Русский')).toBeTruthy();
  });

  it('shows the category as a choice and the flags as explained chips', async () => {
    await renderPanel({ review: RU_LEGAL });
    const category = screen.getByTestId('tactful-category') as HTMLSelectElement;
    expect(category.dataset.value).toBe('legal_threat');
    expect(category.value).toBe('legal_threat');
    const chip = within(screen.getByTestId('tactful-flags')).getByText('Legal threat').closest('[data-value]');
    expect(chip?.getAttribute('data-value')).toBe('legal_threat');
    expect(chip?.textContent).toContain('talk to a lawyer before posting');
  });

  it('writes a new draft when the agent changes the category', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: EN_DELIVERY });
    const category = screen.getByTestId('tactful-category') as HTMLSelectElement;
    const before = draftField().value;
    const checklistBefore = screen.getByTestId('tactful-checklist').textContent;
    const other = category.value === 'billing_problem' ? 'product_defect' : 'billing_problem';

    await user.selectOptions(category, other);

    expect(category.dataset.value).toBe(other);
    expect(draftField().value).not.toBe(before);
    expect(draftField().value.length).toBeGreaterThan(0);
    expect(screen.getByTestId('tactful-checklist').textContent).not.toBe(checklistBefore);
    await waitFor(async () => expect((await draftsItem.getValue())[EN_DELIVERY.reviewKey]?.category).toBe(other));
  });

  it('writes a new draft when the agent adds or removes a flag', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: EN_DELIVERY });
    const flags = () => screen.getByTestId('tactful-flags');
    const before = draftField().value;
    expect(flags().querySelector('[data-value="loyal_customer"]')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a flag…' }), 'loyal_customer');
    expect(flags().querySelector('[data-value="loyal_customer"]')?.textContent).toContain('long relationship');
    expect(draftField().value).not.toBe(before);

    await user.click(screen.getByRole('button', { name: 'Remove flag: Loyal customer' }));
    expect(flags().querySelector('[data-value="loyal_customer"]')).toBeNull();
    expect(draftField().value).toBe(before);
  });
});

describe('checklist', () => {
  it('shows blocking steps above the draft and ticks steps', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: RU_LEGAL });
    const blocking = screen.getByRole('region', { name: 'Before you post anything:' });
    // The blocking steps come before the editor in the document, so the agent reads them first.
    expect(blocking.compareDocumentPosition(draftField()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const firstBlocking = within(blocking).getAllByRole('checkbox')[0]!;

    const checklist = screen.getByTestId('tactful-checklist');
    expect(within(checklist).getByText('Before posting')).toBeTruthy();
    const boxes = within(checklist).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(1);
    await user.click(firstBlocking);
    expect((firstBlocking as HTMLInputElement).checked).toBe(true);
  });

  it('keeps the seed each step comes from a click away', async () => {
    const user = userEvent.setup();
    await renderPanel({ review: RU_LEGAL });
    const checklist = screen.getByTestId('tactful-checklist');
    const source = within(checklist).getAllByText('Source')[0]!;
    await user.click(source);
    const details = source.closest('details')!;
    expect(details.open).toBe(true);
    expect(details.textContent).toMatch(/\d{3}_[0-9a-f]+\.txt/);
  });
});
