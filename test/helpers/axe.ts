import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule set every browser test holds pages to, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations on the page as it is now, one line each ("id: help (first targets)"):
 * the whole document, or only the elements `scope` selects (a scope that selects nothing is itself
 * reported, so a renamed class cannot make the check pass on nothing).
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(
    async ({ sel, tags }) => {
      if (sel !== null && document.querySelectorAll(sel).length === 0) return [`nothing matches ${sel}`];
      const { axe } = window as unknown as {
        axe: {
          run: (
            ctx: object,
            o: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      };
      const context = sel === null ? document : { include: [...document.querySelectorAll(sel)] };
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
    },
    { sel: scope ?? null, tags: TAGS },
  );
}
