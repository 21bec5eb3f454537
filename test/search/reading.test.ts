// The index reads texts through a shortcut (token ids of cached chunks, context-free chunks copied as they are);
// queries, names and synonyms go through the full reading. Both must keep the same words with the same stems.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { projectRoot } from '../../src/config.ts';
import { analyze, keptIds, readKeptIds, tokenById, words } from '../../src/search/normalize.ts';

/** What the index keeps of a text: folded words and stems, through the shortcut. */
function throughIndex(text: string): { words: string[]; stems: string[] } {
  readKeptIds(text);
  const ids = [...keptIds.ids.subarray(0, keptIds.count)];
  return { words: ids.map((id) => tokenById(id).lower), stems: ids.map((id) => tokenById(id).stem) };
}

const tricky = [
  'Registrar B. O. de furto',
  'registrar b.o. online',
  'bom dia, quero a 2ª via do RG',
  'Segunda via\u00a0da CNH\tpor favor',
  'uai, como faço pra ir na uai contagem?',
  'UAI Praça Sete',
  'IPVA 2026 em Belo Horizonte',
  'sou de juiz de fora e preciso do 2via',
  '  espaços   demais  ',
  'habilitação, renovação; permissões: certidões!',
  'kkkk rsrs',
  'Carteira de identidade 1a via 3º lote',
  // Fillers and "uai" next to punctuation that starts or ends a chunk.
  'fui la ,uai contagem',
  'moro em para de minas , uai sô',
  'sao paulo. uai',
  'bom dia.uai, tudo bem? por favor',
  'para de',
  'olha uai ,contagem',
];

describe('reading a text for the index', () => {
  it('keeps the words and stems of the full reading, for tricky texts', () => {
    for (const text of tricky) expect(throughIndex(text), text).toEqual({ words: words(text), stems: analyze(text) });
  });

  it('keeps the words and stems of the full reading, for every text of the bundled catalogue', async () => {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    if (!loaded.catalogue) throw new Error('the bundled catalogue must load');
    const texts = loaded.catalogue.services.flatMap((s) => [s.title, ...s.popularNames, s.description, ...s.keywords, ...s.steps.flatMap((st) => [st.title, st.description, ...st.documents])]);
    expect(texts.length).toBeGreaterThan(1000);
    const differing = texts.filter((t) => JSON.stringify(throughIndex(t)) !== JSON.stringify({ words: words(t), stems: analyze(t) }));
    expect(differing).toEqual([]);
  });
});
