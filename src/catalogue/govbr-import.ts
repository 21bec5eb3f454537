// gov.br Portal de Serviços v1 → catalogue: converts each service, reports what has no place in the catalogue,
// and renders the YAML files. Pure.
import { stringify } from 'yaml';
import type { z } from 'zod';
import { fold } from '../core/normalize.ts';
import { dayOf } from '../core/time.ts';
import { checkUrl, urlsInText } from './contact.ts';
import { GovBrCanal, GovBrCusto, GovBrExport, GovBrService, type GovBrTempo, type Prazo, withCase } from './govbr.ts';
import { ChannelType, type Channel, type Cost, type DeliveryMode, type EstimatedTime, ServiceId, type ServiceInput, type Step, TimeUnit } from './schema.ts';

/** One service converted from gov.br: the object to write, and what could not be carried over. */
export interface ImportedService {
  /** Position in the "resposta" array. */
  index: number;
  id: string;
  /** gov.br id, when there was one. */
  sourceId?: string;
  service: ServiceInput;
  /** gov.br fields (paths) that have no place in the catalogue and were left out. */
  unmapped: string[];
  /** What staff should know or check in the result (pt-BR). */
  notes: string[];
}

/** Result of a gov.br import: converted services, and entries that could not be read at all. */
export interface ImportResult {
  services: ImportedService[];
  rejected: { index: number; message: string }[];
}

/** Slug of a service name: "Emitir 2ª via da CNH" → "emitir-2a-via-da-cnh" (at most 60 characters, whole words). */
export function slugify(text: string): string {
  const words = fold(text).split(' ').filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > 60) break;
    out = next;
  }
  return out || 'servico';
}

/** A short acronym for an agency name: "(Detran-MG)" or "PF - …" when written (`guessed: false`), else the initials. */
export function agencyAcronym(name: string): { acronym: string; guessed: boolean } {
  const paren = /\(([^\s()]{2,20})\)\s*$/.exec(name);
  if (paren?.[1]) return { acronym: paren[1], guessed: false };
  const dash = /^([A-Z][A-Za-z0-9-]{1,15})\s+[-–]\s+/.exec(name) ?? /\s[-–]\s+([A-Z][A-Za-z0-9-]{1,15})$/.exec(name);
  if (dash?.[1]) return { acronym: dash[1], guessed: false };
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return { acronym: initials.length >= 2 ? initials : name.slice(0, 12), guessed: true };
}

function channelType(tipo: string | undefined, hasUrl: boolean): { type: Channel['type']; known: boolean } {
  const key = fold(tipo ?? '').replace(/ /g, '-');
  const aliases: Record<string, Channel['type']> = { email: 'e-mail', aplicativo: 'aplicativo-movel', app: 'aplicativo-movel', 'aplicativo-mobile': 'aplicativo-movel', site: 'web', internet: 'web' };
  const candidate = aliases[key] ?? key;
  const parsed = ChannelType.safeParse(candidate);
  if (parsed.success) return { type: parsed.data, known: true };
  return { type: hasUrl ? 'web' : 'presencial', known: false };
}

const PHONE_IN_TEXT = /(?:\(?\b\d{2}\)?\s?\d{4,5}[\s-]?\d{4}\b|\b0800[\s-]?\d{3}[\s-]?\d{4}\b|\b1\d\d\b)/;

