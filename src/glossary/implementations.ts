import { FRAMEWORKS, FRAMEWORK_LABELS, type Framework } from '../schema/implementation';
import { renderInlineMarkdown } from '../markdown/render';
import type { GlossaryIndex, TermRecord } from './records';
import { termUrl } from './urls';

export const NAMES_URL = '/activations/names/';

/**
 * The fragment id of a name on the names page: framework and api, lower-cased,
 * `.` made `_`, and every other run of characters other than letters, digits
 * and `_` made one `-` (ids keep to letters, digits, `-` and `_`).
 * @example nameAnchor('huggingface', 'gelu_new') // 'huggingface-gelu_new'
 * @example nameAnchor('pytorch', "torch.nn.GELU(approximate='tanh')") // 'pytorch-torch_nn_gelu-approximate-tanh'
 */
export function nameAnchor(framework: Framework, api: string): string {
  const tail = api
    .toLowerCase()
    .replace(/\./g, '_')
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${framework}-${tail}`;
}

/** One row of a term page's implementation table. */
export interface ImplementationRow {
  framework: string;
  api: string;
  /** Where the names page lists this name. */
  namesHref: string;
  noteHtml?: string;
}

/** A term's implementations, in framework order and otherwise as written, with notes rendered. */
export function implementationRows({ file, data }: TermRecord): ImplementationRow[] {
  return data.implementations
    .map((impl, i) => ({ impl, i }))
    .sort((a, b) => FRAMEWORKS.indexOf(a.impl.framework) - FRAMEWORKS.indexOf(b.impl.framework) || a.i - b.i)
    .map(({ impl, i }) => ({
      framework: FRAMEWORK_LABELS[impl.framework],
      api: impl.api,
      namesHref: `${NAMES_URL}#${nameAnchor(impl.framework, impl.api)}`,
      noteHtml: impl.note ? renderInlineMarkdown(impl.note, `${file} implementations[${i}].note`) : undefined,
    }));
}

/** A name on the names page and every term that publishes it (a gate string such as `silu` names both SiLU and SwiGLU). */
export interface NameEntry {
  api: string;
  anchor: string;
  terms: { term: string; url: string; noteHtml?: string }[];
}

/**
 * Every published name, grouped by framework in the schema's order, sorted
 * by name within a framework (code-point order, so `torch.nn.GELU` and
 * `torch.nn.functional.gelu` stay apart the way an editor's search sees them).
 */
export function namesByFramework(index: GlossaryIndex): { framework: Framework; label: string; names: NameEntry[] }[] {
  const byKey = new Map<string, NameEntry & { framework: Framework }>();
  for (const record of index.terms) {
    record.data.implementations.forEach((impl, i) => {
      const key = `${impl.framework} ${impl.api}`;
      const entry = byKey.get(key) ?? {
        framework: impl.framework,
        api: impl.api,
        anchor: nameAnchor(impl.framework, impl.api),
        terms: [],
      };
      entry.terms.push({
        term: record.data.term,
        url: termUrl(record.slug),
        noteHtml: impl.note ? renderInlineMarkdown(impl.note, `${record.file} implementations[${i}].note`) : undefined,
      });
      byKey.set(key, entry);
    });
  }
  const anchors = new Map<string, string>();
  for (const e of byKey.values()) {
    const clash = anchors.get(e.anchor);
    if (clash)
      throw new Error(
        `names page: "${clash}" and "${e.framework} ${e.api}" share the anchor #${e.anchor}; change one api's spelling`,
      );
    anchors.set(e.anchor, `${e.framework} ${e.api}`);
  }
  return FRAMEWORKS.map((framework) => ({
    framework,
    label: FRAMEWORK_LABELS[framework],
    names: [...byKey.values()]
      .filter((e) => e.framework === framework)
      .sort((a, b) => (a.api < b.api ? -1 : a.api > b.api ? 1 : 0))
      .map(({ framework: _f, ...rest }) => rest),
  })).filter((g) => g.names.length > 0);
}
