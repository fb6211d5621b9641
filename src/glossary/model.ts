import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { remarkPlugins } from '../markdown/plugins';
import { bodyLimitProblems } from '../markdown/body-limits';
import { categorySchema, slugSchema, termSchema, zodIssues, type ContentIssue } from '../schema';
import { makeIndex, type CategoryRecord, type GlossaryIndex, type TermRecord } from './records';
import { decodeUtf8, parseYamlAt, splitTermSource } from './read-source';
import { CATEGORIES_FILE, TERMS_DIR, type TermSource } from './source-files';
import { PLACEHOLDER } from '../checks/placeholders';

/**
 * The one content model of a build: every term file read and parsed once,
 * validated once, and indexed. The Astro loader, the pages, the content checks,
 * lastmod, the sharing cards and `npm run check` all read this object, so what
 * `check` validates is exactly what the pages render.
 */
export interface Glossary {
  /** Absolute project root. */
  root: string;
  /** Every term file whose frontmatter parsed, valid or not, sorted by file name. */
  sources: readonly TermSource[];
  /** Slugs of every term file that exists, readable or not: a reference to one is not "missing". */
  known: ReadonlySet<string>;
  /** Valid terms, and the categories that have at least one of them: what the site publishes. */
  index: GlossaryIndex;
  /** Every valid category declared in content/categories.yaml, populated or not. */
  declaredCategories: readonly CategoryRecord[];
  /** Problems found while reading: files, encoding, YAML, file names, schemas. */
  issues: readonly ContentIssue[];
  /** The MDX body tree of a source, with file line numbers; parsed at most once. Undefined when it does not parse. */
  body(source: TermSource): Root | undefined;
  /** The syntax error of a body that does not parse, with its file line. */
  bodyIssue(source: TermSource): ContentIssue | undefined;
}

// MDX syntax, plus every remark plugin of the build (math, computed values…), so the tree is the one the build renders.
const bodyParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkPlugins as PluggableList)
  .freeze();

/** Parses an MDX body as the build does (MDX syntax and every remark plugin). Throws on a syntax error. */
export function parseMdxBody(body: string): Root {
  return bodyParser.parse(body) as Root;
}

interface ParseStats {
  /** Times each term file was read and its frontmatter parsed. */
  reads: Record<string, number>;
  /** Times each term body was parsed. */
  bodies: Record<string, number>;
}

// Astro loads the config, the content loader and the pages as separate module instances in one
// process; the model lives on globalThis so they share one copy instead of parsing the content three times.
const STORE = Symbol.for('glossary.content-model');
type Store = { models: Map<string, Glossary>; stats: ParseStats };
const store: Store = ((globalThis as Record<symbol, unknown>)[STORE] as Store | undefined) ?? {
  models: new Map(),
  stats: { reads: {}, bodies: {} },
};
(globalThis as Record<symbol, unknown>)[STORE] = store;

// For the test that proves each file is parsed once per build.
if (process.env.GLOSSARY_PARSE_STATS && !(store as { statsHook?: boolean }).statsHook) {
  (store as { statsHook?: boolean }).statsHook = true;
  process.on('exit', () => writeFileSync(process.env.GLOSSARY_PARSE_STATS!, JSON.stringify(store.stats)));
}

/** How many times each file was read and parsed in this process. */
export function parseStats(): ParseStats {
  return store.stats;
}

const count = (table: Record<string, number>, file: string) => (table[file] = (table[file] ?? 0) + 1);

/** Term files and the mistakes of placement that would otherwise silently not publish. */
function listTermFiles(root: string, dir: string, issues: ContentIssue[]): string[] {
  const files: string[] = [];
  if (!existsSync(join(root, dir))) {
    issues.push({
      file: dir,
      where: '',
      message: 'the terms folder is missing: create it and add a term (`npm run new -- "Term name"`)',
    });
    return files;
  }
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.name.startsWith('.') || entry.name.endsWith('~') || entry.name.endsWith('.bak')) continue;
    if (entry.isDirectory())
      issues.push({
        file: path,
        where: '',
        message: `terms in subfolders are not published: move its files into ${dir}/ (the file name is the URL)`,
      });
    else if (entry.name.endsWith('.mdx')) files.push(path);
    else if (/\.(mdx|md|markdown)$/i.test(entry.name))
      issues.push({
        file: path,
        where: '(file name)',
        message: `term files end in lower-case .mdx: rename it to ${entry.name.replace(/\.[^.]+$/, '.mdx')}`,
      });
    else
      issues.push({
        file: path,
        where: '(file name)',
        message: `not a term file: ${dir}/ holds only <slug>.mdx files; move it elsewhere`,
      });
  }
  return files.sort();
}

