import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../lib/cli/lint';

async function lintLines(input: string): Promise<{ code: number; out: unknown[]; err: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  stdin.end(input);
  const code = await run([], { stdin, stdout, stderr });
  return { code, out: out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown), err };
}

describe('cli lint', () => {
  it('answers each JSON line with its diagnostics', async () => {
    const { code, out } = await lintLines(
      '{"id":"a","text":"Это ваша проблема.","language":"ru"}\n' +
        '{"id":"b","text":"We admit we were negligent.","language":"en","context":{"category":"legal_threat"}}\n',
    );
    expect(code).toBe(0);
    expect(out).toMatchObject([
      { id: 'a', diagnostics: [{ class: 'blame_customer', start: 0, end: 17 }] },
      { id: 'b', diagnostics: expect.arrayContaining([expect.objectContaining({ class: 'liability' })]) },
    ]);
  });

  it('names the line of a bad input and goes on', async () => {
    const { code, out, err } = await lintLines('{"id":"x","language":"ru"}\nСпасибо за отзыв.\n');
    expect(code).toBe(1);
    expect(err).toContain('line 1');
    expect(out).toMatchObject([{ id: 2, diagnostics: [{ class: 'dry' }] }]);
  });
});
