import { expect, test } from 'vitest';
import { nameAnchor } from '../../src/glossary/implementations';

test.each([
  ['huggingface', 'gelu_new', 'huggingface-gelu_new'],
  ['pytorch', "torch.nn.GELU(approximate='tanh')", 'pytorch-torch_nn_gelu-approximate-tanh'],
  ['jax', 'jax.nn.glu(x, axis=-1)', 'jax-jax_nn_glu-x-axis-1'],
] as const)('nameAnchor(%s, %s) is %s: only letters, digits, - and _', (framework, api, anchor) => {
  expect(nameAnchor(framework, api)).toBe(anchor);
  expect(anchor).toMatch(/^[a-z0-9_-]+$/);
});
