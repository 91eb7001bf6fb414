import { describe, expect, it } from 'vitest';
import { stemUkrainian } from '../../../lib/text/stem-uk';

/** Each row: forms of one word that must share a stem. */
const FAMILIES: string[][] = [
  ['доставка', 'доставки', 'доставку', 'доставкою'],
  ['поганий', 'погана', 'погане', 'погані', 'поганого'],
  ['адвокат', 'адвоката', 'адвокатом', 'адвокату', 'адвокати'],
  ['суд', 'суду', 'суді', 'судом'],
  ['дзвонив', 'дзвонила', 'дзвонили'],
  ['грубий', 'грубого', 'грубому', 'грубим', 'груба', 'грубі'],
  ['менеджер', 'менеджера', 'менеджеру', 'менеджером', 'менеджери'],
  ['замовлення', 'замовленням', 'замовленні'],
  ['повернення', 'поверненням'],
  ['відповідає', 'відповідають'],
];

describe('stemUkrainian', () => {
  it.each(FAMILIES.map((f) => [f[0], f]))('forms of %s share a stem', (_, forms) => {
    const stems = new Set((forms as string[]).map(stemUkrainian));
    expect([...stems]).toHaveLength(1);
  });

  it('keeps short words whole', () => {
    expect(stemUkrainian('не')).toBe('не');
    expect(stemUkrainian('суд')).toBe('суд');
  });

  it('keeps different words apart', () => {
    expect(stemUkrainian('суд')).not.toBe(stemUkrainian('сума'));
  });
});
