/**
 * The shipped build's half of lint.bench.ts, run by plain node (`node shipped-lint.mjs BUNDLE`): tsx, which runs the
 * benches, transforms every module it loads, a built bundle too, and its transform made the bundle's lint about a tenth
 * slower. Reads the English reply on stdin; prints one line of JSON: per-run milliseconds of a full lint, and the
 * write-good / ours ratios of CPU time in alternating rounds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { interleavedRatios } from './cpu-time.mjs';

const { lintReply } = await import(process.argv[2]);
const writeGood = createRequire(import.meta.url)('write-good');
const text = readFileSync(0, 'utf8');

// Every language's rules compiled first, as in the source runs of lint.bench.ts.
for (const language of ['ru', 'uk', 'bg', 'en']) lintReply('Тест. Test.', { language });
const ours = () => lintReply(text, { language: 'en' });
const theirs = () => writeGood(text);
for (let i = 0; i < 1000; i++) {
  ours();
  if (i % 10 === 0) theirs();
}

const samples = [];
for (let i = 0; i < 300; i++) {
  const start = performance.now();
  ours();
  samples.push(performance.now() - start);
}

console.log(JSON.stringify({ samples, ratios: interleavedRatios(theirs, ours) }));
