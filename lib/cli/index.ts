/** `npm run --silent cli -- <command> [FILE] [options]`: the core from the command line. */
import type { CliIO } from './io';
import { processIO } from './io';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze')).run,
  draft: async () => (await import('./draft')).run,
  lint: async () => (await import('./lint')).run,
};

const usage = `usage: tactful <command> [FILE] [options]
  analyze [FILE]                                     review analysis, JSON Lines in and out
  draft [FILE] [--settings FILE] [--tone T] [--variant N]   reply drafts
  lint [FILE]                                        reply lint diagnostics
Input: JSON Lines ({"id"?, "text", ...}) from FILE or stdin; a line that is not JSON is plain text.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    processIO.stderr.write(`${name ? `unknown command: ${name}\n` : ''}${usage}\n`);
    return 2;
  }
  const run = await load();
  return run(rest, processIO);
}

process.exitCode = await main(process.argv.slice(2));
