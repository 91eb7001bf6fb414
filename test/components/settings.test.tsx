// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => import('./wxt-browser-stub'));
import { settingsItem } from '../../lib/settings/storage';
import { renderPanel } from './panel-harness';

afterEach(cleanup);

async function openSettings(setup: Parameters<typeof renderPanel>[0] = {}, tabName = 'Settings') {
  const user = userEvent.setup();
  const panel = await renderPanel(setup);
  await user.click(screen.getByRole('button', { name: tabName }));
  return { user, ...panel };
}

const fieldError = (label: string) => {
  const input = screen.getByLabelText(label);
  const id = input.getAttribute('aria-describedby');
  return id ? document.getElementById(id)?.textContent : undefined;
};

function jsonFile(content: string, name = 'tactful-settings.json') {
  return new File([content], name, { type: 'application/json' });
}

describe('settings', () => {
  it('saves valid settings to storage', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByLabelText('Company name'), 'Northwind Furniture');
    await user.type(screen.getByLabelText('Email'), 'care@northwind.example');
    await user.clear(screen.getByLabelText('Response-time promise (hours)'));
    await user.type(screen.getByLabelText('Response-time promise (hours)'), '12');
    await user.type(screen.getByLabelText('Banned phrases (one per line; "phrase => replacement")'), 'unfortunately => I am sorry that');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    expect(await settingsItem.getValue()).toMatchObject({
      version: 1,
      companyName: 'Northwind Furniture',
      contact: { email: 'care@northwind.example' },
      responseHours: 12,
      bannedPhrases: [{ phrase: 'unfortunately', replacement: 'I am sorry that' }],
    });
  });

  it('shows errors at the invalid fields and saves nothing', async () => {
    const { user } = await openSettings({ settings: { companyName: 'Northwind' } });
    const stored = await settingsItem.getValue();
    await user.type(screen.getByLabelText('Email'), 'care-at-northwind');
    await user.type(screen.getByLabelText('Phone'), 'call us');
    await user.clear(screen.getByLabelText('Response-time promise (hours)'));
    await user.type(screen.getByLabelText('Response-time promise (hours)'), '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(fieldError('Email')).toBe('This is not an e-mail address.');
    expect(fieldError('Phone')).toBe('Use digits, spaces and + ( ) - only.');
    expect(fieldError('Response-time promise (hours)')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(fieldError('Company name')).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toContain('Some fields need attention.');
    expect(await settingsItem.getValue()).toEqual(stored);
  });

  it('words field errors in the interface language', async () => {
    const { user } = await openSettings({ settings: { uiLanguage: 'ru' } }, 'Настройки');
    await user.type(screen.getByLabelText('Email'), 'care-at-northwind');
    await user.click(screen.getByRole('button', { name: 'Сохранить настройки' }));

    expect(fieldError('Email')).toBe('Это не адрес электронной почты.');
    expect(screen.getByRole('alert').textContent).toContain('Проверьте отмеченные поля.');
  });

  it('imports a settings file and shows its values', async () => {
    const { user } = await openSettings();
    const file = jsonFile(JSON.stringify({ version: 1, companyName: 'Северный ветер', agentName: 'Ирина', tone: 'neutral' }));
    await user.upload(screen.getByTestId('tactful-settings-import'), file);

    expect(await screen.findByText('Settings imported.')).toBeTruthy();
    expect((screen.getByLabelText('Company name') as HTMLInputElement).value).toBe('Северный ветер');
    expect(await settingsItem.getValue()).toMatchObject({ companyName: 'Северный ветер', agentName: 'Ирина', tone: 'neutral' });
  });

  it('imports an old unversioned file through the migrations', async () => {
    const { user } = await openSettings();
    await user.upload(screen.getByTestId('tactful-settings-import'), jsonFile(JSON.stringify({ companyName: 'Acme', responseHours: 48 })));
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({ version: 1, companyName: 'Acme', responseHours: 48 }));
  });

  it('rejects an invalid file with a clear error and changes nothing', async () => {
    const { user } = await openSettings({ settings: { companyName: 'Northwind', tone: 'warm' } });
    const stored = await settingsItem.getValue();
    const bad = jsonFile(JSON.stringify({ version: 1, companyName: 'Evil Corp', tone: 'sarcastic', contact: { email: 'nope' } }));
    await user.upload(screen.getByTestId('tactful-settings-import'), bad);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file is not valid Tactful settings');
    expect(alert.textContent).toContain('tone');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect((screen.getByLabelText('Company name') as HTMLInputElement).value).toBe('Northwind');
    expect(await settingsItem.getValue()).toEqual(stored);
  });

  it('rejects a file that is not JSON', async () => {
    const { user } = await openSettings({ settings: { companyName: 'Northwind' } });
    const stored = await settingsItem.getValue();
    await user.upload(screen.getByTestId('tactful-settings-import'), jsonFile('companyName=Evil Corp'));
    expect((await screen.findByRole('alert')).textContent).toContain('(not JSON)');
    expect(await settingsItem.getValue()).toEqual(stored);
  });

  it('turns Tactful off for a site', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await user.type(screen.getByLabelText('Site (host)'), 'www.reddit.com');
    await user.click(screen.getByRole('checkbox', { name: 'On' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect(await settingsItem.getValue()).toMatchObject({ sites: { 'www.reddit.com': { enabled: false } } });
  });
});
