import { describe, expect, it } from 'vitest';
import { stemBulgarian } from '../../../lib/text/stem-bg';

/** Each row: forms of one word that must share a stem. */
const FAMILIES: string[][] = [
  ['поръчка', 'поръчката', 'поръчки', 'поръчките'],
  ['адвокат', 'адвокатът', 'адвокати', 'адвокатите'],
  ['съд', 'съда', 'съдът'],
  ['куриер', 'куриера', 'куриерът', 'куриери', 'куриерите'],
  ['доставка', 'доставката', 'доставки'],
  ['клиент', 'клиентът', 'клиенти', 'клиентите'],
  ['груб', 'груба', 'грубо', 'груби'],
  ['закъснение', 'закъснението', 'закъснения', 'закъсненията'],
  ['услуга', 'услугата', 'услуги', 'услугите'],
];

describe('stemBulgarian', () => {
  it.each(FAMILIES.map((f) => [f[0], f]))('forms of %s share a stem', (_, forms) => {
    const stems = new Set((forms as string[]).map(stemBulgarian));
    expect([...stems]).toHaveLength(1);
  });

  it('keeps short words whole', () => {
    expect(stemBulgarian('не')).toBe('не');
    expect(stemBulgarian('съд')).toBe('съд');
  });
});
