/**
 * Every recommendation of the seed articles, quoted verbatim (short) in the article's language, and the
 * playbook steps that carry it out. A test checks that each quote is in its seed file, that each step exists,
 * and that every step is referenced, so a recommendation cannot be lost and a step cannot lose its source.
 */
import type { SeedFile } from '../taxonomy';
import type { StepId } from './steps';

export interface SeedRecommendation {
  seed: SeedFile;
  /** Verbatim from the seed file (whitespace aside). */
  quote: string;
  steps: StepId[];
}

const S000 = '000_80fc09d476383fe4.txt';
const S001 = '001_99740eb2e90c6ca5.txt';
const S002 = '002_24e291e7fef570d7.txt';
const S003 = '003_7ad9d4295cb499bc.txt';
const S004 = '004_979f1354f07788b1.txt';

export const SEED_COVERAGE: readonly SeedRecommendation[] = [
  // 000 §1: rudeness
  { seed: S000, quote: 'Немедленно отреагировать', steps: ['rudeness-respond-now'] },
  { seed: S000, quote: 'ситуацию нужно расследовать всерьёз', steps: ['rudeness-promise-investigation', 'rudeness-run-investigation'] },
  { seed: S000, quote: 'Признать серьезность ситуации', steps: ['rudeness-take-seriously'] },
  { seed: S000, quote: 'вы не терпите неуважительного отношения к клиентам', steps: ['rudeness-take-seriously'] },
  {
    seed: S000,
    quote: 'свяжитесь с нами напрямую, чтобы мы могли провести внутреннее расследование',
    steps: ['rudeness-promise-investigation', 'move-to-private'],
  },
  { seed: S000, quote: 'Действительно провести это внутреннее расследование', steps: ['rudeness-run-investigation'] },
  { seed: S000, quote: 'реально принять меры для предотвращения подобных ситуаций в будущем', steps: ['rudeness-run-investigation'] },
  // 000 §2: legal threats
  { seed: S000, quote: 'Не игнорировать угрозу', steps: ['legal-measured-reply'] },
  { seed: S000, quote: 'ответ должен быть деликатным и взвешенным', steps: ['legal-measured-reply'] },
  { seed: S000, quote: 'Избегать публичного обсуждения проблемы', steps: ['legal-no-public-details'] },
  { seed: S000, quote: 'перевести обсуждение в личное общение', steps: ['move-to-private'] },
  { seed: S000, quote: 'следует проконсультироваться с юристом', steps: ['legal-consult-lawyer'] },
  { seed: S000, quote: 'до того, как вы начнете отвечать', steps: ['legal-consult-lawyer'] },
  // 000 §3: loyal customers
  { seed: S000, quote: 'Персонализировать ответ', steps: ['use-name'] },
  { seed: S000, quote: 'Признать ценность долгосрочных отношений', steps: ['loyal-acknowledge'] },
  { seed: S000, quote: 'выразить искреннюю заинтересованность в решении проблемы', steps: ['loyal-acknowledge', 'show-understanding'] },
  { seed: S000, quote: 'Предложить индивидуальное решение', steps: ['loyal-individual-offer'] },
  { seed: S000, quote: 'эксклюзивная скидка, компенсация или бонусы', steps: ['loyal-individual-offer'] },
  {
    seed: S000,
    quote: 'предлагать решения, демонстрирующие вашу готовность исправить ошибку',
    steps: ['compensate-fault', 'next-step-deadline'],
  },
  // 001
  { seed: S001, quote: 'Слушайте внимателно към клиента, да зададете уточняващи въпроси', steps: ['collect-facts'] },
  { seed: S001, quote: 'Обективно се разбере, каква е причината, без взаимни обвинения и контраобвинения', steps: ['find-cause'] },
  { seed: S001, quote: 'Ако клиентът е посочил името, е необходимо да се обърне към него лично', steps: ['use-name'] },
  { seed: S001, quote: 'да се избегне, когато общувате формални отговори, формално, сух език', steps: ['human-language'] },
  { seed: S001, quote: 'Клиентът се нуждае от подкрепа, грижи', steps: ['show-understanding'] },
  { seed: S001, quote: 'обясни какъв е проблема, тъй като тя е решила', steps: ['next-step-deadline'] },
  { seed: S001, quote: 'казва на клиента междинните суми', steps: ['keep-customer-posted'] },
  { seed: S001, quote: 'Вашият дълго мълчание ще доведе до негативни на клиента', steps: ['respond-quickly'] },
  { seed: S001, quote: 'някой реагира бързо на жалби и предложения, някой не отговаря', steps: ['respond-quickly'] },
  { seed: S001, quote: 'Поискайте прошка от клиента за нарушаване на работата на компанията', steps: ['apologize-for-fault'] },
  { seed: S001, quote: 'бонус при следващата си покупка, малка отстъпка, безплатна услуга', steps: ['compensate-fault'] },
  { seed: S001, quote: 'обясни на клиента как да решите този проблем', steps: ['explain-who-can-solve'] },
  { seed: S001, quote: 'този въпрос не е във вашата компетентност', steps: ['explain-who-can-solve'] },
  { seed: S001, quote: 'Клиентите трябва да чувстват, че те е грижа за тях', steps: ['thank-for-feedback', 'show-understanding'] },
  { seed: S001, quote: 'Не се обиждайте от обиди и омраза поща и не реагират емоционално', steps: ['abusive-no-mirror'] },
  { seed: S001, quote: 'Клиентът не трябва да се чувства като глупак', steps: ['no-blame-no-fight'] },
  { seed: S001, quote: 'управителят е нищо разбираем не може да каже', steps: ['unresponsive-clear-answer'] },
  { seed: S001, quote: 'Той ви чака в продължение на няколко дни в склада', steps: ['delivery-check-status'] },
  // 002
  { seed: S002, quote: 'Дайте клиенту понять, что вы понимаете его / ее разочарование', steps: ['show-understanding'] },
  { seed: S002, quote: 'повторите все, что они сказали, своими словами', steps: ['restate-problem'] },
  { seed: S002, quote: 'Подчеркните, что вы понимаете, что это серьезная проблема', steps: ['show-understanding'] },
  { seed: S002, quote: 'Пообещайте решить проблему и сделать все возможное для этого', steps: ['next-step-deadline'] },
  { seed: S002, quote: 'Подумайте и предложите решения', steps: ['next-step-deadline'] },
  { seed: S002, quote: 'все случаи недовольства клиентов индивидуальны и различны', steps: ['use-name'] },
  { seed: S002, quote: 'убедиться, что его услышали и поняли', steps: ['restate-problem'] },
  { seed: S002, quote: 'своевременно изложив суть жалобы', steps: ['restate-problem'] },
  { seed: S002, quote: 'быть прямым, открытым и полезным', steps: ['human-language'] },
  { seed: S002, quote: 'Вы должны преодолеть это как можно скорее', steps: ['calm-first'] },
  // 003
  {
    seed: S003,
    quote: 'не смог правильно объяснить клиенту, почему ему придется платить за доставку больше',
    steps: ['billing-explain-price'],
  },
  { seed: S003, quote: 'а новый сотрудник еще не зал об этом', steps: ['brief-the-team'] },
  { seed: S003, quote: 'нам не стоило ввязываться в дискуссию', steps: ['escalation-one-message'] },
  { seed: S003, quote: 'обсуждение этой проблемы в ВК прекращается', steps: ['escalation-one-message'] },
  {
    seed: S003,
    quote: 'всех, кто реально пострадал из-за случайной ошибки сотрудника, просим обратиться к нам по электронной почте',
    steps: ['escalation-invite-affected'],
  },
  { seed: S003, quote: 'общаемся на равных, отвечаем с юмором', steps: ['human-language'] },
  { seed: S003, quote: 'пообещали все быстро починить', steps: ['next-step-deadline'] },
  { seed: S003, quote: 'после устранения проблемы разместили веселый пост', steps: ['announce-fix'] },
  {
    seed: S003,
    quote: 'любую конфликтную ситуацию легче разрешить в индивидуальном порядке, по электронной почте',
    steps: ['move-to-private'],
  },
  // 004
  { seed: S004, quote: 'необходимо успокоиться', steps: ['calm-first'] },
  { seed: S004, quote: 'Не стоит также избегать недовольного клиента или поручать подчиненным', steps: ['contract-lead-answers'] },
  { seed: S004, quote: 'Категорически не рекомендуется выяснять отношения на публике', steps: ['move-to-private'] },
  { seed: S004, quote: 'нужно перевести его в частную плоскость', steps: ['move-to-private'] },
  { seed: S004, quote: 'готов ли он к обсуждению подробностей его контракта на публике', steps: ['contract-offer-public-details'] },
  { seed: S004, quote: 'идентифицировать недовольного клиента', steps: ['contract-identify-client'] },
  { seed: S004, quote: 'Нужно достоверно знать, кто именно и что сделал', steps: ['collect-facts'] },
  { seed: S004, quote: 'следует придерживаться нейтральной позиции', steps: ['regret-without-liability'] },
  {
    seed: S004,
    quote: 'Признание недопустимости случившегося, фактически приравнивается к согласию со своей виной',
    steps: ['regret-without-liability'],
  },
  { seed: S004, quote: 'Желательно указать конкретно, когда жалобщик получит ответ', steps: ['next-step-deadline'] },
  { seed: S004, quote: 'не следует давать несбыточных обещаний', steps: ['no-impossible-promises'] },
  { seed: S004, quote: 'Руководитель в любом случае должен провести расследование', steps: ['investigate-documents'] },
  { seed: S004, quote: 'Не стоит верить своим сотрудником на слово', steps: ['investigate-documents'] },
  { seed: S004, quote: 'клиент прав, пока не установлено обратное', steps: ['contract-evidence-only'] },
  { seed: S004, quote: 'если имеются доказательства неправоты клиента, можно отстаивать свою правоту', steps: ['contract-evidence-only'] },
  { seed: S004, quote: 'нужно извиниться, пока клиент не скажет, что этого вполне достаточно', steps: ['apologize-for-fault'] },
  { seed: S004, quote: 'Лучшим способом, нейтрализующим эмоциональное напряжение, является полезный подарок', steps: ['compensate-fault'] },
  { seed: S004, quote: 'Угрожать клиенту', steps: ['no-blame-no-fight'] },
  { seed: S004, quote: 'Нападать на него и затевать словесную перепалку', steps: ['no-blame-no-fight'] },
  { seed: S004, quote: 'Принимать на себя вину', steps: ['regret-without-liability'] },
  { seed: S004, quote: 'Обвинять клиента', steps: ['no-blame-no-fight'] },
  { seed: S004, quote: 'Осуждать сотрудников агентства', steps: ['no-blame-no-fight'] },
  { seed: S004, quote: 'Насмехаться над клиентом', steps: ['no-blame-no-fight'] },
  { seed: S004, quote: 'Сюсюкать с ним', steps: ['no-blame-no-fight'] },
];
