// The thirteenth session's rounds by helper ra13 (330–339), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

/** Answered only with who handles the subject elsewhere: no card, no list, nothing in focus. */
function expectAway(d: ReturnType<typeof talk>): void {
  expect(kinds(d)).toEqual(['elsewhere']);
  expect(d.state.focus).toBeUndefined();
}

describe('round 330: a verb of the citizen\'s own names no service beside a subject handled elsewhere', () => {
  it('"o aplicativo de entrega nao pagou minha semana" is a private matter, not the electricity bill', () => {
    expectAway(talk('o aplicativo de entrega nao pagou minha semana, o que eu faço'));
  });
  it('"quero comprar uma moto pra trabalhar" is a purchase, not the Sine\'s jobs', () => {
    expectAway(talk('quero comprar uma moto pra trabalhar'));
  });
});

describe('round 331: a follow-up on a subject handled elsewhere that names no service stays on that subject', () => {
  it('"o limite do cartao ta baixo demais" after the bank\'s reply is the bank\'s again', () => {
    const d = talk('como faço transferencia pix pelo app do banco');
    d.say('o limite do cartao ta baixo demais');
    expectAway(d);
  });
  it('"tem alguem que eu possa chamar?" after the condominium\'s reply is that subject again', () => {
    const d = talk('o sindico nao resolve o barulho do vizinho barulhento');
    d.say('tem alguem que eu possa chamar?');
    expectAway(d);
  });
  it('"onde tem ajuda de graça pra isso?" after the divorce\'s reply says who helps with it', () => {
    const d = talk('quero dar entrada no divorcio');
    d.say('onde tem ajuda de graça pra isso?');
    expectAway(d);
  });
});

describe('round 332: more subjects handled elsewhere in data/fora-do-escopo.yaml, and words that keep a follow-up on them', () => {
  it.each([
    ['a trade hired privately', 'conhece uma boa oficina mecanica perto de casa?'],
    ['a removals firm', 'quanto custa uma empresa de mudanca pra contagem'],
    ['a city bus passing a stop', 'qual o horario que passa o onibus aqui na minha rua?'],
    ['parking in the street', 'onde tem vaga de estacionamento no centro?'],
    ['half-price entry', 'tem meia entrada pra estudante no teatro?'],
    ['opening a MEI', 'como abrir meu mei de manicure'],
    ['a recipe', 'quero uma receita de pudim de leite'],
    ['school homework', 'quero ajuda pra fazer o trabalho da escola da minha filha sobre reciclagem'],
  ])('%s: "%s" is answered with who handles it, no service', (_, text) => {
    expectAway(talk(text));
  });
  it('"a faculdade nao libera meu diploma porque to devendo" after the private school\'s reply stays on it', () => {
    const d = talk('quanto é a mensalidade da faculdade particular');
    d.say('a faculdade nao libera meu diploma porque to devendo');
    expectAway(d);
  });
  it('"nao é a conta de luz, é a do celular" after the phone bill\'s reply stays on it', () => {
    const d = talk('a conta do meu celular veio errada');
    d.say('nao é a conta de luz, é a do celular');
    expectAway(d);
  });
  it('"e o passe escolar do onibus da cidade?" after the student card\'s reply is the city\'s', () => {
    const d = talk('como tiro carteirinha de estudante');
    d.say('e o passe escolar do onibus da cidade?');
    expectAway(d);
  });
});

describe('round 333: where the citizen comes from ("sou da escola estadual") is who asks, not what', () => {
  it.each([
    'somos da escola estadual e vamos alugar um salao de festas pros alunos do terceiro ano',
    'sou da escola estadual, queremos fazer a formatura dos alunos num salao de festas',
  ])('"%s" is a private hall, not a school transfer', (text) => {
    expectAway(talk(text));
  });
});

describe('round 334: the opening of a service\'s title said whole wins over a word of the citizen\'s kind of business', () => {
  it.each(['inscrição estadual, mei tem que ter?', 'e a inscricao estadual, manicure precisa ter?', 'mei precisa de inscrição estadual?'])(
    '"%s" opens the state registration, not the opening of a company',
    (text) => {
      expect(talk(text).state.focus).toBe('inscricao-estadual');
    },
  );
});

describe('round 335: a word of a subject handled elsewhere is not met through a stem it shares with another word', () => {
  it('"qual o salario mensal de professor" is not about a private school\'s fee ("mensalidade")', () => {
    expect(kinds(talk('qual o salario mensal de professor'))).not.toContain('elsewhere');
  });
  it('"como ingressar no ensino medio de novo" is not about buying a ticket ("ingresso")', () => {
    expect(kinds(talk('como ingressar no ensino medio de novo'))).not.toContain('elsewhere');
  });
});
