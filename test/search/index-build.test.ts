// How the search index is built must not change what it finds: an index rebuilt incrementally (after a build of
// another version of the catalogue, in the same process) and an index read back from its serialised parts (the
// start-up cache, the reload worker's transfer) give exactly the results of a build from nothing.
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCatalogue, type Catalogue, loadCatalogue } from '../../src/catalogue/load.ts';
import type { Service } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';
import type { IndexParts, SearchIndex } from '../../src/search/index.ts';
import { unpackNames } from '../../src/search/names.ts';
import { analyze } from '../../src/search/normalize.ts';
import { buildPhraseTable } from '../../src/search/synonyms.ts';
import { queries } from './queries.ts';
import { referenceNames, referenceTerms } from './reference.ts';
import { syntheticServices } from './synthetic.ts';

type IndexModule = typeof import('../../src/search/index.ts');

/** A fresh copy of the index module, with nothing remembered from earlier builds. */
async function freshModule(): Promise<IndexModule> {
  vi.resetModules();
  return import('../../src/search/index.ts');
}

let real: Catalogue;
let before: Catalogue;
let after: Catalogue;

/** The queries compared: the labelled ones, plus words of the services the edit touched. */
const probes = [...queries.map((q) => q.query), 'cadastro de apicultor', 'mel abelha', 'carteira de pescador amador', 'sintetico 7'];

beforeAll(async () => {
  const loaded = await loadCatalogue(join(projectRoot, 'data'));
  if (!loaded.catalogue) throw new Error('the bundled catalogue must load');
  real = loaded.catalogue;
  const services = [...real.services, ...syntheticServices(real.services, 300)];
  before = buildCatalogue(real.dir, services, real.synonyms);
  // One service edited, one removed, one added: what staff do between two reloads.
  // Each edit touches one field only, so that a rebuild that overlooked a field would show.
  const edited = services.map((s, i): Service => {
    if (i === 3) return { ...s, description: `${s.description} Vale também para apicultor que vende mel de abelha.` };
    if (i === 5) return { ...s, keywords: [...s.keywords, 'carteira de pescador amador'] };
    if (i === 8) return { ...s, steps: s.steps.map((st, k) => (k === 0 ? { ...st, documents: [...st.documents, 'Comprovante de apiário'] } : st)) };
    return structuredClone(s);
  });
  edited.splice(10, 1);
  edited.push({ ...(services[0] as Service), id: 'apicultor-cadastro', title: 'Cadastro de apicultor', popularNames: ['registro de apiário'], keywords: ['mel', 'abelha'] });
  after = buildCatalogue(real.dir, edited, real.synonyms);
});

/** Everything a caller can observe of an index over the probes. */
function observe(index: SearchIndex): unknown {
  return {
    size: index.size,
    results: probes.map((q) => ({ q, search: index.search(q), one: index.search(q, 1), nearest: index.nearest(q, 10) })),
    knows: ['cnh', 'apicultor', 'abelha', 'renavam', 'xyzzy'].map((w) => index.knows(w)),
    // A first build counts these without making postings; parts read them off the postings.
    shares: ['carteira', 'identidade', 'cnh', 'apicultor', 'abelha', 'via', 'xyzzy'].map((w) => index.share(analyze(w)[0] ?? w)),
  };
}

/** The parts in an order-free form: postings by term (interning order may differ), vocabulary and names in order. */
function normalised(parts: IndexParts): unknown {
  const t = parts.terms;
  const postings = t.terms
    .map((term, s) => {
      const from = t.offsets[s] as number;
      const to = t.offsets[s + 1] as number;
      return { term, idf: t.idf[s], docs: [...t.docs.subarray(from, to)], weights: [...t.weights.subarray(from, to)], qualities: [...t.qualities.subarray(from, to)] };
    })
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return { postings, words: t.words, wordDocs: [...t.wordDocs], unknownIdf: t.unknownIdf, names: parts.names };
}

describe('an index built from nothing', () => {
  it('has the postings, vocabulary and names of the plain definition (every text read as queries are)', async () => {
    const parts = (await freshModule()).buildIndexParts(after);
    const phrases = buildPhraseTable(after.synonyms);
    const { names, ...terms } = normalised(parts) as { names: IndexParts['names'] };
    expect(terms).toEqual(referenceTerms(after.services, phrases));
    expect(unpackNames(names)).toEqual(referenceNames(after.services, phrases));
  });
});

describe('an index rebuilt after an edit, in a process that indexed the catalogue before', () => {
  it('has exactly the parts and the results of an index built from nothing', async () => {
    const fresh = await freshModule();
    const expectedParts = fresh.buildIndexParts(after);
    const expected = observe(fresh.searchIndexOf(after, expectedParts));

    const warm = await freshModule();
    warm.buildSearchIndex(before);
    warm.buildSearchIndex(real);
    warm.buildSearchIndex(before);
    const rebuiltParts = warm.buildIndexParts(after);
    expect(normalised(rebuiltParts)).toEqual(normalised(expectedParts));
    expect(observe(warm.searchIndexOf(after, rebuiltParts))).toEqual(expected);
    // And back: the earlier version again, from what is remembered.
    expect(observe(warm.buildSearchIndex(before))).toEqual(observe((await freshModule()).buildSearchIndex(before)));
  });

  it('finds the service added and the words added by the edit', async () => {
    const index = (await freshModule()).buildSearchIndex(after);
    expect(index.search('cadastro de apicultor').hits[0]?.id).toBe('apicultor-cadastro');
    expect(index.knows('apicultor')).toBe(true);
    expect((await freshModule()).buildSearchIndex(before).knows('apicultor')).toBe(false);
  });
});

describe('an index read back from its serialised parts', () => {
  it('gives exactly the results of the index they were built for', async () => {
    const fresh = await freshModule();
    const parts = fresh.buildIndexParts(after);
    const expected = observe(fresh.searchIndexOf(after, parts));
    const other = await freshModule();
    // v8's serialisation: what the start-up cache writes and a worker's message carries.
    const back = deserialize(serialize(parts)) as IndexParts;
    expect(observe(other.searchIndexOf(after, back))).toEqual(expected);
  });

  it('gives exactly the results of a build when opened through the start-up cache', async () => {
    const expected = observe((await freshModule()).buildSearchIndex(after));
    // The first open may build and write the cache, the second reads it back.
    (await freshModule()).openSearchIndex(after);
    expect(observe((await freshModule()).openSearchIndex(after))).toEqual(expected);
  });
});
