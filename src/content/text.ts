import { computeValue } from '../markdown/computed-values';

/**
 * Plain text of a Markdown/TeX string, for meta descriptions and alt text:
 * drops math delimiters, emphasis and link targets.
 * @example plainText('The *GELU* is $x\\Phi(x)$.') // 'The GELU is xΦ(x).'
 */
export function plainText(markdown: string): string {
  return markdown
    // Computed values (`=min(gelu) ~3`) become their number here too, as in rendered Markdown.
    // A broken one is left as written: the computed-values check reports it with file and field.
    .replace(/`(=[^`]*)`/g, (code: string, query: string) => {
      try {
        return computeValue(query);
      } catch {
        return code;
      }
    })
    .replace(/\$\$?([^$]+)\$\$?/g, (_, tex: string) => texToText(tex))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TEX_SYMBOLS: Record<string, string> = {
  Phi: 'Φ', phi: 'φ', sigma: 'σ', alpha: 'α', beta: 'β', lambda: 'λ', pi: 'π', tanh: 'tanh', max: 'max',
  min: 'min', log: 'log', exp: 'exp', cdot: '·', times: '×', infty: '∞', approx: '≈', le: '≤', ge: '≥', in: '∈',
  odot: '⊙', varphi: 'φ', mu: 'μ', theta: 'θ', partial: '∂', sum: 'Σ', prod: '∏', sqrt: '√', erf: 'erf', lesssim: '≲', to: '→',
};

/** A rough plain-text reading of simple TeX, for places that cannot show math. */
export function texToText(tex: string): string {
  return tex
    .replace(/\\(mathrm|text|operatorname|mathbf)\{([^}]*)\}/g, '$2')
    .replace(/\\frac\{([^}]*)\}\{([^}]*)\}/g, '($1)/($2)')
    .replace(/\\([a-zA-Z]+)/g, (m, name: string) => TEX_SYMBOLS[name] ?? name)
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts text to at most `max` characters on a word boundary, adding an ellipsis.
 * @example truncateWords('one two three', 8) // 'one two…'
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
