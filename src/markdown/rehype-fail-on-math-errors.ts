import type { Root } from 'hast';
import type { VFile } from 'vfile';

/**
 * rehype-katex only *warns* about TeX it cannot parse and renders red error
 * text instead, so a typo would ship. Run after it: any of its messages
 * becomes a fatal error naming the file, the line and KaTeX's reason.
 */
export default function rehypeFailOnMathErrors() {
  return (_tree: Root, file: VFile): void => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length === 0) return;
    const where = file.path ?? 'markdown';
    const lines = bad.map((m) => {
      const line =
        m.place && 'line' in m.place
          ? `line ${m.place.line}`
          : m.place && 'start' in m.place
            ? `line ${m.place.start.line}`
            : 'unknown line';
      const reason = m.cause instanceof Error ? m.cause.message : m.reason;
      return `${where}  ${line}: invalid TeX: ${reason}. Fix the formula so KaTeX can render it.`;
    });
    file.fail(lines.join('\n'));
  };
}
