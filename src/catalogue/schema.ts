// Zod schemas for the service catalogue (Carta de Serviços). One YAML file per service under data/services/.
// Modelled on the gov.br Portal de Serviços API v1 (see docs/catalogue.md for the field-by-field mapping).
import { z } from 'zod';

/**
 * Size limits of the catalogue, checked on every load (docs/catalogue.md, "Limites de tamanho"). Far above real
 * services (the largest file in data/services/ has 8 KB, its longest text 600 characters, its longest list 12
 * items; the catalogue has 74 services in 0.35 MB), and low enough that no file and no whole catalogue can stall
 * the running bot. A reload reads and checks in a worker thread, but builds the search index on the main thread,
 * in time that grows with the whole catalogue: at these limits, 40–70 ms of main-thread CPU on a busy 2-core
 * machine, within the 100 ms a reload may hold up replies (issue 14).
 */
export const LIMITS = {
  /** Bytes of one service file, checked before it is read. */
  serviceFileBytes: 256 * 1024,
  /** Bytes of data/synonyms.yaml (today 19 KB). */
  synonymsFileBytes: 256 * 1024,
  /** Service files in data/services/. */
  services: 500,
  /** Bytes of every catalogue file together: what the search index costs to build depends on it. */
  catalogueBytes: 2.5 * 1024 * 1024,
  /** Characters of a one-line text: titles, names, keywords, documents, links. */
  lineChars: 500,
  /** Characters of a paragraph: descriptions, requirements, notes. */
  textChars: 10_000,
  /** Items of any list of a service (steps, documents, keywords...). */
  listItems: 100,
  /** Entries of data/synonyms.yaml (today 119). */
  synonymEntries: 1_000,
  /** How long reading one file may take. */
  readTimeoutMs: 5_000,
} as const;

/** A one-line text: a title, a name, a document, a link. */
const line = (): z.ZodString => z.string().max(LIMITS.lineChars);
/** A paragraph: a description, requirements, a note. */
const text = (): z.ZodString => z.string().max(LIMITS.textChars);
/** A list of a service, of at most LIMITS.listItems items. */
const list = <T extends z.ZodType>(item: T): z.ZodArray<T> => z.array(item).max(LIMITS.listItems);

/** A stable slug: lower-case letters, digits and hyphens. */
export const ServiceId = line().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use um identificador em minúsculas, com letras, números e hífens (ex.: "cnh-renovacao")');

/** How a service is delivered, as a whole. */
export const DeliveryMode = z.enum(['online', 'partly_online', 'in_person', 'phone']);
export type DeliveryMode = z.infer<typeof DeliveryMode>;

/** gov.br canaisDePrestacao.tipo values (same spelling, so import/export is lossless). */
export const ChannelType = z.enum([
  'aplicativo-movel',
  'e-mail',
  'fax',
  'postal',
  'presencial',
  'sms',
  'telefone',
  'web',
  'web-acompanhar',
  'web-agendar',
  'web-calcular-taxas',
  'web-consultar',
  'web-declarar',
  'web-emitir',
  'web-inscrever-se',
  'web-postos-de-atendimento',
  'web-preencher',
  'web-simular',
]);
export type ChannelType = z.infer<typeof ChannelType>;

