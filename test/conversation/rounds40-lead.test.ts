// The fortieth session's lead rounds (corrections that name the service meant, the matter announced, the card's own
// document spoilt, whose the thing is). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 4800: a wish after a denial names the service by a thing, though the search hesitates', () => {
  it('"errei, queria o ipva da placa…" on the fines: the IPVA, not the vehicle\'s records that also speak of it', () => {
    expect(talkOn('multas-pontuacao', 'errei, queria o ipva da placa que te passei').state.focus).toBe('ipva');
  });
  it('a wish named by an act only ("renovar o cadastro") does not open the licence\'s renewal', () => {
    expect(talkOn('visita-presidio', 'Pensando melhor, a minha carteirinha venceu. Vou precisar renovar o cadastro antes.').state.focus).not.toBe('cnh-renovacao');
  });
});

describe('round 4801: "o que eu … foi/é X" says the thing meant', () => {
  it('what was paid was the licence, on the fines', () => {
    expect(talkOn('multas-pontuacao', 'ah não, me enganei, o que eu paguei foi o licenciamento').state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 4802: the words that only announce the matter ("o problema é que", "acontece que") are left out', () => {
  it('"a questão é que roubaram ela" on the renewal: the copy of the licence', () => {
    expect(talkOn('cnh-renovacao', 'a questão é que roubaram ela semana passada').state.focus).toBe('cnh-2a-via');
  });
  it('"o negócio é que perdi ela no ônibus": not the intercity buses', () => {
    expect(talkOn('cnh-renovacao', 'o negócio é que perdi ela no ônibus').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 4803: the card\'s own document told spoilt or lost, not named, asks for its copy', () => {
  it('"tenho uma mas perdi" on the 1st copy of the ID: the ID\'s 2nd copy, not the loss report', () => {
    expect(talkOn('cin-1a-via', 'tenho uma mas perdi').state.focus).toBe('cin-2a-via');
  });
  it('"ela molhou toda na enchente" on the renewal of the licence: the licence\'s copy', () => {
    expect(talkOn('cnh-renovacao', 'ela molhou toda na enchente').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 4804: whose the thing is, in a correction, says for whom, not what', () => {
  it('"não, é a cnh do meu marido" on the ID\'s copy: the licence\'s copy, not the protective measure', () => {
    expect(talkOn('cin-2a-via', 'não, é a cnh do meu marido').state.focus).toBe('cnh-2a-via');
  });
  it('"na verdade é a identidade da minha mãe" on the licence\'s copy: the ID\'s copy', () => {
    expect(talkOn('cnh-2a-via', 'na verdade é a identidade da minha mãe').state.focus).toBe('cin-2a-via');
  });
  it('a protective measure asked against the husband is still that', () => {
    expect(talkOn('cin-2a-via', 'não, é pra medida protetiva contra o meu marido').state.focus).toBe('medida-protetiva');
  });
});

describe('round 4805: a wish to book or register with what it is for, or with the citizen\'s state before it, starts the form', () => {
  it('booking at the UAI for an ID: the UAI\'s form, its first field', () => {
    const d = talk('queria marcar na uai pra tirar minha carteira de identidade');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });
  it('booking at the UAI of a town: the town names no other service (guard)', () => {
    const d = talk('quero agendar na UAI de Montes Claros, por favor');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
  });
  it('"abrir"/"preencher" a manifestation, or "registrar algo", at the ombudsman: its form', () => {
    expect(talk('quero abrir uma reclamação na ouvidoria do estado').state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
    expect(talk('queria registrar uma coisa na ouvidoria').state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria' });
  });
  it('the citizen\'s state told first ("sem documento nenhum"): the 2nd copy\'s form', () => {
    const d = talk('estou sem documento nenhum, quero pre agendar a segunda via do rg');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via' });
  });
  it('"abrir uma empresa" is no wish to register: the card alone', () => {
    expect(talk('quero abrir uma empresa').state.view.at).toBe('service');
  });
});

describe('round 4806: a person asked for on a card keeps the card in view', () => {
  it('the ways to a person, and the next question is still about the card', () => {
    const d = talkOn('ipva', 'quero falar com uma pessoa de verdade');
    expect(kinds(d)).toEqual(['handoff']);
    expect(d.state.view).toMatchObject({ at: 'handoff', serviceId: 'ipva' });
    d.say('quanto custa?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['follow_up']);
  });
  it('the card\'s buttons still work there', () => {
    const d = talkOn('ipva', 'quero falar com uma pessoa de verdade');
    d.send({ kind: 'option', id: 'card:steps' });
    expect(stepOf(d)).toBe(1);
  });
  it('the bot refused is a person wanted', () => {
    expect(kinds(talkOn('recurso-multa', 'chega de robô, cadê um atendente?'))).toEqual(['handoff']);
    expect(kinds(talk('nao quero falar com maquina'))).toEqual(['handoff']);
  });
});

describe('round 4807: "não consegui entender" in the steps repeats the step; "espere," opens a question', () => {
  it('the step stays', () => {
    const d = talkOn('visita-presidio');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('proximo');
    d.say('nao consegui entender, pode falar de novo?');
    expect(stepOf(d)).toBe(2);
  });
  it('"Espere, qual foi a etapa anterior?" goes back one', () => {
    const d = talkOn('cadastro-escolar');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('proximo');
    d.say('proximo');
    d.say('Espere, qual foi a etapa anterior?');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 4808: "próximo" alone on a card opens the first step', () => {
  it('"proxima" alone on the card', () => {
    expect(stepOf(talkOn('avcb', 'proxima'))).toBe(1);
  });
});

describe('round 4809: a go-ahead typed at the name field is no name', () => {
  it('"si por favor agenda" after the wish to book: the name asked again', () => {
    const d = talk('quero agendar na uai', 'si por favor agenda');
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });
});
