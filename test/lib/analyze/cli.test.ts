import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../lib/cli/analyze';

async function analyzeLines(input: string): Promise<{ code: number; out: unknown[]; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: string[] = [];
  const errChunks: string[] = [];
  stdout.on('data', (c: Buffer) => outChunks.push(c.toString()));
  stderr.on('data', (c: Buffer) => errChunks.push(c.toString()));
  const code = await run([], { stdin: Readable.from([input]), stdout, stderr });
  const out = outChunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { code, out, err: errChunks.join('') };
}

describe('tactful analyze', () => {
  it('writes one analysis per line, reads plain text lines and names bad lines', async () => {
    const { code, out, err } = await analyzeLines(
      [
        '{"id":"r1","text":"Курьер нагрубил, подам в суд!","author":"Анна К.","rating":1}',
        'The app keeps crashing since Monday',
        '{"id":"r3","text":42}',
        '{"id":"r4","text":"Дякую, все супер!","rating":null}',
      ].join('\n'),
    );
    expect(code).toBe(1);
    expect(err).toContain('line 3');
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({
      id: 'r1',
      language: 'ru',
      category: 'legal_threat',
      flags: ['legal_threat', 'staff_rudeness'],
      facts: { customerName: { first: 'Анна', gender: 'female', source: 'author' }, rating: 1 },
    });
    expect(out[1]).toMatchObject({ id: 2, language: 'en', category: 'service_outage', facts: { dates: ['since Monday'] } });
    expect(out[2]).toMatchObject({ id: 'r4', language: 'uk', category: 'not_negative' });
  });

  it('exits 0 when every line is fine', async () => {
    const { code } = await analyzeLines('{"text":"Thanks, great service!"}\n');
    expect(code).toBe(0);
  });
});
