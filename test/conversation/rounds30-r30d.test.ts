// The thirtieth session's rounds of r30d (3060 on): one vague word alone opens no card. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { realCatalogue, said, talk, talkOn } from './real.ts';
import { buildSearchIndex } from '../../src/search/index.ts';

const search = buildSearchIndex(realCatalogue);

describe('round 3060: a first message of one common word opens no card its names only brush', () => {
  it('a word one card holds only inside a longer name or keyword finds nothing and asks for other words', () => {
    for (const text of ['mandar', 'papel', 'o papel', 'meu papel', 'Mandar!']) {
      const d = talk(text);
      expect(d.state.focus, text).toBeUndefined();
      expect(said(d), text).toMatch(/nao encontrei/);
      expect(said(d), text).toMatch(/outras palavras/);
    }
  });
  it('search marks such a word as loose (no name or keyword of the first hit is that word)', () => {
    expect(search.search('papel').loose).toBe(true);
    expect(search.search('mandar').loose).toBe(true);
  });
  it('a word that is a name, a keyword, a synonym or a title word of its own still opens its card', () => {
    const cases: [string, string][] = [
      ['queimada', 'denuncia-ambiental'],
      ['hemominas', 'doacao-sangue'],
      ['desmatamento', 'denuncia-ambiental'],
      ['pescador', 'pescador-profissional'],
      ['pescadr', 'pescador-profissional'],
    ];
    for (const [text, id] of cases) expect(talk(text).state.focus, text).toBe(id);
    expect(search.search('hemominas').loose).toBeUndefined();
  });
  it('a word of a title that most services write is no name of that service, when a typo is corrected to it', () => {
    // "peito" is corrected to the "feitos" of one title, a word most services' texts use.
    expect(talk('peito').state.focus).toBeUndefined();
    expect(said(talk('peito'))).toMatch(/nao encontrei/);
  });
  it('a word search leaves out but the first hit is named by keeps the search as before', () => {
    // "uai" is a filler to search, yet the UAI's own name: the message is no vague word.
    const d = talk('marcar uai por favor');
    expect(said(d)).not.toMatch(/nao encontrei/);
    const found = (d.last?.events ?? []).flatMap((e) => (e.type === 'search' ? [e.topId] : []));
    expect(found).toEqual(['agendamento-uai']);
  });
  it('a vague word that finds several services, none clearly, still lists them (only opening a card is withheld)', () => {
    expect(search.search('cidade').loose).toBe(true);
    const d = talk('cidade');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).not.toMatch(/nao encontrei/);
  });
  it('the same word in a longer request still finds its service', () => {
    expect(talk('preciso mandar o pedido do seguro desemprego').state.focus).toBe('seguro-desemprego');
  });
  it('on a card in focus, the same word is read as before (follow-ups do not change)', () => {
    expect(talkOn('avcb', 'papel').state.focus).toBe('avcb');
    expect(talkOn('seguro-desemprego', 'mandar').state.focus).toBe('seguro-desemprego');
  });
});
