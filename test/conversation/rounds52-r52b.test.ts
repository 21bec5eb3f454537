// The fifty-second session's rounds of helper r52b (the focus lost on a follow-up).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 6420: a privilege asked on a card whose charges free some cases is asked of those charges', () => {
  it('"Minha família é de baixa renda. Tenho direito a isenção?" on the identity card\'s 2nd copy: its free cases, not the IPVA exemption', () => {
    const d = talk('perdi minha identidade, como tiro outra?', 'Minha família é de baixa renda. Tenho direito a isenção?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toContain('cadunico');
  });
  it('"Não consigo pagar a taxa este mês. Tem isenção?" on the identity card\'s 2nd copy: its charges, with the low-income case', () => {
    const d = talk('perdi minha identidade, como tiro outra?', 'Não consigo pagar a taxa este mês. Tem isenção?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toContain('baixa renda');
  });
  it('guard: "e a isencao do ipva do meu carro, como peço?" on the identity card\'s 2nd copy opens the IPVA exemption', () => {
    const d = talkOn('cin-2a-via', 'e a isencao do ipva do meu carro, como peço?');
    expect(d.state.focus).toBe('ipva-isencao');
  });
});

describe('round 6421: the acronym of a service found, which the card in view never speaks of, names what is asked', () => {
  it('"e a cnh tambem, perdi as duas, como faço pra cnh?" on the identity card\'s 2nd copy opens the CNH\'s 2nd copy', () => {
    const d = talk('perdi meu rg, como tiro outro?', 'e a cnh tambem, perdi as duas, como faço pra cnh?');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('guard: "a taxa eu pago por dae mesmo?" on the identity card\'s 2nd copy (its texts speak of the DAE) stays there', () => {
    const d = talk('perdi meu rg, como tiro outro?', 'a taxa eu pago por dae mesmo?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "da pra resolver isso indo na uai?" on the gov.br account (its steps speak of the UAI) stays there', () => {
    const d = talkOn('conta-govbr', 'da pra resolver isso indo na uai?');
    expect(d.state.focus).toBe('conta-govbr');
  });
});

describe('round 6422: a subject said before the question, one of the card\'s charges, opens its service when another thing is asked', () => {
  it('"e o boletim do furto, fica pronto quando?" on the CNH\'s 2nd copy opens the theft report', () => {
    const d = talk('perdi minha cnh, como tiro outra?', 'e o boletim do furto, fica pronto quando?');
    expect(d.state.focus).toBe('bo-furto');
  });
  it('"e o boletim de furto, onde faço?" on the CNH\'s 2nd copy opens the theft report', () => {
    const d = talk('roubaram minha cnh, como tiro outra?', 'e o boletim de furto, onde faço?');
    expect(d.state.focus).toBe('bo-furto');
  });
  it('guard: "e o boletim de ocorrencia, tem que pagar?" on the CNH\'s 2nd copy (a charge it lists) stays there', () => {
    const d = talk('perdi minha cnh, como tiro outra?', 'e o boletim de ocorrencia, tem que pagar?');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
});

describe('round 6423: a subject said before the question by the acronym of the one found opens it, though a word of it is the card\'s title', () => {
  it('"e a inscrição pra eja, quando começa?" on the technical course opens the EJA', () => {
    const d = talkOn('curso-tecnico', 'e a inscrição pra eja, quando começa?');
    expect(d.state.focus).toBe('eja');
  });
  it('"e a inscricao na eja, qual o prazo?" on the technical course opens the EJA', () => {
    const d = talkOn('curso-tecnico', 'e a inscricao na eja, qual o prazo?');
    expect(d.state.focus).toBe('eja');
  });
  it('guard: "e a inscricao do curso, quando abre?" on the technical course stays there', () => {
    const d = talkOn('curso-tecnico', 'e a inscricao do curso, quando abre?');
    expect(d.state.focus).toBe('curso-tecnico');
  });
});
