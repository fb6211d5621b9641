import { z } from 'zod';

/** Libraries whose names readers port between, in the order a page lists them. */
export const FRAMEWORKS = ['pytorch', 'jax', 'tensorflow', 'keras', 'huggingface'] as const;

export type Framework = (typeof FRAMEWORKS)[number];

/** How a framework is named on pages. */
export const FRAMEWORK_LABELS: Readonly<Record<Framework, string>> = {
  pytorch: 'PyTorch',
  jax: 'JAX',
  tensorflow: 'TensorFlow',
  keras: 'Keras',
  huggingface: 'Hugging Face Transformers',
};

/**
 * One way a library spells the term: a call with its exact arguments, or, for
 * Hugging Face Transformers, the `hidden_act` string that selects it. Every
 * `api` must have an entry in test/fixtures/implementations/verified.json, the
 * record of where it was found in the library's own source.
 */
export const implementationSchema = z.strictObject({
  /** The library: pytorch, jax, tensorflow, keras or huggingface. */
  framework: z.enum(FRAMEWORKS, { error: `framework must be one of ${FRAMEWORKS.join(', ')}` }),
  /** The exact call (e.g. `torch.nn.GELU(approximate='tanh')`) or, for huggingface, the `hidden_act` string (e.g. `gelu_new`). */
  api: z
    .string()
    .trim()
    .min(1, 'api must name the call or string')
    .max(120, 'api must be one call or string, at most 120 characters'),
  /** How it differs from the term's definition, in inline Markdown. Default: none. */
  note: z.string().trim().min(1, 'note must not be empty; leave it out instead').max(300).optional(),
});

export type Implementation = z.infer<typeof implementationSchema>;
