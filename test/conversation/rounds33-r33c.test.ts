// The thirty-third session, helper r33c: follow-ups about the service in focus. Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3440: a debt told that the card itself tells owed is read as that thing, not only as "débito"', () => {
  it('fines pending on the licensing: the sentence naming the fines to pay answers', () => {
    for (const text of ['tenho multas atrasadas, consigo licenciar?', 'e se eu tiver multa atrasada, licencio assim msm?']) {
      const d = talkOn('crlv-licenciamento', text);
      expect(d.state.focus, text).toBe('crlv-licenciamento');
      expect(said(d), text).toMatch(/multas vencidas/);
    }
  });
  it('where the card names the thing otherwise, the debt is still read as a debt', () => {
    expect(said(talkOn('transferencia-veiculo', 'o carro tem multa atrasada, consigo transferir?'))).toMatch(/debito/);
  });
});

describe('round 3441: a deadline told missed weighs the case, not the verb "perder"', () => {
  it('on the re-enrolment, the sentence that the place is no longer kept answers with the one for who misses it', () => {
    for (const text of ['esqueci o prazo, e agora?', 'e se a gente perder o prazo?']) {
      const d = talkOn('renovacao-matricula', text);
      expect(d.state.focus, text).toBe('renovacao-matricula');
      expect(said(d), text).toMatch(/garantida/);
      expect(said(d), text).toMatch(/cadastro escolar/);
    }
  });
  it('the school registration still answers with its step for who missed it', () => {
    expect(said(talkOn('cadastro-escolar', 'e se eu perder o prazo?'))).toMatch(/vagas remanescentes/);
  });
});
