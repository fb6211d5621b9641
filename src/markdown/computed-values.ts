import { activations, propertiesOf, type Activation } from '../kernel';
import { bracketedRoot, maxAbsDifference } from '../kernel/queries';

/**
 * Computed values in prose: inline code whose text starts with `=`, e.g. `` `=min(gelu) ~3` ``,
 * is replaced at render time by a number the kernel computes, so no hand-typed value can drift.
 *
 * Grammar: `=QUERY` or `=QUERY ~N` (N significant digits, 1–17, default 3), where QUERY is one of
 *   f(ID, X)  df(ID, X)  min(ID)  argmin(ID)
 *   maxdiff(ID, ID2, A, B)  argmaxdiff(ID, ID2, A, B)  zero(ID, A, B)  dzero(ID, A, B)
 * ID is an activation id from src/kernel; X, A, B are decimal literals (`-0.75`, `3`, `1e-3`).
 */

/** Significant digits when a query gives no `~N`. */
export const DEFAULT_DIGITS = 3;

const QUERIES = {
  f: ['id', 'x'],
  df: ['id', 'x'],
  min: ['id'],
  argmin: ['id'],
  maxdiff: ['id', 'id', 'x', 'x'],
  argmaxdiff: ['id', 'id', 'x', 'x'],
  zero: ['id', 'x', 'x'],
  dzero: ['id', 'x', 'x'],
} as const satisfies Record<string, readonly ('id' | 'x')[]>;

type QueryName = keyof typeof QUERIES;

/** A parsed computed value. */
export interface ComputedQuery {
  name: QueryName;
  ids: Activation[];
  numbers: number[];
  digits: number;
}

/** A query an editor wrote wrongly; the message says what to write instead. */
export class ComputedValueError extends Error {}

const SYNTAX = 'write e.g. `=min(gelu) ~3` or `=maxdiff(gelu, gelu-tanh, -6, 6)`';
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Whether an inline code text is a computed value (starts with `=`). */
export function isComputed(code: string): boolean {
  return code.trimStart().startsWith('=');
}

/**
 * Parses `=QUERY ~N`.
 * @throws ComputedValueError naming what is wrong and how to fix it.
 * @example parseQuery('=argmin(gelu) ~3') // { name: 'argmin', ids: [gelu], numbers: [], digits: 3 }
 */
export function parseQuery(code: string): ComputedQuery {
  const m = /^\s*=\s*([a-z]+)\s*\(([^()]*)\)\s*(?:~\s*(\S+))?\s*$/.exec(code);
  if (!m) throw new ComputedValueError(`malformed computed value \`${code}\`: ${SYNTAX}`);
  const [, rawName, rawArgs, rawDigits] = m;
  if (!Object.hasOwn(QUERIES, rawName)) {
    throw new ComputedValueError(
      `unknown query "${rawName}" in \`${code}\`: use one of ${Object.keys(QUERIES).join(', ')}`,
    );
  }
  const name = rawName as QueryName;
  const shape = QUERIES[name];
  const args = rawArgs.split(',').map((a) => a.trim());
  if (args.length !== shape.length || args.some((a) => a === '')) {
    throw new ComputedValueError(
      `\`${code}\`: ${name}() takes ${shape.length} argument${shape.length > 1 ? 's' : ''} (${shape.map((k) => (k === 'id' ? 'ID' : 'number')).join(', ')})`,
    );
  }
  const ids: Activation[] = [];
  const numbers: number[] = [];
  shape.forEach((kind, i) => {
    const arg = args[i];
    if (kind === 'id') {
      if (!Object.hasOwn(activations, arg)) {
        throw new ComputedValueError(
          `\`${code}\`: no activation "${arg}" in src/kernel; use one of ${Object.keys(activations).join(', ')}`,
        );
      }
      ids.push(activations[arg]);
    } else {
      if (!NUMBER.test(arg))
        throw new ComputedValueError(`\`${code}\`: "${arg}" is not a decimal number; write e.g. -0.75 (ASCII minus)`);
      numbers.push(Number(arg));
    }
  });
  let digits = DEFAULT_DIGITS;
  if (rawDigits !== undefined) {
    if (!/^\d+$/.test(rawDigits) || +rawDigits < 1 || +rawDigits > 17) {
      throw new ComputedValueError(
        `\`${code}\`: "~${rawDigits}" must be a whole number of significant digits from 1 to 17`,
      );
    }
    digits = +rawDigits;
  }
  if (name.endsWith('maxdiff') || name.endsWith('zero')) {
    const [a, b] = numbers.slice(-2);
    if (!(a < b)) throw new ComputedValueError(`\`${code}\`: the interval [${a}, ${b}] must have A < B`);
  }
  return { name, ids, numbers, digits };
}

/**
 * Evaluates a parsed query with the kernel.
 * @throws ComputedValueError when the question has no answer (no minimum, no sign change).
 */
export function evaluateQuery(q: ComputedQuery): number {
  const [a, b] = q.ids;
  const [n0, n1] = q.numbers;
  const nums = q.numbers;
  const [lo, hi] = nums.slice(-2);
  const wrap = <T>(what: () => T): T => {
    try {
      return what();
    } catch (error) {
      throw new ComputedValueError(
        `${q.name}(${q.ids.map((i) => i.id).join(', ')}${nums.length ? `, ${nums.join(', ')}` : ''}): ${(error as Error).message}; choose an interval where it changes sign`,
      );
    }
  };
  switch (q.name) {
    case 'f':
      return a.f(n0);
    case 'df':
      return a.df(n0);
    case 'min':
    case 'argmin': {
      const m = propertiesOf(a.id).minimum;
      if (!m)
        throw new ComputedValueError(
          `${q.name}(${a.id}): ${a.name} has no minimum at a finite point (its infimum is ${a.range.min}); ask f(${a.id}, X) instead`,
        );
      return q.name === 'min' ? m.value : m.x;
    }
    case 'maxdiff':
    case 'argmaxdiff': {
      const r = maxAbsDifference(a.f, b.f, n0, n1);
      return q.name === 'maxdiff' ? r.value : r.x;
    }
    case 'zero':
      return wrap(() => bracketedRoot(a.f, lo, hi));
    case 'dzero':
      return wrap(() => bracketedRoot(a.df, lo, hi));
  }
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '+': '',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};

/**
 * Formats to `digits` significant digits, with a Unicode minus and, below 10⁻⁴ or from 10⁶ up,
 * as `m × 10ⁿ`. Trailing zeros are kept: they are significant.
 * @example formatSignificant(-0.16997, 3) // '−0.170'
 * @example formatSignificant(-7.6198e-23, 2) // '−7.6 × 10⁻²³'
 */
export function formatSignificant(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(value.toPrecision(digits)))));
  let text: string;
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = value.toExponential(digits - 1).split('e');
    text = `${mantissa} × 10${[...String(Number(e))].map((c) => SUPERSCRIPT[c]).join('')}`;
  } else {
    text = value.toFixed(Math.max(0, digits - 1 - exp));
  }
  return text.replace(/-/g, '−');
}

/**
 * The text that replaces a computed value.
 * @throws ComputedValueError with a message fit for an editor.
 * @example computeValue('=min(gelu) ~3') // '−0.170'
 */
export function computeValue(code: string): string {
  const q = parseQuery(code);
  return formatSignificant(evaluateQuery(q), q.digits);
}
