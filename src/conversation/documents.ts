// A service's documents, once each: the same document is often listed again in a later step, with or
// without a note in brackets ("Número do Renavam (no CRLV)" and "Número do Renavam"). `catalogue check`
// warns about the same pairs (documentKey is shared), so staff can settle on one wording.
import { documentKey } from '../catalogue/lint.ts';
import type { Service } from '../catalogue/schema.ts';

export { documentKey };

/**
 * Every document of every step, once, in order of first mention. Of two lines for one document the
 * longer is kept (it carries the note), in the place of the first.
 */
export function serviceDocuments(s: Service): string[] {
  const out: string[] = [];
  const at = new Map<string, number>();
  for (const doc of s.steps.flatMap((st) => st.documents)) {
    const key = documentKey(doc) || doc;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push(doc);
    } else if (doc.length > (out[i] as string).length) {
      out[i] = doc;
    }
  }
  return out;
}
