import type { Activation, ActivationProperties } from './types';
import type { ActivationSpec } from './define';
import { findMinimum, computeProperties } from './properties';
import { binaryStep, identity, leakyRelu, prelu, relu, relu6, rrelu } from './linear-units';
import { celu, elu, selu } from './exponential-units';
import { gelu, geluSigmoid, geluTanh } from './gaussian-units';
import { logSigmoid, mish, sigmoidActivation, silu, softplus } from './logistic';
import { softsign, tanh, tanhshrink } from './tanh-family';
import { hardsigmoid, hardswish, hardtanh } from './hard';
import { hardshrink, softshrink } from './shrink';
import { squareplus } from './squareplus';
import { squaredRelu } from './squared-relu';
import { swishBeta4 } from './swish-beta';
import { snake } from './snake';

/** Resolves `range.min: 'minimum'` to the computed global minimum. */
function finish(spec: ActivationSpec): Activation {
  const min = spec.range.min === 'minimum' ? findMinimum(spec, spec.minimumBracket!).value : spec.range.min;
  return Object.freeze({ ...spec, range: Object.freeze({ ...spec.range, min }) }) as Activation;
}

const ALL: ActivationSpec[] = [
  identity,
  relu,
  relu6,
  leakyRelu,
  prelu,
  rrelu,
  binaryStep,
  elu,
  selu,
  celu,
  gelu,
  geluTanh,
  geluSigmoid,
  sigmoidActivation,
  logSigmoid,
  softplus,
  silu,
  mish,
  tanh,
  softsign,
  tanhshrink,
  hardsigmoid,
  hardtanh,
  hardswish,
  softshrink,
  hardshrink,
  squareplus,
  squaredRelu,
  swishBeta4,
  snake,
];

/**
 * Every one-input activation, keyed by id. The object has no prototype, so an id
 * such as "constructor" or "__proto__" from content is simply unknown; look ids up
 * with isActivationId / Object.hasOwn all the same.
 */
export const activations: Readonly<Record<string, Activation>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, Activation>,
    Object.fromEntries(ALL.map((s) => [s.id, finish(s)])),
  ),
);

/** Whether `id` names a one-input activation (own keys only: "constructor" is not one). */
export function isActivationId(id: string): boolean {
  return Object.hasOwn(activations, id);
}

const propertyCache = new Map<string, ActivationProperties>();

/** f(0), f′(0) and the global minimum of an activation, computed once per process. */
export function propertiesOf(id: string): ActivationProperties {
  let p = propertyCache.get(id);
  if (!p) {
    const a = isActivationId(id) ? activations[id] : undefined;
    if (!a) throw new Error(`unknown activation "${id}"`);
    p = computeProperties(a);
    propertyCache.set(id, p);
  }
  return p;
}
