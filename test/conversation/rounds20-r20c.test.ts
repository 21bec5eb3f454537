// The twentieth session's rounds of helper r20c (1560 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/search/normalize.ts';
import { talk, talkOn } from './real.ts';

/** The folded text of the last turn's replies. */
const said = (d: ReturnType<typeof talkOn>): string => fold((d.last?.replies ?? []).map((r) => r.text).join(' '));

describe('round 1560: a question naming another service only by what the card in view speaks of stays on the card', () => {
  it('whether the card has a step another service is named after ("tem vistoria?"): the step of the card is quoted', () => {
    for (const [id, q] of [
      ['transferencia-veiculo', 'tem vistoria?'],
      ['primeiro-emplacamento', 'tem vistoria?'],
      ['primeiro-emplacamento', 'precisa de vistoria?'],
      ['baixa-veiculo', 'precisa de vistoria?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(d.state.view, `${id}: ${q}`).toMatchObject({ at: 'service', serviceId: id });
    }
    expect(said(talkOn('transferencia-veiculo', 'tem vistoria?'))).toContain('vistoria');
  });

  it('an exemption, a report or a tax the card itself speaks of is asked of the card, and its sentence is quoted', () => {
    for (const q of ['Existe isenção em algum caso?', 'tem isenção?', 'na doação existe isenção?']) {
      const d = talkOn('itcd', q);
      expect(d.state.focus, q).toBe('itcd');
      expect(said(d), q).toContain('isencao');
    }
    for (const q of ['fiz o bo faz uns 2 meses e meio, ainda serve?', 'o boletim de ocorrência de 3 meses atrás ainda vale?']) {
      const d = talkOn('cin-2a-via', q);
      expect(d.state.focus, q).toBe('cin-2a-via');
      expect(said(d), q).toContain('60 dias');
    }
    const ipva = talkOn('primeiro-emplacamento', 'Tenho que pagar IPVA já no primeiro ano?');
    expect(ipva.state.focus).toBe('primeiro-emplacamento');
    expect(said(ipva)).toContain('ipva');
    expect(talkOn('crlv-licenciamento', 'tenho que quitar o ipva antes?').state.focus).toBe('crlv-licenciamento');
    const data = talkOn('crlv-licenciamento', 'Que dados preciso para consultar os débitos?');
    expect(data.state.focus).toBe('crlv-licenciamento');
    expect(said(data)).toContain('renavam');
    expect(talkOn('antecedentes-criminais', 'posso tirar o do meu marido por aqui? ele ta trabalhando').state.focus).toBe('antecedentes-criminais');
  });

  it('what must not change: a thing carried over, a wish, the other service named by a phrase, or going back to it', () => {
    expect(talkOn('transferencia-veiculo', 'e a vistoria?').state.focus).toBe('vistoria-veiculo');
    expect(talkOn('ipva-restituicao', 'qual o valor do licenciamento?').state.focus).toBe('crlv-licenciamento');
    expect(talkOn('transferencia-veiculo', 'quero fazer a vistoria').state.focus).toBe('vistoria-veiculo');
    expect(talkOn('transferencia-veiculo', 'comunicar a venda tem custo?').state.focus).toBe('comunicacao-venda');
    expect(talkOn('cin-2a-via', 'me fala do bo de perda de documento').state.focus).toBe('bo-perda-documentos');
    expect(talkOn('denuncia-ambiental', 'e eu que pesco de vara por lazer preciso de carteira?').state.focus).toBe('licenca-pesca');
    expect(talkOn('eja', 'nao e pra mim, e pro meu filho q vai mudar de escola pq a gente mudou de cidade').state.focus).not.toBe('eja');
    expect(talk('preciso da guia pra levar umas novilha pro leilao em patos', 'e a nota do produtor, como tira?', 'ta, mas voltando na gta... tem q ta com a vacina em dia?').state.focus).toBe('gta');
  });
});

describe('round 1561: "voltar a" and a verb says doing it again, never "go back"', () => {
  it('on a card, "pode voltar a circular?" and the like are questions about the card, not a trip to the menu', () => {
    for (const [id, q] of [
      ['baixa-veiculo', 'Depois da baixa o veículo pode voltar a circular?'],
      ['baixa-veiculo', 'o carro volta a rodar depois?'],
      ['eja', 'com 40 anos posso voltar a estudar?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.view, `${id}: ${q}`).toMatchObject({ at: 'service', serviceId: id });
    }
    expect(said(talkOn('baixa-veiculo', 'Depois da baixa o veículo pode voltar a circular?'))).toContain('nao pode voltar a circular');
  });

  it('what must not change: "volta", "voltar", "volta pro anterior" still go back', () => {
    for (const q of ['volta', 'voltar', 'volta pro anterior']) expect(talkOn('cin-2a-via', q).state.view.at, q).not.toBe('service');
  });
});
