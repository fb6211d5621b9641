/**
 * Version of the `/glossary.json` format (semver), written in the document and in its JSON Schema.
 * - major: a field is removed or renamed, changes meaning or type, or a document valid before is refused;
 *   readers check it (`npm run import` refuses another major).
 * - minor: a field is added (readers skip fields they do not know), or the term schema accepts more than before.
 * - patch: descriptions and documentation only.
 * The term schema (src/schema/) is part of the format: a change there bumps this too.
 * Its own module so that readers (the importer) need not load the generator.
 */
export const GLOSSARY_JSON_VERSION = '1.0.0';
