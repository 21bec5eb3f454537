// Reading a request body with a size limit: a declared Content-Length over the limit is refused before a byte
// is read, and a body that streams past it is cut off, so a client can never make the server hold more.
import type { IncomingMessage } from 'node:http';

/** How reading a body ended. */
export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413 };

/** Reads the body as UTF-8, up to `limit` bytes; 413 beyond it, 400 when the client aborts or sends bad framing. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Nothing is read: the response goes out and the connection closes (see the server's 413 path).
    return Promise.resolve({ ok: false, status: 413 });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      resolve(r);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413 });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.once('error', () => finish({ ok: false, status: 400 }));
    req.once('aborted', () => finish({ ok: false, status: 400 }));
  });
}
