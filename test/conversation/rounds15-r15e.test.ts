// The fifteenth session's rounds by helper r15e (590–609), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

/** A conversation in the form of the CIN's 2nd copy, after the name (the CPF is asked). */
function atCpf(name: string): ReturnType<typeof talkOn> {
  const d = talkOn('cin-2a-via');
  d.press('Fazer solicitação');
  d.say(name);
  return d;
}

/** The field the form asks, or -1 outside a form. */
const fieldAt = (d: ReturnType<typeof talk>): number => (d.state.view.at === 'form' ? d.state.view.field : -1);

describe('round 590: "d\'água" is water ("a d agua", "conta d\'agua"), not the CNH\'s category D', () => {
  it('"nao, é a d\'agua" after the electricity bill opens the water bill', () => {
    expect(talk('2a via da conta de energia', "nao, é a d'agua").state.focus).toBe('copasa-conta');
  });

  it('"quero a d agua" opens the water bill; "categoria d" is still the change of category', () => {
    expect(talk('quero a d agua').state.focus).toBe('copasa-conta');
    expect(talk('quero tirar a categoria d').state.focus).toBe('cnh-mudanca-categoria');
  });
});

describe('round 591: "pera, isso paga?" in a form asks the cost of the service; the form keeps its place', () => {
  it('the cost is answered and the CPF asked again', () => {
    const d = atCpf('Vitor Teste Reis');
    d.say('pera, isso paga?');
    expect(kinds(d)).toEqual(['follow_up', 'field']);
    expect(fieldAt(d)).toBe(1);
  });
});

describe('round 592: in a form, "na verdade é a cnh que eu perdi" offers the same kind of service (the CNH\'s 2nd copy)', () => {
  it('on the CIN\'s 2nd copy, leaving for the CNH\'s 2nd copy is offered, not the name asked again', () => {
    const d = atCpf('Diego Teste Martins');
    d.say('na verdade é a cnh que eu perdi');
    expect(kinds(d)).toEqual(['leave_form']);
    const hint = d.last?.replies[0]?.hint;
    expect(hint?.kind === 'leave_form' ? hint.serviceId : undefined).toBe('cnh-2a-via');
  });

  it('"errei, foi a cnh que perdi, não o rg": the form\'s own service said "no" to, the CNH\'s 2nd copy opens', () => {
    const d = atCpf('Diego Teste Martins');
    d.say('errei, foi a cnh que perdi, não o rg');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(d.state.view.at).toBe('service');
  });
});

describe('round 593: the name and then "cpf 123…" in one message are both taken', () => {
  it('"Ana Paula Souza, cpf: 390.533.447-05" at the name asks the town next', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('Ana Paula Souza, cpf: 390.533.447-05');
    expect(fieldAt(d)).toBe(2);
  });
});

describe('round 594: "quanto gastaram", "a prefeitura gastou" ask what others spent (public information), not a fee', () => {
  it('"a prefeitura reformou a escola, quero saber quanto gastaram" opens the access to information', () => {
    expect(talk('a prefeitura reformou a escola, quero saber quanto gastaram').state.focus).toBe('acesso-informacao');
  });
});
