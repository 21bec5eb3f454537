// The thirteenth session's rounds by helper rc13 (360–379), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('round 360: in the steps, "the other one", "the rest", "qual é a três?" and "pula o agendamento"', () => {
  it('"e o outro?" and "me mostra o resto" after a clause of "but" go on to the next step', () => {
    expect(talkOn('pescador-profissional', 'passo a passo', 'e o outro?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talkOn('licenca-pesca', 'passo a passo', 'e a outra?').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    expect(talkOn('outorga-agua', 'passo a passo', 'nao tenho esse documento ainda, mas me mostra o resto').state.view).toMatchObject({ at: 'walkthrough', step: 1 });
  });
  it('asking which one a number is ("e a tres qual é", "qual é a 3?") names a step, not a button', () => {
    expect(talkOn('gta', 'passo a passo', 'pula', 'e a tres qual é').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
    expect(talkOn('gta', 'passo a passo', 'pula', 'qual é a 3?').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });
  it('"pula o agendamento" skips the step it names; "pula pro agendamento" still goes to it', () => {
    expect(talkOn('medicamentos-alto-custo', 'passo a passo', 'proxima', 'moro no interior, entao pula o agendamento').state.view).toMatchObject({ at: 'walkthrough', step: 3 });
    expect(talkOn('medicamentos-alto-custo', 'passo a passo', 'proxima', 'pula pro agendamento').state.view).toMatchObject({ at: 'walkthrough', step: 2 });
  });
});

describe('round 361: corrections opened by an apology, "o que eu preciso é…", "quero é… de graça", "quero apenas…"', () => {
  it('"desculpe, sou o comprador, quero passar o carro pro meu nome" on the sale notice opens the transfer', () => {
    expect(talkOn('comunicacao-venda', 'Desculpe, eu sou o comprador, quero passar o carro para o meu nome.').state.focus).toBe('transferencia-veiculo');
    // A question after the apology is still answered about the card in view.
    expect(asked(talkOn('ipva', 'desculpa, queria saber quanto custa'))).toEqual(['cost']);
  });
  it('"o q eu preciso é a nota do produtor" says what is needed; it asks no documents', () => {
    expect(talkOn('gta', 'a guia do gado eu já tirei, o que eu preciso é a nota do produtor').state.focus).toBe('nota-fiscal-avulsa');
  });
  it('"quero é um curso tecnico de graca" wants the course; "é de graça?" still asks the cost', () => {
    expect(talkOn('eja', 'ja terminei o ensino medio, quero é um curso tecnico de graca').state.focus).toBe('curso-tecnico');
    expect(asked(talkOn('eja', 'é de graça?'))).toEqual(['cost']);
  });
  it('"Não, já registrei. Quero apenas imprimir o boletim." opens the printing of the report', () => {
    expect(talkOn('bo-acidente-sem-vitima', 'Não, eu já registrei. Quero apenas imprimir o boletim.').state.focus).toBe('consulta-reds');
  });
});

describe('round 362: a title word many services share, that the focus\'s description defines it by, is asked of the focus', () => {
  it('"como faz a inscricao?" on the school registration ("é a inscrição…") asks how to do it, not the technical course', () => {
    const d = talkOn('cadastro-escolar', 'como faz a inscricao?');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(asked(d)).toEqual(['how']);
  });
  it('"como faz o boletim" on the identity card\'s 2nd copy still opens the report of lost documents', () => {
    expect(talkOn('cin-2a-via', 'como faz o boletim').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 363: "não," then a topic\'s ordinary word with no question corrects; it asks nothing of the card', () => {
  it('"não, eu só mudei de endereço dentro de minas" on the transfer from another state opens the change of address', () => {
    expect(talkOn('cnh-transferencia-estado', 'não, eu so mudei de endereço dentro de minas mesmo').state.focus).toBe('cnh-endereco');
  });
  it('"não, qual o endereço?" still asks where', () => {
    expect(asked(talkOn('cnh-transferencia-estado', 'não, qual o endereço?'))).toEqual(['where']);
  });
});

describe('round 364: who a request is for does not blur it', () => {
  it('"perdi o rg da minha filha" opens the 2nd copy, as "perdi o rg" does; "tirar o rg do meu filho" is still the 1st', () => {
    expect(talk('perdi o rg da minha filha').state.focus).toBe('cin-2a-via');
    expect(talk('perdi a identidade do meu pai').state.focus).toBe('cin-2a-via');
    expect(talk('quero tirar o rg do meu filho').state.focus).toBe('cin-1a-via');
  });
});

describe('round 365: not having what the card presumes, then what is wanted, corrects', () => {
  it('"nao tenho carteira ainda, quero tirar a primeira" on the renewal opens the first licence, not the identity card', () => {
    expect(talkOn('cnh-renovacao', 'nao tenho carteira ainda, quero tirar a primeira').state.focus).toBe('cnh-primeira-habilitacao');
  });
  it('"nao tenho o comprovante, posso levar outro?" still asks about the card in view', () => {
    expect(talkOn('cnh-renovacao', 'nao tenho o comprovante, posso levar outro?').state.focus).toBe('cnh-renovacao');
  });
});
