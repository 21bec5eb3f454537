// The thirty-second session's rounds of r32a (3200–3219): a follow-up about the card in focus taken for another service.
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3200: a statement of the citizen\'s case that the card answers stays on the card', () => {
  it('the card\'s sentence on the case is said, and the card stays', () => {
    for (const [svc, text, sentence] of [
      ['cnh-renovacao', 'minha carteira é do rio de janeiro, vim morar aqui faz pouco', /de outro estado precisa primeiro transferir/],
      ['cnh-2a-via', 'minha cnh foi tirada na bahia', /de outro estado precisa primeiro transferir/],
      ['exames-detran', 'nunca fiz o exame medico', /exames medico e psicologico aprovados/],
      ['visita-presidio', 'nunca visitei ele antes', /antes de cada visita/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(sentence);
    }
  });
  it('a correction still moves: a "não" on what was taken, an apology, "é só", a cleft', () => {
    for (const [svc, text, meant] of [
      ['cnh-renovacao', 'nao ta vencida nao, eu perdi', 'cnh-2a-via'],
      ['cadastro-escolar', 'ela ja estuda na escola estadual, é so trocar de escola', 'transferencia-escola'],
      ['cnh-primeira-habilitacao', 'ja tenho habilitacao de carro, é so incluir a moto', 'cnh-mudanca-categoria'],
    ] as const) {
      expect(talkOn(svc, text).state.focus, text).toBe(meant);
    }
  });
  it('a case the card\'s sentence denies, told without a denial, is not the card\'s', () => {
    expect(talkOn('licenca-pesca', 'eu vivo da pesca, vendo na feira').state.focus).toBe('pescador-profissional');
  });
  it('another document lost, on the identity card, still opens its own copy', () => {
    expect(talkOn('cin-1a-via', 'perdi minha cnh ontem').state.focus).toBe('cnh-2a-via');
  });
  it('a loss told on a card that speaks of losses still opens the copy; a choice of what comes first is no case told', () => {
    expect(talkOn('cnh-renovacao', 'perdi a carteira de motorista semana passada').state.focus).toBe('cnh-2a-via');
    expect(talkOn('bo-perda-documentos', 'comeca pela carteira de motorista').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 3201: a worry told as a statement asks its topic of the card in view, whatever its reason names', () => {
  it('the reason after the worry names no other service', () => {
    for (const [svc, text, topic] of [
      ['crlv-licenciamento', 'tenho pressa, o comprador quer fechar negocio amanha', /quanto tempo leva/],
      ['antecedentes-criminais', 'tenho medo de demorar e atrasar a abertura do meu comercio', /quanto tempo leva/],
      ['cin-2a-via', 'tenho medo de demorar e perder a prova do concurso', /quanto tempo leva/],
      ['bo-furto', 'nao tenho como ir ate a delegacia', /pela internet/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(topic);
    }
  });
  it('a request after the worry still moves ("quero tirar a segunda via da cnh")', () => {
    expect(talkOn('cin-2a-via', 'tenho medo de demorar, quero tirar a segunda via da cnh').state.focus).toBe('cnh-2a-via');
  });
});
