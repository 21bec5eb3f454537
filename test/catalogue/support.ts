// Helpers shared by the catalogue tests: a temporary copy of data/, a logger that records, polling, captured CLI streams.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parse, stringify } from 'yaml';
import type { CliIO } from '../../src/commands/types.ts';
import { projectRoot } from '../../src/config.ts';
import type { LogFields, Logger } from '../../src/core/logger.ts';

/** A temporary directory holding a copy of the bundled catalogue at `<root>/data`. */
export interface TempCatalogue {
  root: string;
  dir: string;
  remove(): void;
}

/** Copies data/ to a fresh temporary directory. */
export function copyCatalogue(): TempCatalogue {
  const root = mkdtempSync(join(tmpdir(), 'atende-catalogue-'));
  const dir = join(root, 'data');
  cpSync(join(projectRoot, 'data'), dir, { recursive: true });
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Makes the catalogue at `dir` long to read and check but no larger for search: each service gets up to `notes`
 * items in `needsCheck` (parsed, validated and linted like everything else, but not indexed). Returns the bytes of
 * every catalogue file together.
 */
export function padCatalogue(dir: string, notes: number): number {
  const servicesDir = join(dir, 'services');
  let total = statSync(join(dir, 'synonyms.yaml'), { throwIfNoEntry: false })?.size ?? 0;
  for (const name of readdirSync(servicesDir).filter((n) => n.endsWith('.yaml'))) {
    const service = parse(readFileSync(join(servicesDir, name), 'utf8')) as { needsCheck?: unknown[] };
    const own = service.needsCheck ?? [];
    const padding = Array.from({ length: Math.max(0, notes - own.length) }, (_, i) => ({
      field: 'description',
      note: `Conferir o texto da descrição com a Carta de Serviços publicada pelo órgão (item ${i}): prazos, valores, documentos e canais mudam ao longo do ano, e cada mudança precisa chegar ao cidadão. Confirmar também os links citados.`,
    }));
    const text = stringify({ ...service, needsCheck: [...own, ...padding] });
    writeFileSync(join(servicesDir, name), text);
    total += Buffer.byteLength(text);
  }
  return total;
}

/** One recorded log line. */
export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: LogFields;
  msg?: string;
}

/** A logger that keeps every line, for assertions. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (fields: LogFields, msg?: string): void => {
      lines.push(msg === undefined ? { level, fields } : { level, fields, msg });
    };
  const logger: Logger & { lines: LogLine[] } = { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

/** Polls until `check` returns a value other than undefined/false; fails with `what` after `timeoutMs`. */
export async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** CLI streams that capture what a command writes. */
export function capturedIO(env: Record<string, string> = {}): CliIO & { out(): string; err(): string } {
  let out = '';
  let err = '';
  // Plain writables append synchronously: the text is there as soon as the command returns.
  const stdout = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
  const stderr = new Writable({ write: (chunk: Buffer, _enc, done) => ((err += chunk.toString()), done()) });
  return { stdin: new PassThrough(), stdout, stderr, env: { ...env }, out: () => out, err: () => err };
}
