// Reads and validates a catalogue directory: services/*.yaml plus synonyms.yaml, quase-sinonimos.yaml and
// outros-estados.yaml.
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { CatalogueFiles, type ReadOutcome } from './read.ts';
import { LIMITS, type NearSynonyms, NearSynonymsFile, type OtherStates, OtherStatesFile, Service, SynonymsFile, type SynonymEntry } from './schema.ts';
import { CatalogueSnapshot } from './snapshot.ts';
import { withOtherStates } from './states.ts';

// yaml is loaded on the first parse only: when every file is in the start-up snapshot, nothing is parsed.
let yaml: typeof import('yaml') | undefined;
const parseDocument: typeof import('yaml').parseDocument = (...args) => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parseDocument(...args);

/** A problem in one catalogue file, precise enough for staff to fix it. */
export interface CatalogueIssue {
  file: string;
  /** Field path such as "steps.1.channels.0.url"; empty for the whole file. */
  path: string;
  message: string;
}

/** A validated catalogue, ready for search and conversation. */
export interface Catalogue {
  services: readonly Service[];
  byId: ReadonlyMap<string, Service>;
  synonyms: readonly SynonymEntry[];
  /** Words of one meaning for the conversation's quotes from a service's texts (quase-sinonimos.yaml); not search's. */
  nearSynonyms: NearSynonyms;
  /** The other Brazilian states (outros-estados.yaml): the conversation reads them as "outro estado" (search, in `synonyms`). */
  otherStates: OtherStates;
  /** Directory the catalogue was read from. */
  dir: string;
  /** Monotonic stamp: changes when a new catalogue is swapped in. */
  loadedAt: number;
}

/** Result of reading a directory: the catalogue when there are no errors, and every issue found. */
export interface LoadResult {
  catalogue?: Catalogue;
  errors: CatalogueIssue[];
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.');
}

/** Turns zod issues into catalogue issues for one file. */
export function zodIssues(file: string, error: z.ZodError): CatalogueIssue[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: describeIssue(issue) }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `campo obrigatório ausente (esperado: ${issue.expected})`
        : `tipo inválido: esperado ${issue.expected}`;
    case 'unrecognized_keys':
      return `campo(s) desconhecido(s): ${issue.keys.join(', ')}. Verifique a grafia (veja docs/catalogue.md)`;
    case 'invalid_value':
      return `valor inválido; use um destes: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return describeTooBig(issue);
    default:
      return issue.message;
  }
}

/** The message of a value over its limit: how large it is, the limit, and what to do. */
function describeTooBig(issue: z.core.$ZodIssueTooBig): string {
  const limit = Number(issue.maximum).toLocaleString('pt-BR');
  const see = 'veja "Limites de tamanho" em docs/catalogue.md';
  if (issue.origin === 'string') {
    const size = typeof issue.input === 'string' ? `: ${issue.input.length.toLocaleString('pt-BR')} caracteres` : '';
    return `texto longo demais${size}; o limite deste campo é ${limit} caracteres. Encurte o texto (os detalhes podem ficar na página oficial do serviço, em url); ${see}`;
  }
  if (issue.origin === 'array') {
    const size = Array.isArray(issue.input) ? `: ${issue.input.length.toLocaleString('pt-BR')} itens` : '';
    return `lista longa demais${size}; o limite é ${limit} itens. Deixe só os itens que o cidadão precisa; ${see}`;
  }
  return `valor acima do máximo permitido (${limit})`;
}

/** Parses one YAML text into a plain value, reporting YAML syntax errors with line numbers. */
export function parseYaml(file: string, text: string): { value?: unknown; errors: CatalogueIssue[] } {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        path: '',
        message: `YAML inválido: ${e.message.split('\n')[0]}. Confira a indentação e as aspas nessa linha.`,
      })),
    };
  }
  return { value: doc.toJS(), errors: [] };
}

/** Validates one service file's text. `expectedId` is the file name without extension. */
export function parseServiceFile(file: string, text: string, expectedId?: string): { service?: Service; errors: CatalogueIssue[] } {
  const parsed = parseYaml(file, text);
  if (parsed.errors.length > 0) return { errors: parsed.errors };
  const result = Service.safeParse(parsed.value, { reportInput: true }); // reportInput: tells "missing" from "wrong type"
  if (!result.success) return { errors: zodIssues(file, result.error) };
  if (expectedId !== undefined && result.data.id !== expectedId) {
    return {
      errors: [{ file, path: 'id', message: `o id "${result.data.id}" deve ser igual ao nome do arquivo ("${expectedId}.yaml")` }],
    };
  }
  return { service: result.data, errors: [] };
}

/** A size as staff read it: from 1 MB up in MB (one decimal at most), below in whole KB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('pt-BR')} KB`;
}

