// The gov.br Portal de Serviços API v1 shape ({"resposta": [...]}): zod schemas to read and to write it.
// The input schemas are tolerant on purpose: real exports mix the read format (wrapped lists such as
// {"item": [{"item": "…"}]}, numbers as strings) with the publication format; everything is normalised here.
// The mapping lives in govbr-import.ts and govbr-export.ts. Pure.
import { z } from 'zod';
import { fold } from '../core/normalize.ts';
import { ChannelType, TimeUnit } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Tolerant value schemas.

const Text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : String(v).trim() || undefined));

const NumberLike = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined || v === '') return undefined;
    const n = typeof v === 'number' ? v : Number(v.replace(/\s/g, '').replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  });

const BoolLike = z
  .union([z.boolean(), z.string(), z.number()])
  .nullish()
  .transform((v) => {
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    if (typeof v !== 'string') return undefined;
    const f = fold(v);
    if (['true', 'sim', 's', '1', 'yes'].includes(f)) return true;
    if (['false', 'nao', 'n', '0', 'no'].includes(f)) return false;
    return undefined;
  });

/** One entry of a gov.br word list: "x", {"item": "x"}, {"nome": "x"} or {"descricao": "x"}. */
const ListEntry = z.union([
  z.string(),
  z.looseObject({ item: Text, nome: Text, descricao: Text }).transform((o) => o.item ?? o.nome ?? o.descricao),
]);

/** A list that may come bare or wrapped as {"item": [...]}; empty entries dropped. */
const WordList = z
  .union([z.array(ListEntry), z.looseObject({ item: z.array(ListEntry).nullish() }).transform((o) => o.item ?? [])])
  .nullish()
  .transform((l) => (l ?? []).map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x): x is string => x !== undefined && x !== ''));

/** gov.br solicitante. */
export const GovBrSolicitante = z.looseObject({ tipo: Text, requisitos: Text });
const Solicitantes = z
  .union([z.array(GovBrSolicitante), z.looseObject({ solicitante: z.array(GovBrSolicitante).nullish() }).transform((o) => o.solicitante ?? [])])
  .nullish()
  .transform((l) => l ?? []);

/** gov.br documento: a string or an object naming it in `descricao` or `nome`. */
export const GovBrDocumento = z.union([
  z.string().transform((s) => ({ text: s.trim(), extra: [] as string[] })),
  z.looseObject({ descricao: Text, nome: Text, item: Text, ondeObter: Text, observacoes: Text }).transform((o) => ({
    text: o.descricao ?? o.nome ?? o.item ?? '',
    extra: [o.ondeObter ? 'ondeObter' : '', o.observacoes ? 'observacoes' : ''].filter(Boolean),
  })),
]);

/** gov.br custo. `valorVariavel` comes as a boolean or as a string. */
export const GovBrCusto = z.looseObject({ descricao: Text, moeda: Text, valor: NumberLike, valorVariavel: BoolLike });

/** gov.br canal de prestação. */
export const GovBrCanal = z.looseObject({
  tipo: Text,
  descricao: Text,
  tempoEstimadoEspera: z.unknown().optional(),
  procedimentoSistemaIndisponivel: Text,
});

/** A block with a default list and alternatives by case ("casos"), as gov.br writes documents, costs and channels. */
function block<T extends z.ZodType>(item: T, listKey: string, caseKeys: string[]) {
  const list = z.array(item).nullish();
  const caso = z.looseObject({ descricao: Text }).transform((o) => {
    const rec = o as Record<string, unknown>;
    const key = [listKey, ...caseKeys].find((k) => Array.isArray(rec[k]));
    return { descricao: o.descricao ?? '', raw: key ? rec[key] : [] };
  });
  return z
    .union([
      z.array(item).transform((items) => ({ items, casos: [] as { descricao: string; items: z.output<T>[] }[] })),
      z.looseObject({ [listKey]: list, casos: z.array(caso).nullish() }).transform((o, ctx) => {
        const rec = o as Record<string, unknown>;
        const items = (rec[listKey] as z.output<T>[] | null | undefined) ?? [];
        const casos = ((rec.casos as { descricao: string; raw: unknown }[] | null | undefined) ?? []).map((c) => {
          const parsed = z.array(item).safeParse(c.raw);
          if (!parsed.success) {
            ctx.addIssue({ code: 'custom', message: `caso "${c.descricao}": lista inválida` });
            return { descricao: c.descricao, items: [] as z.output<T>[] };
          }
          return { descricao: c.descricao, items: parsed.data };
        });
        return { items, casos };
      }),
    ])
    .nullish()
    .transform((b) => b ?? { items: [] as z.output<T>[], casos: [] as { descricao: string; items: z.output<T>[] }[] });
}

