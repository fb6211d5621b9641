import { unflatten } from 'devalue';
import type { FormatReader } from './reader';
import { isTermRecord, termFromRecord } from './fields';

// Nuxt wraps reactive state in typed markers; their contents are plain data.
const REVIVERS = Object.fromEntries(
  ['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef'].map((k) => [
    k,
    (v: unknown) => v,
  ]),
);

/** The term records inside a devalue-flattened Nuxt payload (`data.<key>.term`). */
function records(json: unknown): Record<string, unknown>[] {
  const root = unflatten(json as never, REVIVERS) as { data?: unknown } | undefined;
  const data = root && typeof root === 'object' ? root.data : undefined;
  if (!data || typeof data !== 'object') return [];
  return Object.values(data).filter(isTermRecord);
}

/**
 * A page payload as Nuxt serialises it: devalue's flattened array, where values refer to other
 * entries by index (`[{"data":1}, ["ShallowReactive",2], …]`).
 */
export const nuxtPayload: FormatReader = {
  id: 'nuxt-payload',
  label: 'a Nuxt/devalue page payload',
  detect(_text, json) {
    if (!Array.isArray(json) || !json.length || !json[0] || typeof json[0] !== 'object' || Array.isArray(json[0]))
      return false;
    // devalue's first entry holds indices into the array, never inline values.
    return Object.values(json[0]).every((v) => typeof v === 'number' && Number.isInteger(v));
  },
  read(_text, json) {
    let found: Record<string, unknown>[];
    try {
      found = records(json);
    } catch (error) {
      throw new Error(`a devalue payload that does not unflatten (${(error as Error).message}): is it complete?`, {
        cause: error,
      });
    }
    if (!found.length)
      throw new Error('a devalue payload with no term record in it (expected data.<key>.term): is it a term page?');
    return found.map(termFromRecord);
  },
};
