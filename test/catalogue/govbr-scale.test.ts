// gov.br import at scale: ids stay unique in linear work however many services share a name, and files over the
// size limits are refused with a message that names the file, the limit and what to do.
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GOVBR_IMPORT_LIMITS, fromGovBr, uniqueIds } from '../../src/catalogue/govbr-import.ts';
import { main } from '../../src/cli.ts';
import { capturedIO } from './support.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atende-govbr-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
async function importFile(file: string, out: string) {
  const io = capturedIO();
  const code = await main(['catalogue', 'import', '--from', 'govbr', file, '--out', out], io);
  return { code, out: io.out(), err: io.err() };
}

/** A Set that counts lookups: the work of the id allocation, independent of the machine's speed. */
class CountingSet extends Set<string> {
  lookups = 0;
  override has(value: string): boolean {
    this.lookups++;
    return super.has(value);
  }
}

describe('many services with the same name', () => {
  it('numbers them with a bounded number of lookups per service (linear, not quadratic)', () => {
    const n = 8000;
    const used = new CountingSet();
    const ids = uniqueIds(Array.from({ length: n }, () => 'emitir-segunda-via'), used);
    expect(new Set(ids).size).toBe(n);
    expect(ids.slice(0, 3)).toEqual(['emitir-segunda-via', 'emitir-segunda-via-2', 'emitir-segunda-via-3']);
    expect(ids.at(-1)).toBe(`emitir-segunda-via-${n}`);
    expect(used.lookups).toBeLessThanOrEqual(3 * n);
  });

  it('stays linear and unique when real slugs already end in "-2", "-3"…', () => {
    const n = 4000;
    const slugs = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'taxa' : `taxa-${i + 1}`));
    const used = new CountingSet();
    const ids = uniqueIds(slugs, used);
    expect(new Set(ids).size).toBe(n);
    expect(ids.filter((id, i) => i % 2 === 1 && id !== slugs[i])).toEqual([]); // a real slug keeps its id when free
    expect(used.lookups).toBeLessThanOrEqual(4 * n);
  });

  it('gives every imported service its own id', () => {
    const n = 3000;
    const result = fromGovBr({ resposta: Array.from({ length: n }, () => ({ nome: 'Emitir segunda via', url: 'https://www.mg.gov.br/servico' })) });
    const ids = result.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(n);
    expect(result.services.every((s) => s.service.id === s.id)).toBe(true);
  });
});

describe('a gov.br file over the size limits', () => {
  it('is refused by its size before it is read, naming the file, the limit and what to do', async () => {
    const dir = tempDir();
    const file = join(dir, 'exportacao-enorme.json');
    writeFileSync(file, '');
    truncateSync(file, GOVBR_IMPORT_LIMITS.bytes + 1); // sparse: costs no disk, and is not JSON, so a parse would fail differently
    const r = await importFile(file, join(dir, 'saida'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('exportacao-enorme.json');
    expect(r.err).toContain(`${GOVBR_IMPORT_LIMITS.bytes / 1024 / 1024} MB`);
    expect(r.err).toMatch(/divida/i);
    expect(r.err).not.toMatch(/JSON/);
    expect(existsSync(join(dir, 'saida'))).toBe(false);
  });

  it('is refused by its number of services before any is converted or written', async () => {
    const dir = tempDir();
    const file = join(dir, 'muitos.json');
    const count = GOVBR_IMPORT_LIMITS.services + 1;
    writeFileSync(file, JSON.stringify({ resposta: Array.from({ length: count }, (_, i) => ({ nome: `Serviço ${i}` })) }));
    const r = await importFile(file, join(dir, 'saida'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('muitos.json');
    expect(r.err).toContain(count.toLocaleString('pt-BR'));
    expect(r.err).toContain(GOVBR_IMPORT_LIMITS.services.toLocaleString('pt-BR'));
    expect(r.err).toMatch(/divida/i);
    expect(existsSync(join(dir, 'saida'))).toBe(false);
  });
});
