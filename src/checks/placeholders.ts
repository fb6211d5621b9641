import type { ContentIssue } from '../schema';
import type { Check } from './context';

/** The marker that `npm run new` and the importers leave in fields an editor must still write. */
export const PLACEHOLDER = 'TODO';

/** First line of the comment block in which `npm run import` keeps the generic filler it took out of a page. */
export const SET_ASIDE_MARK = `${PLACEHOLDER}(import): generic filler set aside`;

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** Placeholders left from a scaffold or an import. */
export const checkPlaceholders: Check = ({ sources }) => {
  const issues: ContentIssue[] = [];
  for (const s of sources) {
    for (const [path, text] of strings(s.frontmatter, ''))
      if (text.includes(PLACEHOLDER))
        issues.push({ file: s.file, where: path, message: `still a placeholder: ${text.slice(0, 70)}` });
    const lines = s.body.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].includes(SET_ASIDE_MARK)) {
        // One message for the whole block: the lines inside are the editor's material, not placeholders.
        let end = i;
        while (end < lines.length - 1 && !lines[end].includes('*/}')) end++;
        issues.push({
          file: s.file,
          where: `line ${s.bodyLine + i}`,
          message: `generic filler set aside by the importer (lines ${s.bodyLine + i}–${s.bodyLine + end}, not published): rewrite what is worth keeping with facts specific to this term, then delete the block`,
        });
        i = end;
      } else if (lines[i].includes(PLACEHOLDER))
        issues.push({
          file: s.file,
          where: `line ${s.bodyLine + i}`,
          message: 'the body still has a TODO placeholder: write the explanation',
        });
    }
  }
  return issues;
};
