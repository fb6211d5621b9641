// The plot on a sharing card has no page CSS: whatever the card does not style is drawn black.
// A legend box (its <rect> unstyled) was left on every compare card and card with comparison curves.
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { loadContentModel } from '../../src/glossary/model';
import { pairPages } from '../../src/glossary/compare';
import { buildPairView } from '../../src/glossary/pair-view';
import { isGatedId } from '../../src/kernel';
import { cardPlot, OG_WIDTH, renderOgImage, type OgCard } from '../../src/seo/og-image';
import { siteCard, termCard } from '../../src/seo/og-cards';
import { pairCard } from '../../src/seo/pair-seo';
import { REPO } from '../helpers/temp-project';

const { index } = loadContentModel(REPO);
const plotted = index.terms.filter((t) => t.data.plot);
const withCurves = plotted.find((t) => t.data.plot!.compare?.length)!;
const gated = plotted.find((t) => isGatedId(t.data.plot!.fn))!;
const pair = pairPages(index).find((p) => p.fns)!;

/** Pixels of the card's plot area (right of the text column) that are black: nothing there is drawn black. */
async function blackPlotPixels(card: OgCard): Promise<number> {
  const { data, info } = await sharp(await renderOgImage(card))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let black = 0;
  for (let y = 120; y < 500; y++)
    for (let x = 650; x < OG_WIDTH - 40; x++) {
      const i = (y * info.width + x) * 3;
      if (data[i] < 16 && data[i + 1] < 16 && data[i + 2] < 16) black++;
    }
  return black;
}

describe('the plot on a sharing card', () => {
  test('keeps no legend, text or title of the page figure, for every term with a plot and a compare page', () => {
    const svgs = [...plotted.map((t) => termCard(t, index).plotSvg!), pairCard(buildPairView(pair)).plotSvg!];
    for (const svg of svgs) {
      const plot = cardPlot(svg);
      expect(plot).not.toMatch(/class="lg"|<text|<title|<desc/);
      expect(plot).toMatch(/<path /);
    }
  });

  test.each([
    ['a compare page', () => pairCard(buildPairView(pair))],
    [`a term with comparison curves (${withCurves.slug})`, () => termCard(withCurves, index)],
    [`a gated unit (${gated.slug})`, () => termCard(gated, index)],
    ['the site', siteCard],
  ])('%s: no black box is drawn', async (_what, card) => {
    expect(await blackPlotPixels(card())).toBe(0);
  });
});
