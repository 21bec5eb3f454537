// The report's options, validated with zod: shared by the `stats` command and the dashboard's query string.
import { z } from 'zod';
import { type Granularity, bucketCount, isDay } from './calendar.ts';

/** The most buckets one report may have (per channel), so a mistaken --by day over ten years is refused with a hint. */
export const MAX_BUCKETS = 1000;

const day = z.string().refine(isDay, 'use uma data válida no formato AAAA-MM-DD (ex.: 2020-01-31)');

/** Report options as typed by an analyst (all optional but `by` and `top`, which have defaults). */
export const ReportOptions = z
  .object({
    from: day.optional(),
    to: day.optional(),
    by: z.enum(['day', 'week', 'month', 'year'], { error: 'use day, week, month ou year' }).default('month'),
    channels: z
      .array(z.string().regex(/^[a-z0-9_-]{1,32}$/, 'use o nome do canal em minúsculas (ex.: telegram, whatsapp, terminal)'))
      .optional(),
    top: z.coerce.number().int().min(1, 'use um número de 1 a 50').max(50, 'use um número de 1 a 50').default(10),
  })
  .superRefine((o, ctx) => {
    if (o.from && o.to && o.from > o.to) ctx.addIssue({ code: 'custom', path: ['from'], message: `a data inicial (${o.from}) é posterior à final (${o.to})` });
    if (o.from && o.to && bucketCount({ start: o.from, end: o.to }, o.by) > MAX_BUCKETS) {
      ctx.addIssue({ code: 'custom', path: ['by'], message: `o período tem mais de ${MAX_BUCKETS} grupos; agrupe por semana, mês ou ano` });
    }
  });
/** Validated report options. */
export type ReportOptions = z.infer<typeof ReportOptions>;

/** Names of the options as the analyst typed them, for error messages. */
const optionNames: Record<string, string> = { from: '--from', to: '--to', by: '--by', channels: '--channel', top: '--top' };

/** Validates raw options; returns the options or one pt-BR message per problem. */
export function parseReportOptions(raw: { from?: string | undefined; to?: string | undefined; by?: string | undefined; channel?: string | undefined; top?: string | undefined }): { ok: true; options: ReportOptions } | { ok: false; errors: string[] } {
  const input: Record<string, unknown> = {};
  if (raw.from) input.from = raw.from;
  if (raw.to) input.to = raw.to;
  if (raw.by) input.by = raw.by;
  if (raw.top) input.top = raw.top;
  if (raw.channel) input.channels = raw.channel.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
  const parsed = ReportOptions.safeParse(input);
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${optionNames[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`) };
}

/** pt-BR names of the groupings. */
export const granularityLabel: Record<Granularity, string> = { day: 'dia', week: 'semana', month: 'mês', year: 'ano' };
