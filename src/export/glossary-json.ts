import { z } from 'zod';
import { categorySchema, slugSchema, termSchema, type TermData } from '../schema';
import { type GlossaryIndex, type TermRecord } from '../glossary/records';
import { formulaOf } from '../glossary/formula';
import { pairPageUrl } from '../glossary/compare';
import { plainText } from '../glossary/text';
import { computedValuesOf } from './computed-values';
import { absoluteUrl, isoDay } from './urls';
import { categoryUrl, termUrl, DATA_FILES, markdownUrl } from '../glossary/urls';
import { GLOSSARY_DESCRIPTION, GLOSSARY_NAME } from './site-info';
import { GLOSSARY_JSON_VERSION } from './glossary-json-version';
import { jsonWithItems } from './text-stream';
import { describeProperties, readFieldDocs, schemaFiles } from './schema-docs';

export { GLOSSARY_JSON_VERSION };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const computedValueSchema = z.strictObject({
  query: z
    .string()
    .meta({ description: 'The inline code as written in the Markdown, without backticks, e.g. "=min(gelu) ~3".' }),
  value: z.number().nullable().meta({ description: "The kernel's float64 answer; null when it is not finite." }),
  text: z
    .string()
    .meta({ description: 'The number as the pages print it, e.g. "−0.170" (Unicode minus, significant digits).' }),
});

/** One term: its source of truth (`data`, `body`) and what the site derives from it. */
export const glossaryJsonTermSchema = z.strictObject({
  slug: slugSchema.meta({ description: 'File name and URL segment of the term.' }),
  url: z.url().meta({ description: 'The term page.' }),
  markdownUrl: z.url().meta({ description: 'The term page as Markdown with TeX math.' }),
  updated: day.meta({
    description: 'The page\'s "Last updated" day: data.updated, else the term file\'s last commit.',
  }),
  data: termSchema.meta({
    description:
      'The term file\'s frontmatter with defaults applied, exactly as the content schema reads it (src/schema/term.ts). Markdown fields are Markdown with $TeX$ math; inline code starting with "=" is a computed value, answered in computedValues.',
  }),
  body: z.string().meta({
    description:
      'The long explanation: Markdown with $…$ and $$…$$ math, MDX syntax, and <ActivationPlot …/> figures. The source of truth; markdownUrl has it rendered to plain Markdown.',
  }),
  shortDefinitionText: z.string().meta({ description: 'data.shortDefinition as plain text, math read as Unicode.' }),
  formula: z.string().optional().meta({
    description:
      "TeX of the formula shown under the definition: data.formula, or the plotted kernel function's definition.",
  }),
  computedValues: z.array(computedValueSchema).meta({
    description: 'Every computed value in data and body, in order of first use, with its number.',
  }),
  comparePages: z
    .array(
      z.strictObject({
        with: slugSchema.meta({ description: 'The other term of the pair.' }),
        url: z.url().meta({ description: 'The compare page of the two terms.' }),
      }),
    )
    .meta({ description: 'Pages that compare this term with another, computed from both functions.' }),
});

export const glossaryJsonSchema = z
  .strictObject({
    $schema: z.url().meta({ description: 'The JSON Schema of this document.' }),
    schemaVersion: z.literal(GLOSSARY_JSON_VERSION).meta({ description: 'Semver of this format.' }),
    name: z.string().meta({ description: 'The name of the glossary.' }),
    description: z.string().meta({ description: 'What the glossary holds, one sentence.' }),
    url: z.url().meta({ description: 'Home page of the glossary.' }),
    updated: day.meta({ description: 'The newest term update.' }),
    categories: z
      .array(
        z
          .strictObject({
            slug: slugSchema.meta({ description: 'The key in content/categories.yaml, also the URL segment.' }),
            url: z.url().meta({ description: 'The category page.' }),
            ...categorySchema.shape,
          })
          .meta({
            description: 'A category of content/categories.yaml that has terms; description is Markdown.',
          }),
      )
      .meta({ description: 'The categories that have terms, in their order.' }),
    terms: z.array(glossaryJsonTermSchema).meta({ description: 'Every published term, in A–Z order of its name.' }),
  })
  .meta({ title: 'Glossary', description: 'Every term of a Glossary site as typed data.' });

