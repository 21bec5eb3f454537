// The eleventh session's rounds by helper rb (210 on), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 210: a follow-up answered in the service\'s own texts in other words, or by a step\'s title', () => {
  it('"precisa estar em jejum?" on blood donation quotes going fed ("alimentado")', () => {
    const d = talkOn('doacao-sangue', 'precisa estar em jejum pra doar?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(text(d)).toMatch(/alimentado/);
  });

  it('"e eles ajudam com passagem?" on the technical course quotes the help with transport', () => {
    const d = talk('curso tecnico de graca', 'e eles ajudam com passagem?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(text(d)).toMatch(/ajuda de custo/);
  });

  it('"quantas parcelas eu vou receber?" on unemployment insurance quotes the sentence with the number of instalments', () => {
    const d = talk('fui mandado embora sem justa causa, quero pedir o seguro desemprego', 'quantas parcelas eu vou receber?');
    expect(text(d)).toMatch(/3 a 5 parcelas/);
  });

  it('"quantos quilos posso pescar?" on the fishing licence quotes the catch limit in kg', () => {
    const d = talkOn('licenca-pesca', 'quantos quilos eu posso pescar?');
    expect(text(d)).toMatch(/10 kg/);
  });

  it('a time told with a number ("fechou faz uns 30 anos") does not pick a sentence for its "ano"', () => {
    const d = talkOn('historico-escolar', 'mas a escola fechou faz uns 30 anos');
    expect(d.state.focus).toBe('historico-escolar');
    expect(text(d)).toMatch(/Superintendência Regional de Ensino/);
  });

  it('"e se passar do prazo?" on the school registration quotes the step for those who missed it', () => {
    const d = talkOn('cadastro-escolar', 'e se eu perder o prazo da inscricao?');
    expect(text(d)).toMatch(/remanescentes/);
  });
});

describe('round 211: a question whose words one sentence of the card holds stays on the card, though another service has one of them', () => {
  it('"e quanto que vem descontado no contracheque" on the IPSEMG answers its cost, not the payslip service', () => {
    const d = talk('convenio do ipsemg', 'e quanto que vem descontado no contracheque');
    expect(d.state.focus).toBe('ipsemg');
    expect(text(d)).toMatch(/descontada no contracheque/);
  });

  it('"meu avo é aposentado, ele paga a taxa?" on the fishing licence says who is exempt', () => {
    const d = talk('carteira de pesca', 'meu avo é aposentado, ele paga a taxa?');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(text(d)).toMatch(/[Ii]sent/);
  });

  it('"quantos quilo de peixe da pra levar pra casa" on the fishing licence gives the catch limit', () => {
    const d = talkOn('licenca-pesca', 'quantos quilo de peixe da pra levar pra casa');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(text(d)).toMatch(/10 kg/);
  });
});

describe('round 212: "consigo pegar", like "posso pegar", asks who may fetch it', () => {
  it('"minha avo nao sai de casa, consigo pegar o remedio por ela?" on the high-cost medicines gives who may ask, with the representative', () => {
    const d = talk('remedio de alto custo pelo sus', 'minha avo nao sai de casa, consigo pegar o remedio por ela?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(asked(d)).toContain('requirements');
    expect(text(d)).toMatch(/representante/);
  });
});
