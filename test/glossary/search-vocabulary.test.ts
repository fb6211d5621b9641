import { describe, expect, test } from 'vitest';
import { loadContentModel } from '../../src/glossary/model';
import { plainText } from '../../src/glossary/text';
import { searchVocabulary } from '../../src/glossary/search-vocabulary';

const model = loadContentModel('.');
const vocabulary = searchVocabulary(model);
const words = new Set(vocabulary.split(' '));

describe('the search vocabulary of a shard', () => {
  test('holds every word of every term’s name, aliases and body text, lowercased', () => {
    for (const t of model.index.terms) {
      const source = model.sources.find((s) => s.slug === t.slug)!;
      for (const text of [t.data.term, ...t.data.aliases, plainText(source.body)])
        for (const w of text.split(/\s+/).filter(Boolean))
          expect(words.has(w.toLowerCase()), `${t.slug}: ${w}`).toBe(true);
    }
  });

  test('lists each word once, sorted, without empty words', () => {
    const list = vocabulary.split(' ');
    expect(list.length).toBe(words.size);
    expect([...list].sort()).toEqual(list);
    expect(list).not.toContain('');
  });
});
