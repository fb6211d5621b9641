import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { fallbackFontsFor } from './fallback-fonts';
import { trimCardSvg } from './card-svg-trim';

const require = createRequire(import.meta.url);
// Fonts come from an npm package (satori reads WOFF, not WOFF2); nothing is fetched.
const file = (pkg: string, name: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${name}`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Concrete colours for the plot inside the card (the card has no page CSS). */
const PLOT_STYLE =
  '<style>.grid{stroke:#e4e2dc;fill:none}.zero{stroke:#8c8a84;fill:none}.fn,.df,.cmp,.lvl{fill:none;stroke-linecap:round;stroke-linejoin:round}' +
  '.fn{stroke:#0b57b8;stroke-width:3}.df{stroke:#b3450f;stroke-width:2.5;stroke-dasharray:7 5}.cmp{stroke-width:1.6}.cmp1{stroke:#5b6b3a}.cmp2{stroke:#7a4d8c}' +
  '.cmp3{stroke:#3f7f86}.cmp4{stroke:#8a6d1f}.pos{stroke:#0b57b8}.neg{stroke:#b3450f;stroke-dasharray:5 3}.flat{fill:#e4e2dc}</style>';

/** A plot SVG made standalone for the card: concrete colours, no text (the card has no font for it). */
export function cardPlot(svg: string): string {
  return svg
    .replace(/<text[^>]*>[^<]*<\/text>/g, '')
    .replace(/<g class="(xt|yt)"><\/g>/g, '')
    .replace(/<g class="lg"[^>]*>[\s\S]*?<\/g>/, '')
    .replace(/<title[\s\S]*?<\/desc>/, '')
    .replace('</svg>', `${PLOT_STYLE}</svg>`);
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

export interface OgCard {
  /** Small line above the title, e.g. the category. */
  kicker: string;
  title: string;
  /** Plain text; long text is cut with an ellipsis by the layout. */
  text: string;
  /** Optional plot SVG (from src/plot), shown on the right. */
  plotSvg?: string;
}

/**
 * Renders a 1200×630 PNG card: satori lays out a plain object tree (no HTML
 * parsing, so content is never interpreted as markup) and sharp rasterises it.
 */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  return rasteriseCard(await cardSvg(card));
}

/** The card laid out by satori, as SVG (text as outlines). */
export async function cardSvg(card: OgCard): Promise<string> {
  // Inter for text (its Greek subset for Φ, σ…), DejaVu Sans as the fallback for math symbols.
  fonts ??= [
    { name: 'Inter', data: file('inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: file('inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Inter', data: file('inter', 'inter-greek-400-normal.woff'), weight: 400, style: 'normal' },
    {
      name: 'DejaVu Sans',
      data: file('dejavu-sans', 'dejavu-sans-latin-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
  ];
  const plot = card.plotSvg
    ? `data:image/svg+xml;base64,${Buffer.from(cardPlot(card.plotSvg)).toString('base64')}`
    : undefined;
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#fdfdfb',
      padding: '56px 64px',
      fontFamily: 'Inter',
      color: '#1d1d1f',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
        el('div', { display: 'flex' }, 'Glossary'),
        el('div', { display: 'flex', color: '#b3450f' }, '.'),
        el('div', { display: 'flex', marginLeft: 24, fontSize: 26, fontWeight: 400, color: '#55555c' }, card.kicker),
      ]),
      el('div', { display: 'flex', flexGrow: 1, marginTop: 36 }, [
        el('div', { display: 'flex', flexDirection: 'column', width: plot ? 560 : 1072 }, [
          el(
            'div',
            {
              display: 'flex',
              fontSize: card.title.length > 18 ? 64 : 84,
              fontWeight: 700,
              lineHeight: 1.05,
              letterSpacing: -1.5,
            },
            card.title,
          ),
          el(
            'div',
            { display: 'block', marginTop: 28, fontSize: 30, lineHeight: 1.4, color: '#3b3b40', lineClamp: 6 },
            card.text,
          ),
        ]),
        ...(plot
          ? [
              el('img', { marginLeft: 32, width: 480, height: 300, marginTop: 20 }, undefined, {
                src: plot,
                width: 480,
                height: 300,
              }),
            ]
          : []),
      ]),
      el('div', { display: 'flex', height: 8, background: '#0b57b8', borderRadius: 4, width: 160 }),
    ],
  );
  // Names in other scripts or with emoji draw from fallback subsets instead of empty boxes.
  const extra = fallbackFontsFor(`${card.kicker}${card.title}${card.text}`);
  const svg = await satori(tree as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: extra.length ? [...fonts, ...extra] : fonts,
  });
  return trimCardSvg(svg);
}

/** A card's SVG as PNG. */
export function rasteriseCard(svg: string): Promise<Buffer> {
  // sharp (libvips) rather than resvg-js: half the time per card, and its pixel buffers are
  // freed with the call, where resvg-js held ~3 MB of native memory per card until a GC.
  // A 256-colour palette (a card has a few flat colours and their anti-aliasing): less than half the
  // bytes of full colour. Without dithering (nothing to dither in flat colours; the cards look the same)
  // and at zlib level 6, a card took 75 ms instead of 125 ms at the same size (30.2 vs 30.4 KB, measured
  // on 60 cards of the site, one thread): the cards are the biggest part of a cold build's CPU time.
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1, compressionLevel: 6, dither: 0 }).toBuffer();
}
