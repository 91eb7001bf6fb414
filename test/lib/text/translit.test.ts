import { describe, expect, it } from 'vitest';
import { isTypedInLatin, latinToCyrillic, originalSpan, tokenizeTransliterated } from '../../../lib/text/translit';

describe('latinToCyrillic', () => {
  it.each([
    ['Nqmam nito meso, blagodarq mnogo', 'Нямам нито месо, благодаря много'],
    ['Poru4kata mejdu 12 i 14', 'Поручката между 12 и 14'],
    ["kur'er, shchi, zhena, 'v sklada'", "курьер, щи, жена, 'в склада'"],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin).text).toBe(cyrillic);
  });

  it('maps a span of the Cyrillic copy back to the letters it came from', () => {
    const latin = 'Ochen plokho, kurer grubil';
    const copy = latinToCyrillic(latin);
    const start = copy.text.indexOf('плохо');
    const span = originalSpan(copy, start, start + 'плохо'.length);
    expect(latin.slice(span.start, span.end)).toBe('plokho');
    const x = latinToCyrillic('taxi');
    expect(x.text).toBe('такси');
    expect(originalSpan(x, 0, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('reading a review typed in Latin letters', () => {
  it('tells a Latin text from a Cyrillic one with a brand name', () => {
    expect(isTypedInLatin('Nqma nishto po-losho')).toBe(true);
    expect(isTypedInLatin('Заказ на Wildberries опоздал')).toBe(false);
  });

  it('gives the Cyrillic words with spans in the original', () => {
    const text = 'Mnogo zle, nqmam pratka';
    const words = tokenizeTransliterated(text, 'bg').filter((t) => t.kind === 'word');
    expect(words.map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
      ['много', 'Mnogo'],
      ['зле', 'zle'],
      ['нямам', 'nqmam'],
      ['пратка', 'pratka'],
    ]);
  });
});
