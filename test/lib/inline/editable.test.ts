// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { lintableBox } from '../../../lib/inline/editable';
import { getTactfulRoot } from '../../../lib/page/host';

/** jsdom lays nothing out; give a field the width it would have on a review site. */
function sized<T extends HTMLElement>(element: T, width: number): T {
  element.getBoundingClientRect = () => new DOMRect(0, 0, width, 32);
  return element;
}

function field(html: string, width = 480): HTMLElement {
  document.body.innerHTML = html;
  return sized(document.body.firstElementChild as HTMLElement, width);
}

describe('lintableBox: which focused fields are reply boxes', () => {
  it('takes a reply textarea and a wide text input', () => {
    const textarea = field('<textarea name="reply"></textarea>');
    expect(lintableBox(textarea)).toBe(textarea);
    const input = field('<input type="text" name="reply">');
    expect(lintableBox(input)).toBe(input);
  });

  it('ignores passwords, emails, numbers, search boxes and tiny inputs', () => {
    for (const html of [
      '<input type="password">',
      '<input type="email">',
      '<input type="number">',
      '<input type="search">',
      '<input type="text" role="searchbox">',
      '<input type="text" autocomplete="username">',
    ]) {
      expect(lintableBox(field(html)), html).toBeNull();
    }
    expect(lintableBox(field('<input type="text" name="coupon">', 90))).toBeNull();
  });

  it('ignores read-only and disabled fields', () => {
    expect(lintableBox(field('<textarea readonly></textarea>'))).toBeNull();
    expect(lintableBox(field('<textarea disabled></textarea>'))).toBeNull();
  });

  it('ignores Tactful’s own UI', () => {
    document.body.innerHTML = '';
    const root = getTactfulRoot(document);
    const ours = sized(document.createElement('textarea'), 480);
    root.appendChild(ours);
    expect(lintableBox(ours)).toBeNull();
  });
});
