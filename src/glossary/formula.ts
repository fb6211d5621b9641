import { activations, isActivationId } from '../kernel';
import type { TermRecord } from './records';

/** The formula shown under the definition: the term's own, or the plotted kernel function's definition. */
export function formulaOf({ data }: Pick<TermRecord, 'data'>): string | undefined {
  return (
    data.formula ?? (data.plot ? (isActivationId(data.plot.fn) ? activations[data.plot.fn].tex : undefined) : undefined)
  );
}
