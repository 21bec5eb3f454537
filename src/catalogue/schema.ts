// Zod schemas for the service catalogue (Carta de Serviços). One YAML file per service under data/services/.
// Modelled on the gov.br Portal de Serviços API v1 (see docs/catalogue.md for the field-by-field mapping).
import { z } from 'zod';

/** A stable slug: lower-case letters, digits and hyphens. */
export const ServiceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use um identificador em minúsculas, com letras, números e hífens (ex.: "cnh-renovacao")');

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

const httpUrl = z
  .string()
  .url('use um endereço completo, começando com https://')
  .refine((u) => /^https?:\/\//.test(u), 'o link deve começar com https:// ou http://');

/** A place or medium where a step is done (gov.br canalDePrestacao). */
export const Channel = z
  .object({
    type: ChannelType,
    description: z.string().min(3, 'descreva o canal em uma frase (ex.: "Site do Detran-MG")'),
    url: httpUrl.optional(),
    phone: z.string().optional(),
  })
  .strict();
export type Channel = z.infer<typeof Channel>;

/** A cost of a step (gov.br custo). Leave `amount` out when the value is not certain. */
export const Cost = z
  .object({
    description: z.string().min(3),
    amount: z.number().nonnegative().optional(),
    currency: z.literal('R$').default('R$'),
    variable: z.boolean().default(false),
  })
  .strict();
export type Cost = z.infer<typeof Cost>;

/** One ordered step of a service (gov.br etapa). */
export const Step = z
  .object({
    title: z.string().min(3),
    description: z.string().min(10, 'explique o que o cidadão faz nesta etapa'),
    documents: z.array(z.string().min(2)).default([]),
    costs: z.array(Cost).default([]),
    channels: z.array(Channel).default([]),
  })
  .strict();
export type Step = z.infer<typeof Step>;

/** Who can ask, and on which conditions (gov.br solicitante). */
export const Requester = z
  .object({
    type: z.string().min(2),
    requirements: z.string().default(''),
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
    description: z.string().optional(),
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
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'use letras minúsculas, números e _ (ex.: "data_preferida")'),
    label: z.string().min(2),
    type: FieldType,
    /** The question asked; defaults to the label. */
    prompt: z.string().optional(),
    /** Shown when the answer is invalid, after the built-in reason. */
    hint: z.string().optional(),
    /** Why the service needs this answer, told to a citizen who asks ("pra que precisa do meu CPF?"). Factual and modest. */
    purpose: z.string().min(10, 'explique em uma frase para que o órgão usa essa informação').optional(),
    maxLength: z.number().int().positive().optional(),
    options: z.array(z.string().min(1)).optional(),
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
    title: z.string().min(3),
    intro: z.string().optional(),
    fields: z.array(FormField).min(1),
    /** Text shown with the protocol number: what happens next. */
    confirmation: z.string().min(10),
  })
  .strict();
export type Form = z.infer<typeof Form>;

/** A fact in this file that staff must confirm against the official source. */
export const CheckNote = z
  .object({
    field: z.string().min(1),
    note: z.string().min(3),
  })
  .strict();

/** One service of the Carta de Serviços. */
export const Service = z
  .object({
    id: ServiceId,
    title: z.string().min(5),
    acronym: z.string().optional(),
    popularNames: z.array(z.string().min(2)).default([]),
    keywords: z.array(z.string().min(2)).default([]),
    description: z.string().min(30, 'escreva uma descrição útil (o que é, para que serve), com pelo menos 30 caracteres'),
    requesters: z.array(Requester).min(1, 'diga quem pode pedir o serviço'),
    agency: z
      .object({
        acronym: z.string().min(2),
        name: z.string().min(3),
      })
      .strict(),
    category: z.string().min(3),
    free: z.boolean(),
    delivery: DeliveryMode,
    url: httpUrl,
    estimatedTime: EstimatedTime,
    steps: z.array(Step).min(2, 'um serviço precisa de pelo menos 2 etapas'),
    related: z.array(ServiceId).default([]),
    /** Where and how to complain (Lei 13.460/2017, art. 7). */
    complaints: z.string().optional(),
    priorityService: z.string().optional(),
    form: Form.optional(),
    /** Popularity prior (1 = normal); lets "ipva" rank the payment above the exemption. */
    popularity: z.number().positive().max(10).default(1),
    needsCheck: z.array(CheckNote).default([]),
    updatedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a data no formato AAAA-MM-DD').optional(),
  })
  .strict();
export type Service = z.infer<typeof Service>;
/** What a service file may contain before defaults are applied. */
export type ServiceInput = z.input<typeof Service>;

/** data/synonyms.yaml: each entry makes its terms equivalent for search. */
export const SynonymEntry = z
  .object({
    term: z.string().min(2),
    alternatives: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type SynonymEntry = z.infer<typeof SynonymEntry>;

export const SynonymsFile = z
  .object({
    synonyms: z.array(SynonymEntry),
  })
  .strict();
export type SynonymsFile = z.infer<typeof SynonymsFile>;
