// The twenty-fifth session's rounds of r25a (2300 on), one `describe` per round; each test was checked to fail on the
// code before its round. A citizen's first message tells a story instead of naming the service; written from the
// citizen's side, in the ways people type on a phone (wordings other than the dialogues').
import { describe, expect, it } from 'vitest';
import { said, talk } from './real.ts';

/** Answered with who handles the subject elsewhere (a reply of its own, or a question's): no card, no list. */
function expectElsewhere(text: string, where: string): void {
  const d = talk(text);
  expect(d.state.focus, text).toBeUndefined();
  expect(d.state.view.at, text).not.toBe('results');
  expect(said(d), text).toContain(where);
}

describe('round 2300: the words of a story the search reads as they are meant', () => {
  it('a bicycle by its everyday names finds the theft report', () => {
    for (const q of ['levaram a bike do meu filho da porta da escola', 'roubaram minha magrela ontem a noite', 'minha bike sumiu do bicicletario, foi furto']) {
      expect(talk(q).state.focus, q).toBe('bo-furto');
    }
  });
  it('"tão" before a gerund is "estão", and "perto de" says where: neither keeps the report from being found', () => {
    for (const q of ['tao queimando o mato perto do corrego', 'tão poluindo o rio perto da fazenda', 'tao derrubando as arvores perto do meu sitio', 'tao desmatando a beira do rio']) {
      expect(talk(q).state.focus, q).toBe('denuncia-ambiental');
    }
  });
  it('"uai" after "na/pela/tem" is the UAI, and an interjection "uai" is still no word of the request', () => {
    for (const q of ['marcar pela uai pra minha tia', 'agendamento na uai pra minha sogra']) {
      expect(talk(q).state.focus, q).toBe('agendamento-uai');
    }
    expect(talk('uai sô, quero ver minhas multas').state.focus).toBe('multas-pontuacao');
  });
  it('"é na uai?" right after a subject handled elsewhere asks about that subject again, not for the UAI\'s booking', () => {
    const d = talk('quero tirar o titulo de eleitor', 'mas nao da pra fazer na uai?');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).not.toBe('results');
  });
});
