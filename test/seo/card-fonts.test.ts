import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { renderOgImage } from '../../src/seo/og-image';
import { fallbackFontsFor } from '../../src/seo/fallback-fonts';

/**
 * Row 33 of the hostile-input review: a CJK or emoji name showed as empty boxes
 * on the sharing card. Empty boxes are all the same glyph, so two names that
 * differ only in such characters gave identical cards; drawn glyphs do not.
 */
const card = (title: string) => renderOgImage({ kicker: 'Concepts', title, text: 'A short definition.' });
const pixels = async (png: Buffer) => sharp(png).raw().toBuffer();

describe('sharing cards draw names in other scripts', () => {
  test.each([
    ['Chinese', '激活函数', '函数激活'],
    ['Japanese', '日本語', '語本日'],
    ['emoji', 'Unit 🙂', 'Unit 🚀'],
  ])('%s: two names with different characters give different cards', async (_what, a, b) => {
    expect((await pixels(await card(a))).equals(await pixels(await card(b)))).toBe(false);
  });
  test('Latin names load no fallback font', () => {
    expect(fallbackFontsFor('GELU (Gaussian Error Linear Unit) σ Φ −')).toEqual([]);
  });
  test('only the subsets a name needs are loaded', () => {
    const fonts = fallbackFontsFor('日本語');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThanOrEqual(3);
    expect(fonts.reduce((n, f) => n + f.data.length, 0)).toBeLessThan(1_000_000);
  });
});
