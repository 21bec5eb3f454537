// The twenty-sixth session's rounds of r26e (focus and corrections, 2680 on), one `describe` per round; each test was
// checked to fail on the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 2680: a detail of the card\'s own request lost or forgotten is asked of the card', () => {
  it('the card stays, and says what its texts say of the detail', () => {
    for (const [svc, q, want] of [
      ['bo-perda-documentos', 'perdi o numero do boletim, e agora?', /e-mail/],
      ['agendamento-uai', 'e se eu perder o comprovante?', /comprovante/],
      ['contracheque-servidor', 'minha tia esqueceu a senha do portal, como recupero', /e-mail/],
      ['consulta-reds', 'apaguei o email que tinha o numero, o que eu faço', /delegacia|policial/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('a document lost, no detail of a request, still leads to its copy', () => {
    expect(talkOn('cnh-renovacao', 'perdi minha cnh').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 2681: a correction that keeps the act and changes the thing, or closes its denial with a second "não"', () => {
  it('the thing changed goes to the one related service whose card speaks of it, not to what the thing finds alone', () => {
    for (const [first, fix] of [
      ['quero reclamar do posto de saude', 'nao é do posto, é da escola estadual da minha neta'],
      ['quero denunciar o hospital', 'não é hospital nao, é a escola estadual aqui do bairro'],
      ['reclamação do atendimento no hospital', 'nao pera, quero reclamar é da escola estadual'],
    ] as const) {
      expect(talk(first, fix).state.focus, fix).toBe('ouvidoria');
    }
  });
  it('a thing named alone, with nothing of the card kept, still finds its own service', () => {
    expect(talk('quero reclamar do hospital', 'na verdade é da conta de luz').state.focus).toBe('cemig-conta');
  });
  it('"não foi X não," then what it was: the denial is dropped, the rest is searched', () => {
    for (const [first, fix, want] of [
      ['carro guinchado', 'nao foi guinchado nao, quero recorrer da multa', 'recurso-multa'],
      ['levaram meu carro pro patio', 'nao foi pro patio nao, eu levei uma multa e quero contestar', 'recurso-multa'],
    ] as const) {
      expect(talk(first, fix).state.focus, fix).toBe(want);
    }
  });
});

describe('round 2682: how a detail of the card\'s own request arrives (the number, the reply) is asked of the card', () => {
  it('the card stays, with its sentence or step about the detail', () => {
    for (const [svc, q, want] of [
      ['bo-furto', 'como recebo o numero do bo?', /e-mail/],
      ['ouvidoria', 'o protocolo vem como?', /protocolo/],
      ['ouvidoria-saude', 'e a resposta chega como?', /resposta/],
      ['pessoa-desaparecida', 'o numero do boletim chega onde?', /e-mail/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
});

describe('round 2683: a fear told after the question, in a clause of its own, is why it is asked', () => {
  it('a topic asked keeps the card, whatever is feared', () => {
    for (const [svc, q] of [
      ['contracheque-servidor', 'tem que pagar pra ver? minha mae tem medo de golpe'],
      ['ipva', 'da pra pagar no pix? a gente tem medo de golpe'],
    ] as const) {
      expect(talkOn(svc, q).state.focus, q).toBe(svc);
    }
  });
  it('a question with no topic gets the card\'s sentence that answers it', () => {
    const d = talkOn('ouvidoria-saude', 'da pra nao me identificar? tenho muito medo');
    expect(d.state.focus).toBe('ouvidoria-saude');
    expect(said(d)).toMatch(/sigilo/);
  });
});
