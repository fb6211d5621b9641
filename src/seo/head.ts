import { metaDescription } from '../glossary/text';

/** Meta description of a term page: whole sentences of the short definition, topped up when short. */
export function termDescription(shortDefinitionText: string, hasFormula: boolean, override?: string): string {
  return (
    override ??
    metaDescription(
      shortDefinitionText,
      hasFormula
        ? 'With its formula, a computed plot and primary sources.'
        : 'With how it works, examples and primary sources.',
    )
  );
}
