import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO, tempProject } from '../helpers/temp-project';
import { treeHash } from '../helpers/tree-hash';

const project = tempProject();
const terms = join(project.root, 'content', 'terms');
const dist = join(project.root, 'dist');
const chattr = (flag: '+i' | '-i', path: string) => spawnSync('chattr', [flag, path]);
const immutable: string[] = [];
afterAll(() => {
  for (const path of immutable) chattr('-i', path);
  project.remove();
});

const output = (r: { stdout: string; stderr: string }) => `${r.stdout}${r.stderr}`;
const dotDist = () => readdirSync(project.root).filter((n) => n.startsWith('.dist-'));

describe('astro build alone', () => {
  // Row 33: an empty category had a page, a link from the home page and a sitemap entry.
  test('builds the complete site from one content model: cards, search index, each file parsed once; an empty category is not published', () => {
    writeFileSync(
      join(project.root, 'content', 'categories.yaml'),
      `${readFileSync(join(project.root, 'content', 'categories.yaml'), 'utf8')}\nempty-shelf:\n  name: Empty shelf\n  description: A category that no term uses yet, so the site has no page for it.\n`,
    );
    const stats = join(project.root, 'parse-stats.json');
    const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const r = spawnSync(process.execPath, [astro, 'build'], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, GLOSSARY_PARSE_STATS: stats },
    });
    expect(r.status, output(r)).toBe(0);

    const termFiles = readdirSync(terms).filter((f) => f.endsWith('.mdx'));
    expect(existsSync(join(dist, 'og', 'site.png'))).toBe(true);
    for (const f of termFiles) expect(existsSync(join(dist, 'og', f.replace(/\.mdx$/, '.png'))), f).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);

    // The config, the content loader, the checks, the pages, lastmod and the cards share one read of each file.
    const { reads, bodies } = JSON.parse(readFileSync(stats, 'utf8')) as {
      reads: Record<string, number>;
      bodies: Record<string, number>;
    };
    expect(Object.keys(reads).sort()).toEqual(termFiles.map((f) => `content/terms/${f}`).sort());
    expect(new Set(Object.values(reads))).toEqual(new Set([1]));
    expect(Object.values(bodies).every((n) => n <= 1)).toBe(true);

    expect(existsSync(join(dist, 'categories', 'empty-shelf'))).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('/categories/empty-shelf/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('empty-shelf');
  }, 240_000);
});

