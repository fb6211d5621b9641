/** Smoothness class: C^-1 marks a discontinuous function. */
export type Smoothness = 'C^-1' | 'C^0' | 'C^1' | 'C^2' | 'C^inf';

export type Monotonicity = 'increasing' | 'non-decreasing' | 'non-monotonic' | 'constant';

/** An interval of ℝ ∪ {±∞}; `closed` says whether each end is attained. */
export interface Range {
  readonly min: number;
  readonly max: number;
  readonly closed: readonly [boolean, boolean];
}

/** A point where the function attains its global minimum. */
export interface Extremum {
  readonly x: number;
  readonly value: number;
}

/**
 * The claims an activation makes about itself. Tests check each claim
 * against the implementation (test/kernel/properties.test.ts).
 */
export interface ActivationClaims {
  /** Image of ℝ under f. */
  readonly range: Range;
  readonly monotonicity: Monotonicity;
  readonly smoothness: Smoothness;
  /**
   * Where to look for the global minimum, if f has one at a finite point
   * that is not simply a flat region. The value itself is computed, not typed.
   */
  readonly minimumBracket?: readonly [number, number];
  /**
   * Id of the activation this one was introduced to approximate, per its
   * source; a compare page of the two then reports the approximation error.
   */
  readonly approximates?: string;
}

/** A one-input activation and everything a term page and a plot need from it. */
export interface Activation extends ActivationClaims {
  /** Kebab-case id, used in term frontmatter `plot.fn`. */
  readonly id: string;
  /** Display name, e.g. "GELU". */
  readonly name: string;
  f(x: number): number;
  /** First derivative; at kinks, PyTorch's backward convention (documented per function). */
  df(x: number): number;
  /** Definition, KaTeX-ready. */
  readonly tex: string;
  /** Derivative, KaTeX-ready. */
  readonly dtex: string;
  /** Parameter defaults as PyTorch documents them. */
  readonly params: Readonly<Record<string, number>>;
  /** Where f or f′ is not smooth; the plotter samples these exactly. */
  readonly kinks: readonly number[];
  /** Where f is discontinuous. */
  readonly jumps: readonly number[];
}

/** The computed facts a term page shows. */
export interface ActivationProperties {
  readonly f0: number;
  readonly df0: number;
  /** Global minimum at a finite point, found numerically to full precision; undefined when there is none. */
  readonly minimum?: Extremum;
}

/** A two-input gated unit f(a, b) = g(a)·b from "GLU Variants Improve Transformer". */
export interface GatedActivation {
  readonly id: string;
  readonly name: string;
  /** The one-input gate g, or undefined for the bilinear unit (g(a) = a). */
  readonly gate: string | undefined;
  f(a: number, b: number): number;
  /** ∂f/∂a = g′(a)·b */
  dfa(a: number, b: number): number;
  /** ∂f/∂b = g(a) */
  dfb(a: number, b: number): number;
  readonly tex: string;
  readonly dtexA: string;
  readonly dtexB: string;
  readonly params: Readonly<Record<string, number>>;
  /** Where the gate g or its derivative is not smooth, in a. */
  readonly kinks: readonly number[];
}
