// Configuration: read from the environment once, validated with zod, fail fast with a message that names the variable.
import { isIP } from 'node:net';
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

/** WHATSAPP_CLOUD_*: the official WhatsApp channel (Meta's Cloud API). See docs/whatsapp.md. */
const whatsappCloudEnv = {
  WHATSAPP_CLOUD_ACCESS_TOKEN: optionalString,
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: optionalString.refine((v) => v === undefined || /^\d{1,32}$/.test(v), 'use o "Phone number ID" (só dígitos) da página WhatsApp > API Setup do app da Meta'),
  WHATSAPP_CLOUD_APP_SECRET: optionalString,
  WHATSAPP_CLOUD_VERIFY_TOKEN: optionalString,
  WHATSAPP_CLOUD_API_ROOT: optionalUrl,
  WHATSAPP_CLOUD_API_VERSION: optionalString.refine((v) => v === undefined || /^v\d+\.\d+$/.test(v), 'use uma versão da Graph API no formato v25.0'),
  WHATSAPP_CLOUD_WEBHOOK_HOST: z.string().default('127.0.0.1'),
  WHATSAPP_CLOUD_WEBHOOK_PORT: optionalPort,
};

// Web chat: origins as scheme://host[:port], and the proxies whose X-Forwarded-* headers are believed.
const csvOrigins = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .refine((list) => list.every((o) => /^https?:\/\/[^/\s?#]+$/.test(o)), 'use origens completas separadas por vírgula, sem caminho nem barra no fim, ex.: https://www.mg.gov.br,https://app.mg.gov.br')
  .transform((list) => list.map((o) => new URL(o).origin));

// Empty means the default (loopback proxies); "none" trusts no proxy at all.
const csvAddresses = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? ['127.0.0.1', '::1'] : v.trim() === 'none' ? [] : v.split(',').map((s) => s.trim()).filter(Boolean)))
  .refine((list) => list.every((a) => isIP(a) !== 0), 'use endereços IP separados por vírgula (ex.: 127.0.0.1,::1), ou none');

/** An optional whole number in [min, max]; empty or unset is undefined (the caller's default). */
function optionalInt(min: number, max: number, message: string) {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : Number(v)))
    .refine((v) => v === undefined || (Number.isInteger(v) && v >= min && v <= max), message);
}

/** Every environment variable Atende reads. Documented one by one in .env.example. */
export const EnvSchema = z.object({
  DATABASE_PATH: z.string().default(''),
  DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\/./.test(v), 'use uma URL do PostgreSQL, no formato postgres://usuario:senha@servidor:5432/banco'),
  DATABASE_POOL_SIZE: optionalInt(1, 1000, 'use um número inteiro de conexões entre 1 e 1000'),
  DATABASE_STATEMENT_TIMEOUT_MS: optionalInt(100, 600_000, 'use um número inteiro de milissegundos entre 100 e 600000'),
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
  ...whatsappCloudEnv,
  WEBCHAT_PORT: optionalPort,
  WEBCHAT_HOST: z.string().default('127.0.0.1'),
  WEBCHAT_ALLOWED_ORIGINS: csvOrigins.default([]),
  WEBCHAT_TRUSTED_PROXIES: csvAddresses,
  WEBCHAT_IP_MESSAGES_PER_MINUTE: optionalInt(0, 1_000_000, 'use 0 (sem limite) ou um número inteiro positivo de mensagens por minuto'),
  WEBCHAT_MAX_BODY_BYTES: optionalInt(1024, 1_048_576, 'use um número inteiro de bytes entre 1024 e 1048576 (1 MiB)'),
  WEBCHAT_DEMO: bool.default(true),
});

/** The validated configuration, with paths resolved. */
export interface Config {
  databasePath: string;
  /** DATABASE_URL set: the PostgreSQL store (several instances on one database) instead of the SQLite file. */
  postgres?: { url: string; poolSize: number; statementTimeoutMs: number };
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
  /** The official WhatsApp channel (Cloud API): on when its four credentials are set. */
  whatsappCloud?: {
    accessToken: string;
    phoneNumberId: string;
    appSecret: string;
    verifyToken: string;
    apiRoot: string;
    apiVersion: string;
    webhook: { host: string; port: number };
  };
  /** The web chat (WEBCHAT_PORT set): settings of channels/web. */
  webchat?: {
    port: number;
    host: string;
    allowedOrigins: string[];
    trustedProxies: string[];
    ipMessagesPerMinute: number;
    maxBodyBytes: number;
    demo: boolean;
  };
}

