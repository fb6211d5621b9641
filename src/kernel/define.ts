import type { Activation, Range } from './types';

/** What a family file writes: an Activation whose range minimum may be left to the computed minimum. */
export type ActivationSpec = Omit<Activation, 'range' | 'params' | 'kinks' | 'jumps'> & {
  readonly range: Omit<Range, 'min'> & { readonly min: number | 'minimum' };
  readonly params?: Readonly<Record<string, number>>;
  readonly kinks?: readonly number[];
  readonly jumps?: readonly number[];
};

/** Fills defaults and freezes; the registry resolves `range.min: 'minimum'`. */
export function define(spec: ActivationSpec): ActivationSpec {
  return Object.freeze({ params: {}, kinks: [], jumps: [], ...spec });
}
