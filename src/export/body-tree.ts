import type { Root } from 'mdast';
import { parseMdxBody } from '../glossary/model';
import type { TermRecord } from '../glossary/records';

/**
 * A term body's tree: the content model's (parsed once per build, shared with the checks and
 * the pages), or, for a record made outside the model, parsed by the model's own parser.
 * Undefined for an empty body. Callers must not change the tree.
 */
export function bodyTreeOf(record: TermRecord): Root | undefined {
  if (!record.body?.trim()) return undefined;
  return record.bodyTree?.() ?? parseMdxBody(record.body);
}
