import { PLACEHOLDER } from '../checks/placeholders';
import { termFileSource } from './term-file';

/**
 * A new term with every field present. Each placeholder contains TODO, which
 * `npm run check` and the build reject until an editor replaces it.
 */
export function scaffoldTerm(term: string, categories: readonly string[]): string {
  const T = PLACEHOLDER;
  return termFileSource(
    {
      term,
      aliases: [],
      shortDefinition: `${T}: one or two sentences that answer "what is ${term}" on their own. Inline $math$ is allowed.`,
      category: `${T}: one of ${categories.join(', ')}`,
      formula: `${T}`,
      howItWorks: [
        { title: `${T}: first step`, body: `${T}: what happens, with $math$ where it helps.` },
        { title: `${T}: second step`, body: `${T}` },
      ],
      inPractice: `${T}: where ${term} is used in real systems, with sources.`,
      comparisons: [
        { with: `${T}-slug-of-a-related-term`, summary: `${T}: how they differ.` },
        { name: `${T}: a concept without a page`, summary: `${T}: how they differ.` },
      ],
      faq: [
        { question: `${T}: a question readers ask?`, answer: `${T}` },
        { question: `${T}: another question?`, answer: `${T}` },
        { question: `${T}: a third question?`, answer: `${T}` },
      ],
      related: [`${T}-slug`],
      sources: [
        {
          title: `${T}: paper title`,
          authors: `${T}: Surname, I.`,
          year: new Date().getUTCFullYear(),
          url: `https://arxiv.org/abs/${T}`,
        },
      ],
    },
    `${T}: the long explanation of ${term}: the definition in detail, the math, a PyTorch or JAX line where useful.\n\n` +
      `{/* Optional: a plot from the kernel. Categories: ${categories.join(', ')}. Delete this comment. */}\n`,
  );
}
