// The thirty-third session's rounds of r33b (forms, navigation, small talk, corrections): written from the citizen's
// side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asQuestion } from '../../src/conversation/commands.ts';
import { kinds, said, talkOn } from './real.ts';

/** A form opened on a service's card, with some answers given. */
function inForm(serviceId: string, ...answers: string[]): ReturnType<typeof talkOn> {
  const d = talkOn(serviceId);
  d.send({ kind: 'option', id: 'card:form' });
  for (const a of answers) d.say(a);
  return d;
}

/** The id of the field being asked, or undefined off a form. */
function fieldOf(d: ReturnType<typeof talkOn>): number | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.field : undefined;
}

describe('round 3420: whether those complained of will know who wrote, asked in a field', () => {
  it('is the question of identity, and the same field is asked again', () => {
    for (const text of ['o pessoal do posto vai saber q fui eu?', 'a direção vai descobrir quem foi?', 'meu nome aparece na reclamação?', 'eles vão ficar sabendo?', 'o hospital vai ver meu nome?']) {
      const d = inForm('ouvidoria', 'reclamação');
      d.say(text);
      expect(fieldOf(d), text).toBe(1);
      expect(said(d), text).toMatch(/identifica/);
    }
  });
  it('an account that is no such question is still the answer', () => {
    const d = inForm('ouvidoria', 'reclamação');
    d.say('posto de saude do bairro');
    expect(fieldOf(d)).toBe(2);
  });
});

describe('round 3421: a question to the bot itself typed into a field, with words that name nothing', () => {
  it('is answered as small talk, and the same field is asked again', () => {
    for (const text of ['vc é um robô? curiosidade minha', 'tem gente de verdade lendo isso?', 'isso é inteligencia artificial? pergunto por perguntar']) {
      const d = inForm('ouvidoria', 'reclamação');
      d.say(text);
      expect(fieldOf(d), text).toBe(1);
      expect(kinds(d)[0], text).toBe('small_talk');
    }
  });
  it('without a question mark, the words are still the answer', () => {
    const d = inForm('ouvidoria', 'reclamação');
    d.say('o robo de atendimento do detran');
    expect(fieldOf(d)).toBe(2);
  });
});

describe('round 3422: a command to the bot opening a later clause', () => {
  it('is read as the question it stands for, the clauses before it kept', () => {
    expect(asQuestion('e pra ela, me passa as etapas')).toBe('e pra ela, quais as etapas?');
    expect(asQuestion('entendi tudo. me fala o telefone')).toBe('entendi tudo. qual o telefone?');
    expect(asQuestion('vendi o carro, passa o carro pro nome dela')).toBe('vendi o carro, passa o carro pro nome dela');
  });
  it('"me passa" after a question of how asks the steps of the card, not the Passe Livre', () => {
    const d = talkOn('cnh-renovacao', 'como eu faço, me passa os passos');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(d.state.view.at).toBe('walkthrough');
  });
  it('"me dá" after an acknowledgement asks the topic of the card (it was taken for the acknowledgement alone)', () => {
    const d = talkOn('cin-2a-via', 'tá bom, me dá o link');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/pagina oficial/);
  });
});

describe('round 3423: the menu asked for in a clause of its own, after putting off what is in view', () => {
  it('goes to the menu, from the steps or a card', () => {
    for (const text of ['deixa pra outra hora, volta pro menu', 'ta bom, depois eu termino. me mostra o menu', 'ok, ja vi. quero ver o menu principal']) {
      const d = talkOn('cnh-renovacao');
      d.send({ kind: 'option', id: 'card:steps' });
      d.say(text);
      expect(d.state.view.at, text).toBe('menu');
      expect(d.state.focus, text).toBeUndefined();
    }
  });
  it('the clause alone with a verb of seeing is the menu too', () => {
    expect(talkOn('ipva', 'quero ver o menu').state.view.at).toBe('menu');
  });
  it('not when the clause before names a service', () => {
    expect(talkOn('ipva', 'perdi meu rg, volta pro menu').state.view.at).not.toBe('menu');
  });
});
