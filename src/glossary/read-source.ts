import { parseDocument } from 'yaml';
import type { ContentIssue } from '../schema';

/**
 * Decodes a content file as strict UTF-8. A leading byte-order mark is dropped
 * (editors on Windows add one); an invalid byte is reported with its file line,
 * never published as U+FFFD.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { issue: ContentIssue } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    return {
      issue: {
        file,
        where: `line ${line}`,
        message: 'the file is not valid UTF-8 (a byte from another encoding, e.g. Latin-1): save it as UTF-8',
      },
    };
  }
}

/** The first line of a YAML error, without its position (we print the file line instead) or a dangling colon. */
function yamlReason(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/:$/, '');
}

/**
 * Parses a YAML text whose first line is line `firstLine` of `file`, reporting
 * every error at once with its file line.
 */
export function parseYamlAt(
  file: string,
  yaml: string,
  firstLine: number,
  whereFallback = '(frontmatter)',
): { value: unknown; issues: ContentIssue[] } {
  const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  const issues = doc.errors.map((e) => ({
    file,
    where: e.linePos ? `line ${e.linePos[0].line + firstLine - 1}` : whereFallback,
    message: `invalid YAML: ${yamlReason(e.message)}`,
  }));
  return { value: issues.length ? undefined : doc.toJS(), issues };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** One term file split into its YAML frontmatter and MDX body. */
export interface SplitSource {
  frontmatter?: Record<string, unknown>;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  issues: ContentIssue[];
}

/** Splits a decoded term file; YAML errors carry file lines (the frontmatter starts on line 2). */
export function splitTermSource(file: string, text: string): SplitSource {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const match = FRONTMATTER.exec(source);
  if (!match)
    return {
      body: source,
      bodyLine: 1,
      issues: [
        {
          file,
          where: 'line 1',
          message: 'the file must start with a --- YAML block --- (run `npm run new -- "Term name"` for a template)',
        },
      ],
    };
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  const { value, issues } = parseYamlAt(file, match[1], 2);
  if (issues.length) return { body, bodyLine, issues };
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value)))
    return {
      body,
      bodyLine,
      issues: [
        { file, where: '(frontmatter)', message: 'the frontmatter must be a YAML mapping of `key: value` fields' },
      ],
    };
  return { frontmatter: (value ?? {}) as Record<string, unknown>, body, bodyLine, issues: [] };
}
