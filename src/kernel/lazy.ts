import type { DefinedSpec } from './define';

/**
 * Each one-input activation by id, as a loader of its family file alone, for
 * the parameter island: a page that moves ELU's α next to ReLU and SELU loads
 * those two families, not the whole kernel (erf's tables, the softmax family).
 * The loaded objects are the registry's own functions (test/kernel/lazy.test.ts).
 */
// Pure: a bundle that imports only loadFamily (the parameter island) drops this table and the families it names.
export const loadActivation: Readonly<Record<string, () => Promise<DefinedSpec>>> = /* @__PURE__ */ Object.freeze({
  identity: () => import('./linear-units').then((m) => m.identity),
  relu: () => import('./linear-units').then((m) => m.relu),
  relu6: () => import('./linear-units').then((m) => m.relu6),
  'leaky-relu': () => import('./linear-units').then((m) => m.leakyRelu),
  prelu: () => import('./linear-units').then((m) => m.prelu),
  rrelu: () => import('./linear-units').then((m) => m.rrelu),
  'binary-step': () => import('./linear-units').then((m) => m.binaryStep),
  elu: () => import('./exponential-units').then((m) => m.elu),
  selu: () => import('./exponential-units').then((m) => m.selu),
  celu: () => import('./exponential-units').then((m) => m.celu),
  gelu: () => import('./gaussian-units').then((m) => m.gelu),
  'gelu-tanh': () => import('./gaussian-units').then((m) => m.geluTanh),
  'gelu-sigmoid': () => import('./gaussian-units').then((m) => m.geluSigmoid),
  sigmoid: () => import('./logistic').then((m) => m.sigmoidActivation),
  'log-sigmoid': () => import('./logistic').then((m) => m.logSigmoid),
  softplus: () => import('./logistic').then((m) => m.softplus),
  silu: () => import('./logistic').then((m) => m.silu),
  mish: () => import('./logistic').then((m) => m.mish),
  tanh: () => import('./tanh-family').then((m) => m.tanh),
  softsign: () => import('./tanh-family').then((m) => m.softsign),
  tanhshrink: () => import('./tanh-family').then((m) => m.tanhshrink),
  hardsigmoid: () => import('./hard').then((m) => m.hardsigmoid),
  hardtanh: () => import('./hard').then((m) => m.hardtanh),
  hardswish: () => import('./hard').then((m) => m.hardswish),
  softshrink: () => import('./shrink').then((m) => m.softshrink),
  hardshrink: () => import('./shrink').then((m) => m.hardshrink),
  squareplus: () => import('./squareplus').then((m) => m.squareplus),
  'squared-relu': () => import('./squared-relu').then((m) => m.squaredRelu),
  'swish-beta-4': () => import('./swish-beta').then((m) => m.swishBeta4),
  snake: () => import('./snake').then((m) => m.snake),
});

type Values = Record<string, number>;

/**
 * The family function of each parametric activation (src/kernel/parameters.ts),
 * loaded on demand: at the registered defaults it computes what the registered
 * activation does (test/kernel/parametric.test.ts).
 */
export const loadFamily: Readonly<Record<string, () => Promise<(values: Values) => DefinedSpec>>> =
  /* @__PURE__ */ Object.freeze({
    'leaky-relu': () =>
      import('./linear-units').then((m) => (v: Values) => m.leakyReluWith({ negativeSlope: v.negativeSlope })),
    prelu: () => import('./linear-units').then((m) => (v: Values) => m.preluWith({ a: v.a })),
    rrelu: () => import('./linear-units').then((m) => (v: Values) => m.rreluWith({ lower: v.lower, upper: v.upper })),
    elu: () => import('./exponential-units').then((m) => (v: Values) => m.eluWith({ alpha: v.alpha })),
    celu: () => import('./exponential-units').then((m) => (v: Values) => m.celuWith({ alpha: v.alpha })),
    softplus: () => import('./logistic').then((m) => (v: Values) => m.softplusWith({ beta: v.beta })),
    silu: () =>
      Promise.all([import('./logistic'), import('./swish-beta')]).then(
        ([l, s]) =>
          (v: Values) =>
            v.beta === 1 ? l.silu : s.swishBeta(v.beta, 'silu'),
      ),
    'swish-beta-4': () => import('./swish-beta').then((m) => (v: Values) => m.swishBeta(v.beta, 'swish-beta-4')),
    hardtanh: () => import('./hard').then((m) => (v: Values) => m.hardtanhWith({ minVal: v.minVal, maxVal: v.maxVal })),
    softshrink: () => import('./shrink').then((m) => (v: Values) => m.softshrinkWith({ lambda: v.lambda })),
    hardshrink: () => import('./shrink').then((m) => (v: Values) => m.hardshrinkWith({ lambda: v.lambda })),
    squareplus: () => import('./squareplus').then((m) => (v: Values) => m.squareplusWith({ b: v.b })),
    snake: () => import('./snake').then((m) => (v: Values) => m.snakeWith({ a: v.a })),
  });
