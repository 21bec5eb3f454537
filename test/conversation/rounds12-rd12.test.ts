// The twelfth session's rounds by helper rd12 (290–299), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talk>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 290: small talk about the chat itself (a call for attention, feeling lost, fear of a scam, personal data)', () => {
  it('"eii" opens the menu like a hello', () => {
    const d = talk('eii');
    expect(d.state.view.at).toBe('menu');
    expect(kinds(d)).not.toContain('no_results');
  });

  it('"estou perdida, é a primeira vez que uso" is met with patience, no service', () => {
    const d = talk('oi', 'estou perdida, é a primeira vez que uso');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
    expect(text(d)).toMatch(/Sem pressa/);
  });

  it('"é do governo mesmo? to com medo de cair em golpe" says who the bot is, not the scam report', () => {
    const d = talk('é do governo mesmo? to com medo de cair em golpe');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"vocês guardam meus dados?" is answered about personal data, no service', () => {
    const d = talk('bom dia', 'vocês guardam meus dados?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
    expect(text(d)).toMatch(/LGPD/);
  });

  it('a scam that happened still opens the scam report', () => {
    const d = talk('fiquei com medo de golpe no whatsapp, clonaram meu numero');
    expect(d.state.focus).toBe('bo-estelionato');
  });
});

describe('round 291: right after a subject handled elsewhere, its general word or a doubt asks about it again', () => {
  it('"e os impostos, voces nao atendem?" after the IPTU stays with the city hall, no state tax', () => {
    const d = talk('o iptu da minha casa ta atrasado', 'e os impostos, voces nao atendem?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"e trabalhista entao, vcs nao cuidam?" after unpaid holidays stays with the labour ministry', () => {
    const d = talk('meu patrao nao pagou minhas ferias', 'e trabalhista entao, vcs nao cuidam?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(text(d)).toMatch(/Ministério do Trabalho/);
  });

  it('a state tax named after the IPTU still opens it', () => {
    const d = talk('o iptu da minha casa ta atrasado', 'e o imposto do carro, o ipva?');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 292: on the first step, starting over means the whole conversation', () => {
  it('"vamos recomeçar de novo" on step 1 of a walkthrough goes back to the menu', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.say('vamos recomeçar de novo');
    expect(d.state.view.at).toBe('menu');
    expect(d.state.focus).toBeUndefined();
  });

  it('"começa de novo" on a later step still goes to step 1', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.press('Próxima etapa');
    d.say('começa de novo');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 293: a service with a request form keeps its button on every step of the walkthrough', () => {
  it('"Fazer solicitação" pressed on step 3 of the UAI booking opens its form', () => {
    const d = talkOn('agendamento-uai');
    d.press('Passo a passo');
    d.press('Próxima etapa');
    d.press('Próxima etapa');
    d.press('Fazer solicitação');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
});

describe('round 294: in a form, a question whose other words are generic is about the service being requested', () => {
  it('"quanto vai custar isso?" while booking the 2nd copy of the CIN answers its cost and keeps the form', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('Maria Ficticia Souza');
    d.say('e quanto vai custar isso?');
    expect(kinds(d)).toEqual(['follow_up', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 1 });
  });

  it('a question naming another service still offers to leave for it', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('Maria Ficticia Souza');
    d.say('qnto ta o ipva do meu carro?');
    expect(d.state.view.at).toBe('leave');
  });
});

describe('round 295: in a correction, the last clause "quero …" is searched without its asides ("só", "msm")', () => {
  it('"pensando melhor ja perdi o prazo, quero ver as vagas de emprego msm" on the unemployment insurance opens the Sine', () => {
    const d = talk('seguro desemprego', 'pensando melhor ja perdi o prazo, quero ver as vagas de emprego msm');
    expect(d.state.focus).toBe('sine-emprego');
  });

  it('"pensando bem o prazo ja venceu, quero ver vaga de emprego mesmo" too', () => {
    const d = talk('seguro desemprego', 'pensando bem o prazo ja venceu, quero ver vaga de emprego mesmo');
    expect(d.state.focus).toBe('sine-emprego');
  });
});
