import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { DIST, htmlPages, loadPage, requireBuiltSite, resolves } from '../helpers/site';

beforeAll(requireBuiltSite);

describe('html-validate reports zero errors', () => {
  // .htmlvalidate.json: the recommended rules, minus no-inline-style (KaTeX positions glyphs with inline styles).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  test.each(htmlPages())('%s', async (page) => {
    const report = await validator.validateFile(join(DIST, page));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

// The one link checker over dist/: pages, head links, fragments and URL schemes.
describe('internal links and fragment anchors across dist/', () => {
  test('every internal href resolves, every #fragment names an element on its target page, and no link uses another scheme', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (page: string) => {
      if (!ids.has(page)) {
        const $ = loadPage(page);
        ids.set(
          page,
          new Set(
            $('[id]')
              .map((_, el) => $(el).attr('id')!)
              .get(),
          ),
        );
      }
      return ids.get(page)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of htmlPages()) {
      const $ = loadPage(page);
      $('a[href], link[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (/^(https?:|mailto:)/.test(href)) return;
        if (el.tagName === 'link' && href.startsWith('data:')) return;
        // Any other scheme (javascript:, data: on a link, vbscript:) is never right on this site.
        if (/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return void broken.push(`${page} → ${href} (scheme not allowed)`);
        checked++;
        const [path, fragment] = href.split('#');
        const target = path === '' ? page : path.endsWith('/') ? `${path}index.html` : path;
        if (path !== '' && !resolves(path)) return void broken.push(`${page} → ${href}`);
        if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment)))
          broken.push(`${page} → ${href} (no #${fragment})`);
      });
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
