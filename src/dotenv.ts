// The `.env` file: checked line by line (Node's parser skips a malformed line without a word), parsed by
// Node's own `util.parseEnv` (the syntax of `node --env-file`), and added to the environment without
// overriding what the environment already says.
import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from './core/errors.ts';

/** A line of a `.env` file that is not blank, a comment or `NAME=value`. */
export interface DotenvProblem {
  /** 1-based line number. */
  line: number;
  message: string;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;
const QUOTES = new Set(['"', "'", '`']);

/** Finds every line that is not blank, a `#` comment or `NAME=value` (quoted values may span lines). */
export function checkDotenv(text: string): DotenvProblem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: DotenvProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = ASSIGNMENT.exec(line);
    if (!m) {
      // Never echo the line: it may hold a token typed with a space instead of "=".
      problems.push({ line: i + 1, message: 'esperado NOME=valor (ou um comentário começando com #)' });
      continue;
    }
    const value = m[2] as string;
    const quote = value[0];
    if (quote === undefined || !QUOTES.has(quote)) continue;
    // A quoted value ends at the next matching quote, on this line or a later one (as Node reads it).
    let rest = value.slice(1);
    let end = rest.indexOf(quote);
    let j = i;
    while (end < 0 && j + 1 < lines.length) {
      j++;
      rest = lines[j] as string;
      end = rest.indexOf(quote);
    }
    if (end < 0) {
      problems.push({ line: i + 1, message: `o valor de ${m[1]} abre aspas (${quote}) que não se fecham` });
      break;
    }
    const after = rest.slice(end + 1).trim();
    if (after !== '' && !after.startsWith('#')) problems.push({ line: j + 1, message: `texto depois das aspas que fecham o valor de ${m[1]}` });
    i = j;
  }
  return problems;
}

/**
 * Loads `path` into `env` when the file exists: variables already set in `env` win over the file.
 * Returns the names it set. Throws a ConfigError naming the file and the line when the file is malformed.
 */
export function loadDotenv(path: string, env: NodeJS.ProcessEnv): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return [];
    throw new ConfigError(`Não foi possível ler ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const problems = checkDotenv(text);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${path}, linha ${p.line}: ${p.message}`);
    throw new ConfigError(`Arquivo .env malformado (veja .env.example):\n${lines.join('\n')}`);
  }
  const set: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}
