/**
 * `npm run bench [-- name...]`: runs every test/bench/<name>.bench.ts (or the named ones) and prints
 * medians and p95s. Each bench module default-exports `(bench: Bench) => Promise<void> | void`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createBench, type Bench } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace('.bench.ts', '')))
  .sort();

const { bench, results, notes } = createBench();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: (b: Bench) => unknown };
  console.log(`# ${file}`);
  const before = results.length;
  await mod.default(bench);
  for (const r of results.slice(before)) {
    console.log(
      `${r.name.padEnd(64)} median ${r.medianMs.toFixed(4)} ms  p95 ${r.p95Ms.toFixed(4)} ms  (${r.runs} runs)${r.note ? `  ${r.note}` : ''}`,
    );
  }
  for (const line of notes.splice(0)) console.log(`  ${line}`);
}
