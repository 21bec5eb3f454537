// Content lint for the catalogue: problems the schema cannot see, found across files.
// Pure: works on a Catalogue already loaded, so `catalogue check`, hot reload and tests share it.
import { join, relative } from 'node:path';
import { analyze, fold, stem, words } from '../core/normalize.ts';
import type { Catalogue, CatalogueIssue } from './load.ts';
import type { Service } from './schema.ts';
import { checkPhone, checkUrl, urlsInText } from './contact.ts';
import { inPersonSteps } from './delivery.ts';

/** Every lint rule, by stable name (shown to staff in brackets, used by --json consumers). */
export const LINT_RULES = [
  'duplicate-id',
  'placeholder',
  'test-host',
  'ambiguous-name',
  'no-popular-names',
  'no-keywords',
  'step-without-channel',
  'online-with-desk-step',
  'malformed-link',
  'malformed-phone',
  'synonym-unused',
  'synonym-loop',
  'form-without-form',
  'needs-check',
  'near-duplicate-document',
  'conversational-name',
] as const;
/** One lint rule name. */
export type LintRule = (typeof LINT_RULES)[number];

/** A lint finding: a catalogue issue plus its rule and severity. Errors block publishing; warnings do not. */
export interface LintFinding extends CatalogueIssue {
  rule: LintRule;
  severity: 'error' | 'warning';
}

/** The marker the service template (`catalogue new`) puts in every value staff must replace. */
export const PLACEHOLDER = 'PREENCHA';

// Two services with the same id shadow each other; a placeholder is a draft; a test server is not for citizens
// (it needs a VPN, disappears, or shows fake data). None of them may go live.
const ERROR_RULES: ReadonlySet<LintRule> = new Set<LintRule>(['duplicate-id', 'placeholder', 'test-host']);

/** Where a service's file is, as the loader names it (relative to the working directory). */
export function serviceFile(dir: string, id: string): string {
  const full = join(dir, 'services', `${id}.yaml`);
  return relative(process.cwd(), full) || full;
}

function synonymsFile(dir: string): string {
  const full = join(dir, 'synonyms.yaml');
  return relative(process.cwd(), full) || full;
}

/** Lints a whole catalogue. Findings come in rule order, then file order. */
export function lintCatalogue(catalogue: Catalogue): LintFinding[] {
  const out: LintFinding[] = [];
  const add = (rule: LintRule, file: string, path: string, message: string): void => {
    out.push({ rule, severity: ERROR_RULES.has(rule) ? 'error' : 'warning', file, path, message });
  };
  const fileOf = (s: Service): string => serviceFile(catalogue.dir, s.id);

  duplicateIds(catalogue.services, (id) => serviceFile(catalogue.dir, id), add);
  for (const s of catalogue.services) placeholders(s, fileOf(s), add);
  for (const s of catalogue.services) testHosts(s, fileOf(s), add);
  ambiguousNames(catalogue.services, fileOf, add);
  for (const s of catalogue.services) {
    const file = fileOf(s);
    if (s.popularNames.length === 0) add('no-popular-names', file, 'popularNames', 'sem nomes populares: acrescente como o cidadão chama o serviço (ex.: "segunda via do RG"), para a busca encontrá-lo');
    if (s.keywords.length === 0) add('no-keywords', file, 'keywords', 'sem palavras-chave: acrescente termos que o cidadão usaria ao procurar este serviço');
    s.steps.forEach((st, i) => {
      if (st.channels.length === 0) add('step-without-channel', file, `steps.${i}.channels`, `a etapa "${st.title}" não diz onde é feita: informe ao menos um canal (site, telefone, presencial…)`);
    });
    onlineWithDeskSteps(s, file, add);
    links(s, file, add);
    phones(s, file, add);
    formMentions(s, file, add);
    needsCheck(s, file, add);
    nearDuplicateDocuments(s, file, add);
  }
  synonyms(catalogue, synonymsFile(catalogue.dir), add);
  const order = new Map(LINT_RULES.map((r, i) => [r, i]));
  return out.sort((a, b) => (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.file.localeCompare(b.file));
}

/** Only the findings that block publishing. */
export function lintErrors(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

type Add = (rule: LintRule, file: string, path: string, message: string) => void;

function duplicateIds(services: readonly Service[], fileOf: (id: string) => string, add: Add): void {
  const seen = new Map<string, number>();
  for (const s of services) seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
  for (const [id, n] of seen) {
    if (n > 1) add('duplicate-id', fileOf(id), 'id', `o id "${id}" aparece em ${n} arquivos (.yaml e .yml?): apague ou renomeie um deles`);
  }
}

/** Visits every string of a value with its field path. */
function eachString(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => eachString(v, path ? `${path}.${i}` : String(i), visit));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) eachString(v, path ? `${path}.${k}` : k, visit);
  }
}

