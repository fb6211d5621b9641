import type { DefinedSpec } from './define';

/**
 * One parameter a reader can move on a figure: its key in the activation's
 * `params`, how the control is labelled, and the slider's range. The default is
 * the registered activation's own value (`activations[id].params[name]`), so it
 * is written once, in the family file; every default lies on the slider's grid
 * (min + k·step) or the step is 'any' (RReLU's u = 1/3 is no decimal).
 */
export interface ParameterControl {
  readonly name: string;
  /** Visible label, plain text: the symbol the formula uses and what it does. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
}

/** A parametric activation: its controls, and the family function that builds it at any values (loaded on demand). */
export interface Parametric {
  readonly controls: readonly ParameterControl[];
  /** At the registered defaults, the factory returns the registered activation's functions. */
  readonly load: () => Promise<(values: Record<string, number>) => DefinedSpec>;
}

type Values = Record<string, number>;

/**
 * Every activation whose figure gets sliders, keyed by kernel id. Left out on
 * purpose: SELU (α and λ are fixed constants; other values lose self-normalisation),
 * ReLU6 (6 is part of its definition; Hardtanh has movable bounds).
 */
export const PARAMETRIC: Readonly<Record<string, Parametric>> = Object.freeze({
  'leaky-relu': {
    controls: [{ name: 'negativeSlope', label: 'Negative slope', min: 0, max: 0.5, step: 0.01 }],
    load: () =>
      import('./linear-units').then((m) => (v: Values) => m.leakyReluWith({ negativeSlope: v.negativeSlope })),
  },
  prelu: {
    controls: [{ name: 'a', label: 'Slope a', min: -1, max: 1, step: 0.05 }],
    load: () => import('./linear-units').then((m) => (v: Values) => m.preluWith({ a: v.a })),
  },
  rrelu: {
    controls: [
      { name: 'lower', label: 'Lower bound l', min: 0, max: 0.25, step: 0.005 },
      { name: 'upper', label: 'Upper bound u', min: 0.25, max: 1, step: 'any' },
    ],
    load: () => import('./linear-units').then((m) => (v: Values) => m.rreluWith({ lower: v.lower, upper: v.upper })),
  },
  elu: {
    controls: [{ name: 'alpha', label: 'α (saturation level)', min: 0, max: 3, step: 0.1 }],
    load: () => import('./exponential-units').then((m) => (v: Values) => m.eluWith({ alpha: v.alpha })),
  },
  celu: {
    controls: [{ name: 'alpha', label: 'α (saturation level)', min: 0.1, max: 3, step: 0.1 }],
    load: () => import('./exponential-units').then((m) => (v: Values) => m.celuWith({ alpha: v.alpha })),
  },
  softplus: {
    controls: [{ name: 'beta', label: 'β (sharpness)', min: 0.25, max: 5, step: 0.25 }],
    load: () => import('./logistic').then((m) => (v: Values) => m.softplusWith({ beta: v.beta })),
  },
  silu: {
    controls: [{ name: 'beta', label: 'β (Swish-β gate sharpness)', min: 0.1, max: 5, step: 0.1 }],
    load: () =>
      Promise.all([import('./logistic'), import('./swish-beta')]).then(
        ([l, s]) =>
          (v: Values) =>
            v.beta === 1 ? l.silu : s.swishBeta(v.beta, 'silu'),
      ),
  },
  'swish-beta-4': {
    controls: [{ name: 'beta', label: 'β (gate sharpness)', min: 0.25, max: 10, step: 0.25 }],
    load: () => import('./swish-beta').then((m) => (v: Values) => m.swishBeta(v.beta, 'swish-beta-4')),
  },
  hardtanh: {
    controls: [
      { name: 'minVal', label: 'Lower bound', min: -3, max: -0.25, step: 0.25 },
      { name: 'maxVal', label: 'Upper bound', min: 0.25, max: 3, step: 0.25 },
    ],
    load: () => import('./hard').then((m) => (v: Values) => m.hardtanhWith({ minVal: v.minVal, maxVal: v.maxVal })),
  },
  softshrink: {
    controls: [{ name: 'lambda', label: 'λ (threshold)', min: 0, max: 2, step: 0.05 }],
    load: () => import('./shrink').then((m) => (v: Values) => m.softshrinkWith({ lambda: v.lambda })),
  },
  hardshrink: {
    controls: [{ name: 'lambda', label: 'λ (threshold)', min: 0.05, max: 2, step: 0.05 }],
    load: () => import('./shrink').then((m) => (v: Values) => m.hardshrinkWith({ lambda: v.lambda })),
  },
  squareplus: {
    controls: [{ name: 'b', label: 'b (curvature at 0)', min: 0, max: 16, step: 0.25 }],
    load: () => import('./squareplus').then((m) => (v: Values) => m.squareplusWith({ b: v.b })),
  },
  snake: {
    controls: [{ name: 'a', label: 'a (frequency)', min: 0.1, max: 5, step: 0.1 }],
    load: () => import('./snake').then((m) => (v: Values) => m.snakeWith({ a: v.a })),
  },
});

/** Whether `id` has movable parameters (own keys only). */
export function isParametric(id: string): boolean {
  return Object.hasOwn(PARAMETRIC, id);
}
