// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { HISTORY_LIMIT, addHistoryEntry, historyItem, type HistoryEntry } from '../../lib/settings/storage';
import { renderPanel } from './panel-harness';

afterEach(cleanup);

const entries: HistoryEntry[] = [
  {
    id: 'r1',
    reviewExcerpt: 'Заказала диван 12 марта, обещали доставку за 3-4 дня…',
    category: 'legal_threat',
    text: 'Анна, здравствуйте. Нам очень жаль, что доставка затянулась. Напишите нам на care@northwind.example.',
    createdAt: Date.UTC(2026, 2, 14, 10, 30),
  },
  {
    id: 'r2',
    reviewExcerpt: 'Ordered a birthday present on May 2nd…',
    category: 'delivery_problem',
    text: 'Hi Mark, I am sorry the present is late. I am checking with the courier now.',
    createdAt: Date.UTC(2026, 4, 10, 9, 0),
  },
];

async function openHistory() {
  await historyItem.setValue(entries);
  const user = userEvent.setup();
  await renderPanel();
  await user.click(screen.getByRole('button', { name: 'History' }));
  return user;
}

describe('history', () => {
  it('shows the helpful empty text when nothing was sent yet', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('button', { name: 'History' }));
    expect(screen.getByText(/No drafts yet/)).toBeTruthy();
  });

  it('lists drafts with review excerpt, category, final text and date, searchable', async () => {
    const user = await openHistory();
    expect(screen.getAllByTestId('tactful-history-item')).toHaveLength(2);
    expect(screen.getByText('Legal threat')).toBeTruthy();
    expect(screen.getByText(/checking with the courier/)).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'диван');
    expect(screen.getAllByTestId('tactful-history-item')).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'delivery problem');
    expect(screen.getAllByTestId('tactful-history-item')[0]!.textContent).toContain('Mark');
    await user.type(screen.getByRole('searchbox'), ' zzz');
    expect(screen.getByText('Nothing matches your search.')).toBeTruthy();
  });

  it('deletes a draft from the list and from storage', async () => {
    const user = await openHistory();
    await user.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
    expect(screen.getAllByTestId('tactful-history-item')).toHaveLength(1);
    expect((await historyItem.getValue()).map((e) => e.id)).toEqual(['r2']);
  });

  it('keeps only the newest drafts', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      await addHistoryEntry({ ...entries[1]!, id: `r${i}`, createdAt: i });
    }
    const stored = await historyItem.getValue();
    expect(stored).toHaveLength(HISTORY_LIMIT);
    expect(stored[0]!.id).toBe(`r${HISTORY_LIMIT + 4}`);
  });
});
