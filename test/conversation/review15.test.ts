// The fifteenth session's review (helper rv15): work done once per message on the hot path, same answers. Each test
// was checked to fail without the change.
import { describe, expect, it } from 'vitest';
import type { SynonymEntry } from '../../src/catalogue/schema.ts';
import { inSynonymPhrases, synonymStems, withSynonyms } from '../../src/conversation/naming.ts';
import type { Searcher } from '../../src/conversation/turn.ts';
import { analyze } from '../../src/search/normalize.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { realCatalogue, talkOn } from './real.ts';

/** A driver over the real catalogue whose index counts, per turn, how often each query was searched with each limit. */
function countingDriver(): { d: EngineDriver; asked: Map<string, number>[] } {
  const d = new EngineDriver(realCatalogue);
  const inner: Searcher = d.ctx.search;
  const asked: Map<string, number>[] = [];
  d.ctx.search = {
    search(query: string, limit?: number) {
      const turn = asked[asked.length - 1];
      const key = `${String(limit)} ${query}`;
      turn?.set(key, (turn.get(key) ?? 0) + 1);
      return inner.search(query, limit);
    },
    knows: (word: string) => inner.knows(word),
    share: (stem: string) => inner.share(stem),
  };
  return { d, asked };
}

describe('one search per query and limit in a turn', () => {
  it.each([
    ['cnh-primeira-habilitacao', 'E se eu já tiver habilitação e quiser renovar?'],
    ['crlv-licenciamento', 'e o ipva tbm ta atrasado'],
    ['cnh-2a-via', 'pera, eu nunca tive carteira, quero tirar a primeira'],
    ['pescador-profissional', 'Desculpe, é só para pescar por lazer nos fins de semana'],
  ])('on the card %s, "%s" searches each of its queries once, the turn as through the index itself', (id, text) => {
    const { d, asked } = countingDriver();
    d.send({ kind: 'start', payload: id });
    const plain = new EngineDriver(realCatalogue);
    plain.send({ kind: 'start', payload: id });
    asked.push(new Map());
    d.say(text);
    plain.say(text);
    const twice = [...(asked[0] ?? new Map<string, number>()).entries()].filter(([, n]) => n > 1).map(([q]) => q);
    expect(twice).toEqual([]);
    expect(asked[0]?.size).toBeGreaterThan(0);
    expect(d.last).toEqual(plain.last);
  });
});

/** The plain scans the indexed readers replace: every entry, every phrase, for each call. */
function plainWithSynonyms(synonyms: readonly SynonymEntry[], own: ReadonlySet<string>, least = 1): string[] {
  const held = synonymStems(synonyms).filter((entry) => entry.some((phrase) => phrase.length >= least && phrase.every((x) => own.has(x))));
  return [...new Set([...own, ...held.flat(2)])];
}
function plainInPhrases(synonyms: readonly SynonymEntry[], stems: readonly string[]): number[] {
  const out = new Set<number>();
  for (const phrase of synonymStems(synonyms).flat()) {
    if (phrase.length < 2) continue;
    for (let k = 0; k + phrase.length <= stems.length; k++) {
      if (phrase.every((x, j) => stems[k + j] === x)) for (let j = 0; j < phrase.length; j++) out.add(k + j);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Overlapping phrases: one opening stem in several entries, phrases inside phrases, a phrase in two entries. */
const overlapping: SynonymEntry[] = [
  { term: 'carteira de motorista', alternatives: ['cnh', 'carteira de habilitação'] },
  { term: 'carteira de identidade', alternatives: ['rg', 'carteira'] },
  { term: 'boletim de ocorrência', alternatives: ['bo', 'boletim'] },
  { term: 'habilitação', alternatives: ['carteira de motorista', 'carta'] },
  { term: 'comprovante de rendimentos', alternatives: ['informe de rendimentos', 'comprovante'] },
];

const texts = [
  'perdi minha carteira de motorista e a carteira de identidade',
  'carteira carteira de de motorista habilitação',
  'preciso do comprovante de rendimentos pro imposto de renda, e o informe de rendimentos',
  'fiz o boletim de ocorrência, cadê o bo',
  'carta',
  '',
  'quero renovar a cnh vencida e tirar a segunda via do rg',
];

describe('the synonym phrases read by an index of their opening stems, as by a scan of every phrase', () => {
  const tables: [string, readonly SynonymEntry[]][] = [
    ['the catalogue', realCatalogue.synonyms],
    ['overlapping phrases', overlapping],
    ['no synonyms', []],
  ];
  it.each(tables)('withSynonyms on %s: the same stems, in the same order, for every least', (_, table) => {
    for (const text of [...texts, ...realCatalogue.services.slice(0, 40).map((s) => `${s.title} ${s.description}`)]) {
      const own = new Set(analyze(text));
      for (const least of [1, 2, 3]) expect([...withSynonyms(table, own, least)]).toEqual(plainWithSynonyms(table, own, least));
    }
  });
  it.each(tables)('inSynonymPhrases on %s: the same places', (_, table) => {
    for (const text of [...texts, ...table.flatMap((e) => [e.term, ...e.alternatives]).map((p) => `eu ${p} e ${p} de`)]) {
      const stems = analyze(text);
      expect([...inSynonymPhrases(table, stems)].sort((a, b) => a - b)).toEqual(plainInPhrases(table, stems));
    }
  });
  it('the index finds phrases the texts hold (the comparison is not vacuous)', () => {
    expect(plainInPhrases(overlapping, analyze(texts[0] ?? '')).length).toBeGreaterThan(0);
    expect(plainWithSynonyms(overlapping, new Set(analyze('carta')), 1)).toContain('habilit');
  });
});

describe('a dropped clause is looked for only when a verb of dropping is said', () => {
  it.each(['esqueeeece isso, quero ver o dae', 'Esqueça isso, quero ver o DAE', 'deeeixa pra lá, quero ver o dae', 'ignooora isso quero ver o dae'])('"%s" is read as its request, whatever the verb\'s spelling', (text) => {
    const plain = talkOn('cin-2a-via', 'quero ver o dae');
    const d = talkOn('cin-2a-via', text);
    expect(d.last?.replies).toEqual(plain.last?.replies);
  });
});
