// The fourteenth session's rounds by helper r14e (440–459), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('round 440: "como denuncio?" on a reporting service asks how', () => {
  it('"como denuncio" on the environmental report answers how, on the same card', () => {
    const d = talkOn('denuncia-ambiental', 'como denuncio');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['how']);
  });
  it('"como eu reclamo?" on the Ouvidoria answers how', () => {
    const d = talkOn('ouvidoria', 'como eu reclamo?');
    expect(d.state.focus).toBe('ouvidoria');
    expect(asked(d)).toEqual(['how']);
  });
  it('with nothing in view, "como denuncio" still lists the reporting services, and the verb stays in the search', () => {
    expect(talk('como denuncio').state.view.at).toBe('results');
    expect(talk('como reclamar de um servidor').state.focus).toBe('ouvidoria');
  });
});

describe('round 441: a fear of "them" after a question on a card', () => {
  it('"preciso falar meu nome? tenho medo deles" on the environmental report answers who may ask there', () => {
    const d = talkOn('denuncia-ambiental', 'preciso falar meu nome? tenho medo deles');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(asked(d)).toEqual(['requirements']);
  });
  it('"tenho medo do meu ex" still names the protective measure', () => {
    expect(talk('tenho medo do meu ex').state.focus).toBe('medida-protetiva');
  });
});

describe('round 442: "tem prazo pra avisar?" asks the deadline to act', () => {
  it('"tem prazo pra avisar o detran?" on the sale notice quotes its "em até 60 dias"', () => {
    const d = talkOn('comunicacao-venda', 'tem prazo pra avisar o detran?');
    expect(d.state.focus).toBe('comunicacao-venda');
    expect(d.last?.replies.map((r) => r.text).join(' ')).toMatch(/\b60 dias\b/);
  });
});

describe('round 443: a relative was driving when the fine was given', () => {
  it('"a multa veio pra mim mas era meu sogro dirigindo o carro" opens the driver nomination', () => {
    expect(talk('a multa veio pra mim mas era meu sogro dirigindo o carro').state.focus).toBe('indicacao-condutor');
  });
  it('"chegou multa mas era minha esposa dirigindo a moto" opens it too', () => {
    expect(talk('chegou multa mas era minha esposa dirigindo a moto').state.focus).toBe('indicacao-condutor');
  });
});

describe('round 444: what was finished is no wish to finish', () => {
  it('"terminei o ensino medio na bolivia e agora moro em uberaba, como valida aqui" opens the equivalence of studies', () => {
    expect(talk('terminei o ensino medio na bolivia e agora moro em uberaba, como valida aqui').state.focus).toBe('equivalencia-estudos');
  });
  it('"terminei o ensino medio no chile e agora moro em bh" and a daughter who "terminou" in Japan open it too', () => {
    expect(talk('terminei o ensino medio no chile e agora moro em bh').state.focus).toBe('equivalencia-estudos');
    expect(talk('minha filha terminou o ensino medio no japao e agora mora em ipatinga, como valida').state.focus).toBe('equivalencia-estudos');
  });
  it('"nem terminei o ensino medio" is still the EJA', () => {
    expect(talk('nem terminei o ensino medio').state.focus).toBe('eja');
  });
});
