// The twenty-ninth session's rounds of helper r29d (2960 on): navigation, forms, small talk, out of scope. One
// `describe` per round; written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, realCatalogue, said, stepOf, talkOn } from './real.ts';
import type { EngineDriver } from '../support/catalogue.ts';

/** The form's view: the field asked (its id) and the answers so far, or undefined off a form. */
function formNow(d: EngineDriver): { field: string | undefined; answers: Record<string, string> } | undefined {
  const v = d.state.view;
  if (v.at !== 'form') return undefined;
  const s = realCatalogue.services.find((x) => x.id === v.serviceId);
  return { field: s?.form?.fields[v.field]?.id, answers: v.answers };
}

/** The Ouvidoria's form filled up to its optional e-mail. */
const OUVIDORIA_TO_EMAIL = ['quero registrar', 'elogio', 'Detran', 'Uberaba', 'o atendente da vistoria foi muito educado e paciente'];

describe('round 2960: forms that listen (a refusal of an optional field, a longer question about the field, the act asked for)', () => {
  it('a refusal said first or alone leaves the optional field blank', () => {
    for (const text of ['não', 'nops, sem email', 'nao, prefiro nao informar', 'negativo']) {
      const d = talkOn('ouvidoria', ...OUVIDORIA_TO_EMAIL);
      expect(formNow(d)?.field, text).toBe('email');
      d.say(text);
      expect(d.state.view.at, text).toBe('confirm');
    }
  });
  it('a "não" before a message that is no refusal is not a skip', () => {
    const d = talkOn('ouvidoria', ...OUVIDORIA_TO_EMAIL, 'nao pera');
    expect(d.state.view.at).not.toBe('confirm');
    // Still in the form ("não, pera" takes the answer before back), the e-mail not left blank.
    expect(d.state.view.at).toBe('form');
    expect(formNow(d)?.answers).not.toHaveProperty('email');
  });
  it('a question of up to twenty words naming the field asked is about the field', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Maria Souza');
    expect(formNow(d)?.field).toBe('cpf');
    d.say('esse cpf tem que ser o meu mesmo ou pode ser o da minha mae que vai comigo?');
    expect(kinds(d)[0]).toBe('notice');
    expect(formNow(d)?.field).toBe('cpf');
    const e = talkOn('agendamento-uai', 'quero agendar', 'Maria Souza', '529.982.247-25', 'contagem', 'identidade');
    expect(formNow(e)?.field).toBe('data_preferida');
    e.say('a data que eu coloco aqui é a do atendimento ou eles que escolhem o dia?');
    expect(kinds(e)[0]).toBe('notice');
    expect(said(e)).toMatch(/data preferida/);
  });
  it('not when its words find another service first', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Maria Souza', 'me diz qual o cpf que eu uso pra consultar o ipva atrasado do carro?');
    expect(kinds(d)[0]).not.toBe('notice');
    // The IPVA is offered, leaving the form.
    expect(kinds(d)).toContain('leave_form');
  });
  it('lacking the data now, or asking to finish later, gets the way to stop and come back', () => {
    const d = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias', 'consigo acabar depois? tô sem o cpf agora');
    expect(formNow(d)?.field).toBe('cpf');
    expect(said(d)).toMatch(/cancelar\* e voltar depois/);
  });
  it('the form\'s own act asked for, with what it is about, starts the form', () => {
    for (const text of ['quero fazer um elogio pra atendente da uai de contagem', 'gostaria de registrar uma denúncia contra um servidor do detran']) {
      const d = talkOn('ouvidoria', text);
      expect(formNow(d)?.field, text).toBe('tipo');
    }
  });
  it('not when the act with its subject finds another service first', () => {
    const d = talkOn('ouvidoria', 'queria fazer uma reclamação do hospital do sus');
    expect(d.state.view.at).not.toBe('form');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 2960: "i" typed for "e"', () => {
  it('"i agora", "i depois" go on to the next step', () => {
    for (const text of ['i agora', 'i depois?']) {
      const d = talkOn('passe-livre', 'passo a passo');
      expect(stepOf(d), text).toBe(1);
      d.say(text);
      expect(stepOf(d), text).toBe(2);
    }
  });
});

