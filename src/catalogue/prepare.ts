// The whole of a (re)load but the search index: read, validate and lint the catalogue files, fingerprint each
// service, and keep a copy of a good result. Hot reloads run it in a worker thread (worker.ts); start-up, with no
// citizen to keep waiting yet, runs it in the process.
import { createHash } from 'node:crypto';
import { saveLastGood } from './lastgood.ts';
import { lintCatalogue, lintErrors } from './lint.ts';
import { type CatalogueIssue, loadCatalogue } from './load.ts';
import type { NearSynonyms, OtherStates, Service, SynonymEntry } from './schema.ts';
import { remembered } from './snapshot.ts';

/** A catalogue ready to go live: validated services and synonyms, lint warnings, and a fingerprint per service. */
export interface Prepared {
  services: Service[];
  synonyms: SynonymEntry[];
  nearSynonyms: NearSynonyms;
  otherStates: OtherStates;
  warnings: CatalogueIssue[];
  /** `digests[i]` fingerprints `services[i]`: comparing them says what a reload changed. */
  digests: string[];
  /** Why the copy of the last good catalogue could not be saved (for the log), when it could not. */
  lastGoodError?: string;
}

/** A prepared catalogue, or everything that keeps it from going live. */
export type PrepareResult = { ok: true; prepared: Prepared } | { ok: false; errors: CatalogueIssue[] };

/** Fingerprint of one validated service. */
export function digest(service: Service): string {
  return createHash('sha1').update(JSON.stringify(service)).digest('hex');
}

/**
 * Loads `dir` completely (schema errors, then the lint rules that block publishing) and, when it is good, saves
 * the copy of the last good catalogue at `lastGoodPath`. Never throws for bad content.
 */
export async function prepareCatalogue(dir: string, lastGoodPath?: string): Promise<PrepareResult> {
  const r = await loadCatalogue(dir);
  if (!r.catalogue) return { ok: false, errors: r.errors };
  const catalogue = r.catalogue;
  const findings = await remembered('lint', catalogue, async () => lintCatalogue(catalogue));
  const blocking = lintErrors(findings);
  if (blocking.length > 0) return { ok: false, errors: blocking };
  const prepared: Prepared = { services: [...catalogue.services], synonyms: [...catalogue.synonyms], nearSynonyms: [...catalogue.nearSynonyms], otherStates: catalogue.otherStates, warnings: findings, digests: catalogue.services.map(digest) };
  if (lastGoodPath) {
    try {
      saveLastGood(lastGoodPath, prepared);
    } catch (err) {
      prepared.lastGoodError = err instanceof Error ? err.message : String(err);
    }
  }
  return { ok: true, prepared };
}
