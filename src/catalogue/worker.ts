// Runs prepareCatalogue (read, validate, lint) in a worker thread, so that a hot reload never holds up the event
// loop: the bot keeps answering while a large catalogue is read. The services come back serialised in chunks,
// transferred without a copy, and are deserialised one chunk per turn of the event loop, so that taking the result
// in is no long stall either. A reload that overruns its deadline, or is cancelled at shutdown, has its worker
// terminated and holds up nothing: the worker never keeps the process alive.
//
// The same file is the worker's code: loaded in a worker marked as a reload job, it runs the job and posts the result.
// A layer above (search) can have more work done there: `derive` names a module whose `derive(prepared)` runs in the
// worker after a good prepare, and its value (the search index's parts) comes back with the catalogue.
import { relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isMainThread, type MessagePort, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CatalogueIssue } from './load.ts';
import { type Prepared, type PrepareResult, prepareCatalogue } from './prepare.ts';
import type { Service } from './schema.ts';

/** Marks the workerData of a reload worker. */
const ROLE = 'atende:catalogue-prepare';

/** Services per chunk: deserialising one takes a millisecond or two. */
const CHUNK = 50;

/** The worker's own heap limit, about ten times what a catalogue at the size limits needs: a file that would need more ends the worker, not the bot. */
const WORKER_HEAP_MB = 512;

/** What the worker is asked to prepare. */
interface Job {
  dir: string;
  lastGoodPath?: string;
  /** URL of a module exporting `derive` (see DeriveModule). */
  derive?: string;
}

/** What a `derive` module exports: work done in the worker on a good catalogue, with the buffers to transfer. */
export interface DeriveModule {
  derive(prepared: Prepared): { value: unknown; transfer: ArrayBuffer[] };
}

/** What the worker posts back: the services as serialised chunks, the rest as is. */
type Reply = { ok: false; errors: CatalogueIssue[] } | ({ ok: true; chunks: ArrayBuffer[]; derived?: unknown } & Omit<Prepared, 'services'>);

/** Why a reload in a worker gave no catalogue, beyond the catalogue's own errors. */
export type StopReason = 'timeout' | 'cancelled' | 'crashed';

/**
 * The outcome of a reload in a worker: the catalogue's (with what `derive` made of it, if asked), or why the worker
 * gave none (`reason`, and the error).
 */
export type WorkerOutcome = { ok: true; prepared: Prepared; derived?: unknown } | Extract<PrepareResult, { ok: false }> | { ok: false; errors: CatalogueIssue[]; reason: StopReason; cause?: unknown };

/** A reload running in a worker. */
export interface PrepareRun {
  /** Settles once: with the outcome, at the deadline, or when cancelled. Never rejects. */
  result: Promise<WorkerOutcome>;
  /** Gives up at once: the worker is terminated and `result` settles as cancelled. */
  cancel(): void;
}

/** Options of prepareInWorker. */
export interface PrepareOptions {
  /** Where to save the copy of the last good catalogue (see lastgood.ts). */
  lastGoodPath?: string;
  /** Deadline of the whole reload, result taken in included. */
  timeoutMs: number;
  /** A module (see DeriveModule) whose `derive` runs in the worker on a good catalogue. */
  derive?: URL;
}

const where = (dir: string): string => relative(process.cwd(), dir) || dir;