export type GlossaryJson = z.input<typeof glossaryJsonSchema>;
export type GlossaryJsonTerm = z.input<typeof glossaryJsonTermSchema>;

/**
 * The JSON Schema (draft 2020-12) of `/glossary.json`, generated from the Zod schema; the term
 * fields are described by their doc comments in src/schema/ (read from `root`).
 */
export function glossaryJsonSchemaDocument(site: string | URL, root = '.'): Record<string, unknown> {
  const schema = z.toJSONSchema(glossaryJsonSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
  describeProperties(schema, readFieldDocs(schemaFiles(root)));
  // The version is the `const` of `schemaVersion`; `$comment` repeats it for people reading the schema.
  return {
    ...schema,
    $id: absoluteUrl(site, DATA_FILES.jsonSchema),
    $comment: `Format version ${GLOSSARY_JSON_VERSION} (semver). Generated from the Zod schema in src/export/glossary-json.ts.`,
  };
}

/** A term's data as its file writes it: dates as `YYYY-MM-DD`, not Date objects. */
export function dataAsWritten(data: TermData): GlossaryJsonTerm['data'] {
  const { updated, ...rest } = data;
  return updated ? { ...rest, updated: isoDay(updated) } : rest;
}

/** What the pure builder needs beyond the content model. */
export interface GlossaryJsonContext {
  site: string | URL;
  /** The page's "Last updated" date of a term (git history, or its `updated`). */
  updatedOf: (record: TermRecord) => Date;
}

/** One term of `/glossary.json`. */
function glossaryJsonTerm(record: TermRecord, index: GlossaryIndex, context: GlossaryJsonContext): GlossaryJsonTerm {
  const abs = (path: string) => absoluteUrl(context.site, path);
  const { slug, data } = record;
  const formula = formulaOf(record);
  return {
    slug,
    url: abs(termUrl(slug)),
    markdownUrl: abs(markdownUrl(slug)),
    updated: isoDay(context.updatedOf(record)),
    data: dataAsWritten(data),
    body: record.body ?? '',
    shortDefinitionText: plainText(data.shortDefinition),
    ...(formula === undefined ? {} : { formula }),
    computedValues: computedValuesOf(record),
    comparePages: data.comparisons.flatMap((c) => {
      const page = 'with' in c ? pairPageUrl(index, slug, c.with) : undefined;
      return page && 'with' in c ? [{ with: c.with, url: abs(page) }] : [];
    }),
  };
}

/** Everything of `/glossary.json` but its terms. */
function glossaryJsonHead(index: GlossaryIndex, context: GlossaryJsonContext): Omit<GlossaryJson, 'terms'> {
  const abs = (path: string) => absoluteUrl(context.site, path);
  return {
    $schema: abs(DATA_FILES.jsonSchema),
    schemaVersion: GLOSSARY_JSON_VERSION,
    name: GLOSSARY_NAME,
    description: GLOSSARY_DESCRIPTION,
    url: abs('/'),
    updated: index.terms.map((t) => isoDay(context.updatedOf(t))).reduce((a, b) => (a > b ? a : b), '1970-01-01'),
    categories: index.categories.map((c) => ({ slug: c.slug, url: abs(categoryUrl(c.slug)), ...c.data })),
  };
}

/** `/glossary.json`: every published term, in A–Z order, and the categories that have terms. */
export function glossaryJson(index: GlossaryIndex, context: GlossaryJsonContext): GlossaryJson {
  return {
    ...glossaryJsonHead(index, context),
    terms: index.terms.map((record) => glossaryJsonTerm(record, index, context)),
  };
}

/**
 * The text of `/glossary.json` (`JSON.stringify(glossaryJson(…))` and a newline) in pieces, each term
 * made when it is written: at 100,000 terms the file is far longer than a string can be
 * (src/export/text-stream.ts).
 */
export function* glossaryJsonText(index: GlossaryIndex, context: GlossaryJsonContext): Generator<string> {
  function* terms() {
    for (const record of index.terms) yield glossaryJsonTerm(record, index, context);
  }
  yield* jsonWithItems(glossaryJsonHead(index, context), 'terms', terms());
  yield '\n';
}
