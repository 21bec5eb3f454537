// The forty-third session's rounds of helper r43b (other languages and wrong first readings: Spanish, Haitian Creole and
// phonetic Portuguese in the steps, the forms and the first message). Written from the citizen's side, with wordings
// other than the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the round).
import { describe, expect, it } from 'vitest';
import { fromSpanish } from '../../src/conversation/spanish.ts';
import { asked, stepOf, talk, talkOn } from './real.ts';

/** A UAI booking filled up to its summary. */
const UAI_SUMMARY = ['quero marcar um horario na uai', 'Rosa Maria Gonzales', '529.982.247-25', 'Uberlandia', 'carteira de identidade', '20/04/2027', '34 99911 2233'];
/** The Ouvidoria's form filled up to its optional e-mail. */
const OUVIDORIA_EMAIL = ['quero registrar uma reclamacao na ouvidoria do estado', '1', 'hospital regional', 'Uberaba', 'fiquei seis horas esperando atendimento'];

describe('round 5220: yes in the languages of citizens who came to Minas ("si", "wi", "oui")', () => {
  it('"si" alone confirms the summary', () => {
    const d = talk(...UAI_SUMMARY, 'si');
    expect(d.state.view.at).not.toBe('confirm');
    expect(d.state.protocol).toBeDefined();
  });
  it('"oui, confirmo" confirms the summary', () => {
    expect(talk(...UAI_SUMMARY, 'oui, confirmo').state.protocol).toBeDefined();
  });
  it('"wi" (Haitian Creole) confirms the summary', () => {
    expect(talk(...UAI_SUMMARY, 'wi').state.protocol).toBeDefined();
  });
  it('guard: "sim" still confirms; "si, pero el telefono esta mal" sends nothing', () => {
    expect(talk(...UAI_SUMMARY, 'sim').state.protocol).toBeDefined();
    expect(talk(...UAI_SUMMARY, 'si, pero el telefono esta mal').state.protocol).toBeUndefined();
  });
});

describe('round 5221: the step in Spanish and as it sounds ("paso", "pasu")', () => {
  it('"vamos al paso 3" goes to step 3', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'vamos al paso 3'))).toBe(3);
  });
  it('"o quarto paso" (no other Spanish word) goes to step 4', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'o quarto paso'))).toBe(4);
  });
  it('"volta pro pasu 2" goes back to step 2', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'proximo', 'volta pro pasu 2'))).toBe(2);
  });
  it('"primeiro paso" goes to step 1 from step 3', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'proximo', 'primeiro paso'))).toBe(1);
  });
  it('guard: "passo 2" still goes to step 2', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'passo 4', 'passo 2'))).toBe(2);
  });
});

describe('round 5222: an acknowledgement before leaving the steps ("ok, chega")', () => {
  it('"ok, chega" leaves the steps', () => {
    const d = talkOn('ipva', 'passo a passo', 'ok, chega');
    expect(d.state.view.at).not.toBe('walkthrough');
    expect(d.state.focus).toBe('ipva');
  });
  it('"beleza, sair do passo a passo" leaves the steps', () => {
    expect(talkOn('ipva', 'passo a passo', 'beleza, sair do passo a passo').state.view.at).not.toBe('walkthrough');
  });
  it('guard: "ok" alone stays in the steps', () => {
    expect(talkOn('ipva', 'passo a passo', 'ok').state.view.at).toBe('walkthrough');
  });
});

describe('round 5223: an ordinal typed with a letter missing ("o utimo", "a tercera")', () => {
  it('"vai pro utimo passo" goes to the last step', () => {
    const d = talkOn('medicamentos-alto-custo', 'passo a passo', 'vai pro utimo passo');
    expect(stepOf(d)).toBe(6);
  });
  it('"pula pra ultma etapa" goes to the last step', () => {
    expect(stepOf(talkOn('medicamentos-alto-custo', 'passo a passo', 'pula pra ultma etapa'))).toBe(6);
  });
  it('guard: "e quanto?" in the steps, not step 4 ("quanto" is no "quarto")', () => {
    expect(stepOf(talkOn('medicamentos-alto-custo', 'passo a passo', 'e quanto?'))).not.toBe(4);
  });
});