function placeholders(s: Service, file: string, add: Add): void {
  eachString(s, '', (text, path) => {
    if (text.includes(PLACEHOLDER)) add('placeholder', file, path, `ainda tem o texto de exemplo "${PLACEHOLDER}…": substitua pelo conteúdo real`);
  });
}

// Host-name words that mark a test or staging server ("sdv8.homologacao.prodemge.gov.br", "hml-detran…",
// "app.dev.…"). Matched as whole words of the host only, so "teste-do-pezinho" in a path, "devolucao" or
// "estagio" in a host are fine.
const TEST_HOST_WORDS = new Set(['homolog', 'homologa', 'homologacao', 'hml', 'hmg', 'staging', 'stage', 'stg', 'teste', 'testes', 'test', 'dev', 'desenv', 'desenvolvimento', 'qa', 'uat', 'preprod', 'sandbox']);

/** The word of a URL's host that marks a test or staging server, or undefined for a normal host. */
export function testHostWord(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(/^www\./i.test(url) ? `https://${url}` : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // "hml2" and "teste-1" are the same markers with a number: drop trailing digits before comparing.
  const words = host.split(/[.-]/).map((w) => w.replace(/\d+$/, ''));
  return words.find((w) => TEST_HOST_WORDS.has(w) || w.startsWith('homolog'));
}

/** Every link a citizen can see (page, channels, links written in texts), with its field path; notes to staff are not shown. */
export function citizenLinks(s: Service): { url: string; path: string }[] {
  const out: { url: string; path: string }[] = [{ url: s.url, path: 'url' }];
  s.steps.forEach((st, i) => st.channels.forEach((c, j) => c.url !== undefined && out.push({ url: c.url, path: `steps.${i}.channels.${j}.url` })));
  eachString(s, '', (text, path) => {
    if (path === 'url' || /\.url$/.test(path) || path.startsWith('needsCheck.')) return;
    for (const url of urlsInText(text)) out.push({ url, path });
  });
  return out;
}

function testHosts(s: Service, file: string, add: Add): void {
  for (const { url, path } of citizenLinks(s)) {
    const word = testHostWord(url);
    if (word === undefined) continue;
    add('test-host', file, path, `link "${url}" aponta para um servidor de teste ou homologação ("${word}" no endereço), que o cidadão não consegue usar: troque pelo link oficial publicado; sem ele, use a página inicial do órgão e marque o campo em needsCheck`);
  }
}

function ambiguousNames(services: readonly Service[], fileOf: (s: Service) => string, add: Add): void {
  // Search pins a query equal to a title or popular name to its service; two services sharing one make it a coin toss.
  const owners = new Map<string, { id: string; path: string; text: string; service: Service }[]>();
  for (const s of services) {
    const names: [string, string][] = [[s.title, 'title'], ...s.popularNames.map((p, i): [string, string] => [p, `popularNames.${i}`])];
    for (const [text, path] of names) {
      const key = analyze(text).join(' ');
      if (key === '') continue;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.id === s.id)) list.push({ id: s.id, path, text, service: s });
      owners.set(key, list);
    }
  }
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    for (const o of list) {
      const others = list.filter((x) => x.id !== o.id).map((x) => x.id).join(', ');
      add('ambiguous-name', fileOf(o.service), o.path, `"${o.text}" também é nome de ${others}: a busca não saberá qual abrir; deixe cada nome em um só serviço`);
    }
  }
}

