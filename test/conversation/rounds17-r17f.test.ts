// The seventeenth session's rounds by helper r17f (1000–1019), one `describe` per round; each test was checked to fail
// on the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 1000: "pode … ou tem que …" weighs two courses of one case, not two services', () => {
  it('"ele pode dirigir aqui com ela ou tem q tirar a brasileira?" on a list led by the foreign licence opens it', () => {
    const d = talk('meu cunhado é argentino, mora aqui em betim faz 3 meses e tem carteira de motorista de la', 'ele pode dirigir aqui com ela ou tem q tirar a brasileira?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
    expect(d.text).toMatch(/180 dias/);
  });

  it('two services weighed ("ipva ou licenciamento, qual eu pago primeiro?") are still both offered', () => {
    const d = talk('ipva ou licenciamento, qual eu pago primeiro?');
    expect(d.state.view.at).toBe('results');
    expect(d.state.options.map((o) => o.id)).toEqual(expect.arrayContaining(['svc:ipva', 'svc:crlv-licenciamento']));
  });
});

describe('round 1001: "caso eu vá assim" opens a condition, as "se" does; "caso" names no service there', () => {
  it('"fiz uma tatuagem faz 2 meses, caso eu va assim eles aceitam?" on blood donation quotes the tattoo sentence', () => {
    const d = talkOn('doacao-sangue', 'fiz uma tatuagem faz 2 meses, caso eu va assim eles aceitam?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(d.text).toMatch(/tatuagem/);
  });

  it('"caso ela tenha feito tatuagem, pode doar?" stays on blood donation and quotes the same sentence', () => {
    const d = talkOn('doacao-sangue', 'caso ela tenha feito tatuagem, pode doar?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(d.text).toMatch(/tatuagem/);
  });

  it('"em caso de risco" still finds the missing person\'s report by its step', () => {
    expect(talk('meu filho sumiu, em caso de risco o que faço').state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 1002: the forms of "doar" meet ("nunca doei" and "já ter doado antes")', () => {
  it('"mas eu nunca doei na vida, mesmo assim posso?" quotes the rule for donors from 61 years', () => {
    const d = talkOn('doacao-sangue', 'mas eu nunca doei na vida, mesmo assim posso?');
    expect(kinds(d)).toContain('passage');
    expect(d.text).toMatch(/já ter doado antes/);
  });

  it('"nunca doei sangue, tem problema?" quotes it too', () => {
    expect(talkOn('doacao-sangue', 'nunca doei sangue, tem problema?').text).toMatch(/já ter doado antes/);
  });

  it('"fiz tatuagem faz 2 meses, posso doar?" quotes the tattoo sentence ("impedem a doação")', () => {
    expect(talkOn('doacao-sangue', 'fiz tatuagem faz 2 meses, posso doar?').text).toMatch(/tatuagem recente/);
  });
});

describe('round 1003: "e se …" opening a case the card in view speaks of ("e se a carteira dele já tiver vencida?")', () => {
  it('on the foreign licence, quotes that an expired licence is not accepted instead of opening the renewal', () => {
    const d = talkOn('cnh-estrangeiro', 'e se a carteira dele ja tiver vencida?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
    expect(d.text).toMatch(/vencida não é aceita/);
  });

  it('"e se a habilitação estiver vencida?" quotes it too', () => {
    const d = talkOn('cnh-estrangeiro', 'e se a habilitação estiver vencida?');
    expect(d.state.focus).toBe('cnh-estrangeiro');
    expect(d.text).toMatch(/vencida não é aceita/);
  });

  it('"a minha carteira venceu, como renovo?" with nothing in view still opens the renewal', () => {
    expect(talk('a minha carteira venceu, como renovo?').state.focus).toBe('cnh-renovacao');
  });
});
