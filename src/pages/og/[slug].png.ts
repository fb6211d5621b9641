import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGlossary } from '../../content/glossary';
import { plainText } from '../../content/text';
import { cachedOgImage } from '../../seo/og-cache';
import { activationFigure, gatedFigure } from '../../plot';
import { gatedActivations } from '../../kernel';

export const getStaticPaths: GetStaticPaths = async () => {
  const index = await loadGlossary();
  return index.terms.map((t) => ({ params: { slug: t.slug }, props: { slug: t.slug } }));
};

/** The sharing card of a term: its name, definition and, for activations, its plot. */
export const GET: APIRoute = async ({ props }) => {
  const index = await loadGlossary();
  const t = index.bySlug.get(props.slug as string)!;
  const plot = t.data.plot;
  const plotSvg = plot
    ? plot.fn in gatedActivations
      ? gatedFigure(plot.fn, plot.domain).svg
      : activationFigure({ fn: plot.fn, compare: plot.compare, domain: plot.domain, derivative: plot.derivative }).svg
    : undefined;
  const png = await cachedOgImage({
    kicker: index.categoryBySlug.get(t.data.category)?.data.name ?? '',
    title: t.data.term,
    text: plainText(t.data.shortDefinition),
    plotSvg,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
