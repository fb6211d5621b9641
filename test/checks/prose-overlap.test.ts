import { describe, expect, test } from 'vitest';
import { median, proseOfHtml, proseOverlap } from '../../src/checks/prose-overlap';

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('prose overlap', () => {
  test('is the share of the page’s 8-word phrases found in the other text', () => {
    const shared = words(20, 'w');
    const own = words(20, 'own');
    // 13 of the page's 33 phrases lie inside the shared 20 words.
    expect(proseOverlap(`${shared} ${own}`, `${shared} elsewhere`)).toBeCloseTo(13 / 33, 12);
    expect(proseOverlap(own, shared)).toBe(0);
    expect(proseOverlap(shared, `before ${shared} after`)).toBe(1);
  });
  test('ignores case and punctuation, like the boilerplate check', () => {
    expect(
      proseOverlap('The curve rises, then it flattens out near one.', 'the curve rises then it flattens out near one'),
    ).toBe(1);
  });
  test('reads only the main content: no navigation, SVG text or MathML', () => {
    const html =
      '<html><body><nav>Home A–Z</nav><main><nav>crumbs</nav><p>Kept text.</p><svg><title>t</title></svg><span class="katex-mathml">x</span></main><footer>f</footer></body></html>';
    expect(proseOfHtml(html)).toBe('Kept text.');
  });
  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
