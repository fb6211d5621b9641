import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYamlAt } from '../../src/glossary/read-source';

/** What `yaml` alone reads (the reference: its values, and whether it finds errors). */
function reference(text: string): { value: unknown; failed: boolean } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) return { value: undefined, failed: true };
  try {
    return { value: doc.toJS(), failed: false };
  } catch {
    return { value: undefined, failed: true }; // an alias before its anchor
  }
}

const frontmatter = (file: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1];

// YAML where parsers are known to part ways: YAML 1.1 booleans and dates, number forms, keys,
// directives, anchors and aliases, tags, tabs, duplicate keys, unterminated and reserved syntax.
const TRICKY = [
  'a: yes\nb: on\nc: No\nd: off',
  'a: 2024-01-01\nb: 2024-01-01T10:00:00Z',
  'a: 1_000\nb: 0b101\nc: 0x1F\nd: 0o17\ne: 017\nf: 1e3\ng: .5\nh: +.inf\ni: -.INF\nj: .NaN\nk: +12\nl: 1:20',
  'a: ~\nb: Null\nc: NULL\nd:\ne: null',
  '1: one\ntrue: t\n~: n\n"x": y',
  'null: a\nb: {Null: c}\n- d',
  'a:\n  null: b\n  0x1F: c\n  0b1: d\n  -0b11: e',
  'a: [0b1, -0b10, ~, null]\nb: text ~2 and 0b1 inside',
  '? complex\n: value',
  '%YAML 1.1\n---\na: yes',
  'base: &b { x: 1 }\nmore:\n  <<: *b\n  y: 2',
  'a: &x 1\nb: *x',
  'a: !!str 12\nb: !!int "3"',
  'a: [1, 2, *x]',
  // A billion laughs: `yaml` refuses to expand it (its alias count limit); so must the fast path.
  ['a', 'b', 'c', 'd', 'e', 'f']
    .map(
      (k, i, keys) =>
        `${k}: &${k} [${Array(9)
          .fill(i ? `*${keys[i - 1]}` : 'lol')
          .join(', ')}]`,
    )
    .join('\n'),
  'a: 1\na: 2',
  'a:\n\t- b',
  'a: "unterminated',
  'a: @reserved',
  'a: `reserved`',
  'a: b: c',
  '- a\n- b',
  'plain *emphasis* and a & b! here: fine',
  'text: >-\n  folded *emphasis*\n  & more! lines\n\n  second paragraph',
  'list:\n  - title: x\n    body: |\n      keep\n        indent\n',
  'a: 🙂 ünïcödé\nb: "\\u00e9\\t\\x41"',
  "a: 'it''s'\nb: \"q\\\"q\"",
  '# only a comment',
  '',
  'a: [b, {c: d}, [e]]',
  'a: 1\n---\nb: 2',
];

describe('frontmatter YAML (the fast path agrees with `yaml`)', () => {
  test.each(TRICKY.map((t) => [JSON.stringify(t).slice(0, 50), t]))('%s', (_, text) => {
    const ours = parseYamlAt('x.mdx', text, 2);
    const ref = reference(text);
    expect(ours.issues.length > 0).toBe(ref.failed);
    expect(ours.value).toStrictEqual(ref.value);
  });

  test('every term file and the categories read as `yaml` reads them', () => {
    const files = readdirSync('content/terms').map((f) => join('content/terms', f));
    for (const file of files) {
      const text = frontmatter(file);
      expect(parseYamlAt(file, text, 2).value, file).toStrictEqual(reference(text).value);
    }
    const categories = readFileSync('content/categories.yaml', 'utf8');
    expect(parseYamlAt('content/categories.yaml', categories, 1).value).toStrictEqual(reference(categories).value);
    expect(files.length).toBeGreaterThan(50);
  });
});
