import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** One timed part of a build, in milliseconds since the build process started. */
export interface Phase {
  name: string;
  start: number;
  end: number;
}

// The config's integrations and the pages are separate module instances in one process: one list for both.
const STORE = Symbol.for('glossary.build-phases');
const phases = ((globalThis as Record<symbol, unknown>)[STORE] ??= []) as Phase[];

function record(name: string, start: number): void {
  phases.push({ name, start, end: performance.now() });
}

/**
 * Runs `work` and records how long it took under `name`, for the build's
 * closing line of phase times (and for `npm run bench`). Works for sync and async work.
 * @example const model = timed('content model', () => loadContentModel(root));
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.finally(() => record(name, start)) as T;
  }
  record(name, start);
  return result;
}

/** Time covered by some phases, counting overlapping stretches (work done in parallel) once. */
function covered(list: readonly Phase[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const p of [...list].sort((a, b) => a.start - b.start)) {
    total += Math.max(0, p.end - Math.max(p.start, reach));
    reach = Math.max(reach, p.end);
  }
  return total;
}

/** The phases recorded so far in this process, in the order they ended. */
export function recordedPhases(): readonly Phase[] {
  return phases;
}

/**
 * Phase times of `astro build`: what the glossary's own hooks timed (content
 * model, checks, cards, search index, pair overlap) plus Astro's own stretches
 * between its hooks (startup and content sync, bundling and rendering the
 * pages, other integrations' post-processing such as the sitemap). Goes last in
 * the integration list so its `astro:build:done` runs after every other one.
 * Printed as one line; written as JSON to $GLOSSARY_PHASES_FILE when set
 * (the benchmark reads it).
 */
export default function buildPhases(): AstroIntegration {
  let buildStart = 0;
  let generated = 0;
  let doneStart = 0;
  return {
    name: 'glossary:phases',
    hooks: {
      'astro:build:start': () => {
        buildStart = performance.now();
        const first = Math.min(...phases.map((p) => p.start), buildStart);
        phases.push({ name: 'Astro startup', start: 0, end: first });
        const lastSetup = Math.max(0, ...phases.filter((p) => p.end <= buildStart).map((p) => p.end));
        phases.push({ name: 'content sync and Vite setup', start: lastSetup, end: buildStart });
      },
      'astro:build:generated': () => {
        generated = performance.now();
        phases.push({ name: 'Astro: bundle and render pages', start: buildStart, end: generated });
      },
      'astro:build:done': ({ logger }) => {
        doneStart = performance.now();
        const ours = covered(phases.filter((p) => p.start >= generated));
        phases.push({
          name: 'other integrations (sitemap…)',
          start: generated,
          end: generated + (doneStart - generated - ours),
        });
        const sorted = [...phases].sort((a, b) => a.start - b.start);
        logger.info(
          `Build phases: ${sorted.map((p) => `${p.name} ${((p.end - p.start) / 1000).toFixed(1)} s`).join(', ')}`,
        );
        if (process.env.GLOSSARY_PHASES_FILE)
          writeFileSync(process.env.GLOSSARY_PHASES_FILE, JSON.stringify({ total: doneStart, phases: sorted }));
      },
    },
  };
}

/**
 * Adds a phase that scripts/build.ts ran after `astro build` exited (the search index) to the
 * phases file, placed after Astro's and counted in its total, so the benchmark shows where it went.
 */
export function appendPhaseAfterAstro(name: string, ms: number): void {
  const file = process.env.GLOSSARY_PHASES_FILE;
  if (!file || !existsSync(file)) return;
  const timing = JSON.parse(readFileSync(file, 'utf8')) as { total: number; phases: Phase[] };
  timing.phases.push({ name, start: timing.total, end: timing.total + ms });
  timing.total += ms;
  writeFileSync(file, JSON.stringify(timing));
}