function links(s: Service, file: string, add: Add): void {
  const report = (url: string, path: string, inText: boolean): void => {
    const problem = checkUrl(url, inText);
    if (problem) add('malformed-link', file, path, `link "${url}": ${problem}`);
  };
  report(s.url, 'url', false);
  s.steps.forEach((st, i) => st.channels.forEach((c, j) => c.url !== undefined && report(c.url, `steps.${i}.channels.${j}.url`, false)));
  eachString(s, '', (text, path) => {
    if (path === 'url' || /\.url$/.test(path)) return;
    for (const url of urlsInText(text)) report(url, path, true);
  });
}

function phones(s: Service, file: string, add: Add): void {
  s.steps.forEach((st, i) =>
    st.channels.forEach((c, j) => {
      const path = `steps.${i}.channels.${j}`;
      if (c.phone !== undefined) {
        const problem = checkPhone(c.phone);
        if (problem) add('malformed-phone', file, `${path}.phone`, `telefone "${c.phone}": ${problem}`);
      }
    }),
  );
}

const FILL_FORM = /\bpreench\w*\s+(?:(?:o|os|um|seu)\s+)?formularios?\b/;

function formMentions(s: Service, file: string, add: Add): void {
  if (s.form) return;
  s.steps.forEach((st, i) => {
    if (!FILL_FORM.test(fold(`${st.title} ${st.description}`))) return;
    // A link next to the words tells the citizen where the form is; without one, they will expect the bot to ask.
    if (st.channels.some((c) => c.url !== undefined)) return;
    add('form-without-form', file, `steps.${i}.description`, 'a etapa manda preencher um formulário, mas o serviço não tem form e a etapa não tem link: informe o link do formulário em channels, ou crie o form');
  });
}

/** Reads a dotted field path ("steps.0.costs") from a service; undefined when it does not exist. */
function fieldAt(s: Service, path: string): unknown {
  let cur: unknown = s;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function needsCheck(s: Service, file: string, add: Add): void {
  s.needsCheck.forEach((n, i) => {
    const missing = fieldAt(s, n.field) === undefined ? ` (atenção: o campo "${n.field}" não existe neste arquivo; corrija o caminho)` : '';
    add('needs-check', file, `needsCheck.${i}`, `conferir ${n.field}: ${n.note}${missing}`);
  });
}

/** Analysed token sequences of every text of a service, as search indexes them. */
function serviceTexts(s: Service): string[][] {
  const texts = [
    s.title,
    ...s.popularNames,
    ...(s.acronym ? [s.acronym] : []),
    ...s.keywords,
    s.description,
    s.category,
    s.agency.acronym,
    s.agency.name,
    ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents]),
  ];
  return texts.map(analyze).filter((t) => t.length > 0);
}

