import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';
import { isParameterLoader } from '../helpers/parameter-loader';

// Property: for hostile frontmatter and bodies, `npm run check` and `npm run build` agree (check
// rejects ⇔ build rejects, with the same problem list), neither crashes with a stack trace or hangs,
// and a site that builds has no script but JSON-LD, no event-handler attribute and no javascript: URL.
//
// One build per hostile case made this test the slowest of the suite (15 cases, one Astro build
// each). Instead the project holds BATCH real terms (their prose differs, so the cross-term checks
// see no copies), each run gives every one of them a hostile variant at once, and then:
//   1. check and build the whole batch: the build must fail exactly when check fails, printing every
//      error line check printed;
//   2. restore the files check rejected, and check and build again: the variants check accepted must
//      build, with no active content on any page.
// Two builds per run cover BATCH cases where one build covered one.
const BATCH = 12;
const RUNS = 2;

const project = tempProject();
afterAll(() => project.remove());
const termsDir = join(project.root, 'content', 'terms');

interface Base {
  file: string;
  original: string;
  frontmatter: Record<string, unknown>;
  body: string;
}
const has = (data: Record<string, unknown>, key: string) => Array.isArray(data[key]) && data[key].length > 0;
const split = (text: string) => {
  const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yamlText) as Record<string, unknown>, body };
};

/**
 * The first BATCH terms with every field a variant may edit (a plot, steps, a comparison, an FAQ),
 * made a site of their own: every other term file is removed, and references to them become plain
 * names (comparisons), disappear (related) or point at the A–Z index (links), so the base passes
 * every check before any variant is applied.
 */
const BASES: Base[] = (() => {
  const all = readdirSync(termsDir).sort();
  const chosen = all
    .filter((name) => {
      const { data } = split(readFileSync(join(termsDir, name), 'utf8'));
      return typeof data.plot === 'object' && has(data, 'howItWorks') && has(data, 'comparisons') && has(data, 'faq');
    })
    .slice(0, BATCH);
  const kept = new Set(chosen.map((name) => name.slice(0, -'.mdx'.length)));
  for (const name of all) if (!chosen.includes(name)) rmSync(join(termsDir, name));
  const local = (text: string) =>
    text.replace(/\]\(\/glossary\/([a-z0-9-]+)\/[^)]*\)/g, (link, slug: string) =>
      kept.has(slug) ? link : '](/glossary/)',
    );
  return chosen.map((name) => {
    const { data, body } = split(readFileSync(join(termsDir, name), 'utf8'));
    data.related = ((data.related as string[] | undefined) ?? []).filter((slug) => kept.has(slug));
    data.comparisons = (data.comparisons as Record<string, string>[]).map((c) =>
      'with' in c && !kept.has(c.with) ? { name: c.with, summary: c.summary } : c,
    );
    const original = local(`---\n${stringify(data)}---\n${body}`);
    const file = join(termsDir, name);
    writeFileSync(file, original);
    const edited = split(original);
    return { file, original, frontmatter: edited.data, body: edited.body };
  });
})();

/** Snippets from the hostile-input review (rows 1, 2, 13–17, 21, 30–32) and MDX's sharp edges. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![i](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<ActivationPlot fn="relu" idSuffix=\'x"><img src=x onerror=alert(1)><b class="\' />',
  '<ActivationPlot fn="constructor" />',
  '<ActivationPlot fn="relu" caption={42} />',
  '<ActivationPlot fn="relu" onClick="alert(1)" />',
  '{1+1}',
  '{a, b}',
  'import x from "y"',
  'export const y = 1',
  '<div onClick={() => 1}>x</div>',
  '<sub>2</sub>',
  '<Aside>note</Aside>',
  '$\\href{javascript:alert(1)}{x}$',
  '$\\rule{2000em}{2000em}$',
  '$\\frac{1$',
  '\\{0, 1\\}',
  '*a *a *a b a* a* a*',
  '- - - - - - x',
  '> > > > > x',
  '`<script>alert(1)</script>`',
  '</script><script>alert(1)</script>',
  '&lt;script&gt;',
  '"quotes" & \'apostrophes\'',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
);

const FIELDS = [
  'shortDefinition',
  'inPractice',
  'faq.0.answer',
  'howItWorks.0.body',
  'comparisons.0.summary',
  'term',
  'aliases.0',
  'plot.caption',
] as const;
/** Raw YAML lines appended to the frontmatter: unknown keys, bad dates, tabs, duplicate keys. */
const RAW_YAML = [
  '',
  '',
  'relatd: [hardtanh]',
  "updated: '2024-02-30'",
  'updated: 1',
  '\tindented: tab',
  'term: Twice',
  'plot: { fn: __proto__ }',
];

const variant = fc.record({
  bom: fc.boolean(),
  field: fc.constantFrom(...FIELDS),
  fieldText: piece,
  rawYaml: fc.constantFrom(...RAW_YAML),
  body: fc.array(piece, { minLength: 1, maxLength: 3 }),
});