/** gov.br time range (ate / entre / emMedia). */
export const Prazo = z.looseObject({ min: NumberLike, max: NumberLike, unidade: Text }).nullish();

/** gov.br tempoTotalEstimado: one of ate / entre / emMedia / atendimentoImediato / naoEstimadoAinda, plus descricao. */
export const GovBrTempo = z
  .looseObject({
    ate: Prazo,
    entre: Prazo,
    emMedia: Prazo,
    atendimentoImediato: z.unknown().optional(),
    naoEstimadoAinda: z.unknown().optional(),
    descricao: Text,
  })
  .nullish();

/** gov.br etapa. */
export const GovBrEtapa = z.looseObject({
  titulo: Text,
  descricao: Text,
  documentos: block(GovBrDocumento, 'documentos', ['documento', 'campos', 'item']),
  custos: block(GovBrCusto, 'custos', ['custo']),
  canaisDePrestacao: block(GovBrCanal, 'canaisDePrestacao', ['canalDePrestacao']),
  tempoTotalEstimado: GovBrTempo,
});

const Relacionado = z.union([z.string(), z.number(), z.looseObject({ id: Text, nome: Text })]);

/** One service of a gov.br v1 export, as read (tolerant). */
export const GovBrService = z.looseObject({
  id: Text,
  nome: Text,
  sigla: Text,
  descricao: Text,
  contato: Text,
  gratuito: BoolLike,
  servicoDigital: BoolLike,
  linkServicoDigital: Text,
  porcentagemDigital: NumberLike,
  url: Text,
  nomesPopulares: WordList,
  palavrasChave: WordList,
  segmentosDaSociedade: WordList,
  areasDeInteresse: WordList,
  legislacoes: WordList,
  solicitantes: Solicitantes,
  etapas: z.array(GovBrEtapa).nullish().transform((l) => l ?? []),
  tempoTotalEstimado: GovBrTempo,
  validadeDocumento: z.unknown().optional(),
  condicoesAcessibilidade: Text,
  tratamentoPrioritario: Text,
  tratamentoDispensadoAtendimento: Text,
  orgao: z.looseObject({ id: Text, dbId: Text, nomeOrgao: Text }).nullish(),
  servicosRelacionados: z.array(Relacionado).nullish().transform((l) => l ?? []),
});
/** A gov.br service after tolerant parsing. */
export type GovBrService = z.output<typeof GovBrService>;

/** The gov.br v1 list answer: {"resposta": [...]}. A bare array is accepted too. */
export const GovBrExport = z.union([z.object({ resposta: z.array(z.unknown()) }).loose(), z.array(z.unknown()).transform((resposta) => ({ resposta }))]);

// ---------------------------------------------------------------------------------------------
// The shape this project writes (strict, read format of the v1 API).

