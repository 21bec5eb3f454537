// The fortieth session's rounds of helper r40a (forms and the walkthrough, read as a person would). Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 4700: a move in the steps said with its reason', () => {
  it('going on, with what the citizen has of the step on screen: the next step', () => {
    const d = talkOn('medicamentos-alto-custo', 'passo a passo', 'proxima', 'já estou com a receita e o laudo, pode avançar');
    expect(stepOf(d)).toBe(3);
    const e = talkOn('bo-furto', 'passo a passo', 'foi sem violência, pode avançar');
    expect(stepOf(e)).toBe(2);
  });
  it('skipping, with what the citizen already has after it: the next step', () => {
    const d = talk('perdi minha carteira de motorista', 'me mostra as etapas', 'proxima', 'pode pular, ja baixei o app no celular');
    expect(stepOf(d)).toBe(3);
  });
  it('going back, with what the citizen forgot to do: the step before', () => {
    const d = talk('remedio de alto custo', 'passo a passo', 'proxima', 'proxima', 'volta uma, esqueci de ver os exames');
    expect(stepOf(d)).toBe(2);
  });
  it('a moment asked to fetch something the step asks for: the step stays', () => {
    const d = talk('segunda via do rg', 'passo a passo', 'proxima', 'proxima', 'um minuto, preciso pegar meu comprovante');
    expect(stepOf(d)).toBe(3);
  });
  it('a move with a question beside it is still the question', () => {
    const d = talk('perdi minha carteira de motorista', 'me mostra as etapas', 'proxima', 'proxima, como baixo o app?');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 4701: a question about the service typed into any field of its form', () => {
  it('which unit to choose, at the CPF: where it is done, then the CPF again', () => {
    const d = talk('quero marcar atendimento na uai', 'Carla Mendes Rocha', 'moro no interior, nao sei em qual unidade marcar');
    expect(kinds(d)).toEqual(['follow_up', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
  it('whether it is confirmed at once, with "alguém responde" in it, at the name: how long it takes, then the name again', () => {
    const d = talk('quero marcar atendimento na uai', 'o horario ja fica confirmado ou preciso esperar alguem me responder?');
    expect(kinds(d)).toEqual(['follow_up', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });
  it('on the card, which unit asks where', () => {
    expect(kinds(talkOn('agendamento-uai', 'em que unidade eu marco?'))).toEqual(['follow_up']);
  });
  it('a question about the field asked is still the field\'s, and a value is still a value', () => {
    const d = talk('quero marcar atendimento na uai', 'Carla Mendes Rocha', 'pra que vocês precisam do meu cpf?');
    expect(kinds(d)).not.toContain('follow_up');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
    d.say('529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 4702: an earlier answer corrected at a later field, or on the summary', () => {
  const booked = ['quero marcar atendimento na uai', 'Carla Mendes Rocha', '529.982.247-25', 'Contagem', 'identidade'];
  it('"o cpf é outro: …" changes the CPF, and the form goes on where it was', () => {
    const d = talk(...booked, 'o cpf é outro: 111.444.777-35');
    expect(said(d)).toContain('111.444.777-35');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
  it('"a cidade é outra, Betim" changes the município', () => {
    const d = talk(...booked, 'a cidade é outra, Betim');
    expect(said(d)).toContain('betim');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
  it('a date said wrong by its day and month: the date changes', () => {
    const d = talk(...booked, '12/03/2027', 'é dia 14/03, não 12/03');
    expect(said(d)).toContain('14/03/2027');
    expect(d.state.view).toMatchObject({ at: 'form', field: 5 });
  });
  it('"o tipo tá errado" on the summary asks the type again', () => {
    const d = talkOn('ouvidoria', 'quero registrar por aqui', 'Sugestão', 'escola estadual', 'Betim', 'A escola podia ter mais bebedouros no pátio.', 'pular', 'marquei o tipo errado');
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });
});

describe('round 4703: an answer said as a person would, in a field or on the summary', () => {
  const upToTown = ['quero a segunda via do rg', 'pre agendamento', 'Carla Mendes Rocha', '529.982.247-25'];
  it('the town where to be served, beside where the citizen lives', () => {
    const d = talk(...upToTown, 'moro na roça, perto de Betim, mas quero ser atendida em Contagem');
    expect(d.state.view).toMatchObject({ at: 'form', field: 3, answers: { municipio: 'Contagem' } });
  });
  it('a reason of the second copy with its verb misspelt ("furtaran" for "furtaram")', () => {
    const d = talk(...upToTown, 'Contagem', '18/03/2027', 'furtaran minha carteira no onibus');
    expect(d.state.view).toMatchObject({ at: 'form', field: 5, answers: { motivo: 'Furto ou roubo' } });
  });
  it('the summary confirmed in everyday words', () => {
    const d = talk(...upToTown, 'Contagem', '18/03/2027', 'perdi', '(31) 99999-1234', 'conferi tudinho, pode confirmar');
    expect(kinds(d)).toContain('submitted');
    const e = talk(...upToTown, 'Contagem', '18/03/2027', 'perdi', '(31) 99999-1234', 'Confirmo a solicitação.');
    expect(kinds(e)).toContain('submitted');
  });
  it('an optional field skipped with the reason after a comma', () => {
    const d = talkOn('ouvidoria', 'quero registrar por aqui', 'Sugestão', 'escola estadual', 'Betim', 'A escola podia ter mais bebedouros no pátio.', 'pode pular, nao quero passar meu email');
    expect(d.state.view.at).toBe('confirm');
  });
});
