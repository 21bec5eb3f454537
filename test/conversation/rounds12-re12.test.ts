// The twelfth session's rounds by helper re12 (300–309), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 300: "how much time do I have to ask?" is a deadline question', () => {
  it('"quanto tempo eu tenho pra solicitar?" on unemployment insurance quotes the 120-day deadline', () => {
    const d = talk('fui demitido sem justa causa', 'quanto tempo eu tenho pra solicitar?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(text(d)).toMatch(/120/);
  });
});

describe('round 301: whether a service works at night or round the clock is a question of its hours', () => {
  it('"atende a noite?" on the Disque-Denúncia card says it works 24 hours', () => {
    const d = talkOn('disque-denuncia', 'atende a noite?');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(text(d)).toMatch(/24 horas/);
  });
});

describe('round 302: "precisa ser renovado?" (the passive) asks how often it is renewed', () => {
  it('"o cadastro precisa ser renovado?" on the professional fisher registry stays on it and says it is renewed every year', () => {
    const d = talkOn('pescador-profissional', 'o cadastro precisa ser renovado?');
    expect(d.state.focus).toBe('pescador-profissional');
    expect(text(d)).toMatch(/todo ano|anual/);
  });
});

describe('round 303: "tem q dar meu nome?" / "pode ser anonimo?" on a card asks who may ask it', () => {
  it('"pode ser anonimo?" on the environmental report stays on it, not on the anonymous hotline', () => {
    const d = talkOn('denuncia-ambiental', 'pode ser anonimo?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(text(d)).toMatch(/identificar/);
  });
});

describe('round 304: a state, then a request in a clause of its own, even when the whole message finds one service', () => {
  it('"to desempregado e queria ver as vagas de emprego" opens the job vacancies (Sine), not the unemployment insurance', () => {
    const d = talk('to desempregado e queria ver as vagas de emprego');
    expect(d.state.focus).toBe('sine-emprego');
  });
});

describe('round 305: "nunca teve rg" asks for the first copy', () => {
  it('"mudamos do parana pra ca e minha filha de 10 anos nunca teve rg de minas" opens the 1st copy of the CIN', () => {
    const d = talk('mudamos do parana pra ca e minha filha de 10 anos nunca teve rg de minas');
    expect(d.state.focus).toBe('cin-1a-via');
  });
});

describe('round 306: the bag that held what was taken is the story, what was inside it the request', () => {
  it('"roubaram a bolsa da minha mae com o rg dela dentro" opens the 2nd copy of the CIN, not a list led by the theft report', () => {
    const d = talk('roubaram a bolsa da minha mae com o rg dela dentro');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"roubaram minha bolsa" alone is still the theft report', () => {
    const d = talk('roubaram minha bolsa');
    expect(d.state.focus).toBe('bo-furto');
  });
});
