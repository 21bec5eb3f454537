// The forty-fifth session's rounds of helper r45d (corrections told as a story: the denial ends where it ends, the clause
// with the wish or the case the story tells is what is meant). Written from the citizen's side, with wordings other than
// the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talk } from './real.ts';

describe('round 5660: a denial that said something ends at its pause, though it named nothing', () => {
  it('"…quando voltei nao tinha mais, foi perda" after a theft report asked for is the loss report', () => {
    const d = talk('levaram meus documentos, quero fazer o bo', 'na verdade ninguem levou nada, eu deixei a pasta com os documentos no banco da praça e quando voltei nao tinha mais, foi perda');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
  it('"…quando voltei nao tava mais, foi perda, e os documentos estavam junto" after a stolen phone is the loss report', () => {
    const d = talk('roubaram meu celular', 'na verdade nao roubaram, eu deixei no banco da praça e quando voltei nao tava mais, foi perda, e os documentos estavam junto');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 5661: the clause that opens with the wish, though a detail follows it after a pause', () => {
  it('"…agora eu quero é uma vaga de emprego, de carteira assinada" on the unemployment insurance is the Sine', () => {
    const d = talk('seguro desemprego', 'na verdade o seguro ja acabou faz tempo. agora eu quero é uma vaga de emprego, de carteira assinada');
    expect(d.state.focus).toBe('sine-emprego');
  });
  it('guard: "…o que eu quero é o licenciamento do carro, pra rodar tranquilo" on the IPVA is still the licensing (the cleft)', () => {
    const d = talk('quero pagar o ipva', 'pera, o ipva eu paguei em janeiro. o que eu quero é o licenciamento do carro, pra rodar tranquilo');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 5662: a short denial closed by "não" and a vocative ("não é pra X não, senhor, …")', () => {
  it('"nao é pra lazer nao senhor, eu vivo da pesca, … todo sabado" on the amateur licence is the professional fisher\'s register', () => {
    const d = talk('carteira de pesca', 'nao é pra lazer nao senhor, eu vivo da pesca, pesco no sao francisco e vendo na feira todo sabado');
    expect(d.state.focus).toBe('pescador-profissional');
  });
});

describe('round 5663: the focus\'s case denied, then the story\'s clause naming a neighbour\'s case', () => {
  it('"ela nao foi roubada, esta aqui na gaveta. o problema é que venceu em agosto…" on the CNH\'s 2nd copy is the renewal', () => {
    const d = talk('Preciso de uma nova carteira de motorista.', 'desculpa, me expressei mal. ela nao foi roubada, esta aqui na gaveta. o problema é que venceu em agosto e so vi agora.');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('guard: "nao foi perdida, foi roubada ontem" on the CNH\'s 2nd copy keeps it (the card is for theft too)', () => {
    expect(talk('Preciso de uma nova carteira de motorista.', 'nao foi perdida, foi roubada ontem').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 5664: "esqueci de falar / de dizer / um detalhe" opens a correction', () => {
  it('"esqueci de falar, minha habilitação foi tirada no Paraná…" on the renewal is the transfer from another state', () => {
    const d = talk('Quero renovar minha CNH.', 'esqueci de falar, minha habilitação foi tirada no Paraná e agora moro em Uberlândia');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });
  it('"esqueci de dizer, ele ja tem identidade de minas mas molhou toda" on the 1st copy is the 2nd copy', () => {
    expect(talk('quero tirar a primeira identidade do meu filho', 'esqueci de dizer, ele ja tem identidade de minas mas molhou toda').state.focus).toBe('cin-2a-via');
  });
  it('guard: after "qto custa a 2 via da identidade", "ah esqueci de dizer, foi furtada no onibus" is the case of that question', () => {
    const d = talk('qto custa a 2 via da identidade', 'ah esqueci de dizer, foi furtada no onibus');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/gratuit/);
  });
  it('guard: "esqueci de falar, quanto custa?" on the renewal is still its cost', () => {
    const d = talk('Quero renovar minha CNH.', 'esqueci de falar, quanto custa?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(asked(d)).toContain('cost');
  });
});

describe('round 5665: a word of the card\'s title denied corrects the card; it asks about no slip in it', () => {
  it('"Na verdade ele já tinha RG aqui em Minas… Então não é a primeira, né?" on the ID\'s 1st copy is the 2nd copy', () => {
    const d = talk('Quero tirar a identidade do meu filho de 10 anos.', 'Na verdade ele já tinha RG aqui em Minas, fizemos quando ele era bebê. Só que o cachorro rasgou. Então não é a primeira, né?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "errei o endereço no bo que eu mandei, da pra corrigir?" on the loss report stays on it', () => {
    expect(talk('perdi meus documentos, quero fazer o bo', 'errei o endereço no bo que eu mandei, da pra corrigir?').state.focus).toBe('bo-perda-documentos');
  });
});
