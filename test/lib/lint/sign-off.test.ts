import { describe, expect, it } from 'vitest';
import { lintReply } from '../../../lib/index';
import { isSalutation, signOffStart } from '../../../lib/lint/sign-off';

const signOff = (text: string) => text.slice(signOffStart(text));

describe('sign-off', () => {
  it.each([
    ['Hi Marek,\nThanks for your feedback.\nRegards,\nNordNode Hosting', 'Regards,\nNordNode Hosting'],
    ['Feedback noted. — Pemberton & Co. Chartered Accountants', '— Pemberton & Co. Chartered Accountants'],
    ['Ольга, нам очень жаль. Перезвоним сегодня. С уважением, администрация гостиницы «Волна»', 'С уважением, администрация гостиницы «Волна»'],
    ['Оксано, вибачте нам. З повагою,\nкоманда «Зерно»', 'З повагою,\nкоманда «Зерно»'],
    ['Благодарим Ви! Поздрави,\nекипът на „Лозата“', 'Поздрави,\nекипът на „Лозата“'],
    ['Sorry about the wait, Dan.\nLorna, Resident Experience', 'Lorna, Resident Experience'],
  ])('finds the sign-off of %j', (text, expected) => {
    expect(signOff(text)).toBe(expected);
  });

  it.each([
    'We will call you with regards to the refund.',
    'С уважением к вашему времени, мы перенесли визит на утро, и мастер приедет в 9:00, как вы просили.',
    'The courier — Dan — will bring it tomorrow.',
    'Anna, we are sorry.',
  ])('finds none in %j', (text) => {
    expect(signOff(text)).toBe('');
  });

  it('judges a signed reply finished, and leaves the signature out of a bare thank-you', () => {
    const context = { language: 'en' as const, customerName: 'Marek', category: 'service_outage' as const };
    const rules = (text: string) => lintReply(text, context).map((d) => d.rule);
    expect(rules('Hi Marek,\nThanks for your feedback.\nRegards,\nNordNode Hosting')).toEqual(
      expect.arrayContaining(['dry-thanks-only', 'structure-empathy', 'structure-next-step']),
    );
    expect(rules('Feedback noted. — Pemberton & Co.')).toEqual(expect.arrayContaining(['structure-name', 'structure-next-step']));
    // Unsigned and short, the reply is still being typed.
    expect(rules('Feedback noted')).not.toContain('structure-next-step');
  });
});

describe('salutation', () => {
  it.each(['Dear Rachel,', 'Hi Tom!', 'Здравствуйте, Анна!', 'Добрий день, пане Тарасе!', 'Уважаема г-жо Колева,', 'Здравейте,'])('reads %j as a salutation', (sentence) => {
    expect(isSalutation(sentence)).toBe(true);
  });
  it.each([
    'Hi Tom, thanks for waiting so patiently for the refund.',
    'Dear me, what a day.',
    'Здравствуйте, мы уже разбираемся.',
    'Дорогой товар не всегда лучше.',
    'Sorry, Rachel,',
  ])('does not read %j as one: it says more than whom it greets', (sentence) => {
    expect(isSalutation(sentence)).toBe(false);
  });
});