const tooLarge = (file: string, bytes: number, limit: number, what: string, hint: string): CatalogueIssue => ({
  file,
  path: '',
  message: `arquivo grande demais: ${formatBytes(bytes)}; o limite ${what} é ${formatBytes(limit)}. ${hint}; veja "Limites de tamanho" em docs/catalogue.md`,
});
const tooLargeService = (file: string, bytes: number): CatalogueIssue =>
  tooLarge(file, bytes, LIMITS.serviceFileBytes, 'de um arquivo de serviço', 'Um serviço cabe com folga nesse limite: confira se não há texto colado por engano, ou vários serviços num arquivo só (é um arquivo por serviço)');
const tooLargeSynonyms = (file: string, bytes: number): CatalogueIssue => tooLarge(file, bytes, LIMITS.synonymsFileBytes, 'do arquivo de sinônimos', 'Confira se não há texto colado por engano');

/** How many files are read at once: enough to hide the latency of each, few enough that a read's timeout is its own. */
const READS_AT_ONCE = 8;

/** `work` over `items`, at most READS_AT_ONCE at a time, results in order. */
async function inOrder<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, items.length) }, lane));
  return results;
}

/**
 * Reads and validates every file of a catalogue directory. Never throws for bad content. The sizes (how many files,
 * how large each, how large together) are checked before any file is read; see LIMITS.
 */