const httpUrl = line()
  .url('use um endereço completo, começando com https://')
  .refine((u) => /^https?:\/\//.test(u), 'o link deve começar com https:// ou http://');

/** A place or medium where a step is done (gov.br canalDePrestacao). */
export const Channel = z
  .object({
    type: ChannelType,
    description: line().min(3, 'descreva o canal em uma frase (ex.: "Site do Detran-MG")'),
    url: httpUrl.optional(),
    phone: line().optional(),
  })
  .strict();
export type Channel = z.infer<typeof Channel>;

/** A cost of a step (gov.br custo). Leave `amount` out when the value is not certain. */
export const Cost = z
  .object({
    description: line().min(3),
    amount: z.number().nonnegative().optional(),
    currency: z.literal('R$').default('R$'),
    variable: z.boolean().default(false),
  })
  .strict();
export type Cost = z.infer<typeof Cost>;

/** One ordered step of a service (gov.br etapa). */
export const Step = z
  .object({
    title: line().min(3),
    description: text().min(10, 'explique o que o cidadão faz nesta etapa'),
    documents: list(line().min(2)).default([]),
    costs: list(Cost).default([]),
    channels: list(Channel).default([]),
  })
  .strict();
export type Step = z.infer<typeof Step>;

/** Who can ask, and on which conditions (gov.br solicitante). */
export const Requester = z
  .object({
    type: line().min(2),
    requirements: text().default(''),
  })
  .strict();

export const TimeUnit = z.enum(['minutos', 'horas', 'dias', 'dias-corridos', 'dias-uteis', 'meses']);

/** Estimated total time (gov.br tempoTotalEstimado). */
export const EstimatedTime = z
  .object({
    kind: z.enum(['immediate', 'up_to', 'between', 'average', 'not_estimated']),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    unit: TimeUnit.optional(),
    description: text().optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    if ((t.kind === 'up_to' || t.kind === 'average' || t.kind === 'between') && (t.max === undefined || t.unit === undefined)) {
      ctx.addIssue({ code: 'custom', message: `com kind "${t.kind}", informe max e unit (ou use kind: not_estimated)`, path: ['max'] });
    }
    if (t.kind === 'between' && t.min === undefined) {
      ctx.addIssue({ code: 'custom', message: 'com kind "between", informe min', path: ['min'] });
    }
  });
export type EstimatedTime = z.infer<typeof EstimatedTime>;

/** The validations a form field can ask for. */
export const FieldType = z.enum(['name', 'cpf', 'date', 'municipality', 'phone', 'email', 'text', 'choice']);
export type FieldType = z.infer<typeof FieldType>;

/** One field of a request form. */
export const FormField = z
  .object({
    id: line().regex(/^[a-z][a-z0-9_]*$/, 'use letras minúsculas, números e _ (ex.: "data_preferida")'),
    label: line().min(2),
    type: FieldType,
    /** The question asked; defaults to the label. */
    prompt: line().optional(),
    /** Shown when the answer is invalid, after the built-in reason. */
    hint: line().optional(),
    /** Why the service needs this answer, told to a citizen who asks ("pra que precisa do meu CPF?"). Factual and modest. */
    purpose: text().min(10, 'explique em uma frase para que o órgão usa essa informação').optional(),
    maxLength: z.number().int().positive().optional(),
    options: list(line().min(1)).optional(),
    optional: z.boolean().default(false),
    /** Personal data (name, CPF, phone, e-mail) is kept only in the requests table. */
    personal: z.boolean().optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.type === 'choice' && (!f.options || f.options.length < 2)) {
      ctx.addIssue({ code: 'custom', message: 'um campo "choice" precisa de options com pelo menos 2 opções', path: ['options'] });
    }
  });
export type FormField = z.infer<typeof FormField>;

/** A request the bot can take for a service: fields asked one at a time, then a protocol number. */
export const Form = z
  .object({
    title: line().min(3),
    intro: text().optional(),
    fields: list(FormField).min(1),
    /** Text shown with the protocol number: what happens next. */
    confirmation: text().min(10),
  })
  .strict();
export type Form = z.infer<typeof Form>;

/** A fact in this file that staff must confirm against the official source. */
export const CheckNote = z
  .object({
    field: line().min(1),
    note: text().min(3),
  })
  .strict();

/** One service of the Carta de Serviços. */
export const Service = z
  .object({
    id: ServiceId,
    title: line().min(5),
    acronym: line().optional(),
    popularNames: list(line().min(2)).default([]),
    keywords: list(line().min(2)).default([]),
    description: text().min(30, 'escreva uma descrição útil (o que é, para que serve), com pelo menos 30 caracteres'),
    requesters: list(Requester).min(1, 'diga quem pode pedir o serviço'),
    agency: z
      .object({
        acronym: line().min(2),
        name: line().min(3),
      })
      .strict(),
    category: line().min(3),
    free: z.boolean(),
    delivery: DeliveryMode,
    url: httpUrl,
    estimatedTime: EstimatedTime,
    steps: list(Step).min(2, 'um serviço precisa de pelo menos 2 etapas'),
    related: list(ServiceId).default([]),
    /** Where and how to complain (Lei 13.460/2017, art. 7). */
    complaints: text().optional(),
    priorityService: text().optional(),
    form: Form.optional(),
    /** Popularity prior (1 = normal); lets "ipva" rank the payment above the exemption. */
    popularity: z.number().positive().max(10).default(1),
    needsCheck: list(CheckNote).default([]),
    updatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a data no formato AAAA-MM-DD').optional(),
  })
  .strict();
