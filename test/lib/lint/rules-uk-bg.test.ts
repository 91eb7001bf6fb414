import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LintRule } from '../../../lib/lint/rule';
import { rules as bgRules } from '../../../lib/lint/rules/bg';
import { rules as ukRules } from '../../../lib/lint/rules/uk';
import { CATEGORIES, FLAGS, LINT_CLASSES, SEED_FILES, type LintClass } from '../../../lib/taxonomy';
import { compileMatcher, tokenize, type PhraseMatch } from '../../../lib/text';

/** Classes the engine checks in code, not with phrase rules. */
const CODE_CHECKED: LintClass[] = ['shouting', 'privacy', 'structure', 'custom'];
const PHRASE_CLASSES = LINT_CLASSES.filter((c) => !CODE_CHECKED.includes(c));

const text = z.string().trim().min(1);
/** Short enough for a tooltip, the liability message with its legal advice included. */
const shortMessage = text.max(140);
const messageOf = (line: z.ZodString) => z.strictObject({ en: line, ru: line, uk: line, bg: line });
const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)+$/),
  class: z.enum(PHRASE_CLASSES),
  severity: z.enum(['error', 'warning', 'info']),
  patterns: z.array(text).min(1),
  message: messageOf(shortMessage),
  replacements: z.array(z.string()).optional(),
  seed: z.enum(SEED_FILES),
  unlessNext: z.array(text).optional(),
  unlessPrevious: z.array(text).optional(),
  hintWithoutName: z.boolean().optional(),
  onlyWhen: z
    .strictObject({ categories: z.array(z.enum(CATEGORIES)).optional(), flags: z.array(z.enum(FLAGS)).optional() })
    .optional(),
  examples: z.array(text).min(1),
  allows: z.array(text).optional(),
});

/** Matches of the rules' patterns in `text` (match id = rule id), minus those a rule's `unlessNext` or `unlessPrevious` word cancels. */
function matcherFor(language: 'uk' | 'bg', rules: LintRule[]): { match(text: string): PhraseMatch[] } {
  const matcher = compileMatcher(
    language,
    rules.flatMap((r) => r.patterns.map((pattern) => ({ id: r.id, pattern }))),
  );
  const byId = new Map(rules.map((r) => [r.id, r]));
  return {
    match(text) {
      const tokens = tokenize(text, language);
      return matcher.match(tokens).filter((m) => {
        const next = tokens.slice(m.lastToken + 1).find((t) => t.kind === 'word');
        const previous = tokens.slice(0, m.firstToken).findLast((t) => t.kind === 'word');
        const rule = byId.get(m.id);
        return !(next && rule?.unlessNext?.includes(next.norm)) && !(previous && rule?.unlessPrevious?.includes(previous.norm));
      });
    },
  };
}

