import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  mergedSearchBundles,
  parseShardSpec,
  SHARDED_ROUTES,
  shardSlugs,
  writesRoute,
} from '../../src/glossary/shard';
import { addCarriedPages, buildScope, MERGE_PAGES_ENV, pagesNotRendered } from '../../src/glossary/build-scope';
import { readShards } from '../../scripts/lib/merge-shards';
import { buildPlan } from '../../scripts/lib/shard-build';

describe('--shard i/N', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    [' 50 / 50 ', { index: 50, count: 50 }],
  ])('%s is shard %o', (text, spec) => expect(parseShardSpec(text)).toEqual(spec));

  test.each(['0/4', '5/4', '1/0', '2', 'a/b', '1/4/2', '-1/4', '1/1001'])('"%s" is refused with the usage', (text) =>
    expect(() => parseShardSpec(text)).toThrow(/--shard i\/N/),
  );

  test('shards cut the sorted slugs into contiguous runs that cover each slug once and differ in size by at most one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (slugs, count) => {
        const slices = Array.from({ length: count }, (_, i) => [...shardSlugs(slugs, { index: i + 1, count })]);
        expect(slices.flat()).toEqual([...slugs].sort());
        const sizes = slices.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  test('the slice depends on the set of slugs, not on the order they were read in', () => {
    const slugs = ['relu', 'gelu', 'silu', 'elu', 'tanh', 'softmax', 'mish'];
    const shard = { index: 2, count: 3 };
    expect(shardSlugs([...slugs].reverse(), shard)).toEqual(shardSlugs(slugs, shard));
    expect([...shardSlugs(slugs, shard)]).toEqual(['mish', 'relu']);
  });
});

describe('what each build writes', () => {
  test('a shard writes only the per-term and per-pair routes; a whole build and the merge build write every route', () => {
    const shard = buildScope({ GLOSSARY_SHARD: '1/4' });
    expect(SHARDED_ROUTES.every((r) => writesRoute(shard, r))).toBe(true);
    for (const siteWide of ['/', '/glossary', '/categories/[slug]', '/feed.xml', '/404', '/search', '/llms.txt'])
      expect(writesRoute(shard, siteWide)).toBe(false);
    expect(writesRoute(buildScope({}), '/feed.xml')).toBe(true);
    expect(writesRoute(buildScope({ GLOSSARY_SHARD: 'site-wide/4' }), '/feed.xml')).toBe(true);
  });

  test('the merged search page merges the bundles of shards 2…N into shard 1’s', () => {
    expect(mergedSearchBundles(buildScope({ GLOSSARY_SHARD: 'site-wide/3' }))).toEqual([
      '/pagefind/shards/2/',
      '/pagefind/shards/3/',
    ]);
    expect(mergedSearchBundles(buildScope({}))).toEqual([]);
    expect(mergedSearchBundles(buildScope({ GLOSSARY_SHARD: '2/3' }))).toEqual([]);
  });
});

describe('the merged sitemap', () => {
  test('lists every page of the shards and every carried page, however many (400,000 each here)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-merge-pages-'));
    try {
      const paths = Array.from({ length: 400_000 }, (_, i) => `/glossary/t-${i}/`);
      writeFileSync(join(dir, 'pages.txt'), paths.join('\n'));
      vi.stubEnv('GLOSSARY_SHARD', 'site-wide/25');
      vi.stubEnv(MERGE_PAGES_ENV, join(dir, 'pages.txt'));
      const urls = pagesNotRendered('https://glossary.example.org/');
      expect(urls.length).toBe(400_000);
      expect([urls[0], urls.at(-1)]).toEqual([
        'https://glossary.example.org/glossary/t-0/',
        'https://glossary.example.org/glossary/t-399999/',
      ]);
      addCarriedPages(paths.map((p) => p.replace('/t-', '/c-')));
      expect(urls.length).toBe(800_000);
      expect(urls.at(-1)).toBe('https://glossary.example.org/glossary/c-399999/');
    } finally {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--merge refuses an incomplete or mixed set of shards', () => {
  let dir: string;
  // The temporary folder, which for most cases holds dist-shards/ rather than being it.
  let made = '';
  afterEach(() => rmSync(made, { recursive: true, force: true }));
  const shard = (name: string, manifest: object | undefined) => {
    mkdirSync(join(dir, name), { recursive: true });
    if (manifest) writeFileSync(join(dir, name, 'shard.json'), JSON.stringify(manifest));
  };
  const manifest = (shard: string, fingerprint = 'f') => ({ shard, fingerprint, terms: 1, pages: [] });

  test.each([
    ['no folder', () => {}, /No shards in .*: build them first/],
    ['a missing shard', () => shard('1-of-3', manifest('1/3')), /Shards 2-of-3, 3-of-3 missing/],
    [
      'shards of two builds',
      () => {
        shard('1-of-2', manifest('1/2'));
        shard('1-of-3', manifest('1/3'));
      },
      /mixes shards of different builds \(N = 2, 3\)/,
    ],
    [
      'an unfinished shard',
      () => {
        shard('1-of-2', manifest('1/2'));
        shard('2-of-2', undefined);
      },
      /2-of-2\/ has no shard.json: it is not a finished shard build/,
    ],
    [
      'shards of different content',
      () => {
        shard('1-of-2', manifest('1/2', 'a'));
        shard('2-of-2', manifest('2/2', 'b'));
      },
      /built from different content/,
    ],
  ])('%s', (_, make, message) => {
    made = mkdtempSync(join(tmpdir(), 'glossary-merge-'));
    dir = join(made, 'dist-shards');
    if (_ !== 'no folder') mkdirSync(dir);
    make();
    expect(() => readShards(dir)).toThrow(message);
  });

  test('--shard and --merge together are refused; --shard writes into dist-shards/i-of-N/', () => {
    made = dir = mkdtempSync(join(tmpdir(), 'glossary-merge-'));
    expect(() => buildPlan({ outDir: 'dist', shard: '1/2', merge: true })).toThrow(/two steps/);
    expect(buildPlan({ outDir: 'dist', shard: '3/8' }).outDir).toBe(join('dist-shards', '3-of-8'));
    expect(buildPlan({ outDir: 'dist', shard: '3/8', shardsDir: dir }).env('')).toEqual({ GLOSSARY_SHARD: '3/8' });
  });
});
