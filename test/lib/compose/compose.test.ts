import { describe, expect, it } from 'vitest';
import { allowedTones, composeReply } from '../../../lib/compose/index';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import type { Analysis } from '../../../lib/types';
import { analysisOf, northwind } from './cases';

/** A Russian courier complaint as the analyzer would see it: "Курьер нахамил, ждала 3-4 дня, звонила 5 раз". */
function courierCase(overrides: Partial<Analysis> = {}): Analysis {
  return {
    language: 'ru',
    category: 'delivery_problem',
    flags: [],
    confidence: 0.9,
    evidence: [],
    entities: {
      customerName: { first: 'Анна', gender: 'female', source: 'author' },
      orderNumbers: ['4417-220'],
      dates: ['уже 3-4 дня'],
      money: [],
      staff: ['курьер'],
      contactAttempts: 5,
    },
    ...overrides,
  };
}

const paragraphs = (text: string) => text.split('\n\n');

describe('composeReply', () => {
  it('restates the facts in our own words, with the role inflected and no order number', () => {
    const texts = [0, 1, 2].map((variant) => composeReply(courierCase(), northwind('ru'), { variant }).text);
    expect(texts.join('\n')).toContain('с курьером');
    expect(texts.join('\n')).toContain('3-4 дня');
    expect(texts.join('\n')).toContain('5 раз');
    for (const text of texts) expect(text).not.toContain('4417-220');
  });

  it('reports which facts it used', () => {
    const draft = composeReply(courierCase(), northwind('ru'), { variant: 1 });
    expect(draft.usedFacts).toEqual(expect.arrayContaining(['customerName', 'staff', 'dates']));
  });

  it('leaves out a staff mention it cannot inflect instead of guessing', () => {
    const analysis = courierCase({ entities: { ...courierCase().entities, staff: ['Роман'] } });
    const text = [0, 1, 2].map((variant) => composeReply(analysis, northwind('ru'), { variant }).text).join('\n');
    expect(text).not.toContain('Роман');
    expect(text).not.toMatch(/\{|\}|\[|\]/);
  });

  it('gives the same text for the same input and variant, and a different one for another variant', () => {
    const a = composeReply(courierCase(), northwind('ru'), { variant: 4 });
    expect(composeReply(courierCase(), northwind('ru'), { variant: 4 }).text).toBe(a.text);
    const [v0, v1, v2] = [0, 1, 2].map((variant) => paragraphs(composeReply(courierCase(), northwind('ru'), { variant }).text));
    for (const [x, y] of [[v0, v1], [v1, v2], [v0, v2]] as const) {
      const same = x!.filter((p, i) => p === y![i]).length;
      expect(same).toBeLessThanOrEqual(1);
    }
  });

  it('greets a Ukrainian customer in the vocative and a Bulgarian one as Bulgarians do', () => {
    const uk = composeReply(analysisOf('uk', 'delivery_problem', [], true), {}, { variant: 1 });
    expect(uk.text.startsWith('Вітаємо, Андрію!')).toBe(true);
    const bg = composeReply(analysisOf('bg', 'delivery_problem', [], true), {}, { variant: 0 });
    expect(bg.text.startsWith('Здравейте, Мария!')).toBe(true);
  });

  it('uses a warm greeting without a name when none is known', () => {
    const text = composeReply(analysisOf('en', 'product_defect', [], false), {}, { variant: 0 }).text;
    expect(text.split('\n')[0]).toBe('Hello,');
  });

  it('never offers compensation or apologises in reply to a legal threat', () => {
    for (const variant of [0, 1, 2]) {
      const text = composeReply(analysisOf('ru', 'legal_threat', ['legal_threat', 'loyal_customer'], true), northwind('ru'), { variant }).text;
      expect(text).not.toContain('скидка 10%');
      expect(text).not.toMatch(/прост(и|ите)|извин/i);
      expect(text).toContain('care@northwind.example');
    }
  });

  it('weaves in the company’s own offer for a loyal customer', () => {
    const text = composeReply(analysisOf('uk', 'loyal_customer', ['loyal_customer'], true), northwind('uk'), { variant: 2 }).text;
    expect(text).toContain('знижка 10% на наступне замовлення.');
  });

  it('promises an internal investigation on rudeness', () => {
    const text = composeReply(analysisOf('bg', 'staff_rudeness', ['staff_rudeness'], true), northwind('bg'), { variant: 0 }).text;
    expect(text).toContain('вътрешна проверка');
    expect(text).toContain('със сервитьорката');
  });

  it('signs with the agent’s first name and the company, or the custom signature', () => {
    const signed = composeReply(courierCase(), northwind('ru'), { variant: 0 }).text;
    expect(signed.endsWith('\nIrina, команда Northwind')).toBe(true);
    const custom = composeReply(courierCase(), { ...northwind('ru'), signature: 'Ирина Петрова, руководитель поддержки' }).text;
    expect(custom.endsWith('\nИрина Петрова, руководитель поддержки')).toBe(true);
    expect(composeReply(courierCase(), {}).text.endsWith('\nКоманда поддержки')).toBe(true);
  });

  it('falls back to a direct-message invitation when no contacts are set', () => {
    const text = composeReply(analysisOf('en', 'legal_threat', ['legal_threat'], false), DEFAULT_SETTINGS, { variant: 0 }).text;
    expect(text).toMatch(/direct message|private message/);
  });

  it('promises the response time from settings', () => {
    expect(composeReply(courierCase(), { responseHours: 48 }, { variant: 1 }).text).toContain('в течение 48 часов');
    expect(composeReply(analysisOf('en', 'service_outage', [], false), { responseHours: 1 }, { variant: 0 }).text).toContain('within 1 hour');
  });

  it('uses the category’s phrase overrides', () => {
    const settings = { phraseOverrides: { delivery_problem: { opening: 'Анна, привет от {company}!', closing: 'Обнимаем,' } }, companyName: 'Ромашка' };
    const text = composeReply(courierCase(), settings).text;
    expect(text.startsWith('Анна, привет от Ромашка!')).toBe(true);
    expect(text).toContain('Обнимаем,\nКоманда Ромашка');
  });

  it('thanks instead of apologising for praise', () => {
    const text = composeReply(analysisOf('en', 'not_negative', [], true), northwind('en'), { variant: 1 }).text;
    expect(text).toContain('Thank you for the kind words!');
    expect(text).not.toMatch(/sorry|apolog/i);
  });
});

