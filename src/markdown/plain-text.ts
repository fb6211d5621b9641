import katex from 'katex';
import { bodyLimitProblems } from './body-limits';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { remarkPlugins } from './plugins';
import { diskCached } from './disk-cache';

/**
 * Plain text for surfaces that cannot typeset math: <title>, meta descriptions, JSON-LD,
 * RSS, sharing cards, list summaries and search excerpts. Math is read by KaTeX's own
 * parser (its MathML output, walked to linear text), so grouping survives:
 * `\sqrt{2/\pi}` → `√(2/π)`, `e^{-x^2/2}` → `e^(−x²/2)`, `\tfrac12` → `½`.
 */

const SUP: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
  x: 'ˣ',
  T: 'ᵀ',
  '⊤': 'ᵀ',
  '∗': '*',
  '*': '*',
  '′': '′',
  '″': '″',
};
const SUB: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
  a: 'ₐ',
  e: 'ₑ',
  o: 'ₒ',
  x: 'ₓ',
  h: 'ₕ',
  k: 'ₖ',
  l: 'ₗ',
  m: 'ₘ',
  n: 'ₙ',
  p: 'ₚ',
  s: 'ₛ',
  t: 'ₜ',
  i: 'ᵢ',
  j: 'ⱼ',
  r: 'ᵣ',
  u: 'ᵤ',
  v: 'ᵥ',
};
const VULGAR: Record<string, string> = {
  '1/2': '½',
  '1/3': '⅓',
  '2/3': '⅔',
  '1/4': '¼',
  '3/4': '¾',
  '1/5': '⅕',
  '1/6': '⅙',
  '5/6': '⅚',
  '1/8': '⅛',
  '3/8': '⅜',
  '5/8': '⅝',
  '7/8': '⅞',
};
const DOUBLE_STRUCK: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', '1': '𝟙' };
/** Operators read with a space on both sides when they stand between two operands. */
const SPACED = new Set([
  '+',
  '−',
  '-',
  '±',
  '∓',
  '=',
  '≠',
  '<',
  '>',
  '≤',
  '≥',
  '≈',
  '≪',
  '≫',
  '≲',
  '≳',
  '→',
  '←',
  '↦',
  '∈',
  '∉',
  '⊂',
  '⊆',
  '≡',
  '∼',
  '∝',
  '⇒',
  '⟹',
  '⇔',
  '×',
  '⊙',
  '∘',
  '∧',
  '∨',
]);
/** Characters KaTeX puts into MathML that have no business in plain text (function application, invisible times). */
const INVISIBLE = /[\u2061\u2062\u2063\u2064\u200b]/g;

type Node = ElementContent;
const isEl = (n: Node | undefined): n is Element => n?.type === 'element';
const elements = (e: Element): Element[] => e.children.filter(isEl);

/**
 * Plain text of one TeX formula, as KaTeX parses it. Throws KaTeX's ParseError on invalid TeX.
 * Remembered per formula: every rendered formula gets a plain-text copy (rehype-math-surfaces.ts),
 * and a glossary repeats its formulas (14,000 in the fields of 1,000 terms, 1,054 distinct).
 */
export function mathToText(tex: string): string {
  let text = mathTexts.get(tex);
  if (text === undefined) {
    text = readMath(tex);
    if (mathTexts.size >= MAX_MATH_TEXTS) mathTexts.clear();
    mathTexts.set(tex, text);
  }
  return text;
}

const mathTexts = new Map<string, string>();
/** Formulas whose text is kept: short strings, a few MB at most, where a glossary repeats a few thousand. */
const MAX_MATH_TEXTS = 20_000;

function readMath(tex: string): string {
  const html = katex.renderToString(tex, { output: 'mathml', throwOnError: true, trust: false, strict: 'ignore' });
  const tree: HastRoot = fromHtml(html, { fragment: true });
  const math = findMath(tree.children as Node[]);
  if (!math) return tex;
  return tidy(read(math));
}

function findMath(nodes: Node[]): Element | undefined {
  for (const n of nodes) {
    if (!isEl(n)) continue;
    if (n.tagName === 'math') return n;
    const inner = findMath(n.children);
    if (inner) return inner;
  }
  return undefined;
}

const tidy = (s: string): string =>
  s
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .replace(/∣/g, '|')
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+([),;])/g, '$1')
    .trim();

