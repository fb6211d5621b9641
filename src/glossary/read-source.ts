import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
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
  const fast = fastYaml(yaml);
  if (fast !== undefined) return { value: fast, issues: [] };
  const doc = parseDocument(yaml, { prettyErrors: true, uniqueKeys: true });
  const issues = doc.errors.map((e) => ({
    file,
    where: e.linePos ? `line ${e.linePos[0].line + firstLine - 1}` : whereFallback,
    message: `invalid YAML: ${yamlReason(e.message)}`,
  }));
  if (issues.length) return { value: undefined, issues };
  try {
    return { value: doc.toJS(), issues };
  } catch (error) {
    // An alias to an anchor set later (`a: [*x]`) parses, and fails only when read as values.
    return {
      value: undefined,
      issues: [{ file, where: whereFallback, message: `invalid YAML: ${yamlReason((error as Error).message)}` }],
    };
  }
}

/**
 * A node property: an anchor (`&a`), an alias (`*a`, also behind a merge key `<<: *a`) or a tag
 * (`!!str`), where a node starts: at a line's start, after `key: `, `- `, or in a flow collection.
 */
const NODE_PROPERTY = /(?:^[ \t]*|[:\-,[{][ \t]+|[[{,])[&*!]\S/m;
/** A directive (`%YAML 1.1`): it changes the schema `yaml` reads with. */
const DIRECTIVE = /^%/m;
/**
 * Where js-yaml's core schema reads otherwise than `yaml`'s, found by test/glossary/read-source.test.ts:
 * a binary number (`0b101`: 5, not a string) and a null key (`~:` or `null:`: "null", not "").
 */
const PARTS_WAYS = /(?:^[ \t]*|[:\-,[{?][ \t]+|[[{,])(?:[+-]?0b|(?:~|null|Null|NULL)[ \t]*:)/m;

/**
 * Plain YAML read by js-yaml, which is six times faster than `yaml` (10,000 frontmatters: 0.9 s
 * against 5.8 s; at 100,000 terms every build and shard reads all of them) and gives the same
 * values for YAML without the syntax above (test/glossary/read-source.test.ts compares both on
 * every term file and on hostile YAML). Anything else goes to `yaml`: its error messages name the
 * line and the fault, and it bounds alias expansion, which js-yaml does not. Undefined: left to `yaml`.
 */
function fastYaml(yaml: string): unknown {
  if (NODE_PROPERTY.test(yaml) || DIRECTIVE.test(yaml) || PARTS_WAYS.test(yaml)) return undefined;
  try {
    // An empty document is null, as `yaml` reads it: undefined means "not read here".
    return loadYaml(yaml, { schema: CORE_SCHEMA }) ?? null;
  } catch {
    return undefined;
  }
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
