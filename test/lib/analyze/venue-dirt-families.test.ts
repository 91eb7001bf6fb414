/**
 * Dirt, smells and litter in a venue's common areas (toilets in a mall, a cinema's floor, a pool's changing room, a
 * hut's path, a clinic's waiting room) are a general complaint; dirt in what was sold or served (a hotel room and its
 * bed, a dish, a glass) or a product that smells of burning is a product defect. In all four languages, both ways.
 * The lexicon's own verdict is checked, so it holds whatever the category model weighs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeReviewLexicon } from '../../../lib/analyze';
import type { Category } from '../../../lib/taxonomy';

const categoryOf = (text: string, rating = 2): Category => analyzeReviewLexicon({ text, rating }).category;

describe("dirt in a venue's common areas is a general complaint", () => {
  it.each([
    'ТЦ «Север»: в туалете на втором этаже грязно, пол липкий, бумаги нет. Уборщиц, видимо, экономят.',
    'Туалети в торговому центрі брудні, мила немає, паперу теж. Соромно.',
    'Тоалетните в мола са мръсни, няма сапун, няма хартия. Срамота.',
    'Залата беше мръсна – пуканки по седалките, лепкав под, боклук под креслата.',
    'Качихме се до хижата. Тоалетните бяха мръсни, а край пътеката боклук навсякъде.',
    'Sticky floors and the whole lobby smelled like old popcorn. Not the nicest cinema trip.',
    'Not going to lie, the waiting room was genuinely filthy. Sticky chairs, overflowing bin.',
    'Locker rooms are filthy most evenings and the music is far too loud.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('general_complaint');
  });
});

describe('dirt in what was sold or served stays a product defect', () => {
  it.each([
    'Номер грязный, на простынях пятна, полотенца серые. За 7 000 в сутки это позор.',
    'Нашла волос в супе, официант просто пожал плечами.',
    'Чайник купила две недели назад, уже воняет пластиком так, что пить невозможно.',
    'Постільна білизна брудна, на подушці чиєсь волосся. Готель на три зірки, а номер як у хостелі.',
    'Взяв салат, а в ньому волосина. Більше не прийду.',
    'Стаята беше мръсна, по чаршафите петна, кърпите миришеха.',
    'Донесоха ми мръсна чаша и косъм в супата.',
    'Our room was filthy: stained sheets and hair on the pillows.',
    'Found a hair in my soup and the glass they served was dirty.',
    'Blender motor burnt out after three weeks. Smelled like burning plastic.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('product_defect');
  });
});

describe('«боклук» is a product defect only when the product is called junk', () => {
  it('a wardrobe that is complete junk', () => {
    expect(categoryOf('Гардеробът е пълен боклук, вратичките не се затварят.')).toBe('product_defect');
  });

  it('litter next to the bins of a summer garden', () => {
    expect(categoryOf('Масите са точно до контейнерите за боклук и вечер мирише ужасно.')).toBe('general_complaint');
  });
});
