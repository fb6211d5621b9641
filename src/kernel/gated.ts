import type { GatedActivation } from './types';
import { sigmoid, sigmoidSlope, silu } from './logistic';
import { gelu } from './gaussian-units';
import { relu } from './linear-units';

/** f(a, b) = g(a)·b with ∂f/∂a = g′(a)·b and ∂f/∂b = g(a): one product on top of the gate's own accuracy. */
function gatedUnit(spec: {
  id: string;
  name: string;
  gate: string | undefined;
  g: (a: number) => number;
  dg: (a: number) => number;
  gtex: string;
  dgtex: string;
  kinks?: number[];
}): GatedActivation {
  const { g, dg } = spec;
  return Object.freeze({
    id: spec.id,
    name: spec.name,
    gate: spec.gate,
    f: (a: number, b: number) => g(a) * b,
    dfa: (a: number, b: number) => dg(a) * b,
    dfb: (a: number, _b: number) => g(a),
    tex: `\\operatorname{${spec.name}}(a, b) = ${spec.gtex}\\,b`,
    dtexA: `\\frac{\\partial f}{\\partial a} = ${spec.dgtex}\\,b`,
    dtexB: `\\frac{\\partial f}{\\partial b} = ${spec.gtex}`,
    params: {},
    kinks: spec.kinks ?? [],
  });
}

/** The gated family of Shazeer (2020), "GLU Variants Improve Transformer" (arXiv:2002.05202); GLU itself is Dauphin et al. (2017). */
// No prototype: "constructor" or "__proto__" from content must not resolve to Object's members.
export const gatedActivations: Readonly<Record<string, GatedActivation>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, GatedActivation>, {
    glu: gatedUnit({
      id: 'glu',
      name: 'GLU',
      gate: 'sigmoid',
      g: sigmoid,
      dg: sigmoidSlope,
      gtex: '\\sigma(a)',
      dgtex: "\\sigma'(a)",
    }),
    reglu: gatedUnit({
      id: 'reglu',
      name: 'ReGLU',
      gate: 'relu',
      g: relu.f,
      dg: relu.df,
      gtex: '\\max(0, a)',
      dgtex: '\\mathbb{1}[a > 0]',
      kinks: [0],
    }),
    geglu: gatedUnit({
      id: 'geglu',
      name: 'GEGLU',
      gate: 'gelu',
      g: gelu.f,
      dg: gelu.df,
      gtex: '\\operatorname{GELU}(a)',
      dgtex: "\\operatorname{GELU}'(a)",
    }),
    swiglu: gatedUnit({
      id: 'swiglu',
      name: 'SwiGLU',
      gate: 'silu',
      g: silu.f,
      dg: silu.df,
      gtex: '\\operatorname{SiLU}(a)',
      dgtex: "\\operatorname{SiLU}'(a)",
    }),
    bilinear: gatedUnit({
      id: 'bilinear',
      name: 'Bilinear',
      gate: undefined,
      g: (a) => a,
      dg: (a) => (Number.isNaN(a) ? NaN : 1),
      gtex: 'a',
      dgtex: '1',
    }),
  }),
);

/** Whether `id` names a gated unit (own keys only). */
export function isGatedId(id: string): boolean {
  return Object.hasOwn(gatedActivations, id);
}
