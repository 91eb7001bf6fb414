import { useId, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { parseSettings } from '../../lib/settings/schema';
import { LANGUAGES, TONES } from '../../lib/taxonomy';
import { LANGUAGE_NAMES } from '../i18n';
import { usePanel, useT } from '../common/store';
import { describeIssue, fieldOf, fromForm, toForm, type FieldName, type SettingsForm as Form, type SiteRow } from './form-model';
import { downloadSettings, parseSettingsFile, readFileText } from './transfer';

type FieldErrors = Partial<Record<FieldName, string>>;
type Status = { kind: 'info' | 'error'; text: string } | null;

function Field({
  name,
  label,
  error,
  children,
}: {
  name: FieldName;
  label: string;
  error?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; name: string }) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p id={errorId} className="field-error" data-field={name}>
          {error}
        </p>
      )}
    </div>
  );
}

/** All settings, validated by the schema with errors shown at their fields; export and import as JSON. */
export function SettingsForm() {
  const t = useT();
  const settings = usePanel((s) => s.settings);
  const storedErrors = usePanel((s) => s.storedSettingsErrors);
  const save = usePanel((s) => s.saveSettings);
  const [form, setForm] = useState<Form>(() => toForm(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const set = <K extends FieldName>(name: K, value: Form[K]) => setForm((current) => ({ ...current, [name]: value }));
  const text = (name: FieldName) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    set(name, event.target.value as never);
  const setSite = (index: number, patch: Partial<SiteRow>) =>
    set('sites', form.sites.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSettings(fromForm(form, settings));
    if (!parsed.ok) {
      const next: FieldErrors = {};
      const elsewhere: string[] = [];
      for (const issue of parsed.errors) {
        const field = fieldOf(issue.path);
        if (field) next[field] ??= t.settings.fieldErrors[issue.code](issue.limit ?? 0);
        else elsewhere.push(describeIssue(t, issue));
      }
      setErrors(next);
      setStatus({ kind: 'error', text: [t.settings.hasErrors, ...elsewhere].join(' ') });
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setErrors({});
    await save(parsed.settings);
    setForm(toForm(parsed.settings));
    setStatus({ kind: 'info', text: t.settings.saved });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await readFileText(file);
    } catch (error) {
      console.warn('Tactful: reading the settings file failed', error);
      return setStatus({ kind: 'error', text: t.settings.importError(String(error)) });
    }
    const result = parseSettingsFile(text);
    if (!result.ok) {
      const details =
        result.reason === 'not-json' ? t.settings.notJson : result.issues.slice(0, 3).map((issue) => describeIssue(t, issue)).join('; ');
      return setStatus({ kind: 'error', text: t.settings.importError(details) });
    }
    await save(result.settings);
    setForm(toForm(result.settings));
    setErrors({});
    setStatus({ kind: 'info', text: t.settings.imported });
  };

  const input = (name: Exclude<FieldName, 'chips' | 'inline' | 'sites'>, label: string, type = 'text') => (
    <Field name={name} label={label} error={errors[name]}>
      {(props) => <input {...props} type={type} value={String(form[name])} onChange={text(name)} />}
    </Field>
  );
  const languageSelect = (name: 'replyLanguage' | 'uiLanguage', label: string) => (
    <Field name={name} label={label} error={errors[name]}>
      {(props) => (
        <select {...props} value={form[name]} onChange={text(name)}>
          <option value="auto">{t.settings.auto}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="section-title">
        {t.settings.heading}
      </h2>
      {storedErrors.length > 0 && (
        <div className="notice notice-error" role="alert">
          {t.notices.storedSettingsInvalid}{' '}
          {storedErrors.map((issue) => describeIssue(t, issue)).join('; ')}
        </div>
      )}
      <form ref={formRef} className="settings" noValidate onSubmit={(event) => void submit(event)}>
        {input('companyName', t.settings.company)}
        {input('agentName', t.settings.agent)}
        <Field name="signature" label={t.settings.signature} error={errors.signature}>
          {(props) => <textarea {...props} rows={2} value={form.signature} onChange={text('signature')} />}
        </Field>
        <fieldset>
          <legend>{t.settings.contacts}</legend>
          {input('email', t.settings.email, 'email')}
          {input('phone', t.settings.phone, 'tel')}
          {input('dm', t.settings.dm)}
          {input('url', t.settings.url, 'url')}
        </fieldset>
        {input('responseHours', t.settings.responseHours, 'number')}
        <Field name="offers" label={t.settings.offers} error={errors.offers}>
          {(props) => <textarea {...props} rows={3} value={form.offers} onChange={text('offers')} />}
        </Field>
        <Field name="tone" label={t.settings.tone} error={errors.tone}>
          {(props) => (
            <select {...props} value={form.tone} onChange={text('tone')}>
              {TONES.map((tone) => (
                <option key={tone} value={tone}>
                  {t.draft.tones[tone]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {languageSelect('replyLanguage', t.settings.replyLanguage)}
        {languageSelect('uiLanguage', t.settings.uiLanguage)}
        <Field name="bannedPhrases" label={t.settings.bannedPhrases} error={errors.bannedPhrases}>
          {(props) => <textarea {...props} rows={3} value={form.bannedPhrases} onChange={text('bannedPhrases')} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.chips} onChange={(event) => set('chips', event.target.checked)} />
          {t.settings.chips}
        </label>
        <label className="check">
          <input type="checkbox" checked={form.inline} onChange={(event) => set('inline', event.target.checked)} />
          {t.settings.inline}
        </label>
        <fieldset className={errors.sites ? 'field-invalid' : undefined}>
          <legend>{t.settings.sites}</legend>
          {form.sites.map((row, index) => (
            <div className="site-row" key={index}>
              <input
                aria-label={t.settings.siteHost}
                placeholder="www.example.com"
                value={row.host}
                onChange={(event) => setSite(index, { host: event.target.value })}
              />
              {(['enabled', 'chips', 'inline'] as const).map((key) => (
                <label key={key} className="check">
                  <input
                    type="checkbox"
                    checked={row[key]}
                    onChange={(event) => setSite(index, { [key]: event.target.checked })}
                  />
                  {key === 'enabled' ? t.settings.siteEnabled : key === 'chips' ? t.settings.siteChips : t.settings.siteInline}
                </label>
              ))}
              <button
                type="button"
                className="icon-button"
                aria-label={t.settings.removeSite(row.host)}
                onClick={() => set('sites', form.sites.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </div>
          ))}
          {errors.sites && <p className="field-error" data-field="sites">{errors.sites}</p>}
          <button
            type="button"
            className="button-small"
            onClick={() => set('sites', [...form.sites, { host: '', enabled: true, chips: form.chips, inline: form.inline }])}
          >
            {t.settings.addSite}
          </button>
        </fieldset>
        {status && (
          <p className={`notice notice-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button-primary">
            {t.settings.save}
          </button>
          <button type="button" onClick={() => downloadSettings(settings)}>
            {t.settings.export}
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            {t.settings.import}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            data-testid="tactful-settings-import"
            onChange={(event) => void importFile(event)}
          />
        </div>
      </form>
    </section>
  );
}
