// The eleventh session's rounds 240–249 (helper re, blind set 27), one `describe` per round; each test was checked to
// fail on the code before its round. The dialogue sets measure the same behaviour on whole conversations.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 240 (blind set 27): walkthrough words said with a wish or a reason', () => {
  it('"quero voltar pro menu" on a card goes to the menu, as "voltar pro menu" does', () => {
    for (const text of ['quero voltar pro menu', 'queria voltar ao menu principal']) {
      expect(talkOn('cemig-conta', text).state.view.at).toBe('menu');
    }
  });

  it('"começa de novo" in a walkthrough goes back to step 1, not to the menu', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.say('proximo');
    d.say('proximo');
    d.say('recomeça de novo');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'gta', step: 0 });
  });

  it('"repete, nao consegui ler" without a pause or a "que" repeats the step', () => {
    const d = talkOn('ciptea');
    d.press('Passo a passo');
    d.say('repete pfv nao consegui ler direito');
    expect(kinds(d)).toEqual(['step']);
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'ciptea', step: 0 });
  });
});

describe('round 241 (blind set 27): the steps asked for with the service, or "por partes"', () => {
  it('a first message asking for the steps of a service opens its first step', () => {
    expect(talk('quero o passo a passo da doacao de sangue').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'doacao-sangue', step: 0 });
    expect(talk('me passa o passo a passo do seguro-desemprego').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'seguro-desemprego', step: 0 });
  });

  it('"como faço? me explica por partes" on a card starts the walkthrough', () => {
    expect(talkOn('visita-presidio', 'como eu faço o cadastro, explica por partes').state.view).toMatchObject({ at: 'walkthrough', serviceId: 'visita-presidio', step: 0 });
  });
});

describe('round 242 (blind set 27): a library fine and the garbage truck are not the State\'s', () => {
  it('a fine for a late library book says whose it is, and opens no service', () => {
    expectElsewhere('paguei multa na biblioteca da escola');
    expectElsewhere('como pago a multa do livro atrasado da biblioteca');
  });

  it('the garbage truck that does not come is the town\'s', () => {
    expectElsewhere('o caminhão de lixo não passou no meu bairro');
    expectElsewhere('os lixeiros nao vem aqui faz dias');
  });
});

describe('round 243 (blind set 27): whom the bot works for, and "ah bom"', () => {
  it('"vc trabalha pro governo?" is a question about the bot, answered as small talk', () => {
    const d = talk('oi, vc trabalha pro governo?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"ah bom" after small talk opens no service', () => {
    const d = talk('oi', 'ah bom');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['small_talk']);
  });
});
