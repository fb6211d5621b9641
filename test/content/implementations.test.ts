import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks';
import { activations, gatedActivations } from '../../src/kernel';
import { implementationSchema, termSchema } from '../../src/schema';
import { REPO_ROOT } from '../helpers/site';

/** Written by scripts/implementations/verify.py from the installed libraries' source; never edited by hand. */
interface Evidence {
  framework: string;
  api: string;
  package: string;
  version: string;
  repo: string;
  tag: string;
  /** The file in `repo` at `tag`; null where the installed file is built rather than committed (compiled ops, TensorFlow's gen_*.py). */
  repoPath: string | null;
  path: string;
  line: number | null;
  snippet: string;
}
const evidence: Evidence[] = JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/implementations/verified.json'), 'utf8')).entries;
const verified = new Map(evidence.map((e) => [`${e.framework} ${e.api}`, e]));

const terms = checkContent('.').index.terms;
const published = terms.flatMap((t) => t.data.implementations.map((i) => ({ slug: t.slug, ...i })));

describe('framework names', () => {
  test.each(published.map((p) => [p.slug, p.framework, p.api] as const))('%s: %s `%s` was found in the library source', (_slug, framework, api) => {
    const e = verified.get(`${framework} ${api}`);
    expect(e, `not in test/fixtures/implementations/verified.json: run scripts/implementations/verify.py`).toBeDefined();
    expect(e!.snippet.length).toBeGreaterThan(0);
    expect(e!.version).toMatch(/^\d+\.\d+/);
    expect(e!.repo).toMatch(/^[\w-]+\/[\w.-]+$/);
    expect(e!.tag.endsWith(e!.version), 'the tag is the installed release').toBe(true);
  });

  test('every evidence row names where it was found: a source line, or a compiled builtin with its documented signature', () => {
    for (const e of evidence) {
      if (e.line === null) expect(e.path, e.api).toMatch(/\(compiled\)$/);
      else expect(e.line, e.api).toBeGreaterThan(0);
      if (e.repoPath === null) expect(e.path, e.api).toMatch(/\(compiled\)$|\/gen_\w+\.py$/);
      else expect(e.repoPath.endsWith(e.path), e.api).toBe(true);
      // The snippet is the definition: a `def`/`class` line, a builtin's documented signature, or the ACT2CLS line.
      if (e.framework === 'huggingface') expect(e.snippet, e.api).toMatch(new RegExp(`^"${e.api}":`));
      else expect(e.snippet, e.api).toMatch(/^(def|class) \w+|^\w+\(/);
    }
  });

  test('every one-input and gated activation with a term page lists at least one implementation', () => {
    const ids = new Set([...Object.keys(activations), ...Object.keys(gatedActivations)]);
    const pages = terms.filter((t) => t.data.plot && ids.has(t.data.plot.fn));
    // No core library ships these (checked in their sources): the bilinear gate and Snake.
    const noneExists = new Set(['bilinear', 'snake']);
    const without = pages.filter((t) => t.data.implementations.length === 0 && !noneExists.has(t.data.plot!.fn));
    expect(without.map((t) => t.slug)).toEqual([]);
  });

  test('an unknown framework is rejected with the list of allowed ones', () => {
    const r = implementationSchema.safeParse({ framework: 'mxnet', api: 'mx.nd.relu' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toContain('pytorch, jax, tensorflow, keras, huggingface');
    expect(r.error!.issues[0].path).toEqual(['framework']);
  });

  test('implementations default to none and are optional', () => {
    const minimal = terms[0].data;
    const { implementations: _ignored, ...rest } = minimal;
    expect(termSchema.parse(rest).implementations).toEqual([]);
  });
});
