/**
 * The content script runs on every page the user opens, so its size is a budget the build must keep
 * (issue: initial bundle ≤ 40 KB gzip). The inline linter is a separate file loaded on first focus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/browser';

const BUILD = join(ROOT, '.output', 'chrome-mv3');
const gzipKb = (file: string) => gzipSync(readFileSync(join(BUILD, file)), { level: 9 }).length / 1024;

describe('the built content script', () => {
  it('stays within 40 KB gzip on every page', () => {
    expect(gzipKb('content-scripts/content.js')).toBeLessThanOrEqual(40);
  });

  it('keeps the linter rules out of the initial bundle', () => {
    const initial = readFileSync(join(BUILD, 'content-scripts/content.js'), 'utf8');
    const lazy = readFileSync(join(BUILD, 'content-scripts/inline-lint.js'), 'utf8');
    const ruleId = 'blame-customer-should-have';
    expect(lazy).toContain(ruleId);
    expect(initial).not.toContain(ruleId);
  });

  it("leaves the rules' example sentences, which only tests and training read, out of the linter's file", () => {
    const lazy = readFileSync(join(BUILD, 'content-scripts/inline-lint.js'), 'utf8');
    const ruleExample = 'It is clearly printed in big letters on the label.';
    expect(readFileSync(join(ROOT, 'lib', 'lint', 'rules', 'en', 'blame_customer.ts'), 'utf8')).toContain(ruleExample);
    expect(lazy).not.toContain(ruleExample);
  });
});
