// The fourteenth session's rounds by helper r14f (460–479), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk } from './real.ts';

/** A social answer: small talk or the menu again, no service put forward, no "not found". */
function answeredSocially(...messages: string[]): void {
  const d = talk(...messages);
  expect(kinds(d).some((k) => k === 'small_talk' || k === 'menu')).toBe(true);
  expect(kinds(d)).not.toContain('no_results');
  expect(d.state.focus).toBeUndefined();
  expect(d.state.options.filter((o) => o.id.startsWith('svc:'))).toEqual([]);
}

describe('round 460: questions about the chat itself (is it quick, patient, listening, official; do you speak…) are small talk', () => {
  it('"estou com pressa, você é rápido?" is the hurry, not a question about a service\'s time', () => {
    const d = talk('oi', 'estou com pressa, você é rápido?');
    expect(kinds(d)).toEqual(['small_talk']);
  });

  it('"vc tem paciencia comigo?" gets the patient answer', () => {
    answeredSocially('boa tarde', 'vc tem paciencia comigo?');
  });

  it('"alô, tá me escutando?" is a check that someone is there', () => {
    answeredSocially('alô', 'tá me escutando?');
  });

  it('"que bom que existe isso" is praise, not a search', () => {
    answeredSocially('eita', 'que bom que existe isso agora');
  });

  it('"esse canal é oficial? posso passar meus dados?" says who the bot is and what becomes of the data', () => {
    const d = talk('bom dia', 'esse canal é oficial? é seguro informar meus dados?');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
    expect(d.last?.replies[0]?.text).toMatch(/Atende/);
  });

  it('"vc fala espanhol? acabei de me mudar do chile" says it speaks only Portuguese', () => {
    const d = talk('boa noite', 'vc fala espanhol? acabei de me mudar do chile');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.last?.replies[0]?.text).toMatch(/português/);
  });

  it('"oi, me mudei de sp" still leads to the CNH transfer (where from, with a bare hello, may open a request)', () => {
    expect(talk('oi, me mudei de sp').state.focus).toBe('cnh-transferencia-estado');
  });
});

describe('round 461: a bank account, a private insurance claim and the MEI yearly declaration are handled elsewhere', () => {
  it('"como abro uma conta salario?" says it is the bank\'s, no service put forward', () => {
    expectElsewhere('como abro uma conta salario?');
  });

  it('"vou abrir uma conta no banco pra receber o salario" is the bank\'s, and "qual banco é melhor?" after it too', () => {
    const d = talk('vou abrir uma conta no banco pra receber o salario');
    expect(kinds(d)).toEqual(['elsewhere']);
    d.say('qual banco é melhor?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"quebrei a tela do celular, o seguro cobre?" is the insurer\'s; "vocês não sabem?" after it says so again', () => {
    expectElsewhere('quebrei a tela do celular, o seguro cobre?');
    expect(kinds(talk('como aciono o seguro da casa?', 'vocês não sabem?'))).toEqual(['elsewhere']);
  });

  it('the unemployment insurance is still its own service ("tem aquele seguro q paga uns meses?", "seguro desemprego")', () => {
    expect(talk('fui demitido, tem aquele seguro q paga uns meses?').state.focus).toBe('seguro-desemprego');
    expect(talk('seguro desemprego').state.focus).toBe('seguro-desemprego');
  });

  it('"sou mei, como faço pra declarar o das anual?" is federal', () => {
    expectElsewhere('sou mei, como faço pra declarar o das anual?');
  });
});

describe('round 462: after the town hall\'s answer, the local health post asked about again is still the town hall\'s', () => {
  it('"e a ubs abre sabado?" after the health post\'s vaccine puts forward no service', () => {
    const d = talk('tem vacina no posto de saude do bairro?', 'e a ubs abre sabado?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.options.filter((o) => o.id.startsWith('svc:'))).toEqual([]);
  });

  it('"qual o horario do postinho?" after it too', () => {
    expect(kinds(talk('consulta no posto de saude do meu bairro', 'qual o horario do postinho?'))).toEqual(['elsewhere']);
  });
});
