import { describe, expect, test } from 'vitest';
import { jsonWithItems, textStream } from '../../src/export/text-stream';
import { glossaryJson, glossaryJsonText } from '../../src/export/glossary-json';
import { llmsFullTxtPieces } from '../../src/export/llms-txt';
import { loadContentModel } from '../../src/glossary/model';

const SITE = 'https://glossary.test';
const { index } = loadContentModel('.');
const updatedOf = () => new Date('2026-03-04T00:00:00Z');

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('textStream', () => {
  test('writes the pieces as UTF-8, in order', async () => {
    const pieces = ['GELU ', 'σ(x) = 1/(1 + e^−x)', ' — ', '', '😀\n'];
    expect((await readAll(textStream(pieces))).toString('utf8')).toBe(pieces.join(''));
  });

  test('makes each piece only when the reader asks for it', async () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 1000; i++) {
        made++;
        yield `piece ${i}\n`;
      }
    }
    const reader = textStream(pieces()).getReader();
    await reader.read();
    await reader.read();
    // A stream asks a little ahead (its high-water mark), never for the whole file.
    expect(made).toBeLessThan(10);
    await reader.cancel();
  });
});

describe('jsonWithItems', () => {
  test.each([
    ['no items', { a: 1 }, []],
    ['items of every JSON kind', { name: 'x', nested: { b: [1, 2] } }, [1, 'two', null, { c: '"quoted"\n' }, [3]]],
    ['items with no JSON form, written as null like JSON.stringify does', {}, [undefined, () => 1, 4]],
    ['keys JSON.stringify leaves out', { kept: 1, gone: undefined, fn: () => 1 }, ['é', '\u2028']],
  ])('prints exactly JSON.stringify of the whole object: %s', (_, head, items) => {
    const text = [...jsonWithItems(head, 'terms', items)].join('');
    expect(text).toBe(JSON.stringify({ ...head, terms: items }));
  });

  test('refuses a head that already has the key (the items would print twice)', () => {
    expect(() => [...jsonWithItems({ terms: [] }, 'terms', [])]).toThrow(/already a key/);
  });

  test('yields one piece per item, so no piece holds the whole array', () => {
    const pieces = [...jsonWithItems({ a: 1 }, 'terms', ['x', 'y', 'z'])];
    expect(pieces).toHaveLength(3 + 2);
  });
});

describe('the streamed site files', () => {
  test('/glossary.json streams the same bytes as the JSON of its document, and parses back to it', async () => {
    const context = { site: SITE, updatedOf };
    const streamed = (await readAll(textStream(glossaryJsonText(index, context)))).toString('utf8');
    const doc = glossaryJson(index, context);
    expect(streamed).toBe(`${JSON.stringify(doc)}\n`);
    expect(JSON.parse(streamed).terms).toHaveLength(index.terms.length);
  });

  test('/llms-full.txt has one piece per term after its preamble, each term starting with its heading', () => {
    const pieces = [...llmsFullTxtPieces(index, { site: SITE, updatedOf })];
    expect(pieces).toHaveLength(index.terms.length + 1);
    expect(pieces[0]).toMatch(/^# /);
    // Joined with one blank line: the preamble ends a paragraph, each term piece starts a new line with `## `.
    for (const piece of pieces.slice(1)) expect(piece).toMatch(/^\n## /);
  });
});
