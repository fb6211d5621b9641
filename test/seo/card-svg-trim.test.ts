// satori's mask and clip on the card's plot image cost a third of librsvg's time and change no pixel
// (src/seo/card-svg-trim.ts). These draw real cards with and without them.
import { describe, expect, test } from 'vitest';
import satori from 'satori';
import sharp from 'sharp';
import { loadContentModel } from '../../src/glossary/model';
import { cardSvg } from '../../src/seo/og-image';
import { termCard } from '../../src/seo/og-cards';
import { trimCardSvg } from '../../src/seo/card-svg-trim';
import { REPO } from '../helpers/temp-project';

const { index } = loadContentModel(REPO);
const plotted = index.terms.filter((t) => t.data.plot).slice(0, 3);

const pixels = (svg: string) => sharp(Buffer.from(svg)).raw().toBuffer();

/** satori's own SVG for a card: cardSvg's output with the mask and clip put back from the ids it left defined. */
function untrimmed(svg: string): string {
  const mask = /<mask id="(satori_om-[\w-]+)"><rect x="656"/.exec(svg)![1];
  const clip = /<clipPath id="(satori_cp-[\w-]+)">/.exec(svg)![1];
  return svg.replace(/<image /, `<image clip-path="url(#${clip})" mask="url(#${mask})" `);
}

describe('trimming a card before it is drawn', () => {
  test('takes the mask and clip off the plot image of real cards, and every pixel stays the same', async () => {
    for (const term of plotted) {
      const svg = await cardSvg(termCard(term, index));
      const image = /<image [^>]*\/>/.exec(svg)![0];
      expect(image).not.toMatch(/mask=|clip-path=/);
      expect(Buffer.compare(await pixels(svg), await pixels(untrimmed(svg)))).toBe(0);
    }
  });

  test('leaves satori output alone where a mask or clip is smaller than the image', async () => {
    const tree = {
      type: 'div',
      props: {
        style: { display: 'flex', width: 200, height: 100, overflow: 'hidden', borderRadius: 40 },
        children: {
          type: 'img',
          props: {
            src: `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>').toString('base64')}`,
            width: 300,
            height: 100,
            style: { width: 300, height: 100, borderRadius: 30 },
          },
        },
      },
    };
    const svg = await satori(tree as never, { width: 200, height: 100, fonts: [] });
    expect(svg).toMatch(/<image [^>]*(mask|clip-path)=/);
    expect(trimCardSvg(svg)).toBe(svg);
  });

  test('drops only a mask that is a white rect of the image box, and a clip of that box', () => {
    const defs = (w: number, fill: string) =>
      `<mask id="m"><rect x="0" y="0" width="${w}" height="5" fill="${fill}"/></mask><clipPath id="c"><rect x="0" y="0" width="10" height="5"/></clipPath>`;
    const image = '<image x="0" y="0" width="10" height="5" href="data:," clip-path="url(#c)" mask="url(#m)"/>';
    expect(trimCardSvg(defs(10, '#fff') + image)).toBe(
      `${defs(10, '#fff')}<image x="0" y="0" width="10" height="5" href="data:,"/>`,
    );
    expect(trimCardSvg(defs(9, '#fff') + image)).toBe(defs(9, '#fff') + image);
    expect(trimCardSvg(defs(10, '#888') + image)).toBe(defs(10, '#888') + image);
  });
});
