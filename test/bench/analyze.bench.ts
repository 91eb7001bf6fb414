/** analyzeReview on a 1,000-character review in each language (target: median ≤ 0.3 ms), and the text pipeline alone. */
import { analyzeReview } from '../../lib/analyze';
import { compileMatcher, tokenize } from '../../lib/text';
import type { Bench } from './harness';

const REVIEWS: Record<string, string> = {
  ru: 'Заказывала диван 12 марта, обещали доставку за 3-4 дня. Прошло две недели, курьер так и не приехал. Звонила 5 раз, оператор положила трубку, менеджер Роман обещал перезвонить и пропал. Списали 45 990 ₽ сразу, а возврат оформить отказываются. Я постоянный клиент уже 6 лет, раньше всё было отлично. Если до пятницы не вернёте деньги, обращусь в Роспотребнадзор и к юристу. ',
  uk: 'Замовляла диван 12 березня, обіцяли доставку за 3-4 дні. Минуло два тижні, кур\'єр так і не приїхав. Дзвонила 5 разів, оператор поклала трубку, менеджер Роман обіцяв передзвонити і зник. Списали 18 990 грн одразу, а повернення оформити відмовляються. Я постійна клієнтка вже 6 років, раніше все було чудово. Якщо до п\'ятниці не повернете гроші, звернуся до Держспоживзахисту і до юриста. ',
  bg: 'Поръчах диван на 12 март, обещаха доставка до 3-4 дни. Минаха две седмици, куриерът така и не дойде. Звъннах 5 пъти, операторката ми затвори телефона, мениджърът Роман обеща да се обади и изчезна. Изтеглиха ми 1 290 лв. веднага, а връщане на парите отказват. Аз съм постоянна клиентка от 6 години, преди всичко беше отлично. Ако до петък не ми върнете парите, ще подам сигнал в КЗП и ще се консултирам с адвокат. ',
  en: "I ordered a sofa on March 12 and was promised delivery in 3-4 days. Two weeks later the courier still hasn't shown up. I called 5 times, the operator hung up on me, and the manager Roman promised to call back and vanished. You charged me $1,290 right away but refuse to process a refund. I've been a loyal customer for 6 years and everything used to be great. If the money is not back by Friday, I will contact my lawyer and file a complaint with the BBB. ",
};

/**
 * The same complaints without the legal threat: a legal threat is decided by the lexicon alone, so only these
 * reviews also run the category model.
 */
const MODEL_REVIEWS: Record<string, string> = {
  ru: REVIEWS.ru!.replace(/Если до пятницы.*$/, 'Больше у вас ничего не закажу и друзьям не советую. '),
  uk: REVIEWS.uk!.replace(/Якщо до п'ятниці.*$/, 'Більше у вас нічого не замовлю і друзям не раджу. '),
  bg: REVIEWS.bg!.replace(/Ако до петък.*$/, 'Повече няма да поръчам от вас и няма да ви препоръчам на приятели. '),
  en: REVIEWS.en!.replace(/If the money.*$/, "I won't order from you again and I won't recommend you to friends. "),
};

function thousandChars(text: string): string {
  return text.repeat(Math.ceil(1000 / text.length)).slice(0, 1000);
}

export default async (bench: Bench) => {
  for (const [language, base] of Object.entries(REVIEWS)) {
    const text = thousandChars(base);
    bench.measure(`analyzeReview ${language} 1,000 chars, legal threat (lexicon decides)`, () => analyzeReview({ text, author: 'Анна К.', rating: 1 }), {
      runs: 1000,
      warmup: 100,
    });
  }
  for (const [language, base] of Object.entries(MODEL_REVIEWS)) {
    if (base === REVIEWS[language]) throw new Error(`analyze bench: the ${language} review still holds its legal threat`);
    const text = thousandChars(base);
    bench.measure(`analyzeReview ${language} 1,000 chars, no legal threat (model decides)`, () => analyzeReview({ text, author: 'Анна К.', rating: 1 }), {
      runs: 1000,
      warmup: 100,
    });
  }

  const words = 'спасибо извините сожалению обращение зарегистрировано доводим сведения проблема виноваты успокойтесь бывает гарантируем никогда повторится признаем вину неправы удалите отзыв'.split(' ');
  const entries = Array.from({ length: 400 }, (_, i) => ({
    id: `r${i}`,
    pattern: `${words[i % words.length]}${i % 4 === 0 ? '*' : ''} ${i % 3 === 0 ? '~2 ' : ''}${words[(i * 7) % words.length]}`,
  }));
  const matcher = compileMatcher('ru', entries);
  const reply = thousandChars(
    'Анна, здравствуйте! Спасибо, что написали, и простите за эту историю: курьер должен был приехать вовремя. Мы проверили заказ и вернём деньги сегодня. Напишите нам на support@example.com, разберёмся лично. ',
  ).repeat(2);
  bench.measure('text: tokenize + match, 2,000 chars, 400 patterns (ru)', () => matcher.match(tokenize(reply, 'ru')), {
    runs: 1000,
    warmup: 100,
  });
};
