import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The doc comments of the content schema's fields (src/schema/*.ts), so the published JSON Schema
 * describes each field with the sentence editors read in the source, without a second copy that
 * could drift. Every `z.object`/`z.strictObject({ … })` literal becomes one entry: its set of keys
 * and each key's comment. A JSON Schema object is matched to the literal with its keys (see docsFor).
 */
export type FieldDocs = Map<string, Record<string, string>>;

/** The key that identifies an object by its fields. @example keySet(['b', 'a']) // 'a,b' */
export const keySet = (keys: readonly string[]): string => [...keys].sort().join(',');

/** The first paragraph of a doc comment, on one line. */
function summary(comment: string): string {
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trim())
    .join('\n')
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s*\n\s*/g, ' ');
}

/** Reads the object literals passed to z.object / z.strictObject in the given schema files. */
export function readFieldDocs(files: readonly string[]): FieldDocs {
  const docs: FieldDocs = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        /^(strictObject|object)$/.test(node.expression.name.text) &&
        node.arguments[0] &&
        ts.isObjectLiteralExpression(node.arguments[0])
      ) {
        const fields: Record<string, string> = {};
        const keys: string[] = [];
        for (const p of node.arguments[0].properties) {
          if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
          keys.push(p.name.text);
          const ranges = ts.getLeadingCommentRanges(text, p.getFullStart()) ?? [];
          const doc = ranges.map((r) => text.slice(r.pos, r.end)).findLast((c) => c.startsWith('/**'));
          if (doc) fields[p.name.text] = summary(doc);
        }
        if (keys.length) docs.set(keySet(keys), fields);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return docs;
}

/**
 * The documented literal with exactly these keys or, for an object built by spreading one
 * (`{ slug, url, ...categorySchema.shape }`), the largest documented literal among its keys.
 */
function docsFor(keys: string[], docs: FieldDocs): Record<string, string> | undefined {
  const exact = docs.get(keySet(keys));
  if (exact) return exact;
  let best: string[] = [];
  for (const candidate of docs.keys()) {
    const ks = candidate.split(',');
    if (ks.length >= 2 && ks.length > best.length && ks.every((k) => keys.includes(k))) best = ks;
  }
  return best.length ? docs.get(keySet(best)) : undefined;
}

/** Fills `description` of every property whose object matches a documented literal; leaves others alone. */
export function describeProperties(schema: unknown, docs: FieldDocs): void {
  if (Array.isArray(schema)) return schema.forEach((s) => describeProperties(s, docs));
  if (!schema || typeof schema !== 'object') return;
  const node = schema as { properties?: Record<string, { description?: string }> };
  if (node.properties) {
    const fields = docsFor(Object.keys(node.properties), docs);
    if (fields)
      for (const [key, prop] of Object.entries(node.properties))
        if (fields[key] && prop.description === undefined) prop.description = fields[key];
  }
  for (const value of Object.values(schema)) describeProperties(value, docs);
}

/** The schema files of a project root. */
export const schemaFiles = (root: string): string[] =>
  ['term.ts', 'plot.ts', 'source.ts', 'implementation.ts', 'constant.ts', 'seo.ts', 'category.ts'].map((f) =>
    join(root, 'src', 'schema', f),
  );
