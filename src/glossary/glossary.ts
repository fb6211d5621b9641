import { formatIssue } from '../schema';
import { loadContentModel } from './model';
import type { GlossaryIndex } from './records';

/**
 * The published glossary for the pages: the content model's index of valid
 * terms, read once per build (shared with the content checks, which already
 * stopped a build with problems). In `astro dev` a problem fails the page with
 * the full list.
 */
export async function loadGlossary(): Promise<GlossaryIndex> {
  const model = loadContentModel(process.cwd());
  if (model.issues.length) throw new Error(`Content problems:\n${model.issues.map(formatIssue).join('\n')}`);
  return model.index;
}
