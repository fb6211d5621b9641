/**
 * Families of one-input activations, in the order tables list them: the
 * piecewise-linear units first, then their smooth successors, then the
 * saturating curves and their hard approximations. Within a family, tables
 * sort by name. Every kernel activation belongs to exactly one family
 * (test/kernel/families.test.ts).
 */
export const ACTIVATION_FAMILIES: readonly { readonly name: string; readonly ids: readonly string[] }[] = [
  {
    name: 'Linear and rectified linear units',
    ids: ['identity', 'relu', 'relu6', 'leaky-relu', 'prelu', 'rrelu', 'squared-relu'],
  },
  { name: 'Exponential linear units', ids: ['elu', 'selu', 'celu'] },
  { name: 'Gaussian-gated units', ids: ['gelu', 'gelu-tanh', 'gelu-sigmoid'] },
  { name: 'Logistic family', ids: ['sigmoid', 'log-sigmoid', 'softplus', 'silu', 'swish-beta-4', 'mish'] },
  { name: 'Hyperbolic-tangent family', ids: ['tanh', 'softsign', 'tanhshrink'] },
  { name: 'Hard approximations', ids: ['hardsigmoid', 'hardtanh', 'hardswish'] },
  { name: 'Shrinkage', ids: ['softshrink', 'hardshrink'] },
  { name: 'Algebraic', ids: ['squareplus'] },
  { name: 'Periodic', ids: ['snake'] },
  { name: 'Step', ids: ['binary-step'] },
];
