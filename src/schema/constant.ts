import { z } from 'zod';

/**
 * A number quoted from a source, e.g. `{ value: '0.044715', source: 1 }`.
 * Any number in the text with three or more significant digits must be either a
 * computed value or listed this way (checked by src/checks/numbers.ts).
 */
export const constantSchema = z.strictObject({
  /** The number exactly as the text writes it, without sign: '0.044715', '84.67'. */
  value: z
    .string({ error: "constants[].value must be the number as text, in quotes: value: '0.044715'" })
    .regex(/^\d*\.?\d+$/, "constants[].value must be a plain decimal without sign, e.g. '0.044715'"),
  /** Which source it is quoted from: its number in the Sources list, 1 for the first. */
  source: z
    .number({ error: 'constants[].source must be the number of a source in the list (1 for the first)' })
    .int()
    .min(1),
});

export type Constant = z.infer<typeof constantSchema>;
