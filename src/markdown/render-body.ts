import { createHash } from 'node:crypto';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { rehypePlugins, remarkPlugins } from './plugins';
import remarkActivationPlot from './remark-activation-plot';
import rehypeAutolinkTerms, { type LinkableTerm } from './rehype-autolink-terms';
import { termUrl } from '../glossary/urls';
import rehypeTermPreviews from './rehype-term-previews';
import { diskCached } from './disk-cache';
import { bodyLimitProblems } from './body-limits';

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
  return (
    unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkPlugins as PluggableList)
      .use(remarkActivationPlot)
      // Raw HTML can only be our plot figures (MDX has no HTML syntax); the sanitizer
      // in rehypePlugins keeps exactly those, then rehype-raw parses them.
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypePlugins as PluggableList)
      .use(rehypeRaw)
      .use(rehypeAutolinkTerms, { terms, href: termUrl })
      .use(rehypeTermPreviews, { terms, href: termUrl })
      .use(rehypeStringify)
      .freeze()
  );
}

/**
 * Renders an MDX term body to HTML: MDX syntax, math by KaTeX, <ActivationPlot>
 * as static SVG, and the first mention of each other term linked, with the hooks
 * of its preview (src/markdown/rehype-term-previews.ts).
 *
 * Bodies are rendered here rather than compiled by Astro's MDX integration:
 * compiled MDX is JavaScript that Vite must bundle on every build, which made
 * build time grow with every term and made a one-line edit rebuild them all.
 * Output is cached on disk by content: a body is re-rendered only when its
 * text, the set of linkable names, this pipeline or the kernel and plot code
 * behind its figures changes.
 */
export function renderBody(
  body: string,
  file: string,
  terms: readonly LinkableTerm[],
  tree?: () => Root | undefined,
): string {
  // Checked before parsing: a body past these limits would hang or overflow the stack.
  const limits = bodyLimitProblems(body);
  if (limits.length) throw new Error(limits.map((p) => `${file}  line ${p.line} of the body: ${p.message}`).join('\n'));
  const namesKey = keyOf(terms);
  // The disk cache's key also holds a fingerprint of this pipeline's code (src/markdown/code-fingerprint.ts).
  return diskCached('bodies', `${namesKey}\0${file}\0${body}`, () => {
    if (processorFor?.key !== namesKey) processorFor = { key: namesKey, processor: makeProcessor(terms) };
    const { processor } = processorFor;
    const vfile = new VFile({ value: body, path: file });
    // The content model's tree (parsed once, file line numbers); plugins rewrite it, so they get a copy.
    const parsed = tree?.();
    if (!parsed) return String(processor.processSync(vfile)).trim();
    const hast = processor.runSync(structuredClone(parsed), vfile);
    return String(processor.stringify(hast, vfile)).trim();
  });
}
