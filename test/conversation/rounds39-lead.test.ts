// The thirty-ninth session's lead rounds and merge review. Written from the citizen's side, with wordings other than
// the dialogues'.
import { describe, expect, it } from 'vitest';
import { withoutPersonalNumbers } from '../../src/privacy/redact.ts';
import { expectElsewhere, kinds, said, talk, talkOn } from './real.ts';

describe('round 4600: the citizen\'s own numbers typed with the need are read without them', () => {
  it('a plate beside the need: the need finds its service, not the vehicle\'s records', () => {
    expect(talk('placa HGF-2211 tem multa?').state.focus).toBe('multas-pontuacao');
  });
  it('a buyer\'s CPF and the date said in a sale are no question about the CPF (Receita Federal)', () => {
    const d = talk('fiz a venda do carro dia 15/10/2026 pra minha vizinha, cpf dela 714.602.380-01, o que eu faço agora?');
    expect(d.state.focus).toBe('comunicacao-venda');
  });
  it('the number and the word that says what it is go; the rest stays as written', () => {
    expect(withoutPersonalNumbers('placa ABC1D23, quanto ta o ipva?')).not.toMatch(/placa|ABC/i);
    expect(withoutPersonalNumbers('placa ABC1D23, quanto ta o ipva?')).toContain('quanto ta o ipva?');
    expect(withoutPersonalNumbers('meu cpf é 111.444.777-35')).not.toMatch(/\d/);
    expect(withoutPersonalNumbers('perdi meu cpf')).toBe('perdi meu cpf');
  });
  it('in a form the value is still the answer', () => {
    const d = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', '529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 4601: out of scope with a number: a credit check, a parcel', () => {
  it('a credit check by the CPF is with the private bureaus and the Receita, not a service here', () => {
    expectElsewhere('quero ver meu score no serasa');
    expectElsewhere('puxa meu cpf ai pra ver se ta limpo 046.450.130-09');
  });
  it('a parcel tracked is with the Correios or the shop', () => {
    expectElsewhere('cade meu pacote? o codigo de rastreio é QB123456789BR');
  });
  it('a CPF irregular at the Receita is the Receita Federal\'s', () => {
    expect(said(talk('me falaram que ta pendente na receita, meu cpf, como resolvo?'))).toContain('receita federal');
  });
});

describe('round 4602: "X é oq?", the thing first, then what it is', () => {
  it('an acronym the card spells out, asked after it', () => {
    const d = talkOn('medicamentos-alto-custo', 'lme é oq hein?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(said(d)).toContain('laudo para solicitacao');
  });
  it('"e o que eu levo?" opening the message is "and what", not a thing asked', () => {
    expect(kinds(talkOn('ipva', 'e o que eu levo?'))).not.toContain('passage');
  });
});

describe('merge review: the form\'s first field under its card (round 4500)', () => {
  it('the steps asked after a bare wish to book are the card\'s, not a name', () => {
    const d = talk('quero marcar atendimento na uai', 'me mostra o passo a passo');
    expect(d.state.view.at).toBe('walkthrough');
  });
  it('a name and a CPF in one message fill both fields', () => {
    const d = talk('quero marcar atendimento na uai', 'Carla Mendes Rocha, 111.444.777-35');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
  it('a sentence that brushes another service by one word stays with the form', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    d.say('é pra minha conta');
    expect(d.state.view.at).toBe('form');
  });
  it('another service named by two words of its title opens it', () => {
    const d = talk('quero marcar atendimento na uai', 'na real quero saber da carteira do autista');
    expect(d.state.focus).toBe('ciptea');
  });
});

describe('round 4603: an e-mail typed with its marks said or spaced out', () => {
  const toEmail = (address: string): string => {
    const d = talkOn('ouvidoria', 'quero registrar', '1', 'hospital regional', 'Montes Claros', 'fiquei seis horas esperando e fui embora sem consulta');
    d.say(address);
    return said(d);
  };
  it('"ponto com" said after "arroba", and an @ between spaces, give the address', () => {
    expect(toEmail('lucas.andrade arroba outlook ponto com')).toContain('lucas.andrade@outlook.com');
    expect(toEmail('bia.m @ gmail.com')).toContain('bia.m@gmail.com');
  });
});

describe('round 4604: the letters, then the words they stand for in brackets', () => {
  it('"o sucem, que que é?" quotes the sentence that spells it out', () => {
    expect(said(talkOn('cadastro-escolar', 'e esse tal de sucem, que que é?'))).toContain('sistema unico de cadastro');
  });
});

describe('round 4605: the same CPF typed twice in its field', () => {
  it('is taken once; two different ones are still refused', () => {
    const d = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', '390.533.447-05 390.533.447-05');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    const e = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', '390.533.447-05 529.982.247-25');
    expect(e.state.view).toMatchObject({ at: 'form', field: 1 });
  });
});

describe('round 4606: a title before a whole name', () => {
  it('"dona Maria José Reis" is the name without the title; "seu nome?" is still no name', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    d.say('dona Maria José Reis');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria José Reis' } });
    const e = talkOn('agendamento-uai');
    e.press('Fazer solicitação');
    e.say('seu nome completo?');
    expect(e.state.view).toMatchObject({ at: 'form', field: 0 });
  });
});
