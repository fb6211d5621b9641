import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';
import { isParameterLoader } from '../helpers/parameter-loader';

// Property: for hostile frontmatter and bodies, `npm run check` and `npm run build` agree (check
// rejects ⇔ build rejects), neither crashes with a stack trace or hangs, and a site that builds
// has no script but JSON-LD, no event-handler attribute and no javascript: URL.
const project = tempProject({ content: join(REPO, 'test', 'fixtures', 'content', 'valid', 'content') });
afterAll(() => project.remove());
const file = join(project.root, 'content', 'terms', 'softsign.mdx');
const original = readFileSync(file, 'utf8');
const [, yamlText, originalBody] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(original)!;
const frontmatter = parse(yamlText) as Record<string, unknown>;

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

function write(v: Variant): void {
  const data = structuredClone(frontmatter);
  const path = v.field.split('.');
  let target = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  // Appended to the real text, so a harmless snippet keeps the field long enough to pass its checks.
  target[last] = typeof target[last] === 'string' ? `${target[last]} ${v.fieldText}` : v.fieldText;
  const yaml = `${stringify(data).trimEnd()}${v.rawYaml ? `\n${v.rawYaml}` : ''}`;
  writeFileSync(file, `${v.bom ? '\uFEFF' : ''}---\n${yaml}\n---\n${originalBody}\n${v.body.join('\n\n')}\n`);
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

test('check and build agree on hostile content, never crash or hang, and never publish active content', () => {
  fc.assert(
    fc.property(variant, (v) => {
      write(v);
      const check = run('scripts/check.ts', ['--content-only']);
      const build = run('scripts/build.ts', ['--allow-shrink']);
      for (const r of [check, build]) {
        expect(r.signal, `killed (hang?):\n${r.out}`).toBeNull();
        expect(r.out, 'a stack trace instead of a content message').not.toMatch(STACK_FRAME);
      }
      expect(
        build.status === 0,
        `check ${check.status === 0 ? 'passed' : 'failed'} but the build did not agree:\n${check.out}\n---\n${build.out}`,
      ).toBe(check.status === 0);
      if (build.status === 0) expect(activeContent(join(project.root, 'dist'))).toEqual([]);
    }),
    { numRuns: 15, seed: Number(process.env.FUZZ_SEED ?? Date.parse('2026-11-23')), endOnFailure: true },
  );
}, 1_800_000);