export async function loadCatalogue(dir: string): Promise<LoadResult> {
  const errors: CatalogueIssue[] = [];
  const services: Service[] = [];
  const servicesDir = join(dir, 'services');
  const where = (full: string): string => relative(process.cwd(), full) || full;
  let names: string[];
  try {
    names = (await readdir(servicesDir)).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    return { errors: [{ file: where(servicesDir), path: '', message: 'pasta de serviços não encontrada; crie data/services/ com um arquivo .yaml por serviço' }] };
  }
  if (names.length > LIMITS.services) {
    const message = `${names.length.toLocaleString('pt-BR')} arquivos de serviço; o limite é ${LIMITS.services.toLocaleString('pt-BR')}. Tire da pasta os serviços que não devem estar no ar (rascunhos podem ficar em outra pasta); se o catálogo precisa mesmo ser maior, fale com a equipe técnica`;
    return { errors: [{ file: where(servicesDir), path: '', message }] };
  }
  const files = await CatalogueFiles.at(dir, LIMITS.readTimeoutMs);
  const synFull = join(dir, 'synonyms.yaml');
  const synFile = where(synFull);
  const nearFull = join(dir, 'quase-sinonimos.yaml');
  const nearFile = where(nearFull);
  const statesFull = join(dir, 'outros-estados.yaml');
  const statesFile = where(statesFull);

  // Sizes first, from the file system alone: files too large, or a catalogue too large as a whole, are refused
  // before a byte is read.
  const seen = await inOrder([...names.map((n) => join(servicesDir, n)), synFull, nearFull, statesFull], (full) => files.inspect(full));
  const oversized: CatalogueIssue[] = [];
  seen.forEach((s, i) => {
    if (s.kind !== 'file') return;
    if (i < names.length && s.stats.size > LIMITS.serviceFileBytes) oversized.push(tooLargeService(where(join(servicesDir, names[i] as string)), s.stats.size));
    if (i === names.length && s.stats.size > LIMITS.synonymsFileBytes) oversized.push(tooLargeSynonyms(synFile, s.stats.size));
    if (i === names.length + 1 && s.stats.size > LIMITS.synonymsFileBytes) oversized.push(tooLargeSynonyms(nearFile, s.stats.size));
    if (i === names.length + 2 && s.stats.size > LIMITS.synonymsFileBytes) oversized.push(tooLargeSynonyms(statesFile, s.stats.size));
  });
  if (oversized.length > 0) return { errors: oversized };
  const total = seen.reduce((sum, s) => sum + (s.kind === 'file' ? s.stats.size : 0), 0);
  if (total > LIMITS.catalogueBytes) {
    const message = `o catálogo inteiro tem ${formatBytes(total)}; o limite é ${formatBytes(LIMITS.catalogueBytes)} somando todos os arquivos. Confira se não há texto colado por engano nos arquivos maiores; se o catálogo precisa mesmo ser maior, fale com a equipe técnica`;
    return { errors: [{ file: where(dir), path: '', message }] };
  }

  // Files whose text was validated before come from the snapshot (same outcome, no parsing); see snapshot.ts.
  const snapshot = CatalogueSnapshot.open(dir);
  const texts = await inOrder(names, (name, i) => files.read(join(servicesDir, name), LIMITS.serviceFileBytes, seen[i]));
  names.forEach((name, i) => {
    const file = where(join(servicesDir, name));
    const read = texts[i] as ReadOutcome;
    if (read.kind !== 'text') {
      if (read.kind === 'too-large') errors.push(tooLargeService(file, read.bytes));
      else if (read.kind === 'problem') errors.push({ file, path: '', message: read.message });
      // 'missing': deleted since the folder was listed, as when an editor saves through a rename.
      return;
    }
    const text = read.text;
    const r = snapshot.validated(`services/${name}`, file, text, () => {
      const parsed = parseServiceFile(file, text, name.replace(/\.ya?ml$/, ''));
      return parsed.service ? { value: parsed.service, errors: parsed.errors } : { errors: parsed.errors };
    });
    errors.push(...r.errors);
    if (r.value) services.push(r.value);
  });
  if (names.length === 0) {
    errors.push({ file: servicesDir, path: '', message: 'nenhum serviço encontrado; adicione arquivos .yaml em data/services/' });
  }

  // The side files (synonyms, near-synonyms, other states) are optional: 'missing' leaves `fallback`. One too large,
  // unreadable, or failing its schema is an error, and the holder keeps the last good catalogue.
  const readSideFile = async <F, T>(key: string, file: string, full: string, stat: (typeof seen)[number] | undefined, schema: z.ZodType<F>, pick: (valid: F) => T, fallback: T): Promise<T> => {
    const read = await files.read(full, LIMITS.synonymsFileBytes, stat);
    if (read.kind === 'too-large') errors.push(tooLargeSynonyms(file, read.bytes));
    else if (read.kind === 'problem') errors.push({ file, path: '', message: read.message });
    else if (read.kind === 'text') {
      const text = read.text;
      const r = snapshot.validated(key, file, text, (): { value?: T; errors: CatalogueIssue[] } => {
        const parsed = parseYaml(file, text);
        if (parsed.errors.length > 0) return { errors: parsed.errors };
        const valid = schema.safeParse(parsed.value, { reportInput: true });
        return valid.success ? { value: pick(valid.data), errors: [] } : { errors: zodIssues(file, valid.error) };
      });
      errors.push(...r.errors);
      if (r.value) return r.value;
    }
    return fallback;
  };
  const synonyms = await readSideFile('synonyms.yaml', synFile, synFull, seen[names.length], SynonymsFile, (f): SynonymEntry[] => f.synonyms, []);
  // Without near-synonyms, `passages` compares words only; without other states, only synonyms.yaml's phrasings name one.
  const nearSynonyms = await readSideFile('quase-sinonimos.yaml', nearFile, nearFull, seen[names.length + 1], NearSynonymsFile, (f): NearSynonyms => f.grupos, []);
  const otherStates = await readSideFile('outros-estados.yaml', statesFile, statesFull, seen[names.length + 2], OtherStatesFile, (f): OtherStates => f, NO_OTHER_STATES);
  snapshot.save();

  const byId = new Map<string, Service>();
  for (const s of services) byId.set(s.id, s);
  // A related service whose own file has errors exists: only its own errors are reported, not one per mention.
  const fileIds = new Set(names.map((n) => n.replace(/\.ya?ml$/, '')));
  for (const s of services) {
    s.related.forEach((rel, i) => {
      if (!byId.has(rel) && !fileIds.has(rel)) {
        errors.push({ file: relative(process.cwd(), join(servicesDir, `${s.id}.yaml`)), path: `related.${i}`, message: `serviço relacionado "${rel}" não existe no catálogo; corrija o id ou remova-o` });
      }
    });
  }

  if (errors.length > 0) return { errors };
  // Search finds the states as synonyms of "outro estado": the synonyms kept with the catalogue (and in the last good copy) hold them.
  return { catalogue: buildCatalogue(dir, services, withOtherStates(synonyms, otherStates), nearSynonyms, otherStates), errors };
}

/** No other state: a catalogue without outros-estados.yaml, or a last good copy saved before it existed. */
const NO_OTHER_STATES: OtherStates = { estados: [], ignorar: [] };

/** Assembles a catalogue from already validated parts (used by tests and benchmarks too). */
export function buildCatalogue(dir: string, services: readonly Service[], synonyms: readonly SynonymEntry[] = [], nearSynonyms: NearSynonyms = [], otherStates: OtherStates = NO_OTHER_STATES): Catalogue {
  return { dir, services, byId: new Map(services.map((s) => [s.id, s])), synonyms, nearSynonyms, otherStates, loadedAt: Date.now() };
}

/** Renders an issue as one line: file › field: message. */
export function formatIssue(i: CatalogueIssue): string {
  return `${i.file}${i.path ? ` › ${i.path}` : ''}: ${i.message}`;
}