function containsSequence(hay: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function synonyms(catalogue: Catalogue, file: string, add: Add): void {
  const corpus = catalogue.services.flatMap(serviceTexts);
  const vocabulary = new Set(corpus.flat());
  // Most phrases fail on a word no service has: check that first, scan sequences only when it could match.
  const inCorpus = (key: readonly string[]): boolean => key.every((w) => vocabulary.has(w)) && corpus.some((t) => containsSequence(t, key));
  const entries = catalogue.synonyms.map((e) => ({ term: e.term, phrases: [e.term, ...e.alternatives].map((p) => ({ text: p, key: analyze(p), folded: fold(p) })) }));

  // Points nowhere: no phrase of the entry is in any service text, so it can never bring a citizen to a service.
  entries.forEach((e, i) => {
    const keys = e.phrases.filter((p) => p.key.length > 0);
    if (keys.length === 0) return;
    if (!keys.some((p) => inCorpus(p.key))) {
      add('synonym-unused', file, `synonyms.${i}`, `o sinônimo "${e.term}" não leva a nenhum serviço: nem o termo nem as alternativas aparecem no texto dos serviços. Use no termo uma palavra que está nos serviços, ou apague a entrada`);
    }
  });

  // Loops: an alternative written exactly as its own term, or terms that point to each other through their
  // alternatives. Compared folded (accents, case and punctuation ignored), not stemmed: "multas" next to
  // "multa" is harmless redundancy, "moto" inside the "moto" entry is a loop.
  const termIndex = new Map<string, number>();
  entries.forEach((e, i) => {
    const key = e.phrases[0]?.folded ?? '';
    if (key !== '' && !termIndex.has(key)) termIndex.set(key, i);
  });
  const edges = entries.map(() => new Set<number>());
  entries.forEach((e, i) => {
    const termKey = e.phrases[0]?.folded ?? '';
    e.phrases.slice(1).forEach((p, k) => {
      const key = p.folded;
      if (key === '') return;
      if (key === termKey) {
        add('synonym-loop', file, `synonyms.${i}.alternatives.${k}`, `"${p.text}" é o próprio termo "${e.term}" (a busca já ignora acentos, maiúsculas e hífens): apague esta alternativa`);
        return;
      }
      const j = termIndex.get(key);
      if (j !== undefined && j !== i) edges[i]?.add(j);
    });
  });
  for (const cycle of findCycles(edges)) {
    const first = cycle[0] as number;
    const names = [...cycle, first].map((i) => `"${entries[i]?.term}"`).join(' → ');
    add('synonym-loop', file, `synonyms.${first}`, `sinônimos em círculo: ${names}. Junte-os em uma só entrada`);
  }
}

/** Elementary cycles of a small directed graph, each reported once (rotated to start at its smallest node). */
function findCycles(edges: readonly ReadonlySet<number>[]): number[][] {
  const found = new Map<string, number[]>();
  const visit = (start: number, node: number, path: number[]): void => {
    for (const next of edges[node] ?? []) {
      if (next === start) {
        const min = Math.min(...path);
        const at = path.indexOf(min);
        const rotated = [...path.slice(at), ...path.slice(0, at)];
        found.set(rotated.join(','), rotated);
      } else if (next > start && !path.includes(next) && path.length < 8) {
        visit(start, next, [...path, next]);
      }
    }
  };
  edges.forEach((_, i) => visit(i, i, [i]));
  return [...found.values()];
}

/** Words that qualify a document without making it another one ("original", "cópia autenticada"). */
const DOCUMENT_QUALIFIERS: ReadonlySet<string> = new Set(['original', 'origin', 'copi', 'autentic', 'atualiz', 'ofici', 'impress', 'digital', 'fisic', 'legivel', 'valid']);

/**
 * What two document lines share when they name the same document: their stems, in any order, without
 * the note in brackets and without qualifiers such as "original" or "atualizado". Empty for a line with
 * no such word.
 */
export function documentKey(doc: string): string {
  return [...new Set(analyze(doc.replace(/\([^)]*\)/g, ' ')))].filter((w) => !DOCUMENT_QUALIFIERS.has(w)).sort().join(' ');
}

/**
 * Near-duplicate documents: lines of one service that name the same document, written differently
 * ("Número do Renavam" and "Número do Renavam (no CRLV)", or with only "original" added). The card
 * shows one of them; staff should keep one wording. Different documents that share words ("CPF do
 * estudante", "CPF do responsável") are left alone.
 */
/**
 * A service marked `online` whose steps still send the citizen to a desk (the enrolment at the school, the day at the
 * UAI). The bot tells the citizen which steps are in person; staff should check whether `partly_online` is the truth.
 */