describe.each([
  ['uk', ukRules],
  ['bg', bgRules],
] as const)('%s lint rules', (language, rules) => {
  it('are valid rule data', () => {
    for (const rule of rules) {
      const parsed = ruleSchema.safeParse(rule);
      expect(parsed.success ? '' : z.prettifyError(parsed.error), rule.id).toBe('');
    }
  });

  it('have unique ids named <language>-<class>-<slug>', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.id.startsWith(`${language}-${rule.class.replace('_', '-')}-`), rule.id).toBe(true);
  });

  it('cover every phrase class with at least 5 rules and 100 patterns overall', () => {
    for (const cls of PHRASE_CLASSES) expect(rules.filter((r) => r.class === cls).length, cls).toBeGreaterThanOrEqual(5);
    expect(rules.reduce((n, r) => n + r.patterns.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('flag every example with the rule that owns it', () => {
    const matcher = matcherFor(language, rules);
    const missed = rules.flatMap((r) =>
      r.examples.filter((ex) => !matcher.match(ex).some((m) => m.id === r.id)).map((ex) => `${r.id}: ${ex}`),
    );
    expect(missed).toEqual([]);
  });

  it('leave every allowed sentence clean', () => {
    // Liability rules run only in legal and contract cases, where admitting fault is the risk; elsewhere
    // "це наша помилка" is good advice, so other rules' allows are checked against unconditional rules only.
    const everywhere = matcherFor(language, rules.filter((r) => !r.onlyWhen));
    const all = matcherFor(language, rules);
    const flagged = rules.flatMap((r) =>
      (r.allows ?? []).flatMap((sentence) =>
        (r.onlyWhen ? all : everywhere).match(sentence).map((m) => `${r.id}: "${sentence}" hit by ${m.id}`),
      ),
    );
    expect(flagged).toEqual([]);
  });

  it('offer replacements that no rule flags again', () => {
    const everywhere = matcherFor(language, rules.filter((r) => !r.onlyWhen));
    const flagged = rules.flatMap((r) =>
      (r.replacements ?? []).flatMap((fix) => everywhere.match(fix).map((m) => `${r.id}: "${fix}" hit by ${m.id}`)),
    );
    expect(flagged).toEqual([]);
  });

  it('restrict liability rules to legal threats and contract disputes', () => {
    for (const rule of rules.filter((r) => r.class === 'liability')) {
      expect(rule.onlyWhen?.categories, rule.id).toEqual(['legal_threat', 'contract_dispute']);
    }
  });
});

/** Sentences of good replies (seeds 000–004) that use the words the rules watch for, in harmless senses. */
const GOOD_REPLIES = {
  uk: [
    'Олено, вибачте, що посилка затрималася на три дні — ми вже повернули вартість доставки.',
    'Гарантія на пральну машину — 24 місяці, тож ремонт буде безкоштовним.',
    'Ми видалили з вашого рахунку помилкове списання 320 грн.',
    'Ми не будемо видаляти ваш відгук — він допомагає нам ставати кращими.',
    'Ви маєте право на повернення коштів протягом 14 днів.',
    'Ми ніколи не передаємо ваші дані третім особам.',
    'Ви абсолютно праві: кур’єр мав зателефонувати заздалегідь.',
    'Ми вже поговорили з командою складу, щоб таке не повторювалося.',
    'На жаль, ми не можемо змінити дату в системі, але можемо доставити безкоштовно.',
    'Нам прикро чути, що консультант розмовляв із вами грубо. Ми ставимося до цього дуже серйозно.',
    'Ми хотіли б розібратися в ситуації. Напишіть нам, будь ласка, напряму.',
    'Обговорення цієї проблеми тут ми завершуємо, а всіх, хто постраждав, просимо написати нам на пошту.',
  ],
  bg: [
    'Мария, извинете, че пратката закъсня — вече възстановихме сумата за доставка.',
    'Гаранцията на пералнята е 24 месеца, така че ремонтът ще е безплатен.',
    'Премахнахме от сметката ви погрешното таксуване от 32 лв.',
    'Няма да изтрием отзива ви — той ни помага да ставаме по-добри.',
    'Имате право да върнете продукта в срок от 14 дни.',
    'Никога не предоставяме данните ви на трети лица.',
    'Напълно сте прави: куриерът трябваше да се обади предварително.',
    'Вече говорихме с екипа в склада, за да не се повтаря.',
    'За съжаление не можем да сменим датата в системата, но можем да доставим безплатно.',
    'Съжаляваме да чуем, че консултантът е разговарял грубо с вас. Отнасяме се към това много сериозно.',
    'Бихме искали да изясним ситуацията. Моля, пишете ни директно.',
    'Тук прекратяваме обсъждането, а всички засегнати молим да ни пишат на имейл.',
  ],
};

describe.each([
  ['uk', ukRules],
  ['bg', bgRules],
] as const)('%s good replies', (language, rules) => {
  it.each(GOOD_REPLIES[language])('stay clean: %s', (sentence) => {
    expect(matcherFor(language, rules.filter((r) => !r.onlyWhen)).match(sentence)).toEqual([]);
  });
});
