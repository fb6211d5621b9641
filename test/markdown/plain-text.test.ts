import { describe, expect, test } from 'vitest';
import { markdownToText, mathToText, sentencesWithin } from '../../src/markdown/plain-text';

// Formulas taken from content/terms/*.mdx, each with the reading a person would write by hand:
// grouping kept (√(2/π), not √2/π), scripts as Unicode where they exist, a space after a
// function name applied without parentheses, no TeX command names left over.
const GOLDEN: [tex: string, text: string][] = [
  [String.raw`x\,\Phi(x)`, 'x Φ(x)'],
  [String.raw`x \cdot \Phi(x)`, 'x·Φ(x)'],
  [String.raw`\sqrt{2/\pi}`, '√(2/π)'],
  [String.raw`x^2\sigma(x)`, 'x²σ(x)'],
  [String.raw`\varphi(t) = e^{-t^2/2}/\sqrt{2\pi}`, 'φ(t) = e^(−t²/2)/√(2π)'],
  [
    String.raw`\tfrac12 x\bigl(1 + \tanh(\sqrt{2/\pi}\,(x + 0.044715x^3))\bigr)`,
    '½x(1 + tanh(√(2/π) (x + 0.044715x³)))',
  ],
  [String.raw`\max(0, x)`, 'max(0, x)'],
  [String.raw`\min(\max(0, x), 6)`, 'min(max(0, x), 6)'],
  [String.raw`\max(0, x) + \min\bigl(0, \alpha(e^{x/\alpha} - 1)\bigr)`, 'max(0, x) + min(0, α(e^(x/α) − 1))'],
  [String.raw`\operatorname{erf}(x) = \tfrac{2}{\sqrt\pi}\int_0^x e^{-t^2}\,dt`, 'erf(x) = (2/√π)∫₀ˣ e^(−t²) dt'],
  [String.raw`\tanh x`, 'tanh x'],
  [String.raw`\tanh'(x) = 1 - \tanh^2 x = \operatorname{sech}^2 x`, 'tanh′(x) = 1 − tanh² x = sech² x'],
  [String.raw`4.73 \times 10^{-4}`, '4.73 × 10⁻⁴'],
  [String.raw`\mathrm{GELU}(-10) \approx -7.6 \times 10^{-23}`, 'GELU(−10) ≈ −7.6 × 10⁻²³'],
  [String.raw`\operatorname{softplus}'(x) = \sigma(x) = 1/(1 + e^{-x})`, 'softplus′(x) = σ(x) = 1/(1 + e⁻ˣ)'],
  [String.raw`\frac{d}{dx}\log\sigma(x) = 1 - \sigma(x) = \sigma(-x)`, '(d/dx) log σ(x) = 1 − σ(x) = σ(−x)'],
  [String.raw`x = \log\frac{p}{1 - p}`, 'x = log (p/(1 − p))'],
  [
    String.raw`\operatorname{ReLU}(x) = \lim_{\beta \to \infty} \tfrac1\beta \operatorname{softplus}(\beta x)`,
    'ReLU(x) = lim_(β → ∞) (1/β) softplus(βx)',
  ],
  [
    String.raw`\operatorname{softplus}_\beta(x) = \tfrac1\beta\log(1 + e^{\beta x})`,
    'softplus_β(x) = (1/β) log(1 + e^(βx))',
  ],
  [String.raw`d_{ff} = \tfrac23 \cdot 4d = \tfrac83 d`, 'd_ff = ⅔·4d = (8/3)d'],
  [String.raw`\operatorname{sech}^2 x = 4e^{-2|x|}/(1 + e^{-2|x|})^2`, 'sech² x = 4e^(−2|x|)/(1 + e^(−2|x|))²'],
  [
    String.raw`\mathrm{FFN}_{\mathrm{SwiGLU}}(x) = \bigl(\mathrm{SiLU}(xW) \odot xV\bigr)\,W_2`,
    'FFN_SwiGLU(x) = (SiLU(xW) ⊙ xV) W₂',
  ],
  [String.raw`c_t = f_t \odot c_{t-1} + i_t \odot \tilde c_t`, 'cₜ = fₜ ⊙ c_(t − 1) + iₜ ⊙ c̃ₜ'],
  [String.raw`\alpha \to 0^+`, 'α → 0⁺'],
  [String.raw`\mathrm{SiLU}(x^\ast) = x^\ast + 1`, 'SiLU(x*) = x* + 1'],
  [
    String.raw`\operatorname{softshrink}_\lambda(x) = \arg\min_y \tfrac12 (y - x)^2 + \lambda |y|`,
    'softshrink_λ(x) = arg min_y ½(y − x)² + λ|y|',
  ],
  [
    String.raw`-\log\sigma\bigl(\beta(\Delta_{\text{chosen}} - \Delta_{\text{rejected}})\bigr)`,
    '−log σ(β(Δ_chosen − Δ_rejected))',
  ],
  [
    String.raw`\Phi(x) = \tfrac12\bigl(1 + \operatorname{erf}(x/\sqrt2)\bigr) = \tfrac12\operatorname{erfc}(-x/\sqrt2)`,
    'Φ(x) = ½(1 + erf(x/√2)) = ½ erfc(−x/√2)',
  ],
  [String.raw`\sqrt{x^2 + b}`, '√(x² + b)'],
  [String.raw`\log\sigma(u_o^\top v_c) + \sum_k \log\sigma(-u_k^\top v_c)`, 'log σ(uₒᵀv_c) + ∑ₖ log σ(−uₖᵀv_c)'],
  [String.raw`f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}`, 'f(x) = x, x > 0; αx, x ≤ 0'],
];

describe('mathToText: formulas from the glossary read as a person would write them', () => {
  test.each(GOLDEN)('%s', (tex, text) => {
    expect(mathToText(tex)).toBe(text);
  });
  test('no reading keeps a TeX command name or a raw script brace', () => {
    for (const [tex] of GOLDEN)
      expect(mathToText(tex)).not.toMatch(/\\|[\^_]\{|frac|bigl|bigr|mathrm|operatorname|cdot/);
  });
  test('invalid TeX is an error, not silently passed through', () => {
    expect(() => mathToText(String.raw`\frac{1}{`)).toThrow();
  });
});

describe('markdownToText', () => {
  test('drops emphasis and link targets, reads inline and display math', () => {
    expect(markdownToText('The *GELU* is $x\\,\\Phi(x)$, see [ReLU](/glossary/relu/).')).toBe(
      'The GELU is x Φ(x), see ReLU.',
    );
    expect(markdownToText('Tanh approximation:\n\n$$\n\\tfrac12 x(1 + \\tanh u)\n$$')).toBe(
      'Tanh approximation: ½x(1 + tanh u)',
    );
  });
  test('keeps inline code text', () => {
    expect(markdownToText('Call `torch.nn.GELU()`.')).toBe('Call torch.nn.GELU().');
  });
});

describe('sentencesWithin', () => {
  test('whole sentences only, as many as fit', () => {
    expect(sentencesWithin('One two. Three four. Five six.', 20)).toBe('One two. Three four.');
    expect(sentencesWithin('GELU weights x by Φ(x), e.g. smoothly. It is smooth.', 40)).toBe(
      'GELU weights x by Φ(x), e.g. smoothly.',
    );
  });
  test('a first sentence that is too long ends at a clause boundary with a full stop, never "…"', () => {
    const s = sentencesWithin(
      'A very long first clause about activations, followed by another clause that goes on and on.',
      60,
    );
    expect(s).toBe('A very long first clause about activations.');
  });
});
