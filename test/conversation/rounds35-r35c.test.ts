// The thirty-fifth session's rounds of r35c: follow-ups about the service in focus. Written from the citizen's side,
// with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 3840: whether it can be had at this very moment (now, today, tonight)', () => {
  it('an online service asked "now": done online, and how soon it comes out', () => {
    const d = talkOn('cemig-conta', 'tem como emitir a segunda via agora de madrugada?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(asked(d)).toEqual(['online', 'time']);
  });
  it('today said as a day of the week does not ask the desk\'s days', () => {
    const d = talkOn('antecedentes-criminais', 'hoje é feriado e a vaga fecha amanhã. da pra emitir agora?');
    expect(asked(d)).toEqual(['online', 'time']);
    expect(said(d)).toMatch(/emitido na hora/);
  });
  it('a payment put before it sets the case; the question is how soon', () => {
    const d = talkOn('veiculo-removido', 'se eu pagar as diarias, da pra retirar hoje?');
    expect(asked(d)).toContain('time');
    expect(asked(d)).not.toContain('cost');
  });
  it('"quanto custa hoje?" is still the cost alone', () => {
    expect(asked(talkOn('antecedentes-criminais', 'quanto custa hoje?'))).toEqual(['cost']);
  });
});

describe('round 3841: a condition of one\'s own told, then asked whether it is enough', () => {
  it('what one has instead of what the card asks: who may ask and on what conditions, on the card in view', () => {
    const d = talkOn('abrir-empresa', 'meu certificado expirou, tenho so a conta do gov.br no celular. da certo?');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toMatch(/certificado digital/);
  });
  it('a means not used, asked whether that is a problem', () => {
    const d = talkOn('bo-acidente-sem-vitima', 'eu nao tenho e-mail, so telefone. tem algum problema?');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toMatch(/e-mail e celular/);
  });
  it('where one lives, asked whether it serves so', () => {
    expect(asked(talkOn('antecedentes-criminais', 'moro em contagem ha pouco tempo, serve assim?'))).toEqual(['requirements']);
  });
});

describe('round 3842: going there asked in the future', () => {
  it('"vou ter que ir em BH?" on an in-person service: it is in person, and where', () => {
    const d = talkOn('baixa-veiculo', 'meu sitio fica longe, vamos ter que ir na capital?');
    expect(d.state.focus).toBe('baixa-veiculo');
    expect(asked(d)).toEqual(['online']);
    expect(said(d)).toMatch(/presencial/);
  });
});

describe('round 3843: doing it here, in the citizen\'s town, after telling where they come from', () => {
  it('"aqui em <town>" is the town, not the chat: where it is done', () => {
    const d = talkOn('cin-1a-via', 'nasci em outro estado, consigo tirar aqui em uberlandia tambem?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(asked(d)).toEqual(['where']);
  });
  it('"aqui" alone is still the chat: the request', () => {
    expect(asked(talkOn('cin-1a-via', 'posso fazer aqui?'))).not.toContain('where');
  });
});

describe('round 3844: a young citizen asking whether the parents are needed', () => {
  it('"sem meus pais", "preciso da minha mãe" ask the rules for minors, on the card in view', () => {
    const d = talkOn('bo-perda-documentos', 'tenho como registrar sem meus pais saberem?');
    expect(d.state.focus).toBe('bo-perda-documentos');
    expect(asked(d)).toContain('minors');
    expect(said(d)).toMatch(/18 anos/);
    expect(asked(talkOn('antecedentes-criminais', 'preciso da minha mae pra tirar?'))).toEqual(['minors']);
  });
});

describe('round 3845: a thing the card in view speaks of, asked in a clause of its own', () => {
  it('"a primeira parcela" on the unemployment insurance is its own first payment, not the IPVA instalments', () => {
    const d = talkOn('seguro-desemprego', 'ta apertado aqui em casa, a primeira parcela demora quanto?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(said(d)).toMatch(/30 dias/);
    expect(talkOn('seguro-desemprego', 'assim que aprovarem, em quantos dias sai a primeira parcela?').state.focus).toBe('seguro-desemprego');
  });
});

describe('round 3846: how the progress or the answer is followed', () => {
  it('"como sei o andamento?", "onde vejo a resposta?" ask the time field, which tells how it comes', () => {
    const d = talkOn('ouvidoria', 'mandei minha reclamacao, onde eu vejo a resposta?');
    expect(d.state.focus).toBe('ouvidoria');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toMatch(/protocolo/);
  });
  it('whether a fact holds is no outcome ("como vejo se tenho multa?")', () => {
    expect(asked(talkOn('multas-pontuacao', 'como vejo se tenho multa?'))).not.toContain('time');
  });
});

describe('round 3847: whether the period of asking is open now', () => {
  it('registrations or enrolment said open or opened ask the period, not the desk\'s hours', () => {
    const d = talkOn('curso-tecnico', 'a selecao ainda ta aberta?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(asked(d)).toEqual(['time']);
    expect(asked(talkOn('eja', 'ja comecaram as matriculas?'))).toEqual(['time']);
  });
  it('joining in the middle of the year asks the period', () => {
    expect(asked(talkOn('eja', 'consigo me inscrever no segundo semestre?'))).toContain('time');
  });
});

describe('round 3848: the trip avoided, the place named after "à/ao"', () => {
  it('"sem ir à unidade?", "sem ir ao detran?" ask whether it is done online, with the steps before the desk', () => {
    const d = talkOn('conta-govbr', 'nao tem jeito de resolver sem ir a unidade?');
    expect(d.state.focus).toBe('conta-govbr');
    expect(asked(d)).toContain('online');
    expect(said(d)).toMatch(/esqueci minha senha/);
    expect(asked(talkOn('baixa-veiculo', 'consigo dar baixa sem ir ao detran?'))).toContain('online');
  });
});

describe('round 3849: a call asked with no credit on the phone', () => {
  it('"sem saldo, dá pra ligar?" asks whether calling costs anything', () => {
    const d = talkOn('disque-denuncia', 'acabou meu saldo, da pra ligar sem credito?');
    expect(asked(d)).toContain('cost');
    expect(said(d)).toMatch(/gratuit/);
  });
});
