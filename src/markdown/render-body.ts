import { createHash } from 'node:crypto';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './plugins';
import remarkActivationPlot from './remark-activation-plot';
import rehypeAutolinkTerms, { type LinkableTerm } from './rehype-autolink-terms';
import { termUrl } from '../content/records';
import { diskCached } from './disk-cache';

// Bump when the pipeline's output changes, so cached bodies are re-rendered.
const PIPELINE_VERSION = '3';

const namesKeys = new WeakMap<readonly LinkableTerm[], string>();
/** One hash of every linkable name, computed once per list (the list is built once per build). */
function keyOf(terms: readonly LinkableTerm[]): string {
  let key = namesKeys.get(terms);
  if (!key) {
    key = createHash('sha256').update(JSON.stringify(terms)).digest('hex');
    namesKeys.set(terms, key);
  }
  return key;
}

let processorFor: { key: string; processor: ReturnType<typeof makeProcessor> } | undefined;

function makeProcessor(terms: readonly LinkableTerm[]) {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlugins as PluggableList)
    .use(remarkActivationPlot)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypePlugins as PluggableList)
    .use(rehypeAutolinkTerms, { terms, href: termUrl })
    .use(rehypeStringify)
    .freeze();
}

/**
 * Renders an MDX term body to HTML: MDX syntax, math by KaTeX, <ActivationPlot>
 * as static SVG, and the first mention of each other term linked.
 *
 * Bodies are rendered here rather than compiled by Astro's MDX integration:
 * compiled MDX is JavaScript that Vite must bundle on every build, which made
 * build time grow with every term and made a one-line edit rebuild them all.
 * Output is cached on disk by content: a body is re-rendered only when its
 * text, the set of linkable names or this pipeline changes.
 */
export function renderBody(body: string, file: string, terms: readonly LinkableTerm[]): string {
  const namesKey = keyOf(terms);
  return diskCached('bodies', `${PIPELINE_VERSION}\0${namesKey}\0${file}\0${body}`, () => {
    if (processorFor?.key !== namesKey) processorFor = { key: namesKey, processor: makeProcessor(terms) };
    return String(processorFor.processor.processSync(new VFile({ value: body, path: file }))).trim();
  });
}