function mapChannel(c: z.output<typeof GovBrCanal>, caso: string | undefined, path: string, unmapped: string[], notes: string[]): Channel | undefined {
  const text = c.descricao ?? '';
  if (text.length === 0) {
    notes.push(`${path}: canal sem descrição; não foi importado`);
    return undefined;
  }
  // Our own export appends " — <link>" and " — telefone <n>" to the description: take them back off.
  let label = text;
  let tailUrl: string | undefined;
  let tailPhone: string | undefined;
  for (;;) {
    const u = / — (https?:\/\/\S+)$/.exec(label);
    const p = / — telefone (\S+)$/.exec(label);
    if (u && !tailUrl) {
      tailUrl = u[1];
      label = label.slice(0, u.index);
    } else if (p && !tailPhone) {
      tailPhone = p[1];
      label = label.slice(0, p.index);
    } else break;
  }
  if (label.length < 3) label = text;
  const usable = (u: string): boolean => {
    const problem = checkUrl(u);
    return problem === undefined || problem.startsWith('use https');
  };
  const url = tailUrl ?? urlsInText(text).map((u) => (u.startsWith('http') ? u : `https://${u}`)).find(usable);
  const { type, known } = channelType(c.tipo, url !== undefined);
  if (!known) notes.push(`${path}.tipo: tipo "${c.tipo ?? ''}" desconhecido; importado como "${type}"`);
  const channel: Channel = { type, description: withCase(label.length >= 3 ? label : `${label} (${type})`, caso) };
  if (url) channel.url = url;
  const phone = tailPhone ?? (type === 'telefone' || type === 'sms' ? PHONE_IN_TEXT.exec(text)?.[0] : undefined);
  if (phone) channel.phone = phone.trim();
  if (c.tempoEstimadoEspera !== undefined && c.tempoEstimadoEspera !== null && c.tempoEstimadoEspera !== '' && c.tempoEstimadoEspera !== 0) unmapped.push(`${path}.tempoEstimadoEspera`);
  if (c.procedimentoSistemaIndisponivel) unmapped.push(`${path}.procedimentoSistemaIndisponivel`);
  return channel;
}

function mapCost(c: z.output<typeof GovBrCusto>, caso: string | undefined): Cost | undefined {
  if (!c.descricao) return undefined;
  const cost: Cost = { description: withCase(c.descricao, caso), currency: 'R$', variable: c.valorVariavel === true };
  if (c.valor !== undefined) cost.amount = c.valor;
  return cost;
}

function mapTime(t: z.output<typeof GovBrTempo>): EstimatedTime {
  const base = t?.descricao ? { description: t.descricao } : {};
  const unit = (u: string | undefined) => {
    const parsed = TimeUnit.safeParse(fold(u ?? '').replace(/ /g, '-'));
    return parsed.success ? parsed.data : undefined;
  };
  const range = (p: z.output<typeof Prazo>, kind: EstimatedTime['kind']): EstimatedTime | undefined => {
    if (!p || p.max === undefined || unit(p.unidade) === undefined) return undefined;
    return { kind, ...(kind === 'between' && p.min !== undefined ? { min: p.min } : {}), max: p.max, unit: unit(p.unidade), ...base };
  };
  if (t) {
    const found = range(t.entre, 'between') ?? range(t.ate, 'up_to') ?? range(t.emMedia, 'average');
    if (found) return found;
    if (t.atendimentoImediato !== undefined && t.atendimentoImediato !== null) return { kind: 'immediate', ...base };
  }
  return { kind: 'not_estimated', ...base };
}

function deliveryOf(g: GovBrService, steps: Step[]): DeliveryMode {
  const types = steps.flatMap((s) => s.channels.map((c) => c.type));
  const web = types.some((t) => t.startsWith('web') || t === 'aplicativo-movel' || t === 'e-mail');
  const inPerson = types.some((t) => t === 'presencial' || t === 'postal');
  const phone = types.some((t) => t === 'telefone' || t === 'sms' || t === 'fax');
  if (g.porcentagemDigital !== undefined) {
    if (g.porcentagemDigital >= 100) return 'online';
    if (g.porcentagemDigital > 0) return 'partly_online';
    return phone && !inPerson ? 'phone' : 'in_person';
  }
  if (g.servicoDigital === true) return inPerson ? 'partly_online' : 'online';
  if (web && inPerson) return 'partly_online';
  if (web) return 'online';
  if (phone && !inPerson) return 'phone';
  return 'in_person';
}

const MAPPED_SERVICE_KEYS = new Set([
  'id', 'nome', 'sigla', 'descricao', 'gratuito', 'servicoDigital', 'porcentagemDigital', 'linkServicoDigital', 'url', 'nomesPopulares', 'palavrasChave',
  'areasDeInteresse', 'solicitantes', 'etapas', 'tempoTotalEstimado', 'tratamentoPrioritario', 'orgao', 'servicosRelacionados',
]);
const MAPPED_STEP_KEYS = new Set(['titulo', 'descricao', 'documentos', 'custos', 'canaisDePrestacao']);

