// The forty-third session's rounds of helper r43c (corrections of a detail of the same request, and the formal first
// person of a correction). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard"
// are things that must NOT change (they pass with or without the round): in 5241, the guards are the corrections of a
// detail that passed before "Corrijo"/"Retifico" were cues and must still pass now that they are.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 5240: a value of the same request put right keeps the card and takes the new value', () => {
  it('"na verdade o roubo foi em 2021, não em 2020" on the IPVA refund stays on the refund', () => {
    const d = talkOn('ipva-restituicao', 'na verdade o roubo foi em 2021, não em 2020');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(kinds(d)).toEqual(['notice']);
    expect(said(d)).toMatch(/2021/);
  });
  it('"ops, foi em 2022 e nao 2021" after asking who may ask for the refund stays on the refund', () => {
    const d = talk('tive o carro furtado ano passado, posso pedir o ipva de volta?', 'ops, foi em 2022 e nao 2021');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toMatch(/2022/);
  });
  it('"corrigindo, o carro é 2015 e não 2012" on the IPVA stays on the IPVA', () => {
    const d = talkOn('ipva', 'corrigindo, o carro é 2015 e não 2012');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/2015/);
  });
  it('guard: "na verdade foi roubado, não perdido" on the loss report still goes to the theft report', () => {
    expect(talkOn('bo-perda-documentos', 'na verdade foi roubado, não perdido').state.focus).toBe('bo-furto');
  });
  it('guard: "na verdade nao é a 2 via, é a 1 via" on the 2nd copy of the ID still goes to the 1st copy', () => {
    expect(talkOn('cin-2a-via', 'na verdade nao é a 2 via, é a 1 via').state.focus).toBe('cin-1a-via');
  });
});

describe('round 5241: "Corrijo:", "Retifico:", "me corrijo" lead a correction; a detail then a question stays', () => {
  it('"Corrijo: fiz o ensino fundamental na Argentina…" on the school record goes to the equivalence of studies', () => {
    const d = talkOn('historico-escolar', 'Corrijo: fiz o ensino fundamental na Argentina e voltei agora. Preciso que isso valha aqui.');
    expect(d.state.focus).toBe('equivalencia-estudos');
  });
  it('"Retifico: a empresa já existe, preciso é da inscrição estadual." on opening a company goes to the registration', () => {
    expect(talkOn('abrir-empresa', 'Retifico: a empresa já existe, preciso é da inscrição estadual.').state.focus).toBe('inscricao-estadual');
  });
  it('"Retiro o que disse: ela já está matriculada, só falta renovar…" on the school registration goes to the renewal', () => {
    expect(talkOn('cadastro-escolar', 'Retiro o que disse: ela já está matriculada, só falta renovar para o próximo ano.').state.focus).toBe('renovacao-matricula');
  });
  it('guard: "me corrijo: ele nunca teve identidade" on the 2nd copy of the ID goes to the 1st copy', () => {
    expect(talkOn('cin-2a-via', 'me corrijo: ele nunca teve identidade').state.focus).toBe('cin-1a-via');
  });
  it('guard: "Corrijo: quem vai pedir é o tio, que cuida dele. Ele pode pedir?" on the Ciptea answers who may ask', () => {
    const d = talkOn('ciptea', 'Corrijo: quem vai pedir é o tio, que cuida dele. Ele pode pedir?');
    expect(d.state.focus).toBe('ciptea');
    expect(asked(d)).toContain('requirements');
  });
  it('guard: "Retifico: o carro está no nome da minha esposa, não no meu. Que documentos preciso?" on the IPVA answers the documents', () => {
    const d = talkOn('ipva', 'Retifico: o carro está no nome da minha esposa, não no meu. Que documentos preciso?');
    expect(d.state.focus).toBe('ipva');
    expect(asked(d)).toContain('documents');
  });
  it('guard: "Corrijo: o roubo foi em 2021, não em 2020." on the IPVA refund stays on the refund', () => {
    expect(talkOn('ipva-restituicao', 'Corrijo: o roubo foi em 2021, não em 2020.').state.focus).toBe('ipva-restituicao');
  });
  it('guard: "na verdade nao é renovação. é mudança de categoria. como faço?" on the renewal still moves to the change of category', () => {
    expect(talkOn('cnh-renovacao', 'na verdade nao é renovação. é mudança de categoria. como faço?').state.focus).toBe('cnh-mudanca-categoria');
  });
  it('"Corrijo: não é renovação, é mudança de categoria. Quanto custa?" on the renewal moves to the change of category', () => {
    expect(talkOn('cnh-renovacao', 'Corrijo: não é renovação, é mudança de categoria. Quanto custa?').state.focus).toBe('cnh-mudanca-categoria');
  });
});

describe('round 5242: a name after a label of whose it is ("Então o meu: …") at the name field', () => {
  const BOOKING = ['quero agendar atendimento na uai'];
  it('"no caso o dela: Maria Souza Lima" is the name, and the CPF is asked next', () => {
    const d = talk(...BOOKING, 'no caso o dela: Maria Souza Lima');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria Souza Lima' } });
  });
  it('"fica o meu mesmo: João Batista Lima" is the name', () => {
    const d = talk(...BOOKING, 'fica o meu mesmo: João Batista Lima');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'João Batista Lima' } });
  });
  it('guard: "o meu: pra que vc quer?" is still no name', () => {
    expect(talk(...BOOKING, 'o meu: pra que vc quer?').state.view).toMatchObject({ at: 'form', field: 0 });
  });
  it('guard: "Nome completo: Ana Paula Ribeiro" is still the name', () => {
    expect(talk(...BOOKING, 'Nome completo: Ana Paula Ribeiro').state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Ana Paula Ribeiro' } });
  });
});

describe('round 5243: a moment away told before the request to repeat the step', () => {
  const STEPS = ['me mostra o passo a passo', 'proximo'];
  it('"fui abrir o portão pro entregador, repete esse ai" repeats the step on screen', () => {
    const d = talkOn('seguro-desemprego', ...STEPS);
    const at = stepOf(d);
    d.say('fui abrir o portão pro entregador, repete esse ai');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(stepOf(d)).toBe(at);
    expect(d.last?.events.some((e) => e.type === 'step_viewed')).toBe(true);
  });
  it('"tive que atender o telefone do banco, pode repetir?" repeats the step (no question of a contact)', () => {
    const d = talkOn('seguro-desemprego', ...STEPS);
    const at = stepOf(d);
    d.say('tive que atender o telefone do banco, pode repetir?');
    expect(stepOf(d)).toBe(at);
    expect(d.last?.events.some((e) => e.type === 'step_viewed')).toBe(true);
    expect(asked(d)).not.toContain('contact');
  });
  it('guard: "tive que ir no detran, é de novo a taxa?" is no request to repeat', () => {
    const d = talkOn('seguro-desemprego', ...STEPS);
    const at = stepOf(d);
    d.say('tive que ir no detran, é de novo a taxa?');
    expect(stepOf(d)).toBe(at);
    expect(d.last?.events.some((e) => e.type === 'step_viewed')).toBe(false);
  });
});
