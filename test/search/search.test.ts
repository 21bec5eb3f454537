// Search quality on the real catalogue (labelled queries in queries.ts), plus unit tests of each layer.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, loadCatalogue, type Catalogue } from '../../src/catalogue/load.ts';
import type { Service } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/search/index.ts';
import { analyze, fold, stem, words } from '../../src/search/normalize.ts';
import { queries, typoVariants, type LabelledQuery } from './queries.ts';

/** Figures for one group of labelled queries. */
interface Figures {
  group: string;
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  empty: number;
}

function evaluate(index: SearchIndex, group: string, items: readonly { query: string; expected: string | null }[]): Figures {
  let top1 = 0;
  let top3 = 0;
  let mrr = 0;
  let empty = 0;
  for (const { query, expected } of items) {
    const ids = index.search(query).hits.map((h) => h.id);
    if (ids.length === 0) empty++;
    if (expected === null) continue;
    const rank = ids.indexOf(expected);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const n = items.length;
  return { group, n, top1: top1 / n, top3: top3 / n, mrr: mrr / n, empty: empty / n };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function table(rows: readonly Figures[]): string {
  const head = `${'group'.padEnd(16)} ${'n'.padStart(4)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'MRR'.padStart(7)} ${'empty'.padStart(7)}`;
  const lines = rows.map((r) => `${r.group.padEnd(16)} ${String(r.n).padStart(4)} ${pct(r.top1)} ${pct(r.top3)} ${pct(r.mrr)} ${pct(r.empty)}`);
  return [head, ...lines].join('\n');
}

describe('search quality on the real catalogue', () => {
  let catalogue: Catalogue;
  let index: SearchIndex;
  const inScope = queries.filter((q): q is LabelledQuery & { expected: string } => q.expected !== null);
  const outOfScope = queries.filter((q) => q.expected === null);

  beforeAll(async () => {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    if (!loaded.catalogue) throw new Error(`catalogue has errors:\n${loaded.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n')}`);
    catalogue = loaded.catalogue;
    index = buildSearchIndex(catalogue);
  });

  it('meets the infinitive from a first-person verb the stemmer leaves whole ("abro", "vendi")', () => {
    expect(index.search('como abro um cnpj').hits[0]?.id).toBe('abrir-empresa');
    expect(index.search('vendi o carro').hits[0]?.id).toBe('comunicacao-venda');
  });

  it('every labelled service exists in the catalogue', () => {
    const missing = inScope.filter((q) => !catalogue.byId.has(q.expected)).map((q) => q.expected);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reaches top-1 ≥ 0.90 and top-3 ≥ 0.97, and answers nothing out of scope', () => {
    const overall = evaluate(index, 'in scope', inScope);
    const oos = evaluate(index, 'out_of_scope', outOfScope);
    const groups = [...new Set(queries.map((q) => q.group))].map((g) => evaluate(index, g, queries.filter((q) => q.group === g && q.expected !== null)));
    const variants = inScope.flatMap((q) => typoVariants(q.query, 7).map((v) => ({ query: v, expected: q.expected })));
    const auto = evaluate(index, 'auto variants', variants);
    const oosVariants = evaluate(index, 'auto oos', outOfScope.flatMap((q) => typoVariants(q.query, 7).map((v) => ({ query: v, expected: null }))));

    console.log(
      [
        '',
        `Search evaluation (${queries.length} labelled queries, ${catalogue.services.length} services)`,
        `  top-1 accuracy:                 ${pct(overall.top1)}`,
        `  recall@3:                       ${pct(overall.top3)}`,
        `  out of scope answered empty:    ${pct(oos.empty)} (${Math.round(oos.empty * oos.n)}/${oos.n})`,
        '',
        table([...groups.filter((g) => g.n > 0), overall, auto]),
        `out of scope: ${pct(oos.empty)} empty; automatic typo variants of them: ${pct(oosVariants.empty)} empty`,
        '',
      ].join('\n'),
    );

    const answered = outOfScope.map((q) => ({ query: q.query, hits: index.search(q.query).hits.map((h) => h.id) })).filter((r) => r.hits.length > 0);
    expect(answered).toEqual([]);
    expect(overall.top1).toBeGreaterThanOrEqual(0.9);
    expect(overall.top3).toBeGreaterThanOrEqual(0.97);
    // Generated misspellings are harder than hand-written ones; they must still mostly land.
    expect(auto.top3).toBeGreaterThanOrEqual(0.85);
  });
});

describe('normalisation', () => {
  it('strips accents before anything else and keeps digits', () => {
    expect(fold('Habilitação, Ônibus e CRLV-e 2026!')).toBe('habilitacao onibus e crlv e 2026');
  });

  it('turns "2ª via" into "2a via" and splits "2via"', () => {
    expect(fold('2ª via')).toBe('2a via');
    expect(fold('2via')).toBe('2 via');
  });

  it('drops greetings and fillers but keeps rg, bo, via, ordinals and "segunda"/"primeira"/"nova"', () => {
    expect(words('Oi, bom dia! Eu queria saber como faço pra tirar a segunda via do meu RG por favor')).toEqual(['tirar', 'segunda', 'via', 'rg']);
    expect(words('fazer um B.O. da primeira via nova')).toEqual(['bo', 'primeira', 'via', 'nova']);
  });

  it('writes ordinals out, so "2ª via" meets "segunda via"', () => {
    expect(words('2ª via, 1º ano')).toEqual(['segunda', 'via', 'primeiro', 'ano']);
    expect(analyze('2ª via')).toEqual(analyze('segunda via'));
  });

  it('drops "uai" the interjection but keeps the UAI', () => {
    expect(words('uai, como tiro a identidade?')).toEqual(['tiro', 'identidade']);
    expect(words('uai sô')).toEqual([]);
    expect(words('agendar na uai')).toEqual(['agendar', 'uai']);
    expect(words('UAI Praça Sete')).toEqual(['uai', 'praca', 'sete']);
    expect(words('uai contagem')).toEqual(['uai']);
  });

  it('drops years and town names, which say nothing about the service', () => {
    expect(words('ipva 2026 em Belo Horizonte')).toEqual(['ipva']);
    expect(words('disque 181')).toEqual(['disque', '181']);
  });

  it('keeps another state\'s name, which search reads as "outro estado" (data/outros-estados.yaml), unlike a Minas town', () => {
    // "são" is the verb's stopword, but kept in the state's name: "paulo" alone is a citizen's name, not a state.
    expect(words('cnh de São Paulo em Belo Horizonte')).toEqual(['cnh', 'sao', 'paulo']);
    expect(words('sou o Paulo, são pessoas')).toEqual(['paulo', 'pessoas']);
    expect(words('carro do rio de janeiro')).toEqual(['carro', 'rio', 'janeiro']);
  });

  it('stems accented and unaccented spellings alike', () => {
    expect(analyze('habilitação')).toEqual(analyze('HABILITACAO'));
    expect(stem('habilitacoes')).toBe(stem('habilitacao'));
    expect(stem('renovacao')).toBe(stem('renovar'));
    expect(stem('paguei')).toBe(stem('pagar'));
  });

  it('returns nothing for laughter and pure filler', () => {
    expect(analyze('kkkkkkk')).toEqual([]);
    expect(analyze('oi, boa tarde, tudo bem?')).toEqual([]);
  });
});

/** A minimal valid service for unit tests of the index. */
function service(id: string, title: string, extra: Partial<Service> = {}): Service {
  return {
    id,
    title,
    popularNames: [],
    keywords: [],
    description: `Serviço de teste: ${title}. Texto longo o bastante para a descrição.`,
    requesters: [{ type: 'Cidadão', requirements: '' }],
    agency: { acronym: 'TST', name: 'Órgão de teste' },
    category: 'Teste',
    free: true,
    delivery: 'online',
    url: 'https://www.mg.gov.br/servico/teste',
    estimatedTime: { kind: 'not_estimated' },
    steps: [
      { title: 'Primeiro passo', description: 'Acesse o site e preencha o formulário.', documents: ['CPF'], costs: [], channels: [] },
      { title: 'Segundo passo', description: 'Aguarde a resposta por e-mail.', documents: [], costs: [], channels: [] },
    ],
    related: [],
    popularity: 1,
    needsCheck: [],
    ...extra,
  };
}

describe('index layers on a small catalogue', () => {
  const services = [
    service('cnh-renovacao', 'Renovação da CNH', { popularNames: ['carteira de motorista vencida'], keywords: ['exame médico'] }),
    service('cin-2a-via', 'Carteira de Identidade – 2ª via', { popularNames: ['perdi meu RG'], keywords: ['extravio'], popularity: 2 }),
    service('ipva', 'Consultar e pagar IPVA', { popularity: 3 }),
    service('ipva-isencao', 'Isenção de IPVA', { keywords: ['deficiência'] }),
    service('cemig-conta', '2ª via de conta de energia', { keywords: ['fatura'] }),
    service('bo-roubo', 'Boletim de ocorrência de roubo', { acronym: 'BO', keywords: ['assalto'] }),
  ];
  const synonyms = [
    { term: 'cnh', alternatives: ['carteira de motorista', 'habilitação'] },
    { term: 'identidade', alternatives: ['rg', 'carteira de identidade'] },
    { term: 'energia', alternatives: ['luz', 'cemig', 'eletricidade'] },
    { term: 'segunda via', alternatives: ['2a via', '2 via'] },
  ];
  const index = buildSearchIndex(buildCatalogue('/test', services, synonyms));
  const top = (q: string): string | undefined => index.search(q).hits[0]?.id;

  it('counts the services', () => {
    expect(index.size).toBe(6);
  });

  it('tells the share of the services that use a stem: "ipva" two of six, "assalto" one, an unknown word none', () => {
    const share = (word: string): number => index.share(analyze(word)[0] ?? word);
    expect(share('ipva')).toBeCloseTo(2 / 6);
    expect(share('assalto')).toBeCloseTo(1 / 6);
    expect(share('xyzzy')).toBe(0);
  });

  describe('when the query uses a synonym', () => {
    it('finds the service written with the other term, both ways', () => {
      expect(top('renovar habilitação')).toBe('cnh-renovacao');
      expect(top('conta de luz')).toBe('cemig-conta');
      expect(top('2 via da identidade')).toBe('cin-2a-via');
    });

    it('prefers the longest phrase: "carteira de identidade" is not the driving licence', () => {
      expect(top('carteira de identidade')).toBe('cin-2a-via');
    });
  });

  describe('when a word is misspelt', () => {
    it('corrects it against the catalogue vocabulary', () => {
      expect(top('renovassao da cnh')).toBe('cnh-renovacao');
      expect(top('isensao de ipva')).toBe('ipva-isencao');
      expect(top('identidadi')).toBe('cin-2a-via');
    });

    it('does not correct a misspelt filler into a term', () => {
      expect(index.search('qeria pagar ipva').hits[0]?.id).toBe('ipva');
    });

    it('never corrects a word that the synonyms know', () => {
      expect(top('eletricidade')).toBe('cemig-conta');
    });

    it('trusts a correction of a short word too little to answer on it alone', () => {
      expect(top('roubo')).toBe('bo-roubo');
      expect(index.search('robô').hits).toEqual([]);
      expect(index.nearest('robô')[0]?.id).toBe('bo-roubo');
    });
  });

  describe('when the query is a popular name', () => {
    it('opens that service directly', () => {
      const r = index.search('perdi meu RG');
      expect(r.hits[0]?.id).toBe('cin-2a-via');
      expect(r.clear).toBe(true);
    });
  });

  describe('when two services share the word', () => {
    it('the popularity prior breaks the tie', () => {
      expect(top('ipva')).toBe('ipva');
      expect(index.search('ipva').hits.map((h) => h.id)).toContain('ipva-isencao');
    });
  });

  describe('when the question is not about any service', () => {
    it('returns no hits', () => {
      for (const q of ['receita de bolo', 'kkkkk', 'previsão do tempo', 'oi', '']) expect(index.search(q).hits).toEqual([]);
    });

    it('nearest() still lists the closest services, for the gaps report', () => {
      expect(index.nearest('conta de telefone').map((h) => h.id)).toContain('cemig-conta');
    });
  });

  describe('scores', () => {
    it('are between 0 and 1 and sorted best first', () => {
      const hits = index.search('segunda via').hits;
      expect(hits.length).toBeGreaterThan(1);
      for (const h of hits) expect(h.score).toBeGreaterThan(0);
      for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
      expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    });

    it('respect the limit', () => {
      expect(index.search('segunda via', 1).hits).toHaveLength(1);
    });
  });
});

describe('reading text the same way twice', () => {
  it('gives the same words for a text read again (cached) and for the same text built anew', () => {
    const text = 'Emita o DAE e leve o B.O. à UAI de Contagem, 2ª via.';
    const first = words(text);
    expect(words(text)).toEqual(first);
    expect(words(` ${text.slice(0, 10)}${text.slice(10)}`)).toEqual(first);
    expect(first).toEqual(['emita', 'dae', 'leve', 'bo', 'uai', 'segunda', 'via']);
  });

  it('returns a new array each time, so a caller cannot change the cache', () => {
    const a = words('renovar a carteira de motorista');
    a.push('x');
    expect(words('renovar a carteira de motorista')).not.toContain('x');
  });
});

describe('on the real catalogue', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    index = buildSearchIndex(loaded.catalogue as Catalogue);
  });

  it('answers nothing when each of two words names a different service and no service both', () => {
    for (const q of ['comprar um celular', 'vender meu celular', 'quero comprar um celular']) expect(index.search(q).hits, q).toEqual([]);
  });

  it('still finds the service of each of those words with its own context', () => {
    expect(index.search('comprei um carro usado').hits[0]?.id).toBe('transferencia-veiculo');
    expect(index.search('roubaram meu celular').hits[0]?.id).toBe('bo-furto');
  });

  it('finds a request told as a story: when, or what the citizen did, weighs little', () => {
    expect(index.search('vi historico escolar').hits[0]?.id).toBe('historico-escolar');
    expect(index.search('preciso imprimir o bo q fiz semana passada').hits[0]?.id).toBe('consulta-reds');
  });

  it('still answers nothing for a story that is about no service', () => {
    for (const q of ['minha namorada terminou comigo', 'meu vizinho faz barulho de madrugada', 'minha mae ta doente']) expect(index.search(q).hits, q).toEqual([]);
  });

  it('knows the words of the services, and not the others', () => {
    expect(index.knows('identidade')).toBe(true);
    expect(index.knows('obrigado')).toBe(false);
  });
});
