/**
 * Problem wordings the outsider reviews (test/fixtures/corpus/outsider-reviews.jsonl) showed the lexicon did not
 * know, by family, in new words: a parcel stuck with a status that does not change, a cancelled or moved
 * delivery, parts coming off or leaking, a machine that stopped doing its job, staff ignoring or rolling their
 * eyes on purpose, and a 4★ remark that asks for a fix. The lexicon's own verdict is checked, so the families
 * hold whatever the category model weighs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category } from '../../../lib/taxonomy';

const CASES: [text: string, rating: number | undefined, category: Category][] = [
  // A parcel that sits somewhere and its status never moves.
  ['Посылка уже девятый день застряла на сортировке в Подольске, статус не меняется. Подарок к юбилею, между прочим.', 1, 'delivery_problem'],
  ['Відправлення лежить на складі в Києві тиждень, статус не оновлюється, на гарячій лінії кажуть чекати.', 1, 'delivery_problem'],
  ['Пратката седи със статус „в транзит“ вече 12 дни, а беше експресна.', 1, 'delivery_problem'],
  ['My package has been stuck in transit for two weeks and the status hasn\'t changed once.', 1, 'delivery_problem'],
  // A delivery cancelled or moved at the last minute.
  ['Второй раз переносят доставку холодильника, а я беру отгул на работе.', 1, 'delivery_problem'],
  ['Поръчката ми е анулирана ден преди рождения ден, парите още не са върнати.', 1, 'delivery_problem'],
  ['They cancelled my delivery slot an hour before, no explanation.', 1, 'delivery_problem'],
  // The product falls apart, leaks or stopped doing its job.
  ['Через две недели подошва отклеилась, а замок на куртке сыплется.', 2, 'product_defect'],
  ['Бойлер тече з першого дня, а тепер ще й перестав гріти воду.', 1, 'product_defect'],
  ['Прахосмукачката спря да зарежда след месец, а капакът се напука.', 1, 'product_defect'],
  ['The leather on the armrest is peeling after three months and the legs came loose.', 2, 'product_defect'],
  // Rudeness by ignoring or eye-rolling on purpose.
  ['Адміністраторка закочувала очі на кожне моє питання і демонстративно відверталась.', 1, 'staff_rudeness'],
  ['Продавачката демонстративно ни обърна гръб и продължи да си говори по телефона.', 1, 'staff_rudeness'],
  ['The cashier kept scrolling on her phone while the queue grew, deliberately ignoring us.', 1, 'staff_rudeness'],
];

/** A 4★ review that praises and asks for one thing to be fixed has a complaint to handle. */
const FIX_REQUESTS: string[] = [
  'Кальян отличный, музыка хорошая. Но в зале дико душно, почините уже кондиционер.',
  'Номер чистий, сніданок смачний. Але в душі ледь тече вода, виправте будь ласка.',
  'Кафето е страхотно, персоналът също. Но столовете на терасата са счупени, оправете ги, моля.',
  'Lovely pastries and friendly baristas, but the card machine never works. Please fix it.',
];

describe('topic and rudeness families', () => {
  it.each(CASES)('%s (%s★) → %s', (text, rating, category) => {
    expect(analyzeReviewLexicon({ text, rating }).category).toBe(category);
  });

  it.each(FIX_REQUESTS)('4★ with a fix request is a complaint: %s', (text) => {
    expect(analyzeReviewLexicon({ text, rating: 4 }).category).not.toBe('not_negative');
  });
});
