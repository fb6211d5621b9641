import type { ContentIssue } from '../schema';
import type { Check } from './context';
import { markdownFields } from './context';

/**
 * A YAML block-scalar header (`key: >-`, `|-`) inside a field's text: the sign of a nested
 * key indented under another field's folded text, which YAML then reads as prose
 * (hardtanh once rendered "PyTorch: >-" on its page).
 */
const HEADER = /(?:^|:)[ \t]*[>|][-+]?[ \t]*$/m;

export const checkFoldedScalars: Check = ({ sources }) => {
  const issues: ContentIssue[] = [];
  for (const s of sources)
    for (const [path, text] of markdownFields(s.frontmatter)) {
      const m = HEADER.exec(text);
      if (m)
        issues.push({
          file: s.file,
          where: path,
          message: `the text ends a line with the YAML header "…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length).trim()}": a key was indented inside this field's folded text. Merge it into the text as prose, or outdent it to a field of its own`,
        });
    }
  return issues;
};
