// Reads and validates a catalogue directory: services/*.yaml plus synonyms.yaml.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { Service, SynonymsFile, type SynonymEntry } from './schema.ts';
import { CatalogueSnapshot } from './snapshot.ts';

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
    default:
      return issue.message;
  }
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

/** Reads and validates every file of a catalogue directory. Never throws for bad content. */
export async function loadCatalogue(dir: string): Promise<LoadResult> {
  const errors: CatalogueIssue[] = [];
  const services: Service[] = [];
  const servicesDir = join(dir, 'services');
  let names: string[];
  try {
    names = readdirSync(servicesDir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch {
    return { errors: [{ file: relative(process.cwd(), servicesDir) || servicesDir, path: '', message: 'pasta de serviços não encontrada; crie data/services/ com um arquivo .yaml por serviço' }] };
  }
  // Files whose text was validated before come from the snapshot (same outcome, no parsing); see snapshot.ts.
  const snapshot = CatalogueSnapshot.open(dir);
  for (const name of names) {
    const full = join(servicesDir, name);
    const file = relative(process.cwd(), full) || full;
    // Synchronous: 74 small files cost less in one go than in 74 trips through the thread pool.
    const text = readFileSync(full, 'utf8');
    const r = snapshot.validated(`services/${name}`, file, text, () => {
      const parsed = parseServiceFile(file, text, name.replace(/\.ya?ml$/, ''));
      return parsed.service ? { value: parsed.service, errors: parsed.errors } : { errors: parsed.errors };
    });
    errors.push(...r.errors);
    if (r.value) services.push(r.value);
  }
  if (names.length === 0) {
    errors.push({ file: servicesDir, path: '', message: 'nenhum serviço encontrado; adicione arquivos .yaml em data/services/' });
  }

  let synonyms: SynonymEntry[] = [];
  const synFull = join(dir, 'synonyms.yaml');
  const synFile = relative(process.cwd(), synFull) || synFull;
  let synText: string | undefined;
  try {
    synText = readFileSync(synFull, 'utf8');
  } catch {
    synText = undefined; // the synonyms file is optional
  }
  if (synText !== undefined) {
    const text = synText;
    const r = snapshot.validated('synonyms.yaml', synFile, text, (): { value?: SynonymEntry[]; errors: CatalogueIssue[] } => {
      const parsed = parseYaml(synFile, text);
      if (parsed.errors.length > 0) return { errors: parsed.errors };
      const valid = SynonymsFile.safeParse(parsed.value, { reportInput: true });
      return valid.success ? { value: valid.data.synonyms, errors: [] } : { errors: zodIssues(synFile, valid.error) };
    });
    errors.push(...r.errors);
    if (r.value) synonyms = r.value;
  }
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
  return { catalogue: buildCatalogue(dir, services, synonyms), errors };
}

/** Assembles a catalogue from already validated parts (used by tests and benchmarks too). */
export function buildCatalogue(dir: string, services: readonly Service[], synonyms: readonly SynonymEntry[] = []): Catalogue {
  return { dir, services, byId: new Map(services.map((s) => [s.id, s])), synonyms, loadedAt: Date.now() };
}

/** Renders an issue as one line: file › field: message. */
export function formatIssue(i: CatalogueIssue): string {
  return `${i.file}${i.path ? ` › ${i.path}` : ''}: ${i.message}`;
}