describe('round 5224: writing to the State\'s ombudsman is the wish to register there', () => {
  const formOf = (...m: string[]): string | undefined => {
    const v = talk(...m).state.view;
    return v.at === 'form' ? v.serviceId : undefined;
  };
  it('"queria falar com a ouvidoria geral do estado" starts its form', () => {
    expect(formOf('queria falar com a ouvidoria geral do estado')).toBe('ouvidoria');
  });
  it('"preciso escrever pra ouvidoria do estado" starts its form', () => {
    expect(formOf('preciso escrever pra ouvidoria do estado')).toBe('ouvidoria');
  });
  it('"quero enviar uma mensagem para a ouvidoria do estado" starts its form', () => {
    expect(formOf('quero enviar uma mensagem para a ouvidoria do estado')).toBe('ouvidoria');
  });
  it('"gostaria de registar uma denúncia na ouvidoria do estado" (Portugal\'s spelling) starts its form', () => {
    expect(formOf('gostaria de registar uma denúncia na ouvidoria do estado')).toBe('ouvidoria');
  });
  it('"ouvidoria do governo de minas" is the State\'s ombudsman, not the SUS\'s', () => {
    expect(talk('ouvidoria do governo de minas').state.focus).toBe('ouvidoria');
  });
  it('guard: "falei com a ouvidoria do estado e nada" and "como falo com a ouvidoria do estado?" start no form', () => {
    expect(formOf('falei com a ouvidoria do estado e nada')).toBeUndefined();
    expect(formOf('como falo com a ouvidoria do estado?')).toBeUndefined();
  });
  it('guard: "quero falar com a uai" starts no booking (a booking is no message)', () => {
    expect(formOf('quero falar com a uai')).toBeUndefined();
  });
  it('guard: "ouvidoria do sus em minas" is still the SUS\'s', () => {
    expect(talk('ouvidoria do sus em minas').state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 5225: an optional e-mail refused in Spanish or with "melhor não"', () => {
  it('"no tengo correo" skips the e-mail', () => {
    expect(talk(...OUVIDORIA_EMAIL, 'no tengo correo').state.view.at).toBe('confirm');
  });
  it('"melhor não informar" skips the e-mail', () => {
    expect(talk(...OUVIDORIA_EMAIL, 'melhor não informar').state.view.at).toBe('confirm');
  });
  it('guard: an e-mail with Spanish words in it is kept as typed', () => {
    const d = talk(...OUVIDORIA_EMAIL, 'hola.una@gmail.com');
    expect(d.state.view).toMatchObject({ at: 'confirm', answers: { email: 'hola.una@gmail.com' } });
  });
});

describe('round 5226: Spanish words of a fraud, a car, an exam, asking, and two Spanish endings', () => {
  it('"no fue un robo, fue una estafa por internet" is the fraud report', () => {
    expect(talk('no fue un robo, fue una estafa por internet').state.focus).toBe('bo-estelionato');
  });
  it('"necesito el documento del auto" is the car\'s licensing document', () => {
    expect(talk('necesito el documento del auto').state.focus).toBe('crlv-licenciamento');
  });
  it('"-miento" is "-mento" and an infinitive keeps no joined pronoun', () => {
    expect(fromSpanish('el procedimiento para renovarla')).toBe('o procedimento para renovar');
  });
  it('"¿cómo se pide?" is the Portuguese "como se pede?"', () => {
    expect(fromSpanish('¿cómo se pide?')).toBe('¿cómo se pede?');
  });
  it('guard: Portuguese words that end so stay ("a Carla", "o auto de infração")', () => {
    expect(fromSpanish('a Carla recebeu o auto de infração')).toBe('a Carla recebeu o auto de infração');
  });
  it('a name that ends like a joined pronoun stays in a Spanish message ("Carlos"; 5226 completed after the whole eval, b63-fo-004)', () => {
    expect(fromSpanish('quiero hablar con Carlos')).toBe('quero falar com Carlos');
  });
  it('guard: "me devuelven el dinero?" after a stolen car whose IPVA was paid is still the IPVA refund ("auto" read as "carro")', () => {
    expect(talk('me robaron el auto y habia pagado el ipva, me devuelven el dinero?').state.focus).toBe('ipva-restituicao');
  });
  it('guard: a scam by Pix in Portuguese is still the fraud report', () => {
    expect(talk('caí num golpe do pix e perdi dinheiro').state.focus).toBe('bo-estelionato');
  });
});

describe('round 5227: the impersonal "how" ("como se faz?", "como se pede?")', () => {
  it('"e como se solicita?" on the Ciptea is how', () => {
    expect(asked(talkOn('ciptea', 'e como se solicita?'))).toContain('how');
  });
  it('"como se renova?" on the licence\'s renewal is how', () => {
    expect(asked(talkOn('cnh-renovacao', 'como se renova?'))).toContain('how');
  });
  it('"como se paga a taxa?" is how one pays, not the steps (5227 completed after the whole eval, b56-fu-064)', () => {
    expect(asked(talkOn('cnh-estrangeiro', 'como se paga a taxa?'))).not.toContain('how');
  });
  it('guard: "como faço?" is still how', () => {
    expect(asked(talkOn('ciptea', 'como faço?'))).toContain('how');
  });
});
