import fc from 'fast-check';
import { stringify } from 'devalue';

/**
 * Glossary payloads (Nuxt/devalue, the shape of seed 000) whose text mixes what breaks MDX,
 * YAML, KaTeX and our checks: braces, tags, comment closers, stray dollars, TeX delimiters,
 * unsafe links, hand-typed decimals, headings, tables and code, with template filler among it.
 */
const HOSTILE = [
  '{',
  '}',
  '{/*',
  '*/}',
  '*/',
  '<div>',
  '</p>',
  '<=',
  'x<y',
  '<Component/>',
  '$',
  '$$',
  '$5 and $10',
  '\\[',
  '\\]',
  '\\(x\\)',
  '\\[x^2\\]',
  '$\\frac{1}{0}$',
  '$\\href{javascript:alert(1)}{x}$',
  '[link](javascript:alert(1))',
  '![img](data:text/html,x)',
  '`code`',
  '```',
  '---',
  '# heading',
  '| a | b |',
  '1. **Step**: body',
  '- item',
  '-',
  'import os',
  'export const a = 1',
  'x = torch.ones(3)',
  '0.044715',
  '3.14159',
  '1600',
  '&amp;',
  '\u202e',
  '😀',
  'ƒ(x)',
  '\\',
  '"',
  "'",
  ':',
  '#',
  '*',
  '_',
  '~~~',
];
const WORDS = [
  'the',
  'gate',
  'smooth',
  'gradient',
  'negative',
  'inputs',
  'passes',
  'zero',
  'units',
  'layer',
  'is',
  'a',
];
const FILLER = [
  'It matters because it changes how teams evaluate quality, risk and operating discipline once a system leaves the whiteboard.',
  'That process view is what keeps the concept actionable for teams who test one assumption at a time and watch the workflow.',
  'Understanding that boundary helps people make better product decisions without collapsing every problem into one bucket.',
];

const text = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...WORDS), fc.constantFrom(...FILLER), fc.string()), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join(' '));
const paragraphs = fc.array(text, { minLength: 1, maxLength: 4 }).map((ps) => ps.join('\n\n'));

/** One payload term; `name` is made unique by the caller. */
export const payloadTerm = fc.record({
  suffix: fc.stringMatching(/^[a-z]{3,8}$/),
  shortDefinition: text,
  explanation: paragraphs,
  howItWorks: fc
    .array(fc.tuple(text, text), { minLength: 0, maxLength: 7 })
    .map((steps) => steps.map(([t, b], i) => `${i + 1}. **${t.replace(/\*/g, '')}**: ${b}`).join('\n')),
  inChatbots: paragraphs,
  vsRelatedConcepts: fc.array(
    fc.record({ term: fc.constantFrom('ReLU', 'Swish', 'Unknown thing', '<b>', '{x}'), comparison: text }),
    {
      maxLength: 4,
    },
  ),
  relatedTerms: fc.array(
    fc.record({
      slug: fc.constantFrom('relu', 'silu', '../../etc', 'nope'),
      name: fc.constantFrom('ReLU', 'SiLU', 'Nope'),
    }),
    {
      maxLength: 4,
    },
  ),
  faq: fc.array(fc.record({ question: text, answer: paragraphs }), { maxLength: 4 }),
  category: fc.constantFrom('activation-functions', 'deep-learning', 'activaton-functions', '', '{}'),
});

/** A devalue-flattened Nuxt payload holding one term named `name`. */
type PayloadSample = typeof payloadTerm extends fc.Arbitrary<infer T> ? T : never;

export function payloadText(name: string, term: PayloadSample): string {
  const { suffix, ...fields } = term;
  void suffix;
  return stringify({ data: { [`$f${name.length}`]: { slug: undefined, term: name, ...fields } }, prerenderedAt: -1 });
}

/** `count` payload files' texts with distinct term names, drawn with `seed` (printed by tests so a failure can be replayed). */
export function hostilePayloads(count: number, seed: number): { name: string; text: string }[] {
  return fc.sample(payloadTerm, { numRuns: count, seed }).map((term, i) => {
    const name = `Hostile ${term.suffix} unit ${i + 1}`;
    return { name, text: payloadText(name, term) };
  });
}
