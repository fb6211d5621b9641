/**
 * Serialises structured data for a `<script type="application/ld+json">`.
 * JSON.stringify alone is not enough: a string containing `</script>` or
 * `<!--` would end or confuse the script element. Escaping `<`, `>` and `&`
 * as \u escapes keeps the JSON identical for parsers and inert for HTML.
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
