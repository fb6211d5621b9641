// npm run import -- <file.json|file.md>... [--term "Name"] [--slug slug] [--force] [--root dir]
// A glossary.json export imports every term it holds, or with --term the one named.
import { loadContentModel } from '../src/glossary/model';
// Imports glossary payloads (devalue-flattened JSON, as Nuxt serialises a term page) or Markdown
// articles with TeX into new content/terms/<slug>.mdx files. Every input is converted and checked
// before anything is written: either all files import or none does.
import { parseArgs } from 'node:util';
import { articleToTerm } from '../src/editor/import-article';
import { payloadToTerm, readPayload } from '../src/editor/import-payload';
import { readInputFile } from '../src/editor/read-input';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_DIR, termFileSource, termSlug, writeTermFile } from '../src/editor/term-file';
import { TERMS_DIR } from '../src/glossary/source-files';
import { isGlossaryJson, readGlossaryJson } from '../src/editor/formats/glossary-json';

const USAGE =
  'Usage: npm run import -- <payload.json | glossary.json | article.md>... [--term "Name"] [--slug slug] [--force]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      term: { type: 'string' },
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
      root: { type: 'string', default: '.' },
    },
  });
} catch (error) {
  console.error(`✗ ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals: inputs } = parsed;
if (!inputs.length) {
  console.error(USAGE);
  process.exit(2);
}
if (inputs.length > 1 && (values.slug !== undefined || values.term !== undefined)) {
  console.error(
    `✗ --slug and --term name one term, but ${inputs.length} files were given; import those files one at a time`,
  );
  process.exit(2);
}

const root = values.root;
const problems: string[] = [];
const planned: { input: string; slug: string; source: string; notes: string[] }[] = [];
try {
  const index = loadContentModel(root).index;
  for (const input of inputs) {
    try {
      const text = readInputFile(input);
      // --- glossary.json (our own export, many terms per file): src/editor/formats/glossary-json.ts ---
      if (input.endsWith('.json') && isGlossaryJson(text)) {
        const files = readGlossaryJson(text, input, { term: values.term });
        if (values.slug !== undefined && files.length > 1)
          throw new Error(`holds ${files.length} terms: choose one with --term before naming its file with --slug`);
        for (const f of files) {
          const slug = values.slug ?? f.slug;
          const twin = planned.find((p) => p.slug === slug);
          if (twin) throw new Error(`${f.slug} would also become content/terms/${slug}.mdx, like ${twin.input}`);
          planned.push({ input: `${input} (${f.slug})`, slug, source: f.source, notes: f.notes });
        }
        continue;
      }
      // --- end glossary.json ---
      const imported = input.endsWith('.json')
        ? payloadToTerm(readPayload(text), index)
        : articleToTerm(text, values.term);
      const slug = termSlug(
        imported.name,
        values.slug ?? ('slug' in imported ? (imported.slug as string | undefined) : undefined),
      );
      const twin = planned.find((p) => p.slug === slug);
      if (twin)
        throw new Error(
          `would also become content/terms/${slug}.mdx, like ${twin.input}; import it separately with --slug`,
        );
      planned.push({ input, slug, source: termFileSource(imported.frontmatter, imported.body), notes: imported.notes });
    } catch (error) {
      problems.push(`${input.length > 60 ? `${input.slice(0, 57)}…` : input}: ${(error as Error).message}`);
    }
  }
} catch (error) {
  problems.push((error as Error).message);
}
// All or none: a file that already exists stops the import before anything is written (a glossary.json holds
// many terms, and writing stopped at the first existing one would leave half an import behind).
if (!values.force) {
  const existing = planned.filter((p) => existsSync(join(root, TERMS_DIR, `${p.slug}.mdx`)));
  for (const p of existing)
    problems.push(
      `${p.input}: ${TERMS_DIR}/${p.slug}.mdx already exists; not overwriting it. Edit it, pass --slug <another-slug>, or --force to replace it (the old file is kept in ${BACKUP_DIR}/).`,
    );
  planned.splice(0, planned.length, ...planned.filter((p) => !existing.includes(p)));
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  if (planned.length)
    console.error(
      `Nothing was written (${planned.length} other file(s) were fine): fix the above and run the import again.`,
    );
  process.exit(1);
}
try {
  for (const p of planned) {
    const { file, backup } = writeTermFile(root, p.slug, p.source, { force: values.force });
    console.log(`Imported ${p.input} → ${file}${backup ? ` (the previous file is kept as ${backup})` : ''}`);
    for (const n of p.notes) console.log(`  note: ${n}`);
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
console.log('Next: npm run check');