/** Text of a node, read in order. */
function read(n: Node): string {
  if (n.type === 'text') return n.value;
  if (!isEl(n)) return '';
  const kids = elements(n);
  switch (n.tagName) {
    case 'annotation':
    case 'annotation-xml':
    case 'mphantom':
      return '';
    case 'mspace': {
      // \, \: \; \quad: a word break where TeX puts visible space; negative space (\!) joins.
      const width = parseFloat(String(n.properties.width ?? '0'));
      return width >= 0.16 ? ' ' : '';
    }
    case 'mi': {
      const t = text(n);
      if (n.properties.mathVariant === 'double-struck') return [...t].map((c) => DOUBLE_STRUCK[c] ?? c).join('');
      return t;
    }
    case 'mn':
      return n.properties.mathVariant === 'double-struck'
        ? [...text(n)].map((c) => DOUBLE_STRUCK[c] ?? c).join('')
        : text(n);
    case 'mtext':
    case 'ms':
      return text(n);
    case 'mo':
      return text(n).replace(INVISIBLE, '').replace('⋅', '·').replace('∣', '|');
    case 'msup':
      return sup(kids[0], kids[1]);
    case 'msub':
      return sub(kids[0], kids[1]);
    case 'msubsup':
      return sup(kids[0], kids[2], sub(kids[0], kids[1]));
    case 'munder':
      return `${read(kids[0])}${scriptText(kids[1], SUB, '_')}`;
    case 'mover':
      return n.properties.accent === 'true' || n.properties.accent === true
        ? accent(kids[0], kids[1])
        : sup(kids[0], kids[1]);
    case 'munderover':
      return sup(kids[0], kids[2], `${read(kids[0])}${scriptText(kids[1], SUB, '_')}`);
    case 'mfrac':
      return frac(kids[0], kids[1]);
    case 'msqrt':
      return `√${operand(kids.length === 1 ? kids[0] : { ...n, tagName: 'mrow' })}`;
    case 'mroot':
      return `${scriptText(kids[1], SUP, '^')}√${operand(kids[0])}`;
    case 'mtable':
      return table(n);
    default:
      return row(kids.filter((k) => k.tagName !== 'annotation' && k.tagName !== 'annotation-xml'));
  }
}

const text = (n: Node): string => (n.type === 'text' ? n.value : isEl(n) ? n.children.map(text).join('') : '');

/** A row: operands and operators, with spaces around binary operators and relations only. */
function row(kids: Element[]): string {
  let out = '';
  kids.forEach((k, i) => {
    // KaTeX wraps a lone \left…\right table (cases) in a brace; the table reads better without it.
    if (k.tagName === 'mo' && text(k) === '{' && kids[i + 1]?.tagName === 'mtable') return;
    const prev = kids[i - 1];
    const next = kids[i + 1];
    let s = read(k);
    if (k.tagName === 'mo') {
      const op = s.replace(INVISIBLE, '').trim();
      const unary = !prev || (prev.tagName === 'mo' && !/[)\]|}⌋⌉′!∣]$/.test(text(prev)));
      if (text(k) === '\u2061') {
        // Function application: `tanh x` and `log σ(x)` need a space that `tanh(x)` does not.
        if (next && !startsWithOpen(next)) out += ' ';
      } else if (SPACED.has(op) && !(unary && ['−', '+', '±', '∓', '-'].includes(op))) out += ` ${op} `;
      else if (op === ',' || op === ';') out += `${op} `;
      else if (/^[A-Za-z]{2,}$/.test(op)) out += `${spaceBefore(out)}${op}${next && !startsWithOpen(next) ? ' ' : ''}`;
      else out += s;
      return;
    }
    if (
      core(k).tagName === 'mfrac' &&
      !VULGAR_VALUES.has(s) &&
      ((prev && (prev.tagName !== 'mo' || text(prev) === '\u2061')) || (next && next.tagName !== 'mo'))
    )
      s = `(${s})`;
    if (isFunctionName(k)) s = `${spaceBefore(out)}${s}`;
    out += s;
    // A big operator with limits (∑ₖ, ∫₀ˣ, lim_(x → ∞), arg min_y) is followed by its operand.
    // A scripted operator (∑ₖ, ∫₀ˣ, lim_(x → ∞), tanh², arg min_y) is followed by its operand.
    const c = core(k);
    if (
      ['munder', 'munderover', 'msubsup', 'msub', 'msup'].includes(c.tagName) &&
      isOperatorBase(elements(c)[0]) &&
      next &&
      next.tagName !== 'mo'
    )
      out += ' ';
  });
  return out;
}

const VULGAR_VALUES = new Set(Object.values(VULGAR));

/** The element inside style-only wrappers (\tfrac is an mfrac inside an mstyle). */
function core(k: Element): Element {
  const kids = elements(k);
  return ['mstyle', 'mpadded', 'mrow'].includes(k.tagName) && kids.length === 1 ? core(kids[0]) : k;
}

/** An operator name (tanh, log, erf, sech²) that should not run into the letter before it. */
function isFunctionName(k: Element): boolean {
  const base = ['msup', 'msub', 'msubsup'].includes(k.tagName) ? elements(k)[0] : k;
  return base.tagName !== 'mo' && isWord(base);
}