/** Exported custo. */
export const OutCusto = z.object({ descricao: z.string(), moeda: z.literal('R$'), valor: z.number().optional(), valorVariavel: z.boolean() }).strict();
/** Exported canal de prestação. */
export const OutCanal = z.object({ tipo: ChannelType, descricao: z.string() }).strict();
/** Exported documento. */
export const OutDocumento = z.object({ descricao: z.string() }).strict();
/** Exported time range. */
export const OutPrazo = z.object({ min: z.number().optional(), max: z.number(), unidade: TimeUnit }).strict();
/** Exported tempoTotalEstimado. */
export const OutTempo = z
  .object({
    ate: OutPrazo.optional(),
    entre: OutPrazo.optional(),
    emMedia: OutPrazo.optional(),
    atendimentoImediato: z.object({}).strict().optional(),
    naoEstimadoAinda: z.object({}).strict().optional(),
    descricao: z.string().optional(),
  })
  .strict();
const items = <T extends z.ZodType>(t: T) => z.object({ item: z.array(t) }).strict();

/** One service as exported in the gov.br v1 shape. */
export const GovBrServiceOut = z
  .object({
    id: z.string(),
    nome: z.string(),
    sigla: z.string().optional(),
    descricao: z.string(),
    gratuito: z.enum(['true', 'false']),
    servicoDigital: z.boolean(),
    porcentagemDigital: z.number().int().min(0).max(100),
    linkServicoDigital: z.string().optional(),
    url: z.string(),
    nomesPopulares: items(z.object({ item: z.string() }).strict()),
    palavrasChave: items(z.object({ item: z.string() }).strict()),
    solicitantes: z.object({ solicitante: z.array(z.object({ tipo: z.string(), requisitos: z.string() }).strict()) }).strict(),
    areasDeInteresse: items(z.string()),
    segmentosDaSociedade: items(z.object({ item: z.string() }).strict()),
    orgao: z.object({ nomeOrgao: z.string() }).strict(),
    tempoTotalEstimado: OutTempo,
    tratamentoPrioritario: z.string().optional(),
    etapas: z.array(
      z
        .object({
          titulo: z.string(),
          descricao: z.string(),
          documentos: z.object({ documentos: z.array(OutDocumento), casos: z.array(z.object({ descricao: z.string(), documentos: z.array(OutDocumento) }).strict()) }).strict(),
          custos: z.object({ custos: z.array(OutCusto), casos: z.array(z.object({ descricao: z.string(), custos: z.array(OutCusto) }).strict()) }).strict(),
          canaisDePrestacao: z
            .object({ canaisDePrestacao: z.array(OutCanal), casos: z.array(z.object({ descricao: z.string(), canaisDePrestacao: z.array(OutCanal) }).strict()) })
            .strict(),
        })
        .strict(),
    ),
    servicosRelacionados: z.array(z.object({ id: z.string(), nome: z.string() }).strict()),
  })
  .strict();
/** One exported gov.br service. */
export type GovBrServiceOut = z.infer<typeof GovBrServiceOut>;

// ---------------------------------------------------------------------------------------------
// Alternatives by case ("casos") become a suffix the catalogue can show and the export can undo.

const CASE_SUFFIX = /^(.*\S)\s+\(caso: ([^()]+)\)$/s;

/** "Boletim de ocorrência" in case "Furto" → "Boletim de ocorrência (caso: Furto)". */
export function withCase(text: string, caso: string | undefined): string {
  return caso ? `${text} (caso: ${caso})` : text;
}

/** Undoes withCase. */
export function splitCase(text: string): { text: string; caso?: string } {
  const m = CASE_SUFFIX.exec(text);
  return m ? { text: m[1] as string, caso: m[2] as string } : { text };
}

/** Groups values by their case, keeping the order of first appearance; values without a case go to `items`. */
export function groupByCase<T>(entries: { caso?: string; value: T }[]): { items: T[]; casos: { descricao: string; items: T[] }[] } {
  const out = { items: [] as T[], casos: [] as { descricao: string; items: T[] }[] };
  for (const e of entries) {
    if (e.caso === undefined) {
      out.items.push(e.value);
      continue;
    }
    let c = out.casos.find((x) => x.descricao === e.caso);
    if (!c) {
      c = { descricao: e.caso, items: [] };
      out.casos.push(c);
    }
    c.items.push(e.value);
  }
  return out;
}
