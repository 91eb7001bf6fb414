import { describe, expect, it } from 'vitest';
import { vocativeUk } from '../../../lib/compose/vocative-uk';

describe('vocativeUk', () => {
  it.each([
    ['Олена', 'Олено'],
    ['Андрій', 'Андрію'],
    ['Марія', 'Маріє'],
    ['Іван', 'Іване'],
    ['Петро', 'Петре'],
    ['Наталія', 'Наталіє'],
    ['Ольга', 'Ольго'],
    ['Микола', 'Миколо'],
    ['Юлія', 'Юліє'],
    ['Олег', 'Олегу'],
    ['Василь', 'Василю'],
    ['Оля', 'Олю'],
    ['Ігор', 'Ігорю'],
    ['Дмитро', 'Дмитре'],
    ['Тарас', 'Тарасе'],
    ['Дар’я', 'Дар’є'],
  ])('%s → %s', (name, vocative) => {
    expect(vocativeUk(name)).toBe(vocative);
  });

  it('leaves a name in another script as written', () => {
    expect(vocativeUk('Olena')).toBe('Olena');
    expect(vocativeUk(' Kate ')).toBe('Kate');
    expect(vocativeUk('Дарья')).toBe('Дарья');
  });
});
