import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { termFileSource } from '../../src/editor/term-file';
import { termSchema } from '../../src/schema';

test('a written term file lists its fields in the schema’s order, unknown ones last, undefined ones left out', () => {
  const source = termFileSource(
    { zeta: 1, updated: '2024-01-01', implementations: [], related: ['relu'], term: 'X', seo: undefined, sources: [] },
    'Body.',
  );
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(source)!;
  const keys = Object.keys(parse(yaml) as object);
  const schemaOrder = Object.keys(termSchema.shape);
  expect(keys).toEqual([...schemaOrder.filter((k) => keys.includes(k)), 'zeta']);
  expect(keys).toEqual(['term', 'related', 'implementations', 'sources', 'updated', 'zeta']);
  expect(body).toBe('Body.\n');
});