type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;

/** Writes a variant over a base term (the edit is appended to the real text, so a harmless snippet keeps the field valid). */
function write(base: Base, v: Variant): void {
  const data = structuredClone(base.frontmatter);
  const path = v.field.split('.');
  let target = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  target[last] = typeof target[last] === 'string' ? `${target[last]} ${v.fieldText}` : v.fieldText;
  const yaml = `${stringify(data).trimEnd()}${v.rawYaml ? `\n${v.rawYaml}` : ''}`;
  writeFileSync(base.file, `${v.bom ? '\uFEFF' : ''}---\n${yaml}\n---\n${base.body}\n${v.body.join('\n\n')}\n`);
}

const STACK_FRAME = /\n\s+at (?:.+ \()?\S+:\d+:\d+\)?/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Scripts other than JSON-LD, event-handler attributes and javascript: URLs in a built site. */
function activeContent(dist: string): string[] {
  const found: string[] = [];
  for (const path of htmlFiles(dist)) {
    const $ = cheerio.load(readFileSync(path, 'utf8'));
    // The search page's own Pagefind scripts are the site's code; no content reaches that page.
    const searchPage = path === join(dist, 'search', 'index.html');
    $('script').each((_i, el) => {
      // The parameter island's inline loader is the site's code too, recognised by its exact text.
      if ($(el).attr('type') !== 'application/ld+json' && !searchPage && !isParameterLoader($(el).text()))
        found.push(`${path}: <script>`);
    });
    $('*').each((_i, el) => {
      for (const [name, value] of Object.entries(
        (el as unknown as { attribs: Record<string, string> }).attribs ?? {},
      )) {
        if (/^on/i.test(name)) found.push(`${path}: ${name}=`);
        if (/^\s*javascript:/i.test(value.replace(/[\s\p{Cc}]/gu, ''))) found.push(`${path}: ${name}="${value}"`);
      }
    });
  }
  return found;
}

const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** Runs a script of the temp project; one that runs longer than a few minutes counts as a hang. */
const run = (script: string, args: string[] = []) => {
  const r = spawnSync(process.execPath, [tsx, script, ...args], {
    cwd: project.root,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { ...r, out: `${r.stdout}${r.stderr}` };
};

/** The error lines of a printed problem list (warnings start with "warning:"). */
const errorLines = (out: string) => out.split('\n').filter((line) => line.startsWith('content/'));

/** Checks and builds the project as it is; asserts they agree. Returns the files check rejected. */
function checkAndBuild(cases: string): Set<string> {
  const check = run('scripts/check.ts', ['--content-only']);
  const build = run('scripts/build.ts', ['--allow-shrink']);
  for (const r of [check, build]) {
    expect(r.signal, `killed (hang?) with ${cases}:\n${r.out}`).toBeNull();
    expect(r.out, `a stack trace instead of a content message with ${cases}`).not.toMatch(STACK_FRAME);
  }
  expect(
    build.status === 0,
    `check ${check.status === 0 ? 'passed' : 'failed'} but the build did not agree, with ${cases}:\n${check.out}\n---\n${build.out}`,
  ).toBe(check.status === 0);
  const rejected = errorLines(check.out);
  for (const line of rejected) expect(build.out, 'the build prints the problem list check printed').toContain(line);
  if (build.status === 0) expect(activeContent(join(project.root, 'dist'))).toEqual([]);
  return new Set(rejected.map((line) => line.split('  ')[0]));
}

test('the base of the fuzz, BATCH real terms on their own, passes check', () => {
  expect(BASES).toHaveLength(BATCH);
  const check = run('scripts/check.ts', ['--content-only']);
  expect(check.status, check.out).toBe(0);
});

test('check and build agree on hostile content, never crash or hang, and never publish active content', () => {
  fc.assert(
    fc.property(
      fc.shuffledSubarray(BASES, { minLength: BATCH, maxLength: BATCH }),
      fc.array(variant, { minLength: BATCH, maxLength: BATCH }),
      (bases, variants) => {
        try {
          bases.forEach((base, i) => write(base, variants[i]));
          const cases = JSON.stringify(bases.map((b, i) => [b.file.slice(project.root.length + 1), variants[i]]));
          const rejected = checkAndBuild(cases);
          if (!rejected.size) return;
          // What check rejected goes back to its original; the variants check accepted must now build.
          for (const base of bases)
            if (rejected.has(base.file.slice(project.root.length + 1))) writeFileSync(base.file, base.original);
          expect(checkAndBuild(cases).size, 'a restored file still fails: one variant broke another term').toBe(0);
        } finally {
          for (const base of bases) writeFileSync(base.file, base.original);
        }
      },
    ),
    { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.parse('2026-11-23')), endOnFailure: true },
  );
}, 1_800_000);
