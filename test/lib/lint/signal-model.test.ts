import { describe, expect, it } from 'vitest';
import { compiledRules, SIGNAL_ID_PREFIX } from '../../../lib/lint/compile';
import { lintReply } from '../../../lib/lint';
import { loadLinearModel } from '../../../lib/lint/tone-model';
import type { Language } from '../../../lib/taxonomy';
import { tokenize } from '../../../lib/text';

type Kind = 'empathy' | 'nextStep';
const WARNING: Record<Kind, string> = { empathy: 'structure-empathy', nextStep: 'structure-next-step' };

function listsHear(text: string, language: Language, kind: Kind): boolean {
  return compiledRules(language).matcher.match(tokenize(text, language)).some((m) => m.id === SIGNAL_ID_PREFIX + kind);
}

function structureWarnings(text: string, language: Language): string[] {
  return lintReply(text, { language, category: 'general_complaint' })
    .filter((d) => d.class === 'structure')
    .map((d) => d.rule);
}

describe('the signal model', () => {
  it.each<[Language, Kind, string]>([
    ['en', 'empathy', 'A cold shower after a long drive is the last thing anyone wants.'],
    ['ru', 'nextStep', 'Новые лампы поставят в четверг, и к вечеру в коридоре снова будет светло.'],
    ['uk', 'nextStep', 'Нові лампи поставлять у четвер, і до вечора в коридорі знову буде світло.'],
  ])('%s: hears %s where no signal phrase does: %s', (language, kind, text) => {
    expect(listsHear(text, language, kind)).toBe(false);
    expect(structureWarnings(text, language)).not.toContain(WARNING[kind]);
  });

  it('does not hear a plain fact as empathy or a step', () => {
    expect(structureWarnings('Your parcel left our depot at 9:14.', 'en')).toEqual(['structure-empathy', 'structure-next-step']);
    expect(structureWarnings('Посылка покинула склад в 9:14.', 'ru')).toEqual(['structure-empathy', 'structure-next-step']);
  });

  it('does not count a sentence the linter flags as the reply’s empathy', () => {
    const text = "Three hours on hold is nobody's idea of a good afternoon, calm down.";
    expect(structureWarnings(text.replace(', calm down', ''), 'en')).not.toContain('structure-empathy');
    expect(structureWarnings(text, 'en')).toContain('structure-empathy');
  });

  it('rejects a model file trained for other classes', () => {
    const file = { classes: ['empathy'], thresholds: [0.5], bias: [0], vocabulary: [], rows: [], wordRows: [], pairRows: [] };
    expect(() => loadLinearModel(file, ['empathy', 'nextStep'], 'scripts/train-signal-model.ts')).toThrow(/retrain with scripts\/train-signal-model\.ts/);
  });
});
