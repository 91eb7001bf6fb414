/**
 * The Ukrainian vocative of a first name, as a greeting needs it ("Добрий день, Олено!"). Covers the regular
 * patterns of Ukrainian first names; a name that is not Cyrillic is returned as written (the nominative is an
 * acceptable fallback in a greeting).
 */

/** Names whose vocative does not follow the pattern of their ending. */
const IRREGULAR: Record<string, string> = {
  Ігор: 'Ігорю',
  Ілля: 'Ілле',
  Лазар: 'Лазаре',
  Кузьма: 'Кузьмо',
};

const UKRAINIAN_NAME = /^[А-ЩЬЮЯҐЄІЇа-щьюяґєії’'ʼ-]+$/u;
const VOWELS = 'аеєиіїоуюя';

export function vocativeUk(name: string): string {
  const trimmed = name.trim();
  if (!UKRAINIAN_NAME.test(trimmed) || trimmed.length < 2) return trimmed;
  const irregular = IRREGULAR[trimmed];
  if (irregular) return irregular;
  const stem = trimmed.slice(0, -1);
  const last = trimmed.slice(-1);
  const beforeLast = trimmed.slice(-2, -1).toLowerCase();
  switch (last) {
    case 'а':
      return `${stem}о`; // Олена → Олено, Микола → Миколо
    case 'я':
      if (beforeLast === 'ь') return trimmed; // a Russian spelling ("Дарья"): no Ukrainian form to derive
      if (VOWELS.includes(beforeLast) || '’\'ʼ'.includes(beforeLast)) return `${stem}є`; // Марія → Маріє, Дар’я → Дар’є
      return `${stem}ю`; // Оля → Олю
    case 'о':
      return `${stem}е`; // Петро → Петре
    case 'й':
    case 'ь':
      return `${stem}ю`; // Андрій → Андрію, Василь → Василю
    case 'к':
    case 'г':
    case 'х':
      return `${trimmed}у`; // Олег → Олегу
    default:
      return VOWELS.includes(last.toLowerCase()) ? trimmed : `${trimmed}е`; // Іван → Іване
  }
}
