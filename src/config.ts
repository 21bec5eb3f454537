// Configuration: read from the environment once, validated with zod, fail fast with a message that names the variable.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from './core/errors.ts';

/** The project root (where package.json and data/ live). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const csvIds = z
  .string()
  .regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'use ids numéricos do Telegram separados por vírgula, ex.: 12345,67890')
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
  .refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), 'use um endereço completo http(s)://');

const optionalPort = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : Number(v)))
  .refine((v) => v === undefined || (Number.isInteger(v) && v >= 0 && v < 65536), 'use um número de porta TCP (0–65535)');

/** Every environment variable Atende reads. Documented one by one in .env.example. */
export const EnvSchema = z.object({
  DATABASE_PATH: z.string().default(''),
  STATE_DIR: z.string().default(''),
  CATALOGUE_DIR: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().positive('use um número positivo de minutos').default(30),
  PSEUDONYM_SECRET: optionalString,
  RATE_LIMIT_MESSAGES: z.coerce.number().int().positive().default(20),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().positive().default(60),
  CATALOGUE_WATCH: bool.default(true),
  TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[\w-]+$/.test(v), 'use o token do BotFather, no formato 123456:ABC-DEF...'),
  TELEGRAM_API_ROOT: optionalUrl,
  TELEGRAM_WEBHOOK_URL: optionalUrl,
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), 'use de 1 a 256 caracteres: letras, números, _ e - (regra do Telegram)'),
  TELEGRAM_WEBHOOK_PORT: optionalPort,
  TELEGRAM_WEBHOOK_HOST: z.string().default('127.0.0.1'),
  STAFF_TELEGRAM_IDS: csvIds.default([]),
  WHATSAPP_ENABLED: bool.default(false),
  CHROMIUM_PATH: optionalString,
  WHATSAPP_AUTH_DIR: z.string().default(''),
  // Blank means the default, like an unset variable (.env.example lists it empty-able).
  WHATSAPP_MAX_MESSAGE_AGE_SECONDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int('use um número inteiro de segundos').nonnegative('use 0 ou mais segundos').default(300),
  ),
  DASHBOARD_PORT: optionalPort,
  DASHBOARD_HOST: z.string().default('127.0.0.1'),
  DASHBOARD_TOKEN: optionalString,
});

/** The validated configuration, with paths resolved. */
export interface Config {
  databasePath: string;
  stateDir: string;
  catalogueDir: string;
  logLevel: string;
  sessionIdleMinutes: number;
  pseudonymSecret?: string;
  rateLimit: { messages: number; windowMs: number };
  catalogueWatch: boolean;
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; secret?: string; port: number; host: string };
    staffIds: string[];
  };
  /**
   * `chromiumPath` is CHROMIUM_PATH; unset, WhatsApp runs the system Chromium or the npm one (src/chromium.ts).
   * `maxMessageAgeMs`: older messages are not answered (WHATSAPP_MAX_MESSAGE_AGE_SECONDS).
   */
  whatsapp?: { chromiumPath?: string; authDir: string; maxMessageAgeMs: number };
  dashboard?: { port: number; host: string; token?: string };
}

/** Reads and validates the environment. Throws ConfigError naming the wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuração inválida (veja .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const databasePath = resolve(projectRoot, e.DATABASE_PATH || 'var/atende.sqlite');
  const stateDir = resolve(projectRoot, e.STATE_DIR || dirname(databasePath));
  const catalogueDir = resolve(projectRoot, e.CATALOGUE_DIR || 'data');
  if (stateDir === catalogueDir || stateDir.startsWith(`${catalogueDir}/`)) {
    throw new ConfigError(`STATE_DIR (${stateDir}) não pode ficar dentro da pasta do catálogo (${catalogueDir}): estado e segredos nunca vão em data/.`);
  }
  const config: Config = {
    databasePath,
    stateDir,
    catalogueDir,
    logLevel: e.LOG_LEVEL,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    rateLimit: { messages: e.RATE_LIMIT_MESSAGES, windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    catalogueWatch: e.CATALOGUE_WATCH,
  };
  if (e.PSEUDONYM_SECRET) config.pseudonymSecret = e.PSEUDONYM_SECRET;
  if (e.TELEGRAM_BOT_TOKEN) {
    const telegram: NonNullable<Config['telegram']> = { token: e.TELEGRAM_BOT_TOKEN, staffIds: e.STAFF_TELEGRAM_IDS };
    if (e.TELEGRAM_API_ROOT) telegram.apiRoot = e.TELEGRAM_API_ROOT;
    if (e.TELEGRAM_WEBHOOK_URL) {
      if (!e.TELEGRAM_WEBHOOK_SECRET) {
        throw new ConfigError('TELEGRAM_WEBHOOK_SECRET é obrigatório quando TELEGRAM_WEBHOOK_URL está definido: sem ele, qualquer um poderia enviar atualizações falsas.');
      }
      telegram.webhook = { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, port: e.TELEGRAM_WEBHOOK_PORT ?? 8443, host: e.TELEGRAM_WEBHOOK_HOST };
    }
    config.telegram = telegram;
  } else if (e.TELEGRAM_WEBHOOK_URL) {
    throw new ConfigError('TELEGRAM_WEBHOOK_URL está definido, mas falta TELEGRAM_BOT_TOKEN: obtenha um token com o @BotFather.');
  }
  if (e.WHATSAPP_ENABLED) {
    // The session folder holds the WhatsApp credentials: runtime state, never in the catalogue.
    const authDir = e.WHATSAPP_AUTH_DIR ? resolve(projectRoot, e.WHATSAPP_AUTH_DIR) : resolve(stateDir, 'whatsapp-auth');
    if (authDir === catalogueDir || authDir.startsWith(`${catalogueDir}/`)) {
      throw new ConfigError(`WHATSAPP_AUTH_DIR (${authDir}) não pode ficar dentro da pasta do catálogo (${catalogueDir}): a sessão do WhatsApp é um segredo e nunca vai em data/.`);
    }
    const maxMessageAgeMs = e.WHATSAPP_MAX_MESSAGE_AGE_SECONDS * 1000;
    config.whatsapp = e.CHROMIUM_PATH ? { chromiumPath: e.CHROMIUM_PATH, authDir, maxMessageAgeMs } : { authDir, maxMessageAgeMs };
  }
  if (e.DASHBOARD_PORT !== undefined) {
    const dashboard: NonNullable<Config['dashboard']> = { port: e.DASHBOARD_PORT, host: e.DASHBOARD_HOST };
    if (e.DASHBOARD_TOKEN) dashboard.token = e.DASHBOARD_TOKEN;
    config.dashboard = dashboard;
  }
  return config;
}
