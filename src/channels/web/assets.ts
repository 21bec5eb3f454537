// The widget's script as served: read once at start-up from widget/widget.js next to this module (src/ under
// tsx, dist/ once built, where tsc copies it), gzipped once, with an ETag so browsers revalidate cheaply.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** A static file ready to send: its bytes, gzipped bytes and validator. */
export interface Asset {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  type: string;
}

/** Builds an asset from text. */
export function asset(text: string, type: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { body, gzipped: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`, type };
}

/**
 * The widget as a browser runs it. tsc treats .js files of this ESM package as modules and appends
 * "export {};" to the copy it writes into dist/; a classic <script> cannot parse that line, so it goes.
 */
export function widgetSource(text: string): string {
  return text.replace(/^export \{\};?[ \t]*$/m, '').trimEnd() + '\n';
}

/** Reads the widget script (once per adapter start). */
export function loadWidget(): Asset {
  const text = readFileSync(new URL('./widget/widget.js', import.meta.url), 'utf8');
  return asset(widgetSource(text), 'text/javascript; charset=utf-8');
}