describe('round 2961: "como?" asked back; right after a subject handled elsewhere, a reason or an office gone to names nothing new', () => {
  it('"como?" alone asks to have the last answer said again in other words', () => {
    const d = talkOn('ipva', 'como?');
    expect(said(d)).toMatch(/vou explicar de outro jeito/);
    expect(d.state.focus).toBe('ipva');
  });
  it('"e como faz?" still asks how', () => {
    const d = talkOn('ipva', 'e como faz?');
    expect(said(d)).not.toMatch(/vou explicar de outro jeito/);
    expect(asked(d)).toEqual(['how']);
  });
  it('the reason after "porque" goes on with the subject handled elsewhere', () => {
    const d = talkOn('', 'vai chover no fim de semana em uberlandia?', 'pergunto porque vou viajar pra la de onibus');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
  it('the office gone to goes on with it too', () => {
    const d = talkOn('', 'como eu tiro passaporte?', 'tenho que ir na policia federal?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
  it('a service named before the reason is a new search', () => {
    const d = talkOn('', 'vai chover no fim de semana em uberlandia?', 'e a segunda via da identidade? pq vou viajar');
    expect(kinds(d)).not.toEqual(['elsewhere']);
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 2962: an answer typed, taken back and typed again in one message', () => {
  it('the last answer is taken, and said back', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Alice Rezende', '254.781.693-82', 'ipatinga, opa, me enganei, é governador valadares');
    expect(formNow(d)?.answers).toMatchObject({ municipio: 'Governador Valadares' });
    expect(formNow(d)?.field).toBe('servico');
    expect(said(d)).toMatch(/anotei: \*municipio da uai\*: governador valadares/);
    const e = talkOn('cin-2a-via', 'pre agendamento', 'Jose Silva', '529.982.247-25', 'Uberaba', '20/01/2027, não, espera, 25/01/2027');
    expect(formNow(e)?.answers).toMatchObject({ data_preferida: '25/01/2027' });
  });
  it('in a free-text field too, when the first answer is short', () => {
    const d = talkOn('ouvidoria', 'quero registrar', 'reclamação', 'Detran. não, na verdade, a escola estadual');
    expect(formNow(d)?.answers).toMatchObject({ orgao: 'a escola estadual' });
  });
  it('an account that corrects itself stays whole', () => {
    const account = 'me atenderam muito mal la no posto de saude, na verdade, ninguem me atendeu e fui embora';
    const d = talkOn('ouvidoria', 'quero registrar', 'reclamação', 'UAI', 'Betim', account);
    expect(formNow(d)?.answers.relato).toBe(account);
  });
  it('a "não, pera" first is no answer taken back', () => {
    const d = talkOn('ouvidoria', 'quero registrar', 'sugestão', 'não, pera, é elogio e não sugestão');
    expect(formNow(d)?.answers).toMatchObject({ tipo: 'Elogio' });
  });
});

describe('round 2963: "o outro", "a outra" in the steps are the next step', () => {
  it('the other one, alone, goes on to the next step', () => {
    for (const text of ['a outra', 'o outro passo', 'o outro?']) {
      const d = talkOn('conta-govbr', 'passo a passo');
      expect(stepOf(d), text).toBe(1);
      d.say(text);
      expect(stepOf(d), text).toBe(2);
      expect(d.state.focus, text).toBe('conta-govbr');
    }
  });
});

describe('round 2964: a request said as the time of something else starts no form', () => {
  it('"depois de agendar", "antes de fazer o pedido" are when, not the request', () => {
    for (const [id, text] of [
      ['agendamento-uai', 'posso desmarcar depois de agendar?'],
      ['cin-2a-via', 'antes de fazer o pedido preciso do bo?'],
      ['ipsemg', 'da pra desistir depois de fazer o pedido?'],
    ] as const) {
      const d = talkOn(id, text);
      expect(d.state.view.at, text).not.toBe('form');
      expect(said(d), text).not.toMatch(/por aqui nao consigo registrar/);
      expect(d.state.focus, text).toBe(id);
    }
  });
  it('the request itself still starts the form', () => {
    expect(talkOn('agendamento-uai', 'quero agendar depois de amanha').state.view.at).toBe('form');
  });
});
