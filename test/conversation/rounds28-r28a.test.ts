// The twenty-eighth session's rounds of helper r28a (2820 on): navigation and forms. One `describe` per round;
// written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, realCatalogue, stepOf, talk, talkOn } from './real.ts';

describe('round 2820: a first message that names a service and asks for its steps opens them at step 1', () => {
  it('the steps as a whole, the object of a verb of showing or explaining, open the walkthrough', () => {
    for (const [text, id] of [
      ['quero tirar a cnh pela primeira vez, me mostra os passos', 'cnh-primeira-habilitacao'],
      ['licença de pesca amadora, quero ver as etapas', 'licenca-pesca'],
      ['segunda via da identidade, vai me explicando as etapa', 'cin-2a-via'],
    ] as const) {
      const d = talk(text);
      expect(d.state.focus, text).toBe(id);
      expect(stepOf(d), text).toBe(1);
    }
  });
  it('a request word before the steps asked for ("quero pedir…, me explica as etapas?") opens the steps, not the request', () => {
    const d = talk('Quero fazer a inscrição no EJA. Você pode me mostrar as etapas?');
    expect(d.state.focus).toBe('eja');
    expect(stepOf(d)).toBe(1);
  });
  it('a count of the steps, or one step asked for, opens no walkthrough', () => {
    expect(stepOf(talk('qual o primeiro passo pra tirar a identidade?'))).toBeUndefined();
    expect(stepOf(talk('quantas etapas tem o licenciamento do carro?'))).toBeUndefined();
  });
  it('"de alto custo" describes the thing named, and asks no cost', () => {
    const d = talk('remedio de alto custo, como que eu faço pra conseguir?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(asked(d)).toEqual(['how']);
    expect(asked(talk('remedio de alto custo, quanto custa?'))).toEqual(['cost']);
  });
});

/** The form's view: the field asked (its id) and the answers so far, or undefined off a form. */
function formNow(d: ReturnType<typeof talk>): { field: string | undefined; answers: Record<string, string> } | undefined {
  const v = d.state.view;
  if (v.at !== 'form') return undefined;
  const s = realCatalogue.services.find((x) => x.id === v.serviceId);
  return { field: s?.form?.fields[v.field]?.id, answers: v.answers };
}

describe('round 2821: forms that listen (two fields in one message, a town as people say it, an option denied)', () => {
  it('the field asked, then the next one, in one message: both are taken', () => {
    const a = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira, 529.982.247-25');
    expect(formNow(a)?.field).toBe('municipio');
    expect(formNow(a)?.answers).toMatchObject({ nome: 'Joana Dias Pereira', cpf: '529.982.247-25' });
    a.say('uberlandia dia 20/01/2027');
    expect(formNow(a)?.field).toBe('motivo');
    const b = talkOn('agendamento-uai', 'quero agendar', 'Ana Lima', '529.982.247-25', 'contagem para renovar minha cnh');
    expect(formNow(b)?.field).toBe('data_preferida');
    expect(formNow(b)?.answers).toMatchObject({ municipio: 'Contagem', servico: 'renovar minha cnh' });
  });
  it('a rest that is no answer to the next field is left alone', () => {
    const d = talkOn('agendamento-uai', 'quero agendar', 'Ana Lima', '529.982.247-25', 'contagem, no centro');
    expect(formNow(d)?.field).toBe('servico');
    expect(formNow(d)?.answers).toMatchObject({ municipio: 'Contagem' });
  });
  it('a town with a plural "s" dropped from any word, or named in the last clause after words to the bot', () => {
    expect(formNow(talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', '529.982.247-25', 'sete lagoa'))?.answers).toMatchObject({ municipio: 'Sete Lagoas' });
    expect(formNow(talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', '529.982.247-25', 'monte claros'))?.answers).toMatchObject({ municipio: 'Montes Claros' });
    expect(formNow(talkOn('agendamento-uai', 'quero agendar', 'Ana Lima', '529.982.247-25', 'tá bom, vamos lá, sete lagoas'))?.answers).toMatchObject({ municipio: 'Sete Lagoas' });
  });
  it('an option answered before, denied by a word of it, takes the option said instead', () => {
    const d = talkOn('ouvidoria', 'quero registrar', 'elogio', 'escola estadual');
    d.say('nao e elogio nao, e denuncia');
    expect(formNow(d)?.answers).toMatchObject({ tipo: 'Denúncia' });
    const e = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira, 529.982.247-25', 'uberlandia', '20/01/2027', 'perda');
    e.say('opa, foi furto, não perda');
    expect(formNow(e)?.answers).toMatchObject({ motivo: 'Furto ou roubo' });
    expect(formNow(e)?.field).toBe('telefone');
  });
});

describe('round 2822: "volta 1" in the steps is "volta um", one step back', () => {
  it('the digit right after the verb of going back goes back one step; after a preposition it is step 1', () => {
    expect(stepOf(talkOn('cin-2a-via', 'passo a passo', 'vai pra etapa 3', 'volta 1'))).toBe(2);
    expect(stepOf(talkOn('licenca-pesca', 'passo a passo', 'vai pra etapa 4', 'voltar 1'))).toBe(3);
    expect(stepOf(talkOn('licenca-pesca', 'passo a passo', 'vai pra etapa 4', 'volta pro 1'))).toBe(1);
  });
});
