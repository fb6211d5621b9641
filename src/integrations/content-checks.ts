import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import type { Glossary } from '../glossary/model';
import { keepUnusedEntries } from '../markdown/disk-cache';
import { checkGlossary, formatReport } from '../checks';
import { isError } from '../schema';
import { loadContentModel } from '../glossary/model';
import { shrinkProblem } from './shrink-guard';
import type { CardProcess } from '../seo/card-process';
import { timed } from './build-phases';
import { completeSite, mergeProblem, startCards } from './build-parts';
import { addCarriedPages, buildScope, filesToCheck } from '../glossary/build-scope';
import {
  CARRY_ENV,
  carriedItems,
  type CarryFile,
  itemFiles,
  manifestPath,
  pageInputs,
  placeCarried,
} from '../glossary/carry-over';
import { searchPartLimit } from '../glossary/search-parts';

/**
 * Decides which pages this build takes from the previous site (src/glossary/carry-over.ts), tells the
 * pages (and scripts/build.ts) through `carryFile`, and the sitemap through addCarriedPages.
 */
function carryOver(model: Glossary, site: string, previousSite: string, carryFile: string): string[] {
  const inputs = pageInputs(model, site);
  const carried = carriedItems(inputs, previousSite, manifestPath(previousSite));
  const file: CarryFile = { inputs: [...inputs], carried };
  writeFileSync(carryFile, JSON.stringify(file));
  if (carried.length) keepUnusedEntries();
  addCarriedPages(
    carried.flatMap((key) =>
      itemFiles(key)
        .filter((f) => f.endsWith('/index.html'))
        .map((f) => `/${f.slice(0, -'index.html'.length)}`),
    ),
  );
  return carried;
}

/** Prints a content problem list (never a stack trace) and stops the build. */
function stop(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/**
 * The glossary's part of `astro build`: runs every content check on the content
 * model before Astro's content loader or any page sees it (the loader and the
 * pages then read the same, already-validated model), refuses a build that
 * would silently drop most of the site, and completes the site after the pages
 * are written: sharing cards and the Pagefind search index, as Starlight adds
 * Pagefind in `astro:build:done`. `astro build` alone thus builds the whole site;
 * `npm run build` adds the atomic swap of dist/ and runs Pagefind itself once
 * astro has exited (SEARCH_JOB_ENV in build-parts.ts), so their heaps never add up.
 */
export default function contentChecks(): AstroIntegration {
  let root = '.';
  let previousSite = 'dist';
  let cards: CardProcess | undefined;
  let carried: string[] = [];
  return {
    name: 'glossary:content',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        previousSite = process.env.GLOSSARY_PREVIOUS_SITE ?? fileURLToPath(config.outDir);
        // scripts/build.ts runs us as a child: if it is killed, stop too instead of writing into its staging folder.
        const parent = Number(process.env.GLOSSARY_PARENT_PID);
        if (parent) setInterval(() => process.ppid !== parent && process.exit(1), 500).unref();
        // `astro sync` (run by `astro check` inside `npm run check`, which has just run these checks) only needs the loader.
        if (command === 'sync' || command === 'preview') return;
        const model = timed('content model', () => loadContentModel(root));
        if (command === 'build') {
          // Before the checks: a mass deletion also breaks references, and the editor should hear the cause first.
          const shrink = shrinkProblem(model.known.size, previousSite, process.env.GLOSSARY_ALLOW_SHRINK === '1');
          if (shrink) stop(shrink);
        }
        const merge = command === 'build' ? mergeProblem(model) : undefined;
        if (merge) stop(merge);
        // Read again by the search page and after the pages: a bad value stops the build before any work.
        try {
          searchPartLimit();
        } catch (error) {
          stop((error as Error).message);
        }
        // The cards are computed now and drawn beside the checks and the pages (on two cores, drawing them
        // took as long as both); the drawing stops with the build if the checks fail (it only writes the card cache).
        if (command === 'build') {
          process.on('exit', () => cards?.stop());
          cards = timed('sharing card inputs', () => startCards(root, model));
        }
        // A shard checks its own files (src/integrations/build-parts.ts).
        const report = timed('content checks', () => checkGlossary(model, filesToCheck(model)));
        if (command !== 'build') {
          // `astro dev` keeps serving: the editor sees the problems and the pages that still render.
          if (report.issues.length) logger.warn(formatReport(report));
          return;
        }
        if (report.issues.some(isError)) stop(`Content checks failed:\n${formatReport(report)}`);
        logger.info(formatReport(report));
        const carryFile = process.env[CARRY_ENV];
        if (carryFile && buildScope().kind === 'site') {
          carried = timed('unchanged pages (finding)', () =>
            carryOver(model, String(config.site), previousSite, carryFile),
          );
          if (carried.length)
            logger.info(
              `${carried.length} terms and pairs unchanged since the last build: their pages are carried over from ${previousSite}/`,
            );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          // First: the pair overlap check and the search index read these pages too.
          if (carried.length) timed('unchanged pages (linking)', () => placeCarried(carried, previousSite, out));
          const model = loadContentModel(root);
          cards ??= startCards(root, model);
          await completeSite(out, model, cards, (line) => logger.info(line));
        } catch (error) {
          stop(`Completing the site failed: ${(error as Error).message}`);
        }
      },
    },
  };
}