describe('language and tone', () => {
  it('replies in the review language, the settings override, or the option, in that order of strength', () => {
    const analysis = courierCase();
    expect(composeReply(analysis, {}).language).toBe('ru');
    expect(composeReply(analysis, { replyLanguage: 'bg' }).language).toBe('bg');
    expect(composeReply(analysis, { replyLanguage: 'bg' }, { language: 'en' }).language).toBe('en');
    expect(composeReply({ ...analysis, language: 'other' }, { replyLanguage: 'auto' }).language).toBe('en');
  });

  it('keeps the name as written but drops facts written in another language when the language is overridden', () => {
    const text = composeReply(courierCase(), {}, { language: 'en', variant: 1 }).text;
    expect(text.startsWith('Hello Анна,')).toBe(true);
    expect(text.replace('Анна', '')).not.toMatch(/[а-я]/i);
    expect(text).toContain('with the courier');
  });

  it('never offers the light tone for rudeness, legal threats or abuse, and falls back to warm', () => {
    expect(allowedTones({ category: 'staff_rudeness', flags: ['staff_rudeness'] })).toEqual(['warm', 'neutral']);
    expect(allowedTones({ category: 'delivery_problem', flags: ['abusive_language'] })).toEqual(['warm', 'neutral']);
    expect(allowedTones({ category: 'service_outage', flags: [] })).toEqual(['warm', 'neutral', 'light']);
    const draft = composeReply(analysisOf('ru', 'legal_threat', ['legal_threat'], true), {}, { tone: 'light' });
    expect(draft.tone).toBe('warm');
  });

  it('writes a really different text in each tone', () => {
    const analysis = analysisOf('en', 'service_outage', [], true);
    const [warm, neutral, light] = (['warm', 'neutral', 'light'] as const).map((tone) => composeReply(analysis, {}, { tone, variant: 0 }).text);
    expect(new Set([warm, neutral, light]).size).toBe(3);
    expect(light).toMatch(/^Hey Rachel,/);
    expect(neutral).toContain('Kind regards,');
  });

  it('uses the settings tone when no option is given', () => {
    expect(composeReply(courierCase(), { tone: 'neutral' }).tone).toBe('neutral');
  });
});

describe('phrase overrides from settings', () => {
  it('ignore an opening whose slots cannot be filled instead of breaking the draft', () => {
    const settings = { phraseOverrides: { delivery_problem: { opening: 'Hi {nickname}!' } } };
    const text = composeReply(courierCase(), settings, { variant: 0 }).text;
    expect(text.startsWith('Анна, здравствуйте!')).toBe(true);
    const anonymous = courierCase({ entities: { ...courierCase().entities, customerName: undefined } });
    const named = { phraseOverrides: { delivery_problem: { opening: '{name}, привет!' } } };
    expect(composeReply(anonymous, named, { variant: 0 }).text.startsWith('Здравствуйте!')).toBe(true);
  });
});
