// Catalogue → gov.br Portal de Serviços v1 shape (read format), validated by GovBrServiceOut. Pure.
import type { z } from 'zod';
import { GovBrServiceOut, groupByCase, type OutCanal, type OutCusto, type OutTempo, splitCase } from './govbr.ts';
import type { Channel, Cost, DeliveryMode, EstimatedTime, Service } from './schema.ts';

const digitalShare: Record<DeliveryMode, number> = { online: 100, partly_online: 50, in_person: 0, phone: 0 };

function exportTime(t: EstimatedTime): z.infer<typeof OutTempo> {
  const out: z.infer<typeof OutTempo> = {};
  const unit = t.unit ?? 'dias';
  if (t.kind === 'up_to' && t.max !== undefined) out.ate = { max: t.max, unidade: unit };
  else if (t.kind === 'between' && t.max !== undefined) out.entre = { ...(t.min !== undefined ? { min: t.min } : {}), max: t.max, unidade: unit };
  else if (t.kind === 'average' && t.max !== undefined) out.emMedia = { max: t.max, unidade: unit };
  else if (t.kind === 'immediate') out.atendimentoImediato = {};
  else out.naoEstimadoAinda = {};
  if (t.description) out.descricao = t.description;
  return out;
}

function exportChannel(c: Channel): { caso?: string; value: z.infer<typeof OutCanal> } {
  const { text, caso } = splitCase(c.description);
  // The description keeps the link and phone when they were imported from gov.br; add them only when absent.
  const parts = [text];
  if (c.url && !text.includes(c.url)) parts.push(c.url);
  if (c.phone && !text.includes(c.phone)) parts.push(`telefone ${c.phone}`);
  return { ...(caso !== undefined ? { caso } : {}), value: { tipo: c.type, descricao: parts.join(' — ') } };
}

function exportCost(c: Cost): { caso?: string; value: z.infer<typeof OutCusto> } {
  const { text, caso } = splitCase(c.description);
  const value: z.infer<typeof OutCusto> = { descricao: text, moeda: 'R$', valorVariavel: c.variable };
  if (c.amount !== undefined) value.valor = c.amount;
  return { ...(caso !== undefined ? { caso } : {}), value };
}

/** One catalogue service in the gov.br v1 shape. `titleOf` names related services. */
export function toGovBrService(s: Service, titleOf: (id: string) => string | undefined): GovBrServiceOut {
  const webUrl = s.steps.flatMap((st) => st.channels).find((c) => c.url !== undefined && (c.type.startsWith('web') || c.type === 'aplicativo-movel'))?.url;
  const online = s.delivery === 'online' || s.delivery === 'partly_online';
  const out: GovBrServiceOut = {
    id: s.id,
    nome: s.title,
    ...(s.acronym ? { sigla: s.acronym } : {}),
    descricao: s.description,
    gratuito: s.free ? 'true' : 'false',
    servicoDigital: online,
    porcentagemDigital: digitalShare[s.delivery],
    ...(online ? { linkServicoDigital: webUrl ?? s.url } : {}),
    url: s.url,
    nomesPopulares: { item: s.popularNames.map((item) => ({ item })) },
    palavrasChave: { item: s.keywords.map((item) => ({ item })) },
    solicitantes: { solicitante: s.requesters.map((r) => ({ tipo: r.type, requisitos: r.requirements })) },
    areasDeInteresse: { item: [s.category] },
    segmentosDaSociedade: { item: [{ item: 'Cidadãos' }] },
    orgao: { nomeOrgao: s.agency.name },
    tempoTotalEstimado: exportTime(s.estimatedTime),
    ...(s.priorityService ? { tratamentoPrioritario: s.priorityService } : {}),
    etapas: s.steps.map((st) => {
      const docs = groupByCase(st.documents.map((d) => {
        const { text, caso } = splitCase(d);
        return { ...(caso !== undefined ? { caso } : {}), value: { descricao: text } };
      }));
      const costs = groupByCase(st.costs.map(exportCost));
      const channels = groupByCase(st.channels.map(exportChannel));
      return {
        titulo: st.title,
        descricao: st.description,
        documentos: { documentos: docs.items, casos: docs.casos.map((c) => ({ descricao: c.descricao, documentos: c.items })) },
        custos: { custos: costs.items, casos: costs.casos.map((c) => ({ descricao: c.descricao, custos: c.items })) },
        canaisDePrestacao: { canaisDePrestacao: channels.items, casos: channels.casos.map((c) => ({ descricao: c.descricao, canaisDePrestacao: c.items })) },
      };
    }),
    servicosRelacionados: s.related.map((id) => ({ id, nome: titleOf(id) ?? id })),
  };
  return GovBrServiceOut.parse(out);
}

/** The whole catalogue in the gov.br v1 list shape. */
export function toGovBr(services: readonly Service[]): { resposta: GovBrServiceOut[] } {
  const titles = new Map(services.map((s) => [s.id, s.title]));
  return { resposta: services.map((s) => toGovBrService(s, (id) => titles.get(id))) };
}
