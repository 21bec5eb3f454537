// The staff files beside the catalogue that `catalogue check` also reads: fora-do-escopo.yaml (subjects handled
// elsewhere, whose replies may carry notes to check) and palavras-de-conversa.yaml (everyday chat words a service
// name should not share a stem with). Neither is part of what a reload swaps in: the conversation reads the first
// at start-up, and only the check reads the second.
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type Catalogue, type CatalogueIssue, formatBytes, parseYaml, zodIssues } from './load.ts';
import type { LintFinding } from './lint.ts';
import { CatalogueFiles } from './read.ts';
import { ConversationWordsFile, ElsewhereFile, LIMITS } from './schema.ts';
import { remembered } from './snapshot.ts';

/** What the reference files add to a check: errors (a file the bot or the check cannot use) and warnings. */
export interface ReferenceCheck {
  errors: CatalogueIssue[];
  warnings: LintFinding[];
}

/** The word list shipped with the project: used when the folder checked has none (a draft folder, a test catalogue). */
const BUNDLED_WORDS = fileURLToPath(new URL('../../data/palavras-de-conversa.yaml', import.meta.url));

const shown = (full: string): string => relative(process.cwd(), full) || full;

/** A reference file read and validated; `missing` when it is not there (both files are optional). */
async function readFile<S extends z.ZodType>(full: string, schema: S): Promise<{ value?: z.infer<S>; errors: CatalogueIssue[]; missing?: true }> {
  const file = shown(full);
  const files = await CatalogueFiles.at(dirname(full), LIMITS.readTimeoutMs);
  const read = await files.read(full, LIMITS.synonymsFileBytes);
  if (read.kind === 'missing') return { errors: [], missing: true };
  if (read.kind === 'problem') return { errors: [{ file, path: '', message: read.message }] };
  if (read.kind === 'too-large') {
    return { errors: [{ file, path: '', message: `arquivo grande demais: ${formatBytes(read.bytes)}; o limite é ${formatBytes(LIMITS.synonymsFileBytes)}. Confira se não há texto colado por engano` }] };
  }
  const parsed = parseYaml(file, read.text);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  const valid = schema.safeParse(parsed.value);
  return valid.success ? { value: valid.data, errors: [] } : { errors: zodIssues(file, valid.error) };
}

/** The notes to check of the subjects handled elsewhere, one warning per note, naming the subject. */
function elsewhereNotes(file: string, value: z.infer<typeof ElsewhereFile>): LintFinding[] {
  const out: LintFinding[] = [];
  value.assuntos.forEach((a, i) => {
    if (a.needsCheck === undefined) return;
    const notes = typeof a.needsCheck === 'string' ? [{ note: a.needsCheck, path: `assuntos.${i}.needsCheck` }] : a.needsCheck.map((note, k) => ({ note, path: `assuntos.${i}.needsCheck.${k}` }));
    for (const n of notes) {
      out.push({ rule: 'needs-check', severity: 'warning', file, path: n.path, message: `assunto fora do escopo "${a.id}": conferir a resposta: ${n.note} (a resposta continua sendo dada; apague a nota depois de conferir)` });
    }
  });
  return out;
}

/** Reads and checks the reference files of the catalogue folder `catalogue.dir`. Never throws for bad content. */
export async function checkReferenceFiles(catalogue: Catalogue): Promise<ReferenceCheck> {
  const errors: CatalogueIssue[] = [];
  const warnings: LintFinding[] = [];

  const elsewhereFull = join(catalogue.dir, 'fora-do-escopo.yaml');
  const elsewhere = await readFile(elsewhereFull, ElsewhereFile);
  errors.push(...elsewhere.errors);
  if (elsewhere.value) warnings.push(...elsewhereNotes(shown(elsewhereFull), elsewhere.value));

  let wordsFull = join(catalogue.dir, 'palavras-de-conversa.yaml');
  let words = await readFile(wordsFull, ConversationWordsFile);
  if (words.missing) {
    wordsFull = BUNDLED_WORDS;
    words = await readFile(wordsFull, ConversationWordsFile);
  }
  errors.push(...words.errors);
  const list = words.value?.palavras;
  if (list) {
    // Remembered with the lint (per catalogue content, and per word list here); the stemmer loads on a miss only.
    const file = shown(wordsFull);
    const key = createHash('sha256').update(JSON.stringify([file, list])).digest('hex').slice(0, 16);
    warnings.push(...(await remembered(`chat-words-${key}`, catalogue, async () => (await import('./lint.ts')).conversationalNames(catalogue, list, file))));
  }
  return { errors, warnings };
}