/** True when a raw value carries information (not null, "", [], {} or a wrapper of empties). */
function hasContent(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false) return false;
  if (Array.isArray(v)) return v.some(hasContent);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).some(hasContent);
  return true;
}

function unmappedKeys(raw: unknown, mapped: ReadonlySet<string>, prefix: string, ignore: ReadonlySet<string> = new Set()): string[] {
  if (raw === null || typeof raw !== 'object') return [];
  return Object.entries(raw as Record<string, unknown>)
    .filter(([k, v]) => !mapped.has(k) && !ignore.has(k) && hasContent(v))
    .map(([k]) => `${prefix}${k}`);
}

// Bookkeeping fields of the read API that are not content: not worth a line in the report.
const NOISE = new Set(['avaliacoes', 'flagPortalLogado', 'flagPagTesouro', 'percentualAvaliacoesPositivas', 'tempoMediaEspera', 'dbId']);

function mapService(g: GovBrService, raw: unknown, index: number): Omit<ImportedService, 'id'> & { slug: string } {
  const unmapped: string[] = unmappedKeys(raw, MAPPED_SERVICE_KEYS, '', NOISE);
  const notes: string[] = [];
  const steps: Step[] = g.etapas.map((e, i) => {
    const path = `etapas.${i}`;
    const rawStep = (raw as { etapas?: unknown[] }).etapas?.[i];
    unmapped.push(...unmappedKeys(rawStep, MAPPED_STEP_KEYS, `${path}.`, new Set(['id', 'digitalizavel'])));
    const documents = [
      ...e.documentos.items.map((d, k) => ({ d, caso: undefined as string | undefined, at: `${path}.documentos.documentos.${k}` })),
      ...e.documentos.casos.flatMap((c, ci) => c.items.map((d, k) => ({ d, caso: c.descricao, at: `${path}.documentos.casos.${ci}.${k}` }))),
    ].flatMap(({ d, caso, at }) => {
      for (const extra of d.extra) unmapped.push(`${at}.${extra}`);
      return d.text ? [withCase(d.text, caso)] : [];
    });
    const costs = [
      ...e.custos.items.map((c) => mapCost(c, undefined)),
      ...e.custos.casos.flatMap((c) => c.items.map((x) => mapCost(x, c.descricao))),
    ].filter((c): c is Cost => c !== undefined);
    const channels = [
      ...e.canaisDePrestacao.items.map((c, k) => mapChannel(c, undefined, `${path}.canaisDePrestacao.${k}`, unmapped, notes)),
      ...e.canaisDePrestacao.casos.flatMap((cs, ci) => cs.items.map((c, k) => mapChannel(c, cs.descricao, `${path}.canaisDePrestacao.casos.${ci}.${k}`, unmapped, notes))),
    ].filter((c): c is Channel => c !== undefined);
    return { title: e.titulo ?? `Etapa ${i + 1}`, description: e.descricao ?? e.titulo ?? '', documents, costs, channels };
  });
  if (steps.some((s) => s.costs.some((c) => c.amount !== undefined && c.amount > 0))) notes.push('há valores em R$: confira se ainda valem (marcado em needsCheck)');

  const channelUrls = steps.flatMap((s) => s.channels.map((c) => c.url)).filter((u): u is string => u !== undefined);
  const url = g.url ?? g.linkServicoDigital ?? channelUrls[0];
  if (g.linkServicoDigital && g.linkServicoDigital !== url && !channelUrls.includes(g.linkServicoDigital)) unmapped.push('linkServicoDigital');
  if (!g.url && url) notes.push('sem "url" no gov.br: usado o link do serviço digital como página oficial');
  if (!url) notes.push('sem nenhum link: preencha url com a página oficial');

  const agencyName = g.orgao?.nomeOrgao ?? '';
  const category = g.areasDeInteresse[0] ?? 'Outros serviços';
  if (g.areasDeInteresse.length > 1) unmapped.push(...g.areasDeInteresse.slice(1).map((_, i) => `areasDeInteresse.${i + 1}`));
  if (g.areasDeInteresse.length === 0) notes.push('sem área de interesse: categoria "Outros serviços"; escolha uma categoria do menu');
  if (g.orgao?.id) unmapped.push('orgao.id');

  const agency = agencyAcronym(agencyName);
  const needsCheck: { field: string; note: string }[] = agency.guessed ? [{ field: 'agency.acronym', note: 'Sigla deduzida das iniciais do nome do órgão na importação do gov.br; confirme.' }] : [];
  steps.forEach((s, i) => {
    if (s.costs.some((c) => c.amount !== undefined && c.amount > 0)) needsCheck.push({ field: `steps.${i}.costs`, note: 'Valor importado do gov.br; confirme o valor deste ano.' });
  });

  const service: ServiceInput = {
    id: '',
    title: g.nome ?? '',
    ...(g.sigla ? { acronym: g.sigla } : {}),
    popularNames: g.nomesPopulares,
    keywords: g.palavrasChave,
    description: g.descricao ?? '',
    requesters: g.solicitantes.map((s) => ({ type: s.tipo ?? 'Cidadão', requirements: s.requisitos ?? '' })),
    agency: { acronym: agency.acronym, name: agencyName },
    category,
    free: g.gratuito ?? false,
    delivery: deliveryOf(g, steps),
    url: url ?? '',
    estimatedTime: mapTime(g.tempoTotalEstimado),
    steps,
    related: [],
    ...(g.tratamentoPrioritario ? { priorityService: g.tratamentoPrioritario } : {}),
    needsCheck,
  };
  if (g.gratuito === undefined) notes.push('"gratuito" ausente: importado como pago (free: false); confirme');
  const sourceId = g.id;
  const ownId = sourceId !== undefined && ServiceId.safeParse(sourceId).success ? sourceId : undefined;
  const result: Omit<ImportedService, 'id'> & { slug: string } = { index, slug: ownId ?? slugify(g.nome ?? `servico-${index + 1}`), service, unmapped, notes };
  if (sourceId !== undefined) result.sourceId = sourceId;
  return result;
}

