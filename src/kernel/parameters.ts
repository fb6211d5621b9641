/**
 * One parameter a reader can move on a figure: its key in the activation's
 * `params`, how the control is labelled, and the slider's range. The default is
 * the registered activation's own value (`activations[id].params[name]`), so it
 * is written once, in the family file; every default lies on the slider's grid
 * (min + k·step) or the step is 'any' (RReLU's u = 1/3 is no decimal).
 */
export interface ParameterControl {
  readonly name: string;
  /** The symbol the formula uses, for descriptions ("α = 0.5"). */
  readonly symbol: string;
  /** Visible label, plain text: the symbol the formula uses and what it does. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
  /** 'log': the slider moves log₁₀ of the value (min, max and step are in log₁₀), so 0.1–10 spreads evenly. */
  readonly scale?: 'log';
}

/**
 * Every activation whose figure gets sliders, keyed by kernel id, with one control
 * per parameter; the family function that builds it at other values is
 * `loadFamily[id]` (src/kernel/lazy.ts). Left out on purpose: SELU (α and λ are
 * fixed constants; other values lose self-normalisation), ReLU6 (6 is part of
 * its definition; Hardtanh has movable bounds).
 */
export const PARAMETRIC: Readonly<Record<string, readonly ParameterControl[]>> = Object.freeze({
  'leaky-relu': [{ name: 'negativeSlope', symbol: 'slope', label: 'Negative slope', min: 0, max: 0.5, step: 0.01 }],
  prelu: [{ name: 'a', symbol: 'a', label: 'Slope a', min: -1, max: 1, step: 0.05 }],
  rrelu: [
    { name: 'lower', symbol: 'l', label: 'Lower bound l', min: 0, max: 0.25, step: 0.005 },
    { name: 'upper', symbol: 'u', label: 'Upper bound u', min: 0.25, max: 1, step: 'any' },
  ],
  elu: [{ name: 'alpha', symbol: 'α', label: 'α (saturation level)', min: 0, max: 3, step: 0.1 }],
  celu: [{ name: 'alpha', symbol: 'α', label: 'α (saturation level)', min: 0.1, max: 3, step: 0.1 }],
  softplus: [{ name: 'beta', symbol: 'β', label: 'β (sharpness)', min: 0.25, max: 5, step: 0.25 }],
  silu: [{ name: 'beta', symbol: 'β', label: 'β (gate sharpness)', min: 0.1, max: 5, step: 0.1 }],
  'swish-beta-4': [{ name: 'beta', symbol: 'β', label: 'β (gate sharpness)', min: 0.25, max: 10, step: 0.25 }],
  hardtanh: [
    { name: 'minVal', symbol: 'min', label: 'Lower bound', min: -3, max: -0.25, step: 0.25 },
    { name: 'maxVal', symbol: 'max', label: 'Upper bound', min: 0.25, max: 3, step: 0.25 },
  ],
  softshrink: [{ name: 'lambda', symbol: 'λ', label: 'λ (threshold)', min: 0, max: 2, step: 0.05 }],
  hardshrink: [{ name: 'lambda', symbol: 'λ', label: 'λ (threshold)', min: 0.05, max: 2, step: 0.05 }],
  squareplus: [{ name: 'b', symbol: 'b', label: 'b (curvature at 0)', min: 0, max: 16, step: 0.25 }],
  snake: [{ name: 'a', symbol: 'a', label: 'a (frequency)', min: 0.1, max: 5, step: 0.1 }],
});

const TEMPERATURE: ParameterControl = {
  name: 'temperature',
  symbol: 'T',
  label: 'Temperature T',
  min: -1,
  max: 1,
  step: 0.05,
  scale: 'log',
};

/**
 * The vector figures whose bars move with a temperature slider, keyed by the
 * figure's id (src/plot/vector-figures.ts). The default is the kernel's own
 * (DEFAULT_TEMPERATURE in src/kernel/softmax.ts); the slider runs on log₁₀ T
 * from 0.1 to 10, so halving and doubling T are the same distance.
 */
export const TEMPERATURE_BARS: Readonly<Record<string, readonly ParameterControl[]>> = Object.freeze({
  softmax: [TEMPERATURE],
  'softmax-temperature': [TEMPERATURE],
});

/** Whether `id` has movable parameters (own keys only). */
export function isParametric(id: string): boolean {
  return Object.hasOwn(PARAMETRIC, id);
}

/** Whether the figure `id` gets temperature bars with a slider (own keys only). */
export function hasTemperatureBars(id: string): boolean {
  return Object.hasOwn(TEMPERATURE_BARS, id);
}
