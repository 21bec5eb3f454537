// The fortieth session's lead rounds (corrections that name the service meant, the matter announced, the card's own
// document spoilt, whose the thing is). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

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