/** The Graph API version used when WHATSAPP_CLOUD_API_VERSION is unset (released Feb 2026, supported until Jul 2028). */
export const GRAPH_API_VERSION = 'v25.0';

/** The Cloud API channel's settings, when all four credentials are set; a partial set is an error naming what is missing. */
function whatsappCloudConfig(e: z.infer<typeof EnvSchema>): Config['whatsappCloud'] {
  const credentials = {
    WHATSAPP_CLOUD_ACCESS_TOKEN: e.WHATSAPP_CLOUD_ACCESS_TOKEN,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: e.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
    WHATSAPP_CLOUD_APP_SECRET: e.WHATSAPP_CLOUD_APP_SECRET,
    WHATSAPP_CLOUD_VERIFY_TOKEN: e.WHATSAPP_CLOUD_VERIFY_TOKEN,
  };
  const missing = Object.entries(credentials).filter(([, v]) => v === undefined).map(([k]) => k);
  if (missing.length === Object.keys(credentials).length) return undefined;
  const { WHATSAPP_CLOUD_ACCESS_TOKEN: accessToken, WHATSAPP_CLOUD_PHONE_NUMBER_ID: phoneNumberId, WHATSAPP_CLOUD_APP_SECRET: appSecret, WHATSAPP_CLOUD_VERIFY_TOKEN: verifyToken } = credentials;
  if (accessToken === undefined || phoneNumberId === undefined || appSecret === undefined || verifyToken === undefined) {
    throw new ConfigError(`O canal oficial do WhatsApp (Cloud API) precisa das quatro credenciais; falta: ${missing.join(', ')}. Defina todas ou nenhuma (veja docs/whatsapp.md).`);
  }
  if (e.WHATSAPP_ENABLED) {
    throw new ConfigError('WHATSAPP_ENABLED=true (whatsapp-web.js) e WHATSAPP_CLOUD_* (Cloud API oficial) não podem rodar juntos: os dois atendem como o canal "whatsapp". Escolha um: apague WHATSAPP_ENABLED ou as variáveis WHATSAPP_CLOUD_* (veja "Qual dos dois canais" em docs/whatsapp.md).');
  }
  return {
    accessToken,
    phoneNumberId,
    appSecret,
    verifyToken,
    apiRoot: e.WHATSAPP_CLOUD_API_ROOT ?? 'https://graph.facebook.com',
    apiVersion: e.WHATSAPP_CLOUD_API_VERSION ?? GRAPH_API_VERSION,
    webhook: { host: e.WHATSAPP_CLOUD_WEBHOOK_HOST, port: e.WHATSAPP_CLOUD_WEBHOOK_PORT ?? 8444 },
  };
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
  if (e.DATABASE_URL) config.postgres = { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE ?? 10, statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS ?? 5000 };
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
  const whatsappCloud = whatsappCloudConfig(e);
  if (whatsappCloud) config.whatsappCloud = whatsappCloud;
  if (e.DASHBOARD_PORT !== undefined) {
    const dashboard: NonNullable<Config['dashboard']> = { port: e.DASHBOARD_PORT, host: e.DASHBOARD_HOST };
    if (e.DASHBOARD_TOKEN) dashboard.token = e.DASHBOARD_TOKEN;
    config.dashboard = dashboard;
  }
  if (e.WEBCHAT_PORT !== undefined) {
    config.webchat = {
      port: e.WEBCHAT_PORT,
      host: e.WEBCHAT_HOST,
      allowedOrigins: e.WEBCHAT_ALLOWED_ORIGINS,
      trustedProxies: e.WEBCHAT_TRUSTED_PROXIES,
      ipMessagesPerMinute: e.WEBCHAT_IP_MESSAGES_PER_MINUTE ?? 300,
      maxBodyBytes: e.WEBCHAT_MAX_BODY_BYTES ?? 8192,
      demo: e.WEBCHAT_DEMO,
    };
  }
  return config;
}
