/**
 * CPU-time measures shared by the lint bench, its shipped-build half (shipped-lint.mjs, plain node) and
 * scripts/ab-lint.sh. Plain JavaScript so that all three can load it; types in cpu-time.d.mts.
 */

/**
 * CPU microseconds per call of `fn`, averaged over `calls` calls: the process's own time, so another process taking
 * the core for a moment does not count against whichever side was running.
 */
export function perCall(fn, calls) {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / calls;
}

/**
 * The speed ratio slow / fast, measured in alternating rounds: on a shared machine a busy moment then slows both sides
 * alike instead of whichever happened to run during it.
 */
export function interleavedRatios(slow, fast, rounds = 25) {
  const ratios = [];
  for (let round = 0; round < rounds; round++) ratios.push(perCall(slow, 8) / perCall(fast, 80));
  return ratios;
}