function onlineWithDeskSteps(s: Service, file: string, add: Add): void {
  const desks = inPersonSteps(s);
  if (s.delivery !== 'online' || desks.length === 0) return;
  const named = desks.map((i) => `${i + 1} ("${s.steps[i]?.title ?? ''}")`).join(' e ');
  add('online-with-desk-step', file, 'delivery', `marcado como "online", mas só há canal presencial ${desks.length === 1 ? 'na etapa' : 'nas etapas'} ${named}: confira se o certo é "partly_online"`);
}

function nearDuplicateDocuments(s: Service, file: string, add: Add): void {
  const first = new Map<string, { text: string; step: number }>();
  const reported = new Set<string>();
  s.steps.forEach((st, step) =>
    st.documents.forEach((text, index) => {
      const key = documentKey(text);
      if (key === '') return;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { text, step });
        return;
      }
      if (seen.text === text || reported.has(text)) return;
      reported.add(text);
      const where = seen.step === step ? `na etapa ${step + 1}` : `nas etapas ${seen.step + 1} e ${step + 1}`;
      add('near-duplicate-document', file, `steps.${step}.documents.${index}`, `"${text}" parece o mesmo documento que "${seen.text}" (${where}): o cartão mostra só um deles; escreva os dois do mesmo jeito ou deixe só o mais completo`);
    }),
  );
}

/**
 * Popular names and one-word synonyms that share a stem with an everyday chat word (data/palavras-de-conversa.yaml):
 * search stems what the citizen types, so "deixou" in a popular name answered "deixa pra lá", and "se passou" answered
 * "semana passada". One warning per name, with every word of it that collides. Run by `catalogue check` only, with
 * the word list it read (`wordsFile` names it in the message).
 */
export function conversationalNames(catalogue: Catalogue, chatWords: readonly string[], wordsFile: string): LintFinding[] {
  const byStem = new Map<string, string>();
  for (const w of chatWords) {
    const folded = fold(w);
    if (folded === '' || folded.includes(' ')) continue;
    const key = stem(folded);
    if (!byStem.has(key)) byStem.set(key, w);
  }
  const out: LintFinding[] = [];
  /** The words of `text` that collide, each with the chat word it collides with. */
  const collisions = (text: string): { word: string; chat: string }[] =>
    words(text).flatMap((word) => {
      const chat = byStem.get(stem(word));
      return chat === undefined ? [] : [{ word, chat }];
    });
  const warn = (file: string, path: string, what: string, found: readonly { word: string; chat: string }[]): void => {
    const listed = [...new Set(found.map((f) => (f.word === fold(f.chat) ? `"${f.word}"` : `"${f.word}" (mesmo radical de "${f.chat}")`)))].join(', ');
    out.push({
      rule: 'conversational-name',
      severity: 'warning',
      file,
      path,
      message: `${what} tem palavra que o cidadão usa na conversa sem falar de serviço nenhum: ${listed}. Uma mensagem como "${found[0]?.chat}" pode trazer este serviço; prefira outra palavra, ou confirme que o nome vale o risco (lista em ${wordsFile})`,
    });
  };
  for (const s of catalogue.services) {
    s.popularNames.forEach((name, i) => {
      const found = collisions(name);
      if (found.length > 0) warn(serviceFile(catalogue.dir, s.id), `popularNames.${i}`, `o nome popular "${name}"`, found);
    });
  }
  const file = synonymsFile(catalogue.dir);
  catalogue.synonyms.forEach((e, i) => {
    [e.term, ...e.alternatives].forEach((phrase, k) => {
      if (words(phrase).length !== 1) return;
      const found = collisions(phrase);
      if (found.length > 0) warn(file, k === 0 ? `synonyms.${i}.term` : `synonyms.${i}.alternatives.${k - 1}`, `o sinônimo "${phrase}"`, found);
    });
  });
  return out;
}
