/** JSON Lines in, JSON Lines out, streamed: a 100 MB input is never loaded whole. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const processIO: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** A line that is not JSON is taken as plain text. */
export function parseInputLine(line: string): unknown {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return { text: line };
    }
  }
  return { text: line };
}

function describeZodError(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
}

/**
 * Reads JSON Lines from `file` (or stdin), validates each line with `schema`, and writes what `handle`
 * returns as one JSON line. A bad line gets an error on stderr naming its number; the rest still run.
 * Returns the exit code: 1 if any line failed, else 0.
 */
export async function mapJsonLines<T>(
  file: string | undefined,
  schema: z.ZodType<T>,
  handle: (input: T, lineNo: number) => unknown,
  io: CliIO = processIO,
): Promise<number> {
  const input = file ? createReadStream(file, { encoding: 'utf8' }) : io.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      const parsed = schema.safeParse(parseInputLine(line));
      if (!parsed.success) {
        failed++;
        io.stderr.write(`line ${lineNo}: ${describeZodError(parsed.error)}\n`);
        continue;
      }
      try {
        const output = handle(parsed.data, lineNo);
        if (!io.stdout.write(`${JSON.stringify(output)}\n`)) {
          await new Promise((resolve) => io.stdout.once('drain', resolve));
        }
      } catch (error) {
        failed++;
        io.stderr.write(`line ${lineNo}: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  } catch (error) {
    io.stderr.write(`cannot read ${file ?? 'stdin'}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return failed > 0 ? 1 : 0;
}

/** Splits argv into positional arguments and `--name value` options. */
export function parseArgs(args: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options[name] = inline;
      else {
        options[name] = args[i + 1] ?? '';
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}