const isWord = (n: Element): boolean => /^[A-Za-z]{2,}$/.test(text(n).replace(INVISIBLE, '').trim());

function isOperatorBase(base: Element | undefined): boolean {
  return !!base && (/^[∑∏∫∮⋃⋂]$/.test(text(base).trim()) || isWord(base));
}

const spaceBefore = (out: string): string => (/[\p{L})½⅓⅔¼¾⅕⅙⅚⅛⅜⅝⅞]$/u.test(out) ? ' ' : '');

function startsWithOpen(n: Element): boolean {
  const t = read(n).replace(INVISIBLE, '');
  return /^[([{|∣]/.test(t) || t === '';
}

/** Is this node read as one token (a symbol, a number, or something already in brackets)? */
function atomic(s: string, n?: Node): boolean {
  if (s.startsWith('√')) return atomic(s.slice(1));
  // Several letters are one token only when KaTeX made them one identifier (tanh, erf), not βx.
  if (/^\p{L}{2,}$/u.test(s)) return n === undefined || (isEl(n) && isWordNode(core(n)));
  return /^(\p{L}\p{M}*|[\d.]+|\p{L}\p{M}*′+|∞)$/u.test(s) || isBracketed(s);
}

/** An identifier KaTeX made one token (tanh, \text{in}) or an upright word (\mathrm{SwiGLU}). */
function isWordNode(n: Element): boolean {
  if (n.tagName === 'mi' || n.tagName === 'mtext') return true;
  const kids = elements(n);
  return (
    n.tagName === 'mrow' &&
    kids.length > 0 &&
    kids.every((k) => (k.tagName === 'mi' && k.properties.mathVariant === 'normal') || k.tagName === 'mtext')
  );
}

/** `(…)` or `|…|` whose outer brackets match each other. */
function isBracketed(s: string): boolean {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '|': '|' };
  const open = s[0];
  if (!pairs[open] || s[s.length - 1] !== pairs[open]) return false;
  if (open === '|') return !s.slice(1, -1).includes('|');
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === pairs[open]) depth--;
    if (depth === 0 && i < s.length - 1) return false;
  }
  return true;
}

/** Text of a node as an operand: in parentheses unless it is one token. */
function operand(n: Node): string {
  const s = tidy(read(n));
  return atomic(s, n) ? s : `(${s})`;
}

/** A script in Unicode super/subscripts when every character has one, else `^x` / `^(…)`. */
function scriptText(n: Node | undefined, table: Record<string, string>, mark: string): string {
  if (!n) return '';
  const s = tidy(read(n));
  if (s === '′' || s === '″' || s === '∗' || s === '*') return s === '∗' ? '*' : s;
  if ([...s].every((c) => table[c])) return [...s].map((c) => table[c]).join('');
  // Letters in a subscript are a label (d_ff, Δ_chosen, n_in), not a product.
  const label = mark === '_' && /^\p{L}+$/u.test(s);
  return `${mark}${label || atomic(s, n) ? s : `(${s})`}`;
}

function sup(base: Node, script: Node | undefined, baseText?: string): string {
  const b = baseText ?? readBase(base);
  return `${b}${scriptText(script, SUP, '^')}`;
}

function sub(base: Node, script: Node | undefined): string {
  return `${readBase(base)}${scriptText(script, SUB, '_')}`;
}

/** A base of a script: compound bases (rare: `{(a+b)}^2` arrives as a row) get parentheses. */
function readBase(base: Node): string {
  const s = tidy(read(base));
  return atomic(s) || s.length <= 1 ? s : `(${s})`;
}

const ACCENTS: Record<string, string> = {
  '^': '\u0302',
  ˆ: '\u0302',
  '~': '\u0303',
  '˜': '\u0303',
  '¯': '\u0304',
  '‾': '\u0305',
  '˙': '\u0307',
  '¨': '\u0308',
  '→': '\u20d7',
  '⃗': '\u20d7',
};
function accent(base: Node, mark: Node): string {
  const b = tidy(read(base));
  const m = ACCENTS[text(mark).trim()];
  return m && [...b].length === 1 ? `${b}${m}` : b;
}

function frac(num: Node, den: Node): string {
  const n = tidy(read(num));
  const d = tidy(read(den));
  if (VULGAR[`${n}/${d}`]) return VULGAR[`${n}/${d}`];
  // d/dx and ∂f/∂a read as they are written.
  if (/^[d∂]\p{L}*$/u.test(n) && /^[d∂]\p{L}$/u.test(d)) return `${n}/${d}`;
  return `${atomic(n, num) ? n : `(${n})`}/${atomic(d, den) ? d : `(${d})`}`;
}

