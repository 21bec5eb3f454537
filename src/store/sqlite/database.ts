// Opening the SQLite file: WAL mode, migrations, an integrity check, and clear pt-BR errors for operators.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from '../../core/errors.ts';
import { migrations } from './schema.ts';

/** Opens the database file, applies migrations and returns the raw handle. Clear errors for corrupt or locked files. */
export function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: 2000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > migrations.length) {
      throw new StoreError(`O banco de dados ${path} está na versão ${version} do esquema, mais nova que a deste Atende (${migrations.length}). Atualize o Atende ou aponte DATABASE_PATH para outro arquivo.`);
    }
    for (let v = version; v < migrations.length; v++) {
      const sql = migrations[v] ?? '';
      db.transaction(() => {
        db.exec(sql);
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // Pages damaged behind a sound header, or a write lock held by another process, would let the bot start
    // and then fail message after message: find out now (quick_check reads every page, ~0.4 s per 150 MB).
    const integrity = String(db.pragma('quick_check(1)', { simple: true }));
    if (integrity !== 'ok') throw Object.assign(new Error(integrity), { code: 'SQLITE_CORRUPT' });
    db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError(`O arquivo de banco de dados ${path} está corrompido ou não é um banco SQLite. Restaure-o de um backup, ou mova-o para outro lugar para que um novo seja criado.`, { cause: err });
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new StoreError(`O arquivo de banco de dados ${path} está bloqueado por outro processo. Pare a outra instância do Atende (só uma pode gravar no banco) e inicie de novo.`, { cause: err });
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES') {
      throw new StoreError(`Não foi possível abrir o banco de dados ${path} para gravação. Confira DATABASE_PATH e as permissões da pasta.`, { cause: err });
    }
    throw new StoreError(`Não foi possível abrir o banco de dados ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/** Opens an existing database read-only (reports), after bringing its schema up to date once. */
export function openReadOnly(path: string): Database.Database {
  openDatabase(path).close();
  try {
    return new Database(path, { readonly: true, fileMustExist: true, timeout: 2000 });
  } catch (err) {
    throw new StoreError(`Não foi possível abrir o banco de dados ${path} para leitura: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
