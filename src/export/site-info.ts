/** The glossary's name, as the pages' JSON-LD and the data files give it. */
export const GLOSSARY_NAME = 'Glossary';

/** One sentence saying what the glossary holds, for llms.txt, glossary.json and the SKOS scheme. */
export const GLOSSARY_DESCRIPTION =
  'Machine-learning terms, each with a precise definition, its formula, computed plots of activation functions and their derivatives, how it works, comparisons, a FAQ and primary sources.';
