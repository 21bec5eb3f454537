// A copy of the last good catalogue, kept outside data/ (in the state folder). If data/ is invalid when the process
// starts (an edit was rejected, then the bot restarted), the bot starts from this copy instead of failing.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { NearSynonymsFile, OtherStatesFile, Service, SynonymEntry } from './schema.ts';

// nearSynonyms and otherStates default to none: a copy saved before quase-sinonimos.yaml or outros-estados.yaml
// existed still starts the bot.
const LastGood = z.object({
  version: z.literal(1),
  services: z.array(Service),
  synonyms: z.array(SynonymEntry),
  nearSynonyms: NearSynonymsFile.shape.grupos.default([]),
  otherStates: OtherStatesFile.default({ estados: [], ignorar: [] }),
});

/** The services, synonyms, near-synonyms and other states of a good catalogue. */
export type LastGood = Omit<z.infer<typeof LastGood>, 'version'>;

/** Writes the copy through a temporary file and a rename, so that a crash never leaves half of it. Throws when the disk refuses. */
export function saveLastGood(path: string, catalogue: LastGood): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: 1, services: catalogue.services, synonyms: catalogue.synonyms, nearSynonyms: catalogue.nearSynonyms, otherStates: catalogue.otherStates }));
  renameSync(tmp, path);
}

/** The copy at `path`: `missing` when there is none, `invalid` when it cannot be used (not JSON, or not a catalogue). */
export function readLastGood(path: string): LastGood | 'missing' | 'invalid' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const parsed = LastGood.safeParse(JSON.parse(text));
    return parsed.success ? { services: parsed.data.services, synonyms: parsed.data.synonyms, nearSynonyms: parsed.data.nearSynonyms, otherStates: parsed.data.otherStates } : 'invalid';
  } catch {
    return 'invalid';
  }
}