/** How big a gov.br import may be (file bytes, services per file): bigger exports are refused, to be split. */
export const GOVBR_IMPORT_LIMITS = { bytes: 50 * 1024 * 1024, services: 10_000 } as const;

/** The pt-BR refusal for an import over a limit (naming the file, the size, the limit and what to do), or undefined. */
export function importSizeProblem(file: string, size: { bytes: number } | { services: number }): string | undefined {
  const split = 'Divida a exportação em arquivos menores (por exemplo, um por órgão ou por área de interesse) e importe um de cada vez.';
  const n = (x: number): string => x.toLocaleString('pt-BR');
  if ('bytes' in size) {
    if (size.bytes <= GOVBR_IMPORT_LIMITS.bytes) return undefined;
    const mb = (x: number): string => `${n(Math.ceil(x / 1024 / 1024))} MB`;
    return `O arquivo ${file} tem ${mb(size.bytes)}, acima do limite de ${mb(GOVBR_IMPORT_LIMITS.bytes)} por importação; nada foi importado. ${split}`;
  }
  if (size.services <= GOVBR_IMPORT_LIMITS.services) return undefined;
  return `O arquivo ${file} tem ${n(size.services)} serviços, acima do limite de ${n(GOVBR_IMPORT_LIMITS.services)} por importação; nada foi importado. ${split}`;
}

/** How many services a parsed gov.br export holds, counted without reading them (0 when it is not an export). */
export function govBrServiceCount(json: unknown): number {
  if (Array.isArray(json)) return json.length;
  const resposta: unknown = json !== null && typeof json === 'object' ? (json as { resposta?: unknown }).resposta : undefined;
  return Array.isArray(resposta) ? resposta.length : 0;
}

