/** Reviews written the way customers write them (modelled on the corpus, not copied from it). */
export const RU_LEGAL = {
  text:
    'Заказала диван 12 марта, обещали доставку за 3-4 дня. Прошло три недели, курьер дважды не приехал, ' +
    'менеджер Роман трубку не берёт. Если до пятницы не вернёте деньги, подаю в суд и пишу жалобу в Роспотребнадзор.',
  author: 'Анна К.',
  rating: 1,
  site: 'yandex-maps',
  reviewKey: 'r-ru-legal',
};

export const EN_DELIVERY = {
  text:
    "Ordered a birthday present on May 2nd with guaranteed 2-day delivery. It's now May 10th, the tracking " +
    "hasn't moved in a week and nobody answers the chat. Really disappointed.",
  author: 'Mark Thompson',
  rating: 2,
  site: 'trustpilot',
  reviewKey: 'r-en-delivery',
};

export const EN_LEGAL = {
  text:
    "I was charged twice for order #48213 and support keeps ignoring my emails. If this isn't refunded by " +
    "Friday I'm filing a small claims case and a BBB complaint.",
  author: 'Dana R.',
  rating: 1,
  site: 'trustpilot',
  reviewKey: 'r-en-legal',
};

export const EN_RUDE = {
  text: 'The cashier rolled her eyes and shouted at my elderly mother when she asked for help with the card reader. Never again.',
  author: 'Priya S.',
  rating: 1,
  site: 'trustpilot',
  reviewKey: 'r-en-rude',
};

export const EN_PRAISE = {
  text: 'Great service, the courier came early and was very polite. Will order again!',
  author: 'Tom B.',
  rating: 5,
  site: 'trustpilot',
  reviewKey: 'r-en-praise',
};

export const EN_DEFECT = {
  text:
    'The sofa arrived with a torn cushion and one wobbly leg. Customer service promised a replacement two weeks ago ' +
    "and I'm still waiting.",
  author: 'Lee W.',
  rating: 3,
  site: 'trustpilot',
  reviewKey: 'r-en-defect',
};
