import type { Activation, Range } from './types';

/** What a family file writes: an Activation whose range minimum may be left to the computed minimum. */
export type ActivationSpec = Omit<Activation, 'range' | 'params' | 'kinks' | 'jumps'> & {
  readonly range: Omit<Range, 'min'> & { readonly min: number | 'minimum' };
  readonly params?: Readonly<Record<string, number>>;
  readonly kinks?: readonly number[];
  readonly jumps?: readonly number[];
};

/** An ActivationSpec with its defaults filled: everything a figure needs, before the registry resolves the minimum. */
export type DefinedSpec = ActivationSpec & Pick<Activation, 'params' | 'kinks' | 'jumps'>;

/** Fills defaults and freezes; the registry resolves `range.min: 'minimum'`. */
export function define(spec: ActivationSpec): DefinedSpec {
  return Object.freeze({ params: {}, kinks: [], jumps: [], ...spec });
}
