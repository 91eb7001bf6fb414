/** `npm run cli -- draft`: reviews (or analyses) in, drafts out; bad settings or options stop with the field named, exit 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../lib/cli/draft';

const dir = mkdtempSync(join(tmpdir(), 'tactful-draft-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function draft(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let out = '';
  let err = '';
  io.stdout.on('data', (chunk) => (out += String(chunk)));
  io.stderr.on('data', (chunk) => (err += String(chunk)));
  io.stdin.end(stdin);
  const code = await run(args, io);
  return { code, out, err };
}

const ANALYSES = [
  JSON.stringify({
    id: 'r1',
    language: 'ru',
    category: 'staff_rudeness',
    flags: ['staff_rudeness'],
    text: 'Курьер нахамил и бросил коробку у двери.',
    entities: { customerName: { first: 'Анна', gender: 'female', source: 'author' }, staff: ['курьер'] },
    checklist: [],
  }),
  JSON.stringify({ id: 'r2', language: 'en', category: 'legal_threat', flags: ['legal_threat'], text: 'See you in small claims court.' }),
].join('\n');

const SETTINGS = file(
  'settings.json',
  JSON.stringify({ companyName: 'Northwind', agentName: 'Irina', contact: { email: 'care@northwind.example', phone: '+1 555 0100' }, responseHours: 24, tone: 'warm' }),
);

describe('draft command', () => {
  it('drafts from reviews in the analyze format, plain-text lines included', async () => {
    const reviews = [
      JSON.stringify({ id: 'ua-1', author: 'Олена Гриценко', rating: 1, text: 'Менеджерка розмовляла зі мною зверхньо й нахамила, коли я попросила чек.' }),
      'If my money is not back by Friday, my lawyer will file a claim against you.',
    ].join('\n');
    const { code, out, err } = await draft([file('reviews.jsonl', reviews), '--settings', SETTINGS]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [uk, en] = out.trim().split('\n').map((line) => JSON.parse(line) as { id: string | number; language: string; category: string; flags: string[]; text: string; checklist: { id: string; text: string; seed: string }[] });
    expect(uk).toMatchObject({ id: 'ua-1', language: 'uk', category: 'staff_rudeness' });
    expect(uk?.text).toContain('Олено');
    expect(en).toMatchObject({ id: 2, language: 'en', category: 'legal_threat' });
    expect(en?.flags).toContain('legal_threat');
    expect(en?.text).toContain('care@northwind.example');
    expect(en?.checklist[0]).toMatchObject({ id: 'legal-consult-lawyer', seed: expect.stringMatching(/\.txt$/) });
  });

  it('drafts from analyses, with what the line states taking precedence', async () => {
    const { code, out } = await draft([file('in.jsonl', ANALYSES), '--settings', SETTINGS, '--variant', '1']);
    expect(code).toBe(0);
    const [ru, en] = out.trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string; variant: number; checklist: { id: string }[] });
    expect(ru?.id).toBe('r1');
    expect(ru?.text).toContain('Анна');
    expect(ru?.text).toContain('care@northwind.example');
    expect(ru?.text.endsWith('Irina, команда Northwind')).toBe(true);
    expect(ru?.variant).toBe(1);
    expect(en?.checklist[0]?.id).toBe('legal-consult-lawyer');
  });

  it('reads stdin and honours --tone, falling back to warm where light is not allowed', async () => {
    const { code, out } = await draft(['--tone', 'light'], ANALYSES);
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((line) => (JSON.parse(line) as { tone: string }).tone)).toEqual(['warm', 'warm']);
  });

  it('stops with exit code 2 and names the field of bad settings', async () => {
    const bad = file('bad.json', JSON.stringify({ contact: { email: 'care at northwind' }, tone: 'sarcastic' }));
    const { code, out, err } = await draft(['--settings', bad], ANALYSES);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('contact.email');
    expect(err).toContain('tone');
  });

  it('stops with exit code 2 on a settings file that is not JSON, a bad tone or a bad variant', async () => {
    expect((await draft(['--settings', file('broken.json', '{"tone": ')], ANALYSES)).code).toBe(2);
    expect((await draft(['--tone', 'loud'], ANALYSES)).err).toContain('--tone');
    expect((await draft(['--variant', 'two'], ANALYSES)).err).toContain('--variant');
  });

  it('reports a bad line by number and still drafts the others', async () => {
    const { code, out, err } = await draft([], `{"language":"ru","category":"refund"}\n${ANALYSES}`);
    expect(code).toBe(1);
    expect(err).toMatch(/^line 1: category/);
    expect(out.trim().split('\n')).toHaveLength(2);
  });
});
