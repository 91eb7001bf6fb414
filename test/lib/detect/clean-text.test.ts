// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../lib/detect/clean-text';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('cleanText', () => {
  it.each([
    ['"Read more" link', '<p>The room was cold and nobody came.</p><a href="#">Read more</a>', 'The room was cold and nobody came.'],
    ['"Показать полностью…"', 'Ждали курьера три часа <a class="wall_reply_more">Показать полностью…</a>', 'Ждали курьера три часа'],
    ['Russian "Показать полностью" inline', 'Ждали курьера три часа… Показать полностью', 'Ждали курьера три часа…'],
    ['"Translated by Google" note', '<span>(Translated by Google)</span> Great coffee, slow service', 'Great coffee, slow service'],
    ['translation note at the start of the text', '(Translated by Google) Great coffee, slow service', 'Great coffee, slow service'],
    ['button text', 'Food was cold. <button>Helpful</button><button>Share</button>', 'Food was cold.'],
    ['role=button controls', 'Записалась онлайн. <div role="button">See more</div>', 'Записалась онлайн.'],
    ['hidden parts', 'Visible <span style="display: none">hidden copy</span><span hidden>also hidden</span>text', 'Visible text'],
    ['scripts and styles', 'A<script>var x = 1;</script><style>.a{}</style>B', 'AB'],
    ['blocks become spaces', '<p>First.</p><p>Second.</p>line<br>break', 'First. Second. line break'],
    ['nbsp and runs of whitespace', 'Три&nbsp;часа\n\n   назад', 'Три часа назад'],
    ['Ukrainian "Показати повністю"', 'Не привезли замовлення <a>Показати повністю</a>', 'Не привезли замовлення'],
    ['Bulgarian "Прочети още"', 'Доставката закъсня <a>Прочети още</a>', 'Доставката закъсня'],
    ['"read more..." closing the text', 'The shower was broken the whole week... read more...', 'The shower was broken the whole week...'],
    ['upper-case "ЧИТАТЬ ДАЛЬШЕ…"', 'Номер не убирали три дня ЧИТАТЬ ДАЛЬШЕ…', 'Номер не убирали три дня'],
  ])('%s', (_, html, expected) => {
    expect(cleanText(el(html))).toBe(expected);
  });

  it('keeps words that only look like controls inside a sentence', () => {
    expect(cleanText(el('I want to read more about the refund policy'))).toBe('I want to read more about the refund policy');
    expect(cleanText(el('Хочу ещё'))).toBe('Хочу ещё');
  });

  it('leaves out the excluded parts', () => {
    const html = '<p>Great stay.</p><div class="owner">Thanks for your review!</div>';
    expect(cleanText(el(html), { exclude: '.owner' })).toBe('Great stay.');
  });
});