export type Service = z.infer<typeof Service>;
/** What a service file may contain before defaults are applied. */
export type ServiceInput = z.input<typeof Service>;

/** data/synonyms.yaml: each entry makes its terms equivalent for search. */
export const SynonymEntry = z
  .object({
    term: line().min(2),
    alternatives: list(line().min(2)).min(1),
  })
  .strict();
export type SynonymEntry = z.infer<typeof SynonymEntry>;

export const SynonymsFile = z
  .object({
    synonyms: z.array(SynonymEntry).max(LIMITS.synonymEntries),
  })
  .strict();
export type SynonymsFile = z.infer<typeof SynonymsFile>;

/**
 * data/fora-do-escopo.yaml: subjects the Governo de Minas does not handle here, the words citizens use for them, and
 * the reply that says who does (read by src/conversation/elsewhere.ts); `contexto`, words that come with the subject
 * and name no service then; `outroEstado`, terms that count only when the message names another state. `needsCheck` marks a reply whose facts were not
 * yet checked against an official page: a short note or a list of notes for staff, listed by `catalogue check`; the
 * reply is still served.
 */
export const ElsewhereFile = z
  .object({
    assuntos: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          termos: z.array(z.string().min(2)).min(1),
          resposta: z.string().min(10),
          /** Words that, said with one of the terms, belong to the subject and name no service ("empresa" with "hora extra"). */
          contexto: z.array(z.string().min(2)).default([]),
          /** The terms count only when the message names another state ("passagem de ônibus pra São Paulo"). */
          outroEstado: z.boolean().default(false),
          needsCheck: z.union([text().min(3), list(text().min(3)).min(1)]).optional(),
        })
        .strict(),
    ),
  })
  .strict();

/**
 * data/quase-sinonimos.yaml: groups of words of one meaning ("jejum", "alimentado") with which the conversation finds,
 * in the service's own texts, the sentence that answers a question in other words. Search does not read it.
 */
export const NearSynonymsFile = z
  .object({
    grupos: z
      .array(
        z
          .array(line().min(1, 'palavra vazia: escreva a palavra ou apague o item').regex(/^[^\s]*$/, 'escreva uma palavra só, sem espaços'))
          .min(2, 'um grupo precisa de duas palavras ou mais (palavras de mesmo sentido); complete o grupo ou apague-o'),
      )
      .max(LIMITS.synonymEntries),
  })
  .strict();
export type NearSynonyms = z.infer<typeof NearSynonymsFile>['grupos'];

/**
 * data/outros-estados.yaml: the other Brazilian states (name, two letters, capital, popular names) and the words among
 * them not read as a state because they are everyday words too ("pará", "natal", "mt"). The conversation reads a
 * question naming one as "outro estado"; search finds them as synonyms of "outro estado" (see states.ts).
 */
export const OtherStatesFile = z
  .object({
    estados: z
      .array(
        z
          .object({
            nome: line().min(2, 'nome curto demais: escreva o nome do estado'),
            sigla: line().regex(/^[A-Za-z]{2}$/, 'a sigla tem duas letras, como SP'),
            capital: line().min(2, 'capital curta demais: escreva o nome da cidade'),
            apelidos: z.array(line().min(2, 'apelido curto demais: escreva o apelido ou apague o item')).default([]),
          })
          .strict(),
      )
      .max(LIMITS.synonymEntries),
    ignorar: z.array(line().min(2, 'palavra curta demais: escreva a palavra ou a sigla, ou apague o item')).max(LIMITS.synonymEntries).default([]),
  })
  .strict();
export type OtherStates = z.infer<typeof OtherStatesFile>;

/**
 * data/palavras-de-conversa.yaml: everyday words citizens type in a chat that are about no service ("deixa", "semana",
 * "valeu"). `catalogue check` warns when a popular name or a one-word synonym shares a stem with one of them.
 */
export const ConversationWordsFile = z
  .object({
    palavras: z.array(line().regex(/^[^\s]+$/, 'escreva uma palavra só, sem espaços')).min(1).max(1_000),
  })
  .strict();
