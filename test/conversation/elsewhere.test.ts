// Subjects other bodies handle (data/fora-do-escopo.yaml): the reply says who handles them and opens no
// service; a message that also names a service of the catalogue is still a search for it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ElsewhereFile } from '../../src/catalogue/schema.ts';
import { ELSEWHERE_PATH } from '../../src/conversation/elsewhere.ts';
import { kinds, talk } from './real.ts';

describe('subjects handled elsewhere', () => {
  for (const [text, who] of [
    ['Como faço para tirar passaporte?', 'Polícia Federal'],
    ['quero dar entrada na aposentadoria pelo INSS', 'Meu INSS'],
    ['bolsa familia', 'CRAS'],
    ['como abro conta no banco pelo celular', 'seu banco'],
    ['Preciso da segunda via da minha certidão de casamento.', 'Cartório de Registro Civil'],
    ['o sindico quer tirar minha vaga de garagem no predio, o que eu faço', 'síndico'],
  ] as const) {
    it(`"${text}" says who handles it (${who}) and opens no service`, () => {
      const d = talk(text);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.text).toContain(who);
      expect(d.state.focus).toBeUndefined();
      expect(d.events.filter((e) => e.type === 'service_viewed')).toEqual([]);
    });
  }

  it('on a card, the pointer keeps the card in focus', () => {
    const d = talk('perdi meu rg', 'e o passaporte, como tiro?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('cin-2a-via');
  });

  it('a message that also names a service is a search for it ("plano de saúde do servidor estadual" is the IPSEMG)', () => {
    expect(talk('Plano de saúde do servidor estadual').state.focus).toBe('ipsemg');
  });

  it('words that only brush a service do not make a search of it ("boletim de notas do colégio particular")', () => {
    const d = talk('preciso do boletim de notas do meu filho do colegio particular');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('a word the service in focus speaks of is a question about it ("aposentado paga a taxa?" on the fishing licence)', () => {
    const d = talk('licença de pesca amadora', 'aposentado paga a taxa?');
    expect(kinds(d)).toContain('follow_up');
  });

  it('the file is valid and every reply names who handles the subject, with no amount of money', () => {
    const file = ElsewhereFile.parse(parse(readFileSync(ELSEWHERE_PATH, 'utf8')));
    expect(file.assuntos.length).toBeGreaterThan(5);
    for (const a of file.assuntos) expect(a.resposta).not.toMatch(/R\$\s*\d/);
  });
});