function readCategories(root: string, issues: ContentIssue[]): CategoryRecord[] {
  const path = join(root, CATEGORIES_FILE);
  if (!existsSync(path)) {
    issues.push({
      file: CATEGORIES_FILE,
      where: '',
      message: 'the categories file is missing: create it with one `slug: { name, description }` entry per category',
    });
    return [];
  }
  const decoded = decodeUtf8(CATEGORIES_FILE, readFileSync(path));
  if ('issue' in decoded) {
    issues.push(decoded.issue);
    return [];
  }
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  const { value, issues: yamlIssues } = parseYamlAt(CATEGORIES_FILE, text, 1, '');
  issues.push(...yamlIssues);
  if (yamlIssues.length) return [];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({
      file: CATEGORIES_FILE,
      where: '',
      message: 'must be a YAML mapping of `slug: { name, description, order }` entries',
    });
    return [];
  }
  const out: CategoryRecord[] = [];
  for (const [slug, raw] of Object.entries(value)) {
    const key = slugSchema.safeParse(slug);
    if (!key.success) {
      issues.push({
        file: CATEGORIES_FILE,
        where: JSON.stringify(slug),
        message: `"${slug}" is not a valid category key: ${key.error.issues[0].message}`,
      });
      continue;
    }
    const parsed = categorySchema.safeParse(raw);
    if (parsed.success) out.push({ slug, data: parsed.data });
    else
      issues.push(
        ...zodIssues(CATEGORIES_FILE, parsed.error, { input: raw, schema: categorySchema }).map((i) => ({
          ...i,
          where: `${slug}.${i.where}`,
        })),
      );
  }
  return out;
}

/**
 * A schema problem at a field that still holds a placeholder (`TODO: …`, left by `npm run new` or
 * `npm run import`) is that placeholder: the editor reads what the placeholder asks for, not
 * that "TODO: one of …" is not a kebab-case slug.
 */
function placeholderIssue(issue: ContentIssue, frontmatter: Record<string, unknown>): ContentIssue {
  let value: unknown = frontmatter;
  for (const part of issue.where.match(/[^.[\]]+/g) ?? [])
    value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string' || !value.includes(PLACEHOLDER)) return issue;
  return { ...issue, message: `still a placeholder: ${value.length > 300 ? `${value.slice(0, 299)}…` : value}` };
}

/** Reads and validates the content under `root`; no memo (see loadContentModel). */
export function readGlossary(rootDir = '.'): Glossary {
  const root = resolve(rootDir);
  const issues: ContentIssue[] = [];
  const sources: TermSource[] = [];
  const terms: TermRecord[] = [];
  const files = listTermFiles(root, TERMS_DIR, issues);
  for (const file of files) {
    count(store.stats.reads, file);
    const slug = file.slice(TERMS_DIR.length + 1, -'.mdx'.length);
    const decoded = decodeUtf8(file, readFileSync(join(root, file)));
    if ('issue' in decoded) {
      issues.push(decoded.issue);
      continue;
    }
    const split = splitTermSource(file, decoded.text);
    issues.push(...split.issues);
    if (!split.frontmatter) continue;
    const source: TermSource = {
      slug,
      file,
      frontmatter: split.frontmatter,
      body: split.body,
      bodyLine: split.bodyLine,
    };
    sources.push(source);
    const validSlug = slugSchema.safeParse(slug);
    if (!validSlug.success)
      issues.push({
        file,
        where: '(file name)',
        message: `"${slug}" is not a valid slug: ${validSlug.error.issues[0].message}`,
      });
    const parsed = termSchema.safeParse(split.frontmatter);
    if (!parsed.success)
      issues.push(
        ...zodIssues(file, parsed.error, { input: split.frontmatter, schema: termSchema }).map((i) =>
          placeholderIssue(i, split.frontmatter!),
        ),
      );
    else if (validSlug.success)
      terms.push({ slug, file, data: parsed.data, body: split.body, bodyTree: () => glossary.body(source) });
  }
  const declaredCategories = readCategories(root, issues);
  const used = new Set(terms.map((t) => t.data.category));
  const index = makeIndex(
    terms,
    declaredCategories.filter((c) => used.has(c.slug)),
  );

  const trees = new Map<string, { tree?: Root; issue?: ContentIssue }>();
  const parseBody = (s: TermSource) => {
    let parsed = trees.get(s.file);
    if (!parsed) {
      count(store.stats.bodies, s.file);
      // Bodies beyond the limits never reach the parser, whose time and stack grow with nesting.
      const [limit] = bodyLimitProblems(s.body);
      if (limit) {
        parsed = { issue: { file: s.file, where: `line ${limit.line + s.bodyLine - 1}`, message: limit.message } };
        trees.set(s.file, parsed);
        return parsed;
      }
      try {
        // Blank lines in place of the frontmatter: every position in the tree is a line of the file.
        parsed = { tree: bodyParser.parse('\n'.repeat(s.bodyLine - 1) + s.body) as Root };
      } catch (error) {
        const e = error as { line?: number; reason?: string; message: string };
        parsed = {
          issue: {
            file: s.file,
            where: `line ${e.line ?? s.bodyLine}`,
            message: `the MDX body does not parse: ${e.reason ?? e.message}`,
          },
        };
      }
      trees.set(s.file, parsed);
    }
    return parsed;
  };
  const glossary: Glossary = {
    root,
    sources,
    known: new Set(files.map((f) => f.slice(TERMS_DIR.length + 1, -'.mdx'.length))),
    index,
    declaredCategories,
    issues,
    body: (s) => parseBody(s).tree,
    bodyIssue: (s) => parseBody(s).issue,
  };
  return glossary;
}

/**
 * The content model of `root`, read once per process and shared by every
 * module instance (config, content loader, pages, checks).
 */
export function loadContentModel(root = '.'): Glossary {
  const key = resolve(root);
  let model = store.models.get(key);
  if (!model) {
    model = readGlossary(key);
    store.models.set(key, model);
  }
  return model;
}

/** Forgets the model so the next loadContentModel() reads the files again (`astro dev` after an edit). */
export function invalidateGlossary(): void {
  store.models.clear();
}
