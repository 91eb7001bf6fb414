/**
 * The signal model: for each reply language, a logistic regression over the tone model's features that hears
 * empathy or a next step in a sentence the signal lists (lib/lint/signals) have no phrase for ("Five a.m. and a
 * cancelled ferry — that's a ruined start to a holiday", "the mechanic has set aside Monday morning for your
 * gears"). Fitted by scripts/train-signal-model.ts on outsiders' sentences (test/fixtures/signals) and problem
 * sentences. Held out (sentences-3.jsonl, half of which the lists were widened on), lists and model together heard
 * 359 instead of 347 of 400 empathy sentences and 371 instead of 345 of 400 next steps, and 30 instead of 29 of 240
 * plain sentences as either; the reply sets' structure findings went 1928 -> 1925 of 1970.
 */
import type { Language } from '../taxonomy';
import type { Token } from '../text';
import { SIGNAL_BIT } from './compile';
import bg from './model/signals-bg.json';
import en from './model/signals-en.json';
import ru from './model/signals-ru.json';
import uk from './model/signals-uk.json';
import { loadLinearModel, toneLogits, type LinearModel, type ToneModelFile } from './tone-model';

export const SIGNAL_MODEL_CLASSES = ['empathy', 'nextStep'] as const;
type SignalModelClass = (typeof SIGNAL_MODEL_CLASSES)[number];
/** Heard at this probability or above. */
export const SIGNAL_MODEL_THRESHOLD = 0.5;

const FILES: Record<Language, ToneModelFile> = { ru, uk, bg, en };
const loaded = new Map<Language, LinearModel<SignalModelClass>>();

function signalModel(language: Language): LinearModel<SignalModelClass> {
  let model = loaded.get(language);
  if (!model) {
    model = loadLinearModel(FILES[language], SIGNAL_MODEL_CLASSES, 'scripts/train-signal-model.ts');
    loaded.set(language, model);
  }
  return model;
}

/** SIGNAL_BIT.empathy and SIGNAL_BIT.nextStep for what the model hears in the sentence made of `tokens`. */
export function heardSignals(tokens: readonly Token[], language: Language): number {
  const model = signalModel(language);
  const logits = toneLogits(model, tokens);
  return (logits[0]! >= model.logitThresholds[0]! ? SIGNAL_BIT.empathy : 0) | (logits[1]! >= model.logitThresholds[1]! ? SIGNAL_BIT.nextStep : 0);
}
