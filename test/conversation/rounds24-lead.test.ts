// The twenty-fourth session's rounds of the lead (2200 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { isEverydayWord } from '../../src/core/lexicon.ts';
import { asked, kinds, stepOf, talk, talkOn } from './real.ts';
import type { EngineDriver } from '../support/catalogue.ts';

/** The form field on screen (0-based), or undefined off a form. */
function fieldOf(d: EngineDriver): number | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.field : undefined;
}

describe('round 2200: with nothing in focus, the bot asked to make the request starts the form of the service named', () => {
  it('an order, with the bot addressed or the verb first, starts the form at its first field', () => {
    for (const [q, id] of [
      ['agenda a uai pra mim por favor', 'agendamento-uai'],
      ['ai, registra minha reclamacao na ouvidoria geral', 'ouvidoria'],
      ['queria que vc marcasse pra mim a segunda via da identidade', 'cin-2a-via'],
      ['faz pra mim o agendamento na uai de contagem', 'agendamento-uai'],
      ['preenche a manifestacao da ouvidoria geral do estado pra mim', 'ouvidoria'],
    ] as const) {
      const d = talk(q);
      expect(d.state.focus, q).toBe(id);
      expect(fieldOf(d), q).toBe(0);
    }
  });
  it('a service the chat cannot request says so and shows its card', () => {
    for (const [q, id] of [
      ['agenda pra mim a doacao de sangue no hemominas', 'doacao-sangue'],
      ['faz o pedido do passe livre pra mim', 'passe-livre'],
    ] as const) {
      const d = talk(q);
      expect(d.state.focus, q).toBe(id);
      expect(d.state.view.at, q).toBe('service');
      expect(kinds(d)[0], q).toBe('notice');
    }
  });
  it('a wish, a question, a place or "faz tempo" is no order: no form is started', () => {
    // 'quero marcar horario na uai' and 'quero marcar na uai pro meu pai, ele ta aqui do lado' left this list in round
    // 4501: a bare wish to book shows the card and starts the form.
    for (const q of ['vc sabe onde faz a identidade?', 'faz uma semana que pedi a segunda via do rg e nada']) {
      expect(talk(q).state.view.at, q).not.toBe('form');
    }
  });
});

describe('round 2201: the number said with the request tells which copy ("agendar a 2 via do rg, pode marcar")', () => {
  it('the second copy\'s form starts, not a list of both copies', () => {
    const d = talk('preciso agendar a 2 via da carteira de identidade, voce pode marcar?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(fieldOf(d)).toBe(0);
  });
});

describe('round 2202: "ok continua, meu nome é …" answers the name field', () => {
  it('the words that let the form go on are left out of the name', () => {
    for (const lead of ['ok continua, ', 'pode continuar: ', 'beleza, pode seguir. ']) {
      const d = talkOn('agendamento-uai', 'pode marcar pra mim?', 'é gratuito?', `${lead}meu nome é Teresa Cristina Alves`);
      expect(fieldOf(d), lead).toBe(1);
      const v = d.state.view;
      if (v.at === 'form') expect(v.answers['nome'], lead).toBe('Teresa Cristina Alves');
    }
  });
});

describe('round 2203: in a form, a question closed by "?" and followed by why it is asked is answered, not taken as the field', () => {
  it('the question is answered from the card and the same field is asked again', () => {
    for (const [id, q, topic] of [
      ['cin-2a-via', 'quanto custa isso? minha vizinha pagou 50 reais no despachante', 'cost'],
      ['agendamento-uai', 'demora muito? minha mae ta esperando faz tempo', 'time'],
      ['agendamento-uai', 'e esse agendamento é de graça mesmo? o rapaz da lan house cobrou 20 reais da minha vizinha', 'cost'],
    ] as const) {
      const d = talkOn(id, 'pode marcar pra mim?', q);
      expect(asked(d), q).toContain(topic);
      expect(fieldOf(d), q).toBe(0);
    }
  });
  it('a name with nothing asked is still the answer', () => {
    expect(fieldOf(talkOn('agendamento-uai', 'pode marcar pra mim?', 'Rosa Maria Teixeira'))).toBe(1);
  });
});

describe('round 2204: emoji spoken by voice typing, and asking for a joke in other words', () => {
  it('"carinha feliz" and "joinha" are small talk: the card stays in view, no search', () => {
    for (const q of ['nossa q rapido, carinha feliz', 'joinha', 'valeu demais carinha sorrindo']) {
      const d = talkOn('ipva', q);
      expect(kinds(d), q).toContain('small_talk');
      expect(d.state.focus, q).toBe('ipva');
    }
  });
  it('"sabe contar piada?" is answered as chat the bot does not do, with no service', () => {
    for (const q of ['sabe contar piada?', 'vc sabe cantar uma musica?']) {
      const d = talk(q);
      expect(kinds(d), q).toEqual(['elsewhere']);
      expect(d.state.focus, q).toBeUndefined();
    }
  });
});

describe('round 2205: everyday words are not read as misspelt cue words (core/lexicon.ts)', () => {
  it('real words stay themselves, slips of the keyboard are still corrected', () => {
    for (const w of ['pasto', 'tinha', 'galo', 'cedo', 'estrada', 'gosto', 'menos']) expect(isEverydayWord(w), w).toBe(true);
    for (const w of ['paso', 'proxmo', 'documeto', 'presiso', 'anteriro']) expect(isEverydayWord(w), w).toBe(false);
  });
  it('"pegando fogo no pasto" on the environmental report is no request for the steps ("passo")', () => {
    const d = talkOn('denuncia-ambiental', 'ta pegando fogo agora no pasto do lado');
    expect(d.state.view.at).not.toBe('walkthrough');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
  it('a misspelt step word still moves the steps', () => {
    const d = talkOn('ipva', 'passo a passo', 'proxmo');
    expect(stepOf(d)).toBe(2);
    d.say('vota');
    expect(stepOf(d)).toBe(1);
  });
  it('"peraí q vou pegar minha pasta" on a card waits there; "desiste" cancels a form', () => {
    const d = talkOn('abrir-empresa', 'peraí q vou pegar minha pasta');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(d.state.view.at).toBe('service');
    expect(kinds(d)).toContain('notice');
    const f = talkOn('cin-2a-via', 'pode marcar pra mim?', 'desiste, depois eu vejo isso');
    expect(f.state.view.at).not.toBe('form');
  });
  it('"faz a marcação pra mim" on the UAI card starts its form', () => {
    expect(fieldOf(talkOn('agendamento-uai', 'faz a marcação pra mim'))).toBe(0);
  });
});

describe('round 2206: a past form of "voltar" tells what happened, it does not go back', () => {
  it('"ela voltou pra casa" in the missing person\'s steps does not move a step back', () => {
    const d = talkOn('pessoa-desaparecida', 'passo a passo', 'proximo');
    expect(stepOf(d)).toBe(2);
    d.say('ela voltou pra casa');
    expect(stepOf(d)).not.toBe(1);
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
});
