// The twenty-third session's rounds of helper r23g (2040 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { talk, talkOn, said } from './real.ts';

describe('round 2040: a thing the citizen says they already did, that the card in view speaks of, is told of the card', () => {
  it('a lost or paid thing named by another service\'s phrase keeps the card in view, and its sentence is quoted', () => {
    for (const [id, q, fact] of [
      ['vistoria-veiculo', 'esqueci a nota fiscal das pecas em casa, e agora?', 'declaracao de responsabilidade'],
      ['crlv-licenciamento', 'quitei o ipva pelo boleto semana passada e o documento nao saiu', 'dias uteis'],
      ['crlv-licenciamento', 'paguei o boleto do ipva e ainda nao consigo tirar o documento', 'dias uteis'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toContain(fact);
    }
  });
  it('on the identity card\'s 2nd copy, a loss report already made is a step of the card, not the report again', () => {
    expect(talkOn('cin-2a-via', 'fiz o bo de perda do documento, e agora?').state.focus).toBe('cin-2a-via');
  });
  it('asking for the other service, or naming it without having done it, still opens it', () => {
    expect(talkOn('transferencia-veiculo', 'comunicar a venda tem custo?').state.focus).toBe('comunicacao-venda');
    expect(talkOn('crlv-licenciamento', 'quero pagar o ipva').state.focus).toBe('ipva');
    expect(talkOn('cin-2a-via', 'me fala do bo de perda de documento').state.focus).toBe('bo-perda-documentos');
    expect(talk('quero emitir nota fiscal avulsa de produtor').state.focus).toBe('nota-fiscal-avulsa');
  });
});
