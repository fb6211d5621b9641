import { activations, gatedActivations, isActivationId, isGatedId } from '../kernel';
import { suggest } from '../checks/references';
import { vectorFigures } from './vector-figures';

function unknown(id: string, known: string[]): string {
  const hint = suggest(id, known);
  return `no kernel function "${id}"${hint ? ` — did you mean "${hint}"?` : ` (known: ${known.join(', ')})`}`;
}

/**
 * What is wrong with a plot's kernel ids, or [] when it can be drawn: `fn` may be
 * any activation or gated unit; `compare` only one-input activations, because a
 * gated unit f(a, b) has no curve to overlay. Ids are looked up as own keys, so
 * "constructor" or "__proto__" are unknown like any other word.
 * Messages are relative to the plot; the caller adds file and field.
 */
export function plotFunctionProblems(
  fn: string,
  compare: readonly string[],
  place: 'lead' | 'body' = 'lead',
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  // Vector-valued functions (softmax, sparsemax…) have figures of their own kind, drawn only in bodies:
  // the lead plot, the gallery and the cards need a single curve.
  if (Object.hasOwn(vectorFigures, fn)) {
    if (place === 'lead')
      problems.push({
        field: 'fn',
        message: `"${fn}" is vector-valued and has no single curve for the lead plot, cards and gallery: remove plot: and put <ActivationPlot fn="${fn}" /> in the body`,
      });
    else if (compare.length)
      problems.push({
        field: 'compare',
        message: `"${fn}" is vector-valued, drawn as its own slice and simplex figures: it cannot show comparison curves. Remove compare`,
      });
    return problems;
  }
  const drawable = [
    ...Object.keys(activations),
    ...Object.keys(gatedActivations),
    ...(place === 'body' ? Object.keys(vectorFigures) : []),
  ];
  if (!isActivationId(fn) && !isGatedId(fn)) problems.push({ field: 'fn', message: unknown(fn, drawable) });
  compare.forEach((id, i) => {
    if (isActivationId(id)) return;
    problems.push({
      field: `compare[${i}]`,
      message: isGatedId(id)
        ? `"${id}" is a gated unit f(a, b) of two inputs: it has no single curve to overlay on "${fn}". Remove it from compare and plot it on its own (fn: ${id})`
        : unknown(id, Object.keys(activations)),
    });
  });
  if (isGatedId(fn) && compare.length)
    problems.push({
      field: 'compare',
      message: `"${fn}" is a gated unit, drawn as level sets beside its gate: it cannot show comparison curves. Remove compare`,
    });
  return problems;
}
