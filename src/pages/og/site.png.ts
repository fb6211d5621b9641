import type { APIRoute } from 'astro';
import { cachedOgImage } from '../../seo/og-cache';
import { activationFigure } from '../../plot';

/** The sharing card for pages that are not terms. */
export const GET: APIRoute = async () => {
  const png = await cachedOgImage({
    kicker: 'Machine-learning terms',
    title: 'Defined exactly, with computed plots',
    text: 'Precise definitions, formulas, plots of each function and its derivative, and the primary sources.',
    plotSvg: activationFigure({ fn: 'gelu', compare: ['relu', 'silu'], domain: [-4, 4] }).svg,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
