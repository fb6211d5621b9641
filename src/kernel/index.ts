export type {
  Activation,
  ActivationClaims,
  ActivationProperties,
  Extremum,
  GatedActivation,
  Monotonicity,
  Range,
  Smoothness,
} from './types';
export { activations, isActivationId, propertiesOf } from './registry';
export { gatedActivations, isGatedId } from './gated';
export { erf, erfc } from './erf';
export { normalCdf, normalPdf } from './normal';
export { sigmoid } from './logistic';
export { logSumExp, softmax, logSoftmax } from './softmax';
export { sparsemax, entmax15 } from './sparsemax';
export { maxout, maxoutKinks, type AffinePiece } from './maxout';
