// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { MESSAGES } from '../../components/i18n';
import { RU_LEGAL } from './fixtures';
import { renderPanel } from './panel-harness';

afterEach(cleanup);

describe('UI language and empty state', () => {
  it('tells the agent how to start when no review is chosen', async () => {
    await renderPanel();
    expect(screen.getByText(/Select a review on the page and press Draft reply/)).toBeTruthy();
    expect(screen.queryByTestId('tactful-draft')).toBeNull();
  });

  it('follows the browser language', async () => {
    await renderPanel({ languages: ['uk-UA', 'en'] });
    expect(screen.getByRole('heading', { name: MESSAGES.uk.empty.title })).toBeTruthy();
    expect(document.documentElement.lang).toBe('uk');
  });

  it('falls back to English for a language it has no strings for', async () => {
    await renderPanel({ languages: ['de-DE'] });
    expect(screen.getByRole('heading', { name: 'No review selected' })).toBeTruthy();
  });

  it('switches when the agent picks a language in settings', async () => {
    const user = userEvent.setup();
    await renderPanel({ languages: ['en-US'], review: RU_LEGAL });
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(screen.getByLabelText('Interface language'), 'bg');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('button', { name: 'Запази настройките' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Отговор' }));
    expect((screen.getByTestId('tactful-category') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe(
      'Заплаха със съд',
    );
  });

});