/** Ids for the slugs, unique within the batch: the first keeps its slug, later ones get "-2", "-3"…; `used` holds ids already taken. */
export function uniqueIds(slugs: readonly string[], used: Set<string> = new Set()): string[] {
  // Each slug remembers the next suffix to try, so 20,000 services of the same name do not rescan "-2", "-3"…
  // for every one of them (that scan was quadratic). A candidate "slug-n" is only ever tried by its own slug.
  const next = new Map<string, number>();
  return slugs.map((slug) => {
    let id = slug;
    let n = next.get(slug) ?? 2;
    while (used.has(id)) id = `${slug}-${n++}`;
    next.set(slug, n);
    used.add(id);
    return id;
  });
}

/** Converts a gov.br v1 export (already JSON-parsed) into catalogue services. Never throws for bad content. */
export function fromGovBr(json: unknown): ImportResult {
  const top = GovBrExport.safeParse(json);
  if (!top.success) return { services: [], rejected: [{ index: -1, message: 'o arquivo não está no formato do gov.br v1: esperado {"resposta": [ ...serviços ]}' }] };
  const rejected: ImportResult['rejected'] = [];
  const mapped: (Omit<ImportedService, 'id'> & { slug: string; raw: GovBrService })[] = [];
  top.data.resposta.forEach((raw, index) => {
    const parsed = GovBrService.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      rejected.push({ index, message: `não foi possível ler o serviço (${first ? `${first.path.join('.')}: ${first.message}` : 'formato inválido'})` });
      return;
    }
    mapped.push({ ...mapService(parsed.data, raw, index), raw: parsed.data });
  });

  // Ids unique within the batch; related services resolved by gov.br id, our id or name.
  const ids = uniqueIds(mapped.map((m) => m.slug));
  const services: ImportedService[] = mapped.map((m, k) => {
    const id = ids[k] as string;
    return { index: m.index, id, ...(m.sourceId !== undefined ? { sourceId: m.sourceId } : {}), service: { ...m.service, id }, unmapped: m.unmapped, notes: m.notes };
  });
  const byKey = new Map<string, string>();
  services.forEach((s) => {
    byKey.set(s.id, s.id);
    if (s.sourceId) byKey.set(s.sourceId, s.id);
    byKey.set(fold(s.service.title), s.id);
  });
  mapped.forEach((m, k) => {
    const s = services[k] as ImportedService;
    const related: string[] = [];
    m.raw.servicosRelacionados.forEach((r, i) => {
      const keys = typeof r === 'object' ? [r.id, r.nome ? fold(r.nome) : undefined] : [String(r)];
      const found = keys.map((key) => (key ? byKey.get(key) : undefined)).find((x) => x !== undefined);
      if (found && found !== s.id && !related.includes(found)) related.push(found);
      else if (!found) s.notes.push(`servicosRelacionados.${i}: o serviço relacionado não está neste arquivo; acrescente o id em related, se ele existir no catálogo`);
    });
    s.service.related = related;
  });
  return { services, rejected };
}

/** Drops values the schema fills in by default, so imported files stay short and readable. */
function compact(s: ServiceInput): ServiceInput {
  return {
    ...s,
    steps: s.steps.map((st) => ({
      title: st.title,
      description: st.description,
      ...(st.documents && st.documents.length > 0 ? { documents: st.documents } : {}),
      ...(st.costs && st.costs.length > 0
        ? { costs: st.costs.map((c) => ({ description: c.description, ...(c.amount !== undefined ? { amount: c.amount } : {}), ...(c.variable ? { variable: true } : {}) })) }
        : {}),
      channels: st.channels ?? [],
    })),
  };
}

/** The YAML file text of an imported service, with a header saying where it came from and what to review. */
export function importedServiceYaml(s: ImportedService, today: Date = new Date()): string {
  const header = [
    '# Carta de Serviços — um arquivo por serviço. Campos explicados em docs/catalogue.md.',
    `# Importado do gov.br${s.sourceId ? ` (id ${s.sourceId})` : ''} em ${dayOf(today.getTime())}. Revise antes de publicar.`,
    ...s.notes.map((n) => `# - ${n}`),
    ...(s.unmapped.length > 0 ? [`# Campos do gov.br sem lugar no catálogo (não importados): ${s.unmapped.join(', ')}`] : []),
  ];
  return `${header.join('\n')}\n${stringify(compact(s.service), { lineWidth: 110, minContentWidth: 40 })}`;
}
