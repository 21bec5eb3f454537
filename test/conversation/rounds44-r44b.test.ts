// The forty-fourth session's rounds of helper r44b (the citizen's own names for things). Written from the citizen's
// side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they pass with or
// without the round).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk } from './real.ts';

describe('round 5420: what a word of the card means, asked in the steps, is explained there', () => {
  it('"oq é fici?" on the driver indication\'s steps quotes the form the acronym names and keeps the step', () => {
    const d = talk('quero indicar o condutor da multa', 'passo a passo', 'oq é fici?');
    expect(said(d)).toMatch(/formulario de identificacao do condutor infrator/);
    expect(stepOf(d)).toBe(1);
    expect(asked(d)).toContain('passage');
  });
  it('"lme é o que?" on the specialised medicines\' steps spells the LME out', () => {
    const d = talk('preciso do remedio de alto custo', 'passo a passo', 'lme é o que?');
    expect(said(d)).toMatch(/laudo para solicitacao/);
    expect(stepOf(d)).toBe(1);
  });
  it('"esse REDS é o que?" on the theft report\'s steps, then "próxima" goes on to step 2', () => {
    const d = talk('fui furtado, quero fazer o boletim', 'passo a passo', 'esse REDS é o que?');
    expect(said(d)).toMatch(/boletim de ocorrencia \(reds\)/);
    d.say('proxima');
    expect(stepOf(d)).toBe(2);
  });
  it('guard: "nao entendi essa etapa, repete" in the steps still says the step again', () => {
    const d = talk('quero indicar o condutor da multa', 'passo a passo', 'nao entendi essa etapa, repete');
    expect(stepOf(d)).toBe(1);
    expect(asked(d)).not.toContain('passage');
  });
  it('guard: "qual o prazo?" in the steps is still the time', () => {
    expect(asked(talk('quero indicar o condutor da multa', 'passo a passo', 'qual o prazo?'))).toContain('time');
  });
});

describe('round 5421: whether a name is another, or the card\'s old name, is answered with what the card says of them', () => {
  it('"o itcd é o antigo itcmd?" on the inheritance tax says the card spells ITCD out and knows it as ITCMD', () => {
    const d = talk('quero pagar o imposto de heranca', 'o itcd é o antigo itcmd?');
    expect(d.state.focus).toBe('itcd');
    expect(said(d)).toMatch(/imposto sobre transmissao causa mortis/);
    expect(said(d)).toMatch(/itcmd/);
  });
  it('"essa cin é o antigo rg?" on the steps of the ID\'s 2nd copy quotes, there, the sentence saying it replaces the old RG', () => {
    const d = talk('preciso da segunda via da identidade', 'passo a passo', 'essa cin é o antigo rg?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(stepOf(d)).toBe(1);
    // The card's own sentence, not what another card (the 1st copy) says of itself.
    expect(kinds(d)).toEqual(['passage']);
    expect(said(d)).toMatch(/substitui o antigo rg/);
  });
  it('"o crv é o dut?" on the steps of reporting a sale stays on the step with the card\'s sentence holding the CRV', () => {
    const d = talk('vendi minha moto, quero avisar o detran', 'passo a passo', 'o crv é o dut?');
    expect(d.state.focus).toBe('comunicacao-venda');
    expect(stepOf(d)).toBe(1);
    expect(said(d)).toMatch(/crv/);
  });
  it('guard: "a taxa é a mesma?" on the licensing is still the cost', () => {
    expect(asked(talk('licenciamento do carro', 'a taxa é a mesma?'))).toContain('cost');
  });
  it('guard: "e o encceja?" on the EJA still quotes its sentence', () => {
    const d = talk('quero voltar a estudar de noite', 'e o encceja?');
    expect(d.state.focus).toBe('eja');
    expect(said(d)).toMatch(/encceja, exame do inep/);
  });
});

describe('round 5422: a name made of common words ("registro geral") is kept for the search', () => {
  it('"meu registro geral molhou, como faço outro?" opens the 2nd copy of the ID, not of the CNH', () => {
    expect(talk('meu registro geral molhou, como faço outro?').state.focus).toBe('cin-2a-via');
  });
  it('"o registro geral da minha mãe estragou, preciso de outro" opens the 2nd copy of the ID', () => {
    expect(talk('o registro geral da minha mãe estragou, preciso de outro').state.focus).toBe('cin-2a-via');
  });
  it('guard: "minha carteira de motorista rasgou, preciso de outra" still opens the CNH\'s 2nd copy', () => {
    expect(talk('minha carteira de motorista rasgou, preciso de outra').state.focus).toBe('cnh-2a-via');
  });
  it('guard: "qual o numero de registro da cnh?" on the CNH\'s 2nd copy stays there', () => {
    expect(talk('segunda via da cnh', 'qual o numero de registro da cnh?').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 5423: a slot booked ("reservar um horário de atendimento") is the booking, not the opening hours', () => {
  it('"Gostaria de agendar um horário de atendimento na UAI" starts the UAI booking', () => {
    const d = talk('Gostaria de agendar um horário de atendimento na UAI');
    expect(d.state.focus).toBe('agendamento-uai');
    expect(d.state.view.at).toBe('form');
    expect(asked(d)).not.toContain('hours');
  });
  it('"quero reservar um horário de atendimento numa uai pra amanhã" starts the UAI booking', () => {
    const d = talk('quero reservar um horário de atendimento numa uai pra amanhã');
    expect(d.state.view.at).toBe('form');
    expect(asked(d)).not.toContain('hours');
  });
  it('guard: "qual o horario de atendimento da uai?" is still the opening hours', () => {
    expect(asked(talk('qual o horario de atendimento da uai?'))).toContain('hours');
  });
  it('guard: "a uai tem horário de atendimento no sábado?" is still the opening hours', () => {
    expect(asked(talk('a uai tem horário de atendimento no sábado?'))).toContain('hours');
  });
});

describe('round 5424: right after a subject handled elsewhere, its own thing asked about again stays with that subject', () => {
  it('"onde consulto a situacao do meu titulo?" after the voter card\'s reply is the Justiça Eleitoral\'s, not a vehicle\'s record', () => {
    const d = talk('preciso tirar meu titulo de eleitor', 'onde consulto a situacao do meu titulo?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
  it('guard: "ok. e o licenciamento do carro?" after the voter card\'s reply opens the licensing', () => {
    expect(talk('preciso tirar meu titulo de eleitor', 'ok. e o licenciamento do carro?').state.focus).toBe('crlv-licenciamento');
  });
});
