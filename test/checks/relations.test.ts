import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkSources } from '../helpers/check-sources';
import { readTermSources } from '../../src/glossary/source-files';
import { isError } from '../../src/schema';
import { REPO } from '../helpers/temp-project';

const ROOT = join(REPO, 'test', 'fixtures', 'content', 'valid');
const categories = join(ROOT, 'content', 'categories.yaml');

/** The valid fixture (softsign ⇄ hardtanh), with one file's frontmatter or body edited in memory. */
function checkEdited(slug: string, edit: (s: ReturnType<typeof readTermSources>[number]) => void) {
  const sources = readTermSources(ROOT);
  edit(sources.find((s) => s.slug === slug)!);
  return checkSources(sources, categories).issues;
}

describe('relation warnings', () => {
  test('none when each comparison is answered by a related entry', () => {
    const issues = checkEdited('softsign', () => {});
    expect(issues.filter((i) => /point back|consider adding/.test(i.message))).toEqual([]);
  });

  test('A compares with B, B does not point back: a warning on B, never an error', () => {
    const issues = checkEdited('hardtanh', (s) => {
      s.frontmatter.related = [];
      s.frontmatter.comparisons = [{ name: 'Tanh', summary: 'Smooth where hardtanh has corners.' }];
    });
    const back = issues.filter((i) => i.message.includes('does not point back'));
    expect(back).toEqual([
      expect.objectContaining({ file: 'content/terms/hardtanh.mdx', where: 'related', severity: 'warning' }),
    ]);
    expect(back[0].message).toContain('content/terms/softsign.mdx compares Softsign with Hardtanh');
    expect(back.every((i) => !isError(i))).toBe(true);
  });

  test('a term mentioned three times but not listed is suggested', () => {
    const issues = checkEdited('softsign', (s) => {
      s.frontmatter.related = [];
      s.frontmatter.comparisons = [{ name: 'Tanh', summary: 'Tanh saturates faster.' }];
      s.body = 'Hardtanh clips. Hardtanh has corners. Unlike hardtanh it is smooth.\n';
    });
    const suggestion = issues.find((i) => i.message.includes('consider adding hardtanh'));
    expect(suggestion).toMatchObject({ file: 'content/terms/softsign.mdx', severity: 'warning' });
    expect(suggestion!.message).toContain('mentions Hardtanh 3 times');
  });
});
