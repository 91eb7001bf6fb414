/**
 * Bulgarian: definite articles, plurals, adjective and verb endings (table in test/lib/text/stem-bg.test.ts).
 * "-ата" is read as a feminine noun with its article ("поръчката" → "поръчк"), the common case; a masculine
 * noun in -т with the short article ("адвоката") then stems apart from "адвокат", so lexicons write `адвокат*`.
 */
import { createSuffixStemmer } from './suffix-stemmer';

export const stemBulgarian = createSuffixStemmer({
  vowels: 'аъоуеия',
  endings: [
    // articles on nouns and adjectives
    'ът', 'ят', 'та', 'то', 'те', 'ия', 'ият', 'ата', 'ото', 'ите', 'ята', 'ето', 'ища', 'ищата',
    // plurals
    'и', 'ове', 'овете', 'еве', 'евете', 'ета', 'етата', 'а', 'я', 'е', 'о',
    // adjectives
    'ие', 'ието', 'ията', 'ен', 'на', 'но', 'ни', 'ната', 'ното', 'ните', 'ски', 'ска', 'ско', 'ския', 'ската',
    // verbs
    'ам', 'ям', 'аш', 'яш', 'аме', 'яме', 'ате', 'яте', 'иха', 'ем', 'еш', 'ете', 'им', 'иш', 'ите', 'ох', 'ах',
    'ях', 'ахме', 'яхме', 'ахте', 'яхте', 'аха', 'яха', 'оха', 'ал', 'ала', 'ало', 'али', 'ял', 'яла', 'яло',
    'яли', 'ил', 'ила', 'ило', 'или', 'ел', 'ела', 'ели', 'ена', 'ено', 'ени', 'ван', 'вана', 'вани', 'ува',
    'увам', 'уваш', 'уват',
  ],
  finals: ['ь'],
  minStem: 2,
});