describe('npm run build', () => {
  // Row 20: content errors came out as stack traces, "Unable to load your Astro config" (lastmod parsed
  // content while the config loaded) or Astro's "Unrecognized key" before the project's own list.
  test.each([
    [
      'an unknown key and a bad date',
      (s: string) => s.replace('\nrelated:', '\nrelatd: [relu]\nupdated: not-a-date\nrelated:'),
      ['relatd', 'updated'],
    ],
    ['broken YAML', (s: string) => s.replace('\ncategory:', '\ncategory: [unclosed\n'), ['invalid YAML']],
  ])(
    "row 20: %s gives the checks' list, no stack trace, and leaves dist/ alone",
    (_name, edit, expected) => {
      const file = join(terms, 'gelu.mdx');
      const original = readFileSync(file, 'utf8');
      mkdirSync(dist, { recursive: true });
      const before = treeHash(dist);
      writeFileSync(file, edit(original));
      try {
        const r = project.run('scripts/build.ts');
        const out = output(r);
        expect(r.status).toBe(1);
        const first = out.indexOf('content/terms/gelu.mdx  ');
        expect(first, out).toBeGreaterThan(-1);
        for (const e of expected) expect(out).toMatch(new RegExp(`content/terms/gelu\\.mdx  [^\\n]*${e}`));
        expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/); // a stack frame
        expect(out).not.toContain('Unable to load your Astro config');
        expect(out).not.toContain('****'); // Astro's loader message for a schema error, which came before ours
        expect(out).toContain('The previous site in dist/ was left untouched.');
        expect(treeHash(dist)).toBe(before);
        expect(dotDist()).toEqual([]);
      } finally {
        writeFileSync(file, original);
      }
    },
    120_000,
  );

  // Row 4: deleting every term built an 8-page site with exit 0.
  test('row 4: a build that would drop most terms stops before anything else, unless --allow-shrink is given', () => {
    const before = treeHash(dist);
    const kept = ['relu.mdx', 'gelu.mdx'];
    const removed = readdirSync(terms).filter((f) => !kept.includes(f));
    const saved = new Map(removed.map((f) => [f, readFileSync(join(terms, f))]));
    for (const f of removed) unlinkSync(join(terms, f));
    try {
      const r = project.run('scripts/build.ts');
      expect(r.status, output(r)).toBe(1);
      expect(output(r)).toMatch(/Refusing to publish 2 terms in place of the \d+ of the current site/);
      expect(output(r)).toContain('--allow-shrink');
      expect(treeHash(dist)).toBe(before);
      // Asked for: the shrink is allowed, and what stops this build now is the dangling references it left.
      const allowed = project.run('scripts/build.ts', ['--allow-shrink']);
      expect(allowed.status).toBe(1);
      expect(output(allowed)).not.toContain('Refusing');
      expect(output(allowed)).toContain('content/terms/gelu.mdx  related[');
      expect(treeHash(dist)).toBe(before);
    } finally {
      for (const [f, bytes] of saved) writeFileSync(join(terms, f), bytes);
      for (const f of kept) writeFileSync(join(terms, f), readFileSync(join(REPO, 'content', 'terms', f)));
    }
  }, 120_000);

  // Rows 8 and 29: a killed build's `.dist-cards-<pid>` could be reused by a later build with the same PID,
  // and nothing removed `.dist-*` leftovers. Row 7: an undeletable old site made CI fail a deployed build.
  test('rows 7, 8, 29: leftovers of killed builds are removed, and an old site that cannot be deleted only warns', () => {
    const stale = join(project.root, '.dist-cards-4242', 'og');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'relu.png'), 'stale card');
    mkdirSync(join(project.root, '.dist-staging-abc123', 'site'), { recursive: true });
    writeFileSync(join(project.root, '.dist-staging-abc123', '.owner-pid'), '2147483646'); // no such process
    // An immutable file in the old site: it can be moved aside but not deleted.
    mkdirSync(join(dist, 'locked'), { recursive: true });
    writeFileSync(join(dist, 'locked', 'file.txt'), 'x');
    chattr('+i', join(dist, 'locked', 'file.txt'));
    immutable.push(join(dist, 'locked', 'file.txt'));

    const r = project.run('scripts/build.ts');
    const out = output(r);
    expect(r.status, out).toBe(0);
    expect(out).toContain('Removed .dist-cards-4242');
    expect(out).toContain('Removed .dist-staging-abc123');
    expect(out).toContain('The new site is deployed, but the previous one could not be deleted');
    expect(
      readFileSync(join(dist, 'og', 'relu.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(existsSync(join(dist, 'glossary', 'relu', 'index.html'))).toBe(true);
    // The only leftover is the retired site that could not be deleted; the next build removes it once it can.
    const left = dotDist();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.dist-retired-/);
    const locked = join(project.root, left[0], 'site', 'locked', 'file.txt');
    chattr('-i', locked);
    immutable.push(locked);
  }, 240_000);

  // Row 29: `kill -9` of the build's parent left the astro and card processes running, writing `.dist-*` folders.
  test('row 29: when the build script is killed, its astro child stops and the next build removes the staging folder', async () => {
    const tsx = join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const parent = spawn(process.execPath, [tsx, 'scripts/build.ts'], { cwd: project.root, stdio: 'ignore' });
    const staging = await new Promise<string>((resolve) => {
      const poll = setInterval(() => {
        const found = dotDist().find((n) => n.startsWith('.dist-staging-'));
        if (found) {
          clearInterval(poll);
          resolve(found);
        }
      }, 100);
    });
    // Kill the build script itself (the process that owns the staging folder; `tsx` runs it as its own
    // child) soon after astro starts, well before a warm build could finish (≈6 s): astro's parent watch
    // stops it even if the parent was already gone when the watch was set up.
    await new Promise((r) => setTimeout(r, 1000));
    process.kill(Number(readFileSync(join(project.root, staging, '.owner-pid'), 'utf8')), 'SIGKILL');
    parent.kill('SIGKILL');
    const running = () =>
      spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter((l) => l.includes(staging));
    for (let i = 0; i < 60 && running().length; i++) await new Promise((r) => setTimeout(r, 500));
    expect(running()).toEqual([]);

    const next = project.run('scripts/build.ts');
    expect(next.status, output(next)).toBe(0);
    expect(output(next)).toContain(`Removed ${staging}`);
    expect(dotDist().filter((n) => !n.startsWith('.dist-retired-'))).toEqual([]);
  }, 240_000);

  // Row 19: an immutable dist/ gave an uncaught EPERM, a staging folder left behind and no clear message.
  test('row 19: a dist/ that cannot be replaced gives a clear message, exit 1, and no leftovers', () => {
    chattr('+i', dist);
    immutable.push(dist);
    const r = project.run('scripts/build.ts');
    chattr('-i', dist);
    const out = output(r);
    expect(r.status, out).toBe(1);
    expect(out).toContain('The new site was built but could not replace dist/');
    expect(out).toContain('The previous site in dist/ was left untouched.');
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(dotDist().filter((n) => !n.startsWith('.dist-retired-'))).toEqual([]);
    rmSync(join(project.root, 'parse-stats.json'), { force: true });
  }, 240_000);

  test('--outDir builds the same atomic way into another folder, its search index after astro has exited; with --shard it is refused', () => {
    const r = project.run('scripts/build.ts', ['--outDir', 'site-copy']);
    expect(r.status, output(r)).toBe(0);
    expect(output(r)).toContain('Site built into site-copy/');
    expect(existsSync(join(project.root, 'site-copy', 'index.html'))).toBe(true);
    expect(dotDist()).toEqual([]);
    // The build script indexes once astro's process is gone (src/integrations/build-parts.ts SEARCH_JOB_ENV):
    // astro no longer says it indexed, the script does, after astro's last line; the job file stays out of the site.
    const out = output(r);
    expect(out).not.toContain('[glossary:content] Search index');
    expect(out.indexOf('Search index: ')).toBeGreaterThan(out.lastIndexOf('[build] Complete!'));
    const pages = Number(/Search index: (\d+) pages/.exec(out)![1]);
    expect(pages).toBeGreaterThan(10);
    expect(existsSync(join(project.root, 'site-copy', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(project.root, 'site-copy', 'search-job.json'))).toBe(false);
    const refused = project.run('scripts/build.ts', ['--shard', '1/2', '--outDir', 'x']);
    expect(refused.status).toBe(1);
    expect(output(refused)).toContain('a shard goes into --shards-dir');
  }, 240_000);
});
