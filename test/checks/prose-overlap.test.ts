import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { median, proseOfHtml, proseOverlap } from '../../src/checks/prose-overlap';
import { checkPairOverlap } from '../../src/integrations/pair-overlap';

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
  test('decodes entities as a browser does; a page without <main> has no prose', () => {
    const html =
      '<main><p>x &lt; 0 &amp;&amp; y&nbsp;&gt;&#160;1 &mdash; &#x3C3;(x)</p><script>"</main>"</script></main>';
    expect(proseOfHtml(html)).toBe('x < 0 && y > 1 — σ(x)');
    expect(proseOfHtml('<p>No main &amp; all</p>')).toBe('');
  });
  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('checkPairOverlap on a built site', () => {
  const page = (dir: string, path: string, prose: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<html><body><nav>menu</nav><main><p>${prose}</p></main></body></html>`,
    );
  };
  const site = (pairProse: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-overlap-'));
    page(dir, 'glossary/alpha', `${words(40, 'a')} shared words`);
    page(dir, 'glossary/beta', words(40, 'b'));
    page(dir, 'compare/alpha-vs-beta', pairProse);
    // The reverse-order address only points to the real page, and is not measured (it repeats alpha's page whole).
    page(dir, 'compare/beta-vs-alpha', words(40, 'a'));
    return dir;
  };
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('a compare page that repeats a term page fails the build, naming the page and the fix', () => {
    // 23 of the pair page's 33 eight-word phrases lie in alpha's page: 70%.
    const dir = site(`${words(30, 'a')} ${words(10, 'own')}`);
    made.push(dir);
    expect(() => checkPairOverlap(dir)).toThrow(
      /\/compare\/alpha-vs-beta\/ repeats 70% of a term page's prose[\s\S]*Shorten/,
    );
  });

  test('a compare page of its own words passes, with the summary line the build prints', () => {
    const dir = site(words(40, 'own'));
    made.push(dir);
    expect(checkPairOverlap(dir)).toBe('1 compare pages; prose shared with a term page: median 0%, max 0%');
  });
});
