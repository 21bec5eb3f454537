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

describe('round 1004: a case told in a clause ("mesmo que ele não dirija, …?") that a sentence of the card answers', () => {
  it('"Mesmo que ele não dirija, o carro pode ficar no meu nome?" on the IPVA exemption quotes the legal representative', () => {
    const d = talkOn('ipva-isencao', 'Mesmo que ele não dirija, o carro pode ficar no meu nome?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(d.text).toMatch(/representante legal/);
  });

  it('"mesmo se o dono não dirigir, o veículo pode estar no nome da mãe?" quotes it too', () => {
    const d = talkOn('ipva-isencao', 'mesmo se o dono não dirigir, o veículo pode estar no nome da mãe?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(d.text).toMatch(/representante legal/);
  });

  it('"E se eu já tiver habilitação e quiser renovar?" on the first licence still opens the renewal', () => {
    expect(talkOn('cnh-primeira-habilitacao', 'E se eu já tiver habilitação e quiser renovar?').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 1005: "é automática?" said of a service asks about it, not whether the bot is automatic', () => {
  it('"A isenção é automática ou preciso pedir?" on the IPVA exemption quotes how it is asked for', () => {
    const d = talkOn('ipva-isencao', 'A isenção é automática ou preciso pedir?');
    expect(kinds(d)).toEqual(['passage']);
    expect(d.text).toMatch(/SIARE/);
  });

  it('"vc é automático?" still asks what the bot is', () => {
    expect(kinds(talkOn('ipva-isencao', 'vc é automático?'))).toEqual(['small_talk']);
  });
});

describe('round 1006: a question the card does not answer and one of its related services does', () => {
  it('"entao ele precisa pedir alguma coisa ou ja é automatico?" on the IPVA quotes the exemption\'s sentence', () => {
    const d = talkOn('ipva', 'entao ele precisa pedir alguma coisa ou ja é automatico?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(kinds(d)).toEqual(['passage']);
    expect(d.text).toMatch(/20 anos|automática/);
  });

  it('"ele tem que pedir alguma coisa ou já é automático?" on the IPVA does too, and "e como peço?" goes on there', () => {
    const d = talkOn('ipva', 'ele tem que pedir alguma coisa ou já é automático?', 'e como peço?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toContain('how');
  });

  it('a question no related service answers either ("tem estacionamento pra cadeirante?") is still unanswered', () => {
    expect(kinds(talkOn('ipva', 'a sede tem estacionamento pra cadeirante?'))).toEqual(['unanswered']);
  });
});

describe('round 1007: "PcD" is a person with a disability (data/quase-sinonimos.yaml)', () => {
  it('"o sine tem vaga pra pcd?" on the Sine quotes its vacancies for people with disabilities', () => {
    const d = talkOn('sine-emprego', 'o sine tem vaga pra pcd?');
    expect(d.state.focus).toBe('sine-emprego');
    expect(d.text).toMatch(/pessoas com deficiência/);
  });

  it('"tem vaga pra pcd la?" quotes it too', () => {
    expect(talkOn('sine-emprego', 'tem vaga pra pcd la?').text).toMatch(/pessoas com deficiência/);
  });
});
