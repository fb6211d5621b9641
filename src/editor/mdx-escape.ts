/**
 * Escapes Markdown from another system so MDX reads it as text: `{`, `}` and
 * a `<` that MDX would read as the start of a tag (anything but a space after it) become
 * literal, except inside code and math,
 * which MDX leaves alone.
 * @example escapeMdxText('if x < y use {a}') // 'if x &lt; y use \\{a\\}'
 */
export function escapeMdxText(markdown: string): string {
  // Split into protected spans (fenced code, inline code, display and inline math) and text.
  const pattern = /(```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$)/g;
  return markdown
    .split(pattern)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[{}]/g, (c) => `\\${c}`).replace(/<(?!\s)/g, '&lt;')))
    .join('');
}

/**
 * Converts LaTeX's \[ … \] and \( … \) delimiters to the $$ … $$ and $ … $ that remark-math reads.
 * @example texDelimitersToDollars('where \\(x\\) is') // 'where $x$ is'
 */
export function texDelimitersToDollars(markdown: string): string {
  return markdown
    .replace(/[ \t]*\\\[([\s\S]*?)\\\][ \t]*/g, (_, tex: string) => `\n\n$$\n${tex.trim()}\n$$\n\n`)
    .replace(/\\\(([\s\S]*?)\\\)/g, (_, tex: string) => `$${tex.trim()}$`)
    .replace(/\n{3,}/g, '\n\n');
}
