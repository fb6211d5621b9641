import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { validateWorkflow } from '@action-validator/core';
import { SHARDS_DIR } from '../../scripts/lib/merge-shards';
import { REPO } from '../helpers/temp-project';

const file = join(REPO, '.github', 'workflows', 'build-sharded.yml');
const source = readFileSync(file, 'utf8');

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix: Record<string, unknown> };
  steps: Step[];
}
const workflow = parse(source) as { jobs: Record<string, Job> };
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));
const uses = (job: Job, action: string) => job.steps.find((s) => s.uses?.startsWith(`${action}@`));

describe('.github/workflows/build-sharded.yml', () => {
  test('is a valid GitHub Actions workflow (SchemaStore schema, via action-validator)', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  test('every npm script it runs exists', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const named = Object.values(workflow.jobs)
      .flatMap(runs)
      .flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(Object.keys(scripts)).toContain(name);
  });

  test('a matrix over the planned shards builds one shard each and uploads its folder', () => {
    const { plan, shard } = workflow.jobs;
    expect(shard.needs).toBe('plan');
    expect(shard.strategy?.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    expect(runs(plan).join('\n')).toContain('echo "shards=[$(seq -s, 1 "$SHARDS")]" >> "$GITHUB_OUTPUT"');
    expect(runs(shard)).toContain('npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}');
    // The folder --shard writes (scripts/lib/shard-build.ts): dist-shards/<i>-of-<N>/.
    expect(uses(shard, 'actions/upload-artifact')?.with?.path).toBe(
      `${SHARDS_DIR}/\${{ matrix.shard }}-of-\${{ env.SHARDS }}/`,
    );
  });

  test('the merge job downloads every shard into the folder --merge reads, then merges', () => {
    const { merge } = workflow.jobs;
    expect(merge.needs).toBe('shard');
    expect(uses(merge, 'actions/download-artifact')?.with?.path).toBe(`${SHARDS_DIR}/`);
    const commands = runs(merge);
    const rename = commands.findIndex((r) => r.includes('mv "$d"'));
    expect(rename).toBeGreaterThan(commands.indexOf('npm ci'));
    expect(commands.indexOf('npm run build -- --merge')).toBeGreaterThan(rename);
    expect(uses(merge, 'actions/upload-artifact')?.with?.path).toBe('dist/');
  });

  test('the validator rejects a broken copy (so the check above can fail)', () => {
    expect(validateWorkflow(source.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest')).errors).not.toEqual([]);
  });
});
