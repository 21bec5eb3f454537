// Social turns in the middle of a conversation keep it where it was; "não entendi" says it again.
import { describe, expect, it } from 'vitest';
import { kinds, realCatalogue, talk } from './real.ts';

describe('a social turn on a service card', () => {
  const social = ['obrigado', 'ok valeu', 'blz', 'valeu!', 'tudo bem?', 'bom dia', 'vc é um robô?', 'você é humano?', 'adorei', 'muito bom', 'kkkk', '👍', 'obg', 'brigado moço', 'tmj', 'não', 'nada', 'sim', 'vlw uai', 'nossa vc é mt bom', 'uai sô q trem bão', 'vc eh robo ou gente?'];
  for (const text of social) {
    it(`"${text}" gets a short reply and keeps the card in focus`, () => {
      const d = talk('perdi meu rg');
      const options = d.state.options;
      d.say(text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.text).not.toContain('Não encontrei');
      expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
      expect(d.state.options).toEqual(options);
      expect(d.last?.events).toEqual([]);
    });
  }

  it('"você é um robô?" says it is an automatic assistant, not a person', () => {
    expect(talk('perdi meu rg', 'você é um robô?').text).toContain('assistente virtual');
  });

  for (const insult of ['seu bot burro', 'Você não serve para nada!']) {
    it(`"${insult}" gets a calm reply and the way to a person, with no search`, () => {
      const d = talk('perdi meu rg', insult);
      expect(d.text).toContain('Sinto muito');
      expect(d.state.options.map((o) => o.id)).toContain('handoff');
      expect(d.last?.events).toEqual([]);
    });
  }
});

describe('thanks after a list of results', () => {
  it('"vlw" is a social reply that puts no service forward, and a number still picks from the list', () => {
    const d = talk('cnh');
    expect(d.state.view.at).toBe('results');
    const options = d.state.options;
    d.say('vlw');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies.flatMap((r) => r.options ?? [])).toEqual([]);
    expect(d.state.options).toEqual(options);
    d.say('1');
    expect(d.state.view.at).toBe('service');
  });
});

describe('a greeting', () => {
  it('at the start opens the menu with the welcome', () => {
    const d = talk('bom dia, tudo bem?');
    expect(d.text).toContain('Eu sou o *Atende*');
    expect(d.state.view.at).toBe('menu');
  });

  it('in the middle of a conversation is returned without starting over', () => {
    const d = talk('renovar cnh', 'boa tarde');
    expect(d.text).not.toContain('Eu sou o *Atende*');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
  });
});

describe('a social turn in a walkthrough or a form', () => {
  it('keeps the step and its options', () => {
    const d = talk('perdi meu rg', 'passo a passo', 'próxima', 'obrigado');
    expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 1 });
    expect(d.state.options.map((o) => o.id)).toContain('walk:next');
  });

  it('asks the same form field again, keeping the answers', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', 'obrigado');
    expect(kinds(d)).toEqual(['small_talk', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria da Silva' } });
  });
});

describe('"não entendi"', () => {
  it('on a card, explains the service in other words and keeps its options', () => {
    const d = talk('perdi meu rg');
    const options = d.state.options;
    d.say('não entendi');
    expect(d.text).toContain('de outro jeito');
    expect(d.text).toContain(realCatalogue.byId.get('cin-2a-via')?.title ?? '?');
    expect(d.state.options.map((o) => o.id)).toEqual(options.map((o) => o.id));
  });

  it('"hã?" in a walkthrough says which step this is and what to type next', () => {
    const d = talk('perdi meu rg', 'passo a passo', 'hã?');
    expect(d.text).toContain('etapa 1 de 4');
    expect(d.text).toContain('próxima');
    expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 0 });
  });

  it('"?" alone asks the same as "hã?"', () => {
    const d = talk('perdi meu rg', 'passo a passo', '?');
    expect(d.text).toContain('etapa 1 de 4');
  });

  it('"como assim?" in a form explains the field with an example and asks it again', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', 'como assim?');
    expect(d.text).toContain('Exemplo');
    expect(d.last?.replies.at(-1)?.hint).toMatchObject({ kind: 'field', field: 2, of: 6 });
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });

  it('after a follow-up answer, says that answer again in other words', () => {
    const d = talk('renovar cnh', 'quanto custa?', 'não entendi');
    expect(d.text).toContain('de outro jeito');
    expect(d.text).toContain('custo');
  });
});

describe('a message nobody understands on a service card', () => {
  it('keeps the card in focus, does not repeat the words back, and still counts as a failed search', () => {
    const d = talk('perdi meu rg');
    d.say('xkcd qwerty zzzz');
    expect(kinds(d)).toEqual(['no_results']);
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
    expect(d.state.focus).toBe('cin-2a-via');
    expect(d.text).not.toContain('qwerty');
    expect(d.text).toContain('Carteira de Identidade Nacional');
    expect(d.last?.events.some((e) => e.type === 'search' && e.results === 0)).toBe(true);
  });

  it('on the menu, with nothing in focus, says the service was not found', () => {
    const d = talk('oi', 'xkcd qwerty zzzz');
    expect(kinds(d)).toEqual(['no_results']);
    expect(d.text).toContain('Não encontrei');
  });
});
