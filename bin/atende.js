#!/usr/bin/env node
// Entry point of `npx atende` and `npm start`: runs the compiled CLI (dist/, built by `npm install`) in this
// very process, so that SIGINT/SIGTERM reach it. If src/ changed since the last build, it builds first:
// a stale dist/ never runs old code in silence.
import { buildIfStale } from './build.js';

const root = new URL('..', import.meta.url);
if (!buildIfStale(root)) process.exit(1);
const { runProcess } = await import(new URL('dist/cli.js', root).href);
await runProcess(process.argv.slice(2));
