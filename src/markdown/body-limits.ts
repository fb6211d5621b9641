/**
 * Limits a term body must meet before it is parsed at all.
 *
 * micromark parses nested containers and emphasis in time that grows with the
 * square of the nesting, and the tree walkers after it (remark-rehype, visit,
 * the HTML writer) recurse once per level: `'- '.repeat(3000)` or 8,000 nested
 * `*a … a*` pairs overflow the stack, and 30,000 pairs take minutes. Real prose
 * nests a few levels, so the limits below are far above any real page and far
 * below where parsing slows down (500 delimiters in one paragraph render in
 * well under a second on a build machine; 32 levels of lists in a few ms).
 */
export const BODY_LIMITS = {
  /** Nested blockquotes and list items at one point (markers on a line plus indentation / 2). */
  maxNesting: 32,
  /** `*` and `_` runs in one paragraph: bounds emphasis nesting and the delimiter matcher's work. */
  maxEmphasisDelimiters: 500,
} as const;

export interface BodyLimitProblem {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const MARKER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;

function indentColumns(line: string): number {
  let cols = 0;
  for (const c of line) {
    if (c === ' ') cols++;
    else if (c === '\t') cols += 4 - (cols % 4);
    else break;
  }
  return cols;
}

/**
 * Every place where `body` exceeds BODY_LIMITS, in one linear pass over its
 * lines (fenced code is skipped: it is not parsed for structure). Pure, so the
 * content check and the renderer apply the same rule before either parses.
 * @example bodyLimitProblems('> '.repeat(100) + 'x') // [{ line: 1, message: 'nests 100 levels deep …' }]
 */
export function bodyLimitProblems(body: string): BodyLimitProblem[] {
  const problems: BodyLimitProblem[] = [];
  const lines = body.split('\n');
  let fence: string | undefined;
  let paragraphStart = 0;
  let delimiters = 0;
  let reportedParagraph = false;
  let reportedNesting = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const opener = FENCE.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    if (line.trim() === '') {
      paragraphStart = i + 1;
      delimiters = 0;
      reportedParagraph = false;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const depth = (prefix.match(MARKER)?.length ?? 0) + Math.floor(indentColumns(line) / 2);
    if (depth > BODY_LIMITS.maxNesting && !reportedNesting) {
      // Once is enough: a deep structure usually goes on for many lines.
      reportedNesting = true;
      problems.push({
        line: i + 1,
        message: `nests ${depth} levels of lists or quotes (at most ${BODY_LIMITS.maxNesting}); flatten the structure or put the text in a \`\`\` code block`,
      });
    }
    if (!reportedParagraph) {
      delimiters += line.match(/[*_]+/g)?.length ?? 0;
      if (delimiters > BODY_LIMITS.maxEmphasisDelimiters) {
        problems.push({
          line: paragraphStart + 1,
          message: `this paragraph has more than ${BODY_LIMITS.maxEmphasisDelimiters} * or _ emphasis markers; split it, or write literal asterisks as \\* or inside \`code\``,
        });
        reportedParagraph = true;
      }
    }
  }
  return problems;
}
