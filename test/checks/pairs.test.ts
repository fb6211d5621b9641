import { describe, expect, test } from 'vitest';
import { checkSources } from '../helpers/check-sources';
import { readTermSources, type TermSource } from '../../src/glossary/source-files';

const real = readTermSources('.');
const categories = 'content/categories.yaml';
const base = real.find((s) => s.slug === 'identity')!;

/** A copy of a real, valid term under another slug and name, with its own comparisons. */
function term(slug: string, comparisons: { with: string; summary: string }[]): TermSource {
  const frontmatter = { ...base.frontmatter, term: `Term ${slug}`, aliases: [], comparisons, related: [] };
  return { ...base, slug, file: `content/terms/${slug}.mdx`, frontmatter };
}
const pairIssues = (sources: TermSource[]) =>
  checkSources(sources, categories).issues.filter((i) =>
    /-vs-|compares with .* again|would also be the address/.test(i.message),
  );

describe('pair checks', () => {
  test('the real content has no pair problems', () => {
    expect(pairIssues(real)).toEqual([]);
  });

  test('a term slug containing -vs- is an error naming the file, with a rename hint', () => {
    const issues = pairIssues([...real, term('relu-vs-gelu', [])]);
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe('content/terms/relu-vs-gelu.mdx');
    expect(issues[0].where).toBe('file name');
    expect(issues[0].message).toMatch(/reserved for compare pages.*rename the file, e\.g\. to relu-versus-gelu\.mdx/);
  });

  test('two pairs of slugs that would share one address are reported (hostile review row 5)', () => {
    // aa + bb-vs-cc and aa-vs-bb + cc both map to /compare/aa-vs-bb-vs-cc/.
    const sources = [
      ...real,
      term('aa', [{ with: 'bb-vs-cc', summary: 'One.' }]),
      term('bb-vs-cc', []),
      term('aa-vs-bb', [{ with: 'cc', summary: 'Two.' }]),
      term('cc', []),
    ];
    const issues = pairIssues(sources);
    expect(
      issues
        .filter((i) => i.where === 'file name')
        .map((i) => i.file)
        .sort(),
    ).toEqual(['content/terms/aa-vs-bb.mdx', 'content/terms/bb-vs-cc.mdx']);
    expect(
      issues.some((i) => /\/compare\/aa-vs-bb-vs-cc\/ would also be the address of another pair/.test(i.message)),
    ).toBe(true);
  });

  test('comparing with the same term twice is an error at the second entry (hostile review row 6)', () => {
    const issues = pairIssues([
      ...real,
      term('zz', [
        { with: 'relu', summary: 'First.' },
        { with: 'gelu', summary: 'Other.' },
        { with: 'relu', summary: 'Again.' },
      ]),
    ]);
    expect(issues).toEqual([
      {
        file: 'content/terms/zz.mdx',
        where: 'comparisons[2]',
        message: expect.stringMatching(
          /compares with "relu" again \(already comparisons\[0\]\): merge the two summaries/,
        ),
      },
    ]);
  });
});
