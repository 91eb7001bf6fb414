import type { LintRule } from '../../rule';
import { MESSAGES } from '../messages';

/** Seed 000 §2: in a legal case, take it to a private channel; seed 004: do not take the blame in public. */
const LEGAL_CASES: LintRule['onlyWhen'] = { categories: ['legal_threat', 'contract_dispute'], flags: ['legal_threat'] };

export const rules: LintRule[] = [
  {
    id: 'bg-liability-priznavame-vinata',
    class: 'liability',
    severity: 'error',
    patterns: [
      'признава*|признаем ~3 вина*|вината|отговорност*|грешка*|виновн*',
      'поемаме|поемам ~3 вина*|вината|отговорност*|цялата',
      'цялата ~1 отговорност ~2 е ~1 наша',
    ],
    message: MESSAGES.liability,
    seed: '000_80fc09d476383fe4.txt',
    onlyWhen: LEGAL_CASES,
    examples: ['Напълно признаваме вината си.', 'Поемаме цялата отговорност за забавянето.', 'Признаваме, че допуснахме грешка.'],
    allows: ['Бихме искали да изясним ситуацията: пишете ни на legal@agency.bg.'],
  },
  {
    id: 'bg-liability-nasha-greshka',
    class: 'liability',
    severity: 'error',
    patterns: [
      'наша* ~1 грешка|вина|вината',
      'по ~1 наша ~1 вина',
      'ние ~2 виновн*|виновни|сгрешихме',
      'грешка* ~2 е ~1 изцяло? ~1 наша',
      'ние ~1 ви ~1 подведохме',
    ],
    message: MESSAGES.liability,
    seed: '004_979f1354f07788b1.txt',
    onlyWhen: LEGAL_CASES,
    examples: ['Грешката е изцяло наша.', 'Забавянето е по наша вина.', 'Ние сме виновни.'],
    allows: ['За да изясним случая, ни трябват номерът на договора и датите на протоколите — пратете ги по имейл.'],
  },
  {
    id: 'bg-liability-obezshtetim-shteti',
    class: 'liability',
    severity: 'error',
    patterns: [
      'обезщет*',
      'покрием|възстановим|компенсираме ~3 щети*|загуби*|вреди*|разноски*|разходи*',
      'изплатим|платим ~3 неустойк*|щети*|санкци*',
      'неимуществен* ~1 вреди',
    ],
    message: MESSAGES.liability,
    seed: '000_80fc09d476383fe4.txt',
    onlyWhen: LEGAL_CASES,
    examples: ['Ще ви обезщетим за всички щети.', 'Ще покрием разходите ви за адвокат.', 'Ще изплатим неустойка за всеки ден забава.'],
    allows: ['Готови сме да обсъдим решение лично — пишете ни на имейл.'],
  },
  {
    id: 'bg-liability-narushihme-dogovora',
    class: 'liability',
    severity: 'error',
    patterns: [
      'нарушихме|наруших',
      'не ~1 изпълнихме ~3 договор*|задължения*|условия*',
      'нарушени* ~3 от ~1 наша ~1 страна',
      'небрежност* ~2 от ~1 наша ~1 страна',
      'от ~1 наша ~1 страна ~3 небрежност*|нарушени*|неизпълнени*',
      'наша* ~1 небрежност*',
      'проявихме|допуснахме ~1 небрежност*|нарушени*',
    ],
    message: MESSAGES.liability,
    seed: '004_979f1354f07788b1.txt',
    onlyWhen: LEGAL_CASES,
    examples: ['Нарушихме условията на договора.', 'От наша страна е имало небрежност.', 'Допуснахме нарушение на сроковете.'],
    allows: ['Ще прегледаме внимателно всички документи по договора и ще ви отговорим лично.'],
  },
  {
    id: 'bg-liability-pretenziite-sa-osnovatelni',
    class: 'liability',
    severity: 'error',
    patterns: [
      'претенци*|искания*|изисквания* ~3 основателн*|оправдан*|справедлив*|законосъобразн*|правомерн*',
      'основателн* ~1 претенци*|искания*',
      'напълно ~1 сте ~1 прав*',
      'съгласни ~1 сме ~3 претенци*|изисквания*|обвинени*|искания*',
      'ще ~1 уважим ~2 претенци*|рекламаци*|иск*',
    ],
    message: MESSAGES.liability,
    seed: '004_979f1354f07788b1.txt',
    onlyWhen: LEGAL_CASES,
    examples: ['Претенциите ви са напълно основателни.', 'Съгласни сме с всички ваши претенции.', 'Напълно сте прави.'],
    allows: ['Ще разгледаме претенцията ви и ще отговорим писмено в срок от 14 дни.'],
  },
];
