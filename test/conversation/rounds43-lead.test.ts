// The forty-third session's lead rounds (5300–): written from the citizen's side, with wordings other than the
// dialogues'. Tests marked "guard" pass before and after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 5300: a name to clear ("nome sujo", "limpar o nome") is the credit bureaus\' subject, not the loan\'s', () => {
  it('"meu nome ta sujo, o estado consegue limpar?": Serasa and SPC', () => {
    const d = talk('meu nome ta sujo, o estado consegue limpar?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/serasa/);
  });
  it('"como limpar o nome no spc" and then "e quem cuida disso?": the same subject again', () => {
    const d = talk('como faço pra limpar o nome?', 'e quem cuida disso?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/serasa/);
  });
  it('guard: a loan with a bad record is still the banks\'', () => {
    const d = talk('tem banco que financia carro pra quem ta com nome sujo?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/bancos e financeiras/);
  });
});

describe('round 5301: right after a subject handled elsewhere, a demonstrative before a word of that reply points back at it', () => {
  it('"e essa consulta, quem faz?" after the credit check\'s reply: the same reply, no service', () => {
    const d = talk('quero ver meu score de credito', 'e essa consulta, quem faz?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.options.some((o) => o.id.startsWith('svc:'))).toBe(false);
  });
  it('"nessas empresas eu pago?" after the same reply (its "empresas") points back too', () => {
    const first = talk('quero ver meu score de credito');
    const reply = said(first);
    const d = talk('quero ver meu score de credito', 'e nessas empresas eu pago alguma coisa?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toBe(reply);
  });
  it('guard: a demonstrative before a service\'s own name, after such a reply, opens that service', () => {
    const d = talk('quero ver meu score de credito', 'e essa carteira de identidade nova, como tiro?');
    expect(d.state.focus).toMatch(/^cin-/);
  });
});

describe('round 5302: a professional\'s register at the council of the profession (new subject conselho-profissional)', () => {
  it('"sou dentista recém-formada, como tiro o registro no CRO?": the profession\'s council', () => {
    const d = talk('sou dentista recém-formada, como tiro o registro no CRO?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/conselho profissional/);
  });
  it('"a anuidade do crea venceu": the council too', () => {
    const d = talk('a anuidade do crea venceu, onde pago?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/conselho/);
  });
  it('guard: the CRM named in a card\'s documents, asked on that card, stays on the card', () => {
    const d = talkOn('ciptea', 'o relatório tem que ter o número do crm?');
    expect(d.state.focus).toBe('ciptea');
    expect(kinds(d)).not.toContain('elsewhere');
  });
});

describe('round 5303: plural "atrasadas", "vencidos" qualify a subject handled elsewhere as the singular does', () => {
  it('"tenho 4 prestações atrasadas e o banco não responde" after the bank\'s reply: the bank again, no IPVA', () => {
    const d = talk('quero saber o saldo do meu emprestimo no banco', 'tenho 4 parcelas atrasadas e o banco nao responde');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.options.some((o) => o.id.startsWith('svc:'))).toBe(false);
  });
  it('guard: IPVA parcels late, said first, are the IPVA\'s instalments', () => {
    expect(talk('tenho 3 parcelas do ipva atrasadas, posso parcelar de novo?').state.focus).toBe('ipva-parcelamento');
  });
});

describe('round 5305: "ah, outra coisa," opening a question turns to a new matter; it says no "it was something else"', () => {
  it('"ah outra coisa, e o buraco na minha rua, quem tapa?" on a card: the town hall, the card stays', () => {
    const d = talkOn('cnh-renovacao', 'ah outra coisa, e o buraco na rua da minha casa, quem tapa?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('guard: "era outra coisa, a transferência" still corrects', () => {
    expect(talkOn('cnh-renovacao', 'era outra coisa, a transferencia do carro').state.focus).toBe('transferencia-veiculo');
  });
  it('guard: right after a subject handled elsewhere, "outra coisa," before a new need still searches it anew', () => {
    expect(talk('como tiro a guia do iptu?', 'outra coisa, tem gente vendendo droga na pracinha do bairro, posso denunciar sem dar meu nome?').state.focus).toBe('disque-denuncia');
  });
  it('guard: "ah outra coisa, e o ipva?" opens the IPVA', () => {
    expect(talkOn('cnh-renovacao', 'ah outra coisa, e o ipva?').state.focus).toBe('ipva');
  });
});

describe('round 5306 (after the blind figure, on blind 93): right after a subject\'s reply, "não é com <another body>?" doubts it', () => {
  it('"mas não seria com a Fazenda?" after the income tax\'s reply: the Receita Federal again, no service', () => {
    const d = talk('como declaro o imposto de renda?', 'mas nao seria com a fazenda?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/receita federal/);
    expect(d.state.options.some((o) => o.id.startsWith('svc:'))).toBe(false);
  });
  it('"nem no detran?" after the passport\'s reply: the Polícia Federal again', () => {
    const d = talk('quero tirar passaporte', 'nem no detran?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(said(d)).toMatch(/policia federal/);
  });
  it('guard: "não é na uai que renova a cnh?" asks for a service, and opens it', () => {
    expect(talk('nao chegou o carne do iptu', 'nao é na uai que renova a cnh?').state.focus).toBe('cnh-renovacao');
  });
});
