import type { FormatReader } from './reader';
import { isTermRecord, termFromRecord } from './fields';

/** Plain JSON: one term object (`{"term": …}`), a list of them, or `{"terms": […]}`. */
export const jsonTerm: FormatReader = {
  id: 'json-term',
  label: 'plain JSON term objects',
  detect(_text, json) {
    if (isTermRecord(json)) return true;
    if (Array.isArray(json)) return json.length > 0 && json.every(isTermRecord);
    const terms = (json as { terms?: unknown } | undefined)?.terms;
    return Array.isArray(terms) && terms.length > 0 && terms.every(isTermRecord);
  },
  read(_text, json) {
    const list = isTermRecord(json) ? [json] : Array.isArray(json) ? json : (json as { terms: unknown[] }).terms;
    return list.filter(isTermRecord).map(termFromRecord);
  },
};