/** Rows of a table (cases, aligned equations): cells joined by a comma, rows by a semicolon. */
function table(n: Element): string {
  return elements(n)
    .map((tr) =>
      elements(tr)
        .map((td) => tidy(read(td)))
        .filter(Boolean)
        .join(tr.children.length > 1 ? ', ' : ''),
    )
    .join('; ');
}

// ——— Markdown ———

// Built on first use: plugins.ts imports this module (through rehype-math-surfaces), so the
// shared plugin list is not initialised yet while this module loads.
let parser: ReturnType<typeof makeParser> | undefined;
const makeParser = () =>
  unified()
    .use(remarkParse)
    .use(remarkPlugins as PluggableList)
    .freeze();

type MdNode = RootContent | MdastRoot;

/**
 * Readable plain text of a Markdown string with `$…$` math: formatting dropped, link text kept,
 * math read as linear text. Runs the shared remark plugins, so computed values appear as numbers.
 * @example markdownToText('The *GELU* is $x\\,\\Phi(x)$.') // 'The GELU is x Φ(x).'
 */
export function markdownToText(markdown: string): string {
  // A definition is read as plain text by the checks, its page, every page that lists it, its card
  // and the feed: parse (and read its math) once per build, and once per edit across builds.
  let text = plainTexts.get(markdown);
  if (text === undefined) {
    text = diskCached('plain-text', markdown, () => readMarkdownAsText(markdown));
    if (text.length <= MEMO_CHARS) plainTexts.set(markdown, text);
  }
  return text;
}

const plainTexts = new Map<string, string>();
/** A page's whole text is read once or twice a build: only short texts, which lists repeat, stay in memory. */
const MEMO_CHARS = 4096;

function readMarkdownAsText(markdown: string): string {
  // Text past the body limits (reported by the content model) never reaches the parser, whose time
  // and stack grow with nesting: a check reading it as plain text must not hang on it.
  if (bodyLimitProblems(markdown).length) return collapse(markdown.replace(/[*_`$\\>#-]+/g, ' '));
  parser ??= makeParser();
  const parsed = parser.parse(markdown);
  let tree: MdastRoot;
  try {
    tree = parser.runSync(parsed) as MdastRoot;
  } catch {
    // A computed value without an answer: the computed-values check reports it with file and
    // field; plain text (read while checking, e.g. for descriptions) shows the query as written.
    tree = parsed as MdastRoot;
  }
  return collapse(toText(tree));
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function toText(n: MdNode): string {
  switch (n.type) {
    case 'text':
    case 'inlineCode':
      return n.value;
    case 'inlineMath':
    case 'math':
      return mathOrSource(n.value);
    case 'break':
      return ' ';
    case 'html':
      return '';
    case 'image':
      return n.alt ?? '';
    case 'code':
      return ` ${n.value} `;
    case 'paragraph':
    case 'heading':
    case 'listItem':
    case 'tableRow':
      return ` ${childrenText(n)} `;
    default:
      return 'children' in n ? childrenText(n) : '';
  }
}

/**
 * Invalid TeX is reported by the content checks and fails the build with the file and line;
 * plain text must not pre-empt that message with KaTeX's bare error, so it keeps the source.
 */
function mathOrSource(tex: string): string {
  try {
    return mathToText(tex);
  } catch {
    return tex;
  }
}

const childrenText = (n: { children: MdNode[] }): string => n.children.map((c) => toText(c as MdNode)).join('');

/**
 * The longest run of whole sentences of `text` that fits in `max` characters (at least `min` when
 * the text allows it). When the first sentence alone is too long, it is cut at the last clause
 * boundary (`;`, `:`, `,`, a dash) that fits and closed with a full stop, never with "…".
 * @example sentencesWithin('One. Two three. Four.', 16) // 'One. Two three.'
 */
export function sentencesWithin(text: string, max: number): string {
  const sentences = splitSentences(text);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  if (out) return out;
  return clauseWithin(sentences[0] ?? text, max);
}

/** Sentences, split after . ! ? followed by a space and a capital, a digit or an opening bracket (not after e.g., i.e., vs.). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /(?<!\b(?:e\.g|i\.e|vs|cf|al|approx|Fig|Eq|resp|etc))([.!?])["”’)]?\s+(?=[A-Z0-9(“"ΦσαβλμπΣ])/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index! + m[0].trimEnd().length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function clauseWithin(sentence: string, max: number): string {
  const cut = sentence.slice(0, max);
  const at = Math.max(
    cut.lastIndexOf('; '),
    cut.lastIndexOf(': '),
    cut.lastIndexOf(', '),
    cut.lastIndexOf(' — '),
    cut.lastIndexOf(' – '),
  );
  const head = (at > max / 3 ? cut.slice(0, at) : cut.slice(0, cut.lastIndexOf(' '))).replace(/[\s,;:—–-]+$/, '');
  return `${head}.`;
}
