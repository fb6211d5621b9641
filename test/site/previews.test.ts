import { beforeAll, describe, expect, test } from 'vitest';
import { htmlPages, loadPage, readPage, requireBuiltSite, termSlugs } from '../helpers/site';
import { previewBlock, withoutPreviews } from '../../scripts/lib/preview-bytes';

// Term previews in the built HTML: one popover per previewed term per page, unique ids, every
// reference resolving, each mention wired to its own term.

beforeAll(requireBuiltSite);

const termPages = () => termSlugs().map((s) => `/glossary/${s}/`);

describe('term previews in the built site', () => {
  test('some term pages preview the terms they mention', () => {
    const previewed = termPages().filter((p) => loadPage(p)('.preview').length > 0);
    expect(previewed.length).toBeGreaterThan(20);
  });

  test.each(termPages())(
    '%s: each mentioned term has exactly one preview; ids are unique; every reference resolves',
    (path) => {
      const $ = loadPage(path);
      const ids = $('[id]')
        .map((_, e) => $(e).attr('id')!)
        .get();
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates).toEqual([]);
      const has = new Set(ids);

      const mentions = $('a.term-link');
      const targets = new Set<string>();
      mentions.each((_, a) => {
        const link = $(a);
        const popover = link.attr('interestfor')!;
        expect(popover, `${link.attr('href')} has no preview`).toMatch(/^preview-/);
        targets.add(popover);
        // The mention's description is its term's definition, inside that term's preview.
        expect($(`#${link.attr('aria-describedby')}`).closest(`#${popover}`).length).toBe(1);
        // The touch button right after the mention opens the same preview.
        const button = link.next();
        expect(button.is('button.preview-button')).toBe(true);
        expect(button.attr('popovertarget')).toBe(popover);
        expect(button.attr('aria-label')).toBe(`Preview: ${link.text()}`);
        // The preview is the linked term's: its title links where the mention links.
        expect($(`#${popover} .preview-title a`).attr('href')).toBe(link.attr('href'));
      });

      const popovers = $('.previews > .preview');
      // One popover per previewed term, however many mentions; none that nothing opens.
      expect(
        popovers
          .map((_, p) => $(p).attr('id')!)
          .get()
          .sort(),
      ).toEqual([...targets].sort());
      popovers.each((_, p) => {
        expect($(p).attr('popover')).toBe('');
        expect(has.has($(p).attr('aria-labelledby')!)).toBe(true);
        expect($(p).find('.preview-close').attr('popovertarget')).toBe($(p).attr('id'));
      });
      for (const attr of ['interestfor', 'popovertarget', 'aria-describedby', 'aria-labelledby'])
        $(`[${attr}]`).each((_, e) => {
          for (const ref of $(e).attr(attr)!.split(/\s+/)) expect(has.has(ref), `${attr}="${ref}"`).toBe(true);
        });
      // Previews stay out of the search index: a page is found for its own text.
      if (popovers.length) expect($('.previews').attr('data-pagefind-ignore')).toBeDefined();
    },
  );

  test('only term pages carry previews, and only inside their one previews block', () => {
    for (const page of htmlPages()) {
      const html = readPage(page);
      const { previews } = previewBlock(html);
      const total = (html.match(/ popover(?:[ >=])/g) ?? []).length;
      expect(total, page).toBe(previews.length);
      if (!page.startsWith('/glossary/')) expect(previews, page).toEqual([]);
    }
  });

  test('stripping the previews leaves no trace of them (what the bench compares against)', () => {
    for (const path of termPages()) {
      const bare = withoutPreviews(readPage(path));
      expect(bare).not.toMatch(/preview-|popover|interestfor/);
    }
  });
});
