import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { suggest } from '../checks/references';
import { PLACEHOLDER } from '../checks/placeholders';

/** A category a term gets, and how it was chosen (for the import summary). */
export interface CategoryChoice {
  /** Our category key, or a placeholder naming the input's key and the likely match. */
  category: string;
  /** "deep-learning → architecture (map)", "activation-functions (input)", "? (deep-learning unknown)". */
  how: string;
  resolved: boolean;
}

/** How `npm run import` chooses categories: `--category`, then the mapping file, then the input's own key. */
export interface CategoryRules {
  /** Our category keys. */
  known: readonly string[];
  /** `--category`: one category for every imported term. */
  forced?: string;
  /** A migration's mapping of the other system's keys to ours (from `--category-map`). */
  map?: ReadonlyMap<string, string>;
}

const hint = (wrong: string, known: readonly string[]) => {
  const near = suggest(wrong, known);
  return near ? `did you mean "${near}"?` : `ours are ${known.join(', ')}`;
};

/** Checks `--category`; throws a message with the likely category when it is not one of ours. */
export function checkForcedCategory(category: string, known: readonly string[]): void {
  if (!known.includes(category))
    throw new Error(`--category "${category}" is not a category of content/categories.yaml: ${hint(category, known)}`);
}

/**
 * Reads a category mapping file: YAML or JSON, `their-key: our-key` per line. Every target must
 * be one of our categories; all wrong entries are reported at once, each with a suggestion.
 */
export function readCategoryMap(file: string, known: readonly string[]): Map<string, string> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the category map (${(error as Error).message.split('\n')[0]})`, {
      cause: error,
    });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`${file}: a category map is a mapping of their keys to ours, e.g. "deep-learning: architecture"`);
  const map = new Map<string, string>();
  const problems: string[] = [];
  for (const [from, to] of Object.entries(raw)) {
    if (typeof to !== 'string') problems.push(`${file}  ${from}: the target must be one of our category keys`);
    else if (!known.includes(to))
      problems.push(`${file}  ${from}: "${to}" is not one of our categories — ${hint(to, known)}`);
    else map.set(from, to);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return map;
}

/** The category for one imported term: never an unknown key, at worst a placeholder that says what to choose. */
export function chooseCategory(input: string | undefined, rules: CategoryRules): CategoryChoice {
  if (rules.forced) return { category: rules.forced, how: `${rules.forced} (--category)`, resolved: true };
  const theirs = input?.trim();
  if (theirs && rules.map?.has(theirs)) {
    const ours = rules.map.get(theirs)!;
    return { category: ours, how: `${theirs} → ${ours} (map)`, resolved: true };
  }
  if (theirs && rules.known.includes(theirs)) return { category: theirs, how: theirs, resolved: true };
  if (!theirs)
    return {
      category: `${PLACEHOLDER}: one of ${rules.known.join(', ')}`,
      how: '? (none in the input)',
      resolved: false,
    };
  const near = suggest(theirs, rules.known);
  return {
    category: `${PLACEHOLDER}: "${theirs}" is not a category here — ${hint(theirs, rules.known)} (pass --category or map it with --category-map)`,
    how: `? (${theirs} unknown${near ? `; ${near}?` : ''})`,
    resolved: false,
  };
}
