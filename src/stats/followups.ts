// "Perguntas mais frequentes por serviço": the answered follow-up questions of a period, grouped by service.
// Tells staff which card sections citizens ask about, so they know which to make clearer. Pure.
import type { FollowUpKind } from '../conversation/types.ts';
import type { FollowUpCount } from './reader.ts';

/** How analysts read each kind of question. Typed by the engine's topics, so a new topic needs its label here. */
const QUESTION_LABELS: Record<FollowUpKind, string> = {
  cost: 'Quanto custa',
  documents: 'Documentos',
  where: 'Onde fazer',
  time: 'Prazo',
  online: 'Online ou presencial',
  requirements: 'Quem pode pedir',
  appointment: 'Agendamento',
  minors: 'Menores de idade',
  link: 'Página oficial',
  how: 'Como fazer',
  contact: 'Telefone de contato',
  hours: 'Dias e horários',
  agency: 'Órgão responsável',
  passage: 'Outras (respondidas por um trecho da descrição)',
  unanswered: 'Sem resposta no catálogo',
};

/** The pt-BR label of a question kind (the kind itself when unknown: an older or newer engine wrote it). */
export function questionLabel(kind: string): string {
  return (QUESTION_LABELS as Record<string, string>)[kind] ?? kind;
}

/** One service's questions, most asked first. */
export interface ServiceQuestions {
  serviceId: string;
  title: string;
  total: number;
  questions: { kind: string; label: string; count: number }[];
}

/**
 * Groups (service, kind) counts by service: the `limit` services asked about most (ties by id), each with its
 * kinds most asked first (ties by kind). `titles` names the services of the catalogue in force.
 */
export function questionsByService(rows: readonly FollowUpCount[], titles: ReadonlyMap<string, string>, limit: number): ServiceQuestions[] {
  const byService = new Map<string, ServiceQuestions>();
  for (const r of rows) {
    let s = byService.get(r.serviceId);
    if (!s) {
      s = { serviceId: r.serviceId, title: titles.get(r.serviceId) ?? r.serviceId, total: 0, questions: [] };
      byService.set(r.serviceId, s);
    }
    s.total += r.count;
    s.questions.push({ kind: r.kind, label: questionLabel(r.kind), count: r.count });
  }
  const order = <T extends { count: number }>(a: T, b: T, ka: string, kb: string): number => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0);
  for (const s of byService.values()) s.questions.sort((a, b) => order(a, b, a.kind, b.kind));
  return [...byService.values()].sort((a, b) => order({ count: a.total }, { count: b.total }, a.serviceId, b.serviceId)).slice(0, limit);
}
