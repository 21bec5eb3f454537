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

describe('round 2301: subjects handled elsewhere told with a story around them', () => {
  it('a pet\'s vaccine is the town\'s, the place asked again stays with it, and a report of mistreatment after it is searched', () => {
    expectElsewhere('quero vacinar minha gata, onde faço?', 'prefeitura');
    expectElsewhere('a vacina do cachorro é de graça?', 'prefeitura');
    const d = talk('onde vacino meu cao contra raiva', 'é no postinho?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('prefeitura');
    expect(talk('vacina do gato é gratis?', 'e onde denuncio maus tratos de animal na minha rua?').state.focus).toBe('disque-denuncia');
  });
  it('piloting a boat and registering it are the Navy\'s; the fishing licence is still found after', () => {
    expectElsewhere('precisa de carteira pra pilotar barco na represa?', 'marinha');
    expectElsewhere('como registro meu jet ski?', 'marinha');
    expect(talk('como tiro a habilitacao de arrais', 'e a licenca de pesca?').state.focus).toBe('licenca-pesca');
  });
  it('another person\'s wish for a federal programme, with her situation told after, is still that programme', () => {
    expectElsewhere('meu vizinho quer o bolsa familia, ele foi demitido', 'cras');
    expectElsewhere('meu irmão quer entrar no cadunico, ele ta sem emprego', 'cras');
    expectElsewhere('minha amiga precisa se inscrever no bolsa familia, ela ficou desempregada', 'cras');
    // The situation told alone still finds its service.
    expect(talk('ela ta desempregada, como pede o seguro desemprego?').state.focus).toBe('seguro-desemprego');
  });
});

describe('round 2302: a story that names the service by what happened', () => {
  it('someone died and left property: the inheritance tax', () => {
    for (const q of ['minha avó morreu e deixou um apartamento, o que eu tenho que pagar?', 'meu tio faleceu e deixou uma chacara pros sobrinhos', 'o falecido deixou um lote no nome dele, tem imposto?']) {
      expect(talk(q).state.focus, q).toBe('itcd');
    }
  });
  // A guard: these wordings found the equivalence before the round too; the round's phrases must not lose them.
  it('studies done abroad, to be validated here: the equivalence of studies', () => {
    for (const q of ['fiz o ensino medio no paraguai, como valido os estudos?', 'preciso validar meus estudos do japao aqui em minas', 'quero validar o historico da escola de portugal']) {
      expect(talk(q).state.focus, q).toBe('equivalencia-estudos');
    }
  });
});