function startWorker(job: Job): Worker {
  const data = { [ROLE]: job };
  const options = { workerData: data, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), options);
  // Run from the TypeScript sources (tsx, vitest): worker threads do not inherit the loader, so start it in the worker.
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}));`;
  return new Worker(code, { ...options, eval: true });
}

/** Deserialises the chunks one per turn of the event loop; undefined if cancelled meanwhile. */
async function takeIn(reply: Extract<Reply, { ok: true }>, cancelled: () => boolean): Promise<WorkerOutcome | undefined> {
  const { chunks, ok, derived, ...rest } = reply;
  const services: Service[] = [];
  for (const chunk of chunks) {
    await new Promise((resolve) => setImmediate(resolve));
    if (cancelled()) return undefined;
    // Serialised by this module's worker from services that passed the schema there: the type holds.
    const part = deserialize(new Uint8Array(chunk)) as Service[];
    for (const s of part) services.push(s);
  }
  return { ok, prepared: { services, ...rest }, ...(derived === undefined ? {} : { derived }) };
}

/** Prepares the catalogue at `dir` in a worker thread. */
export function prepareInWorker(dir: string, options: PrepareOptions): PrepareRun {
  let settle: (outcome: WorkerOutcome) => void = () => undefined;
  const result = new Promise<WorkerOutcome>((resolve) => {
    settle = resolve;
  });
  let settled = false;
  let worker: Worker | undefined;
  const finish = (outcome: WorkerOutcome): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    // Whatever it is doing, it is no longer wanted (and if it is done, this costs nothing).
    void worker?.terminate().catch(() => undefined);
    settle(outcome);
  };
  const stop = (reason: StopReason, message: string, cause?: unknown): void => finish({ ok: false, reason, cause, errors: [{ file: where(dir), path: '', message }] });
  const timer = setTimeout(() => {
    const seconds = Math.round(options.timeoutMs / 100) / 10;
    stop('timeout', `a recarga demorou mais de ${seconds.toLocaleString('pt-BR')} s e foi cancelada; o catálogo anterior continua no ar. Salve o arquivo de novo para tentar outra vez; se continuar, avise a equipe técnica`);
  }, options.timeoutMs);
  timer.unref();

  try {
    worker = startWorker({ dir, ...(options.lastGoodPath ? { lastGoodPath: options.lastGoodPath } : {}), ...(options.derive ? { derive: options.derive.href } : {}) });
  } catch (err) {
    stop('crashed', 'erro interno ao recarregar o catálogo; o catálogo anterior continua no ar. Avise a equipe técnica.', err);
    return { result, cancel: () => undefined };
  }
  worker.unref();
  let replied = false;
  worker.once('message', (reply: Reply) => {
    replied = true;
    if (settled) return;
    if (!reply.ok) return finish(reply);
    void takeIn(reply, () => settled).then((outcome) => outcome && finish(outcome));
  });
  worker.once('error', (err: Error & { code?: string }) => {
    const memory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
    stop('crashed', memory ? 'a recarga precisou de memória demais e foi cancelada; o catálogo anterior continua no ar. Confira os arquivos maiores do catálogo e avise a equipe técnica.' : 'erro interno ao recarregar o catálogo; o catálogo anterior continua no ar. Avise a equipe técnica.', err);
  });
  worker.once('exit', (code) => {
    if (!replied) stop('crashed', 'erro interno ao recarregar o catálogo; o catálogo anterior continua no ar. Avise a equipe técnica.', new Error(`catalogue worker exited with code ${code} before replying`));
  });
  return { result, cancel: () => stop('cancelled', 'o bot está sendo desligado; a recarga foi cancelada e o catálogo anterior continua no ar') };
}

/** In the worker: prepares, then posts the services as transferred chunks. */
async function runJob(port: MessagePort, job: Job): Promise<void> {
  const r = await prepareCatalogue(job.dir, job.lastGoodPath);
  if (!r.ok) {
    port.postMessage(r satisfies Reply);
    return;
  }
  // Imported here, in the worker: its module graph (the search index) never loads in the catalogue layer's thread.
  const derived = job.derive ? ((await import(job.derive)) as DeriveModule).derive(r.prepared) : undefined;
  const { services, ...rest } = r.prepared;
  const chunks: ArrayBuffer[] = [];
  for (let i = 0; i < services.length; i += CHUNK) {
    const bytes = serialize(services.slice(i, i + CHUNK));
    chunks.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  const reply: Reply = { ok: true, chunks, ...rest, ...(derived ? { derived: derived.value } : {}) };
  port.postMessage(reply, [...chunks, ...(derived?.transfer ?? [])]);
}

function jobOf(data: unknown): Job | undefined {
  if (typeof data !== 'object' || data === null || !(ROLE in data)) return undefined;
  // Set by startWorker above, in this very module.
  return (data as Record<typeof ROLE, Job>)[ROLE];
}

const job = isMainThread ? undefined : jobOf(workerData);
// A failure rejects unhandled, which ends the worker with an 'error' event on the main side: the reload is refused.
if (job && parentPort) void runJob(parentPort, job);
