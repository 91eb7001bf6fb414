/**
 * Linter speed: the first lint in each language (its rules are compiled then), a full lint of a 2,000-character
 * reply per language, an incremental one-keystroke update, and write-good on the same English text.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { interleavedRatios } from './cpu-time.mjs';
import { percentile, summarize, type Bench } from './harness';
import { createLinter, lintReply } from '../../lib/lint';
import type { Language } from '../../lib/taxonomy';
import { ROOT } from '../../scripts/browser';
import { lazyJson } from '../../scripts/lazy-json';
import { stripRuleExamples } from '../../scripts/strip-rule-examples';

const PARAGRAPHS: Record<Language, string> = {
  ru: 'Анна, здравствуйте! Доводим до вашего сведения, что ваше обращение зарегистрировано. Нам очень жаль, что курьер опоздал на три дня. Мы уже связались со службой доставки и выясняем, где посылка. Сегодня до 18:00 напишем вам в личные сообщения. ',
  uk: 'Олено, добрий день! Нам дуже шкода, що кур’єр запізнився на три дні. Ми вже зв’язалися зі службою доставки і з’ясовуємо, де посилка. Сьогодні до 18:00 напишемо вам в особисті повідомлення. Дякуємо за ваш відгук. ',
  bg: 'Здравейте, Мария! Много съжаляваме, че куриерът закъсня с три дни. Вече се свързахме с куриерската фирма и проверяваме къде е пратката. Днес до 18:00 ще ви пишем в лични съобщения. Благодарим за отзива. ',
  en: 'Hi Anna, please be advised that your complaint has been registered. I am so sorry the courier was three days late. We have already contacted the delivery company and are tracking the parcel. We will message you privately by 6 pm today. ',
};

function reply(language: Language): string {
  let text = '';
  while (text.length < 2000) text += PARAGRAPHS[language];
  return text.slice(0, 2000);
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/**
 * The linter as the extension ships it: lib/lint bundled and minified by esbuild with the inline chunk's plugins
 * (wxt.config.ts), timed by shipped-lint.mjs in a plain node process. Returns its per-run samples and ratios.
 */
async function timeShippedLinter(text: string): Promise<{ samples: number[]; ratios: number[] }> {
  const outfile = join(ROOT, '.output', 'bench', 'lint.mjs');
  await build({
    entryPoints: [join(ROOT, 'lib', 'lint', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile,
    tsconfig: join(ROOT, 'tsconfig.json'),
    plugins: [lazyJson, stripRuleExamples],
    logLevel: 'error',
  });
  const run = spawnSync(process.execPath, [join(import.meta.dirname, 'shipped-lint.mjs'), pathToFileURL(outfile).href], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`shipped-lint.mjs failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { samples: number[]; ratios: number[] };
}

function noteRatio(bench: Bench, ratios: number[], what: string): void {
  bench.note(
    `write-good / ours (${what}) on the same English text: median ${median(ratios).toFixed(1)}× over ${ratios.length} interleaved rounds ` +
      `(lowest ${Math.min(...ratios).toFixed(1)}×, highest ${Math.max(...ratios).toFixed(1)}×)`,
  );
}

export default async function (bench: Bench): Promise<void> {
  for (const language of ['ru', 'uk', 'bg', 'en'] as const) {
    const text = reply(language);
    const context = { language, category: 'delivery_problem' as const };
    const t0 = performance.now();
    lintReply(text, context);
    const first = performance.now() - t0;
    bench.record({ name: `lint first use ${language} (compile + lint, 2000 chars)`, medianMs: first, p95Ms: first, runs: 1 });
    bench.measure(`lint full 2000 chars ${language}`, () => lintReply(text, context), { runs: 300 });
    const linter = createLinter(context);
    linter.update(text);
    const middle = 1000;
    let flip = false;
    bench.measure(
      `lint incremental one keystroke ${language}`,
      () => {
        flip = !flip;
        linter.update(flip ? text.slice(0, middle) + 'x' + text.slice(middle) : text);
      },
      { runs: 1000 },
    );
  }
  const english = reply('en');
  const ours = () => lintReply(english, { language: 'en' });
  // write-good ships no types; a specifier in a variable keeps the compiler from looking for them.
  const writeGoodModule = 'write-good';
  const writeGood = ((await import(writeGoodModule)) as { default: (text: string) => unknown }).default;
  const theirs = () => writeGood(english);
  bench.measure('lint full 2000 chars en (again, for the ratio)', ours, { runs: 300 });
  bench.measure('write-good 2000 chars en', theirs, { runs: 100 });
  noteRatio(bench, interleavedRatios(theirs, ours), 'source under tsx');
  const shipped = await timeShippedLinter(english);
  bench.record(summarize('lint full 2000 chars en (shipped build, plain node)', shipped.samples));
  noteRatio(bench, shipped.ratios, 'shipped build, plain node');
  bench.note('first use: one process, so the languages after the first meet warm shared code (tokenizer, matcher)');
}
