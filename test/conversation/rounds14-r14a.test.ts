// The fourteenth session's rounds by helper r14a (400–419), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 400: an opening acknowledgement ("Certo.", "Ok,") is not searched', () => {
  it('"Certo. Quero saber sobre o cadastro escolar do meu neto." opens the school registration, not the transfer', () => {
    const d = talk('Bom dia! Com quem eu falo?', 'Certo. Quero saber sobre o cadastro escolar do meu neto.');
    expect(d.state.focus).toBe('cadastro-escolar');
  });

  it('"Certo, cadastro escolar" opens the school registration too', () => {
    expect(talk('Certo, cadastro escolar').state.focus).toBe('cadastro-escolar');
  });
});

describe('round 401: a word listed in the synonyms counts as known when the person it is for is left out', () => {
  it('"minha mae ta sumida desde ontem" opens the missing person report', () => {
    expect(talk('me ajuda por favor', 'minha mae ta sumida desde ontem').state.focus).toBe('pessoa-desaparecida');
  });

  it('"minha avó tá sumida" opens the missing person report', () => {
    expect(talk('minha avó tá sumida').state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 402: what someone else asks the citizen for is the request', () => {
  it('"sai do sistema prisional mes passado e a firma ta pedindo o nada consta" opens the criminal record certificate', () => {
    const d = talk('sai do sistema prisional mes passado e a firma ta pedindo o nada consta');
    expect(d.state.focus).toBe('antecedentes-criminais');
    d.say('tem q pagar?');
    expect(d.state.focus).toBe('antecedentes-criminais');
  });

  it('"a empresa pediu o nada consta" opens the criminal record certificate, not the tax debts certificate', () => {
    expect(talk('a empresa pediu o nada consta').state.focus).toBe('antecedentes-criminais');
  });
});

describe('round 403: a month says when, not which service', () => {
  it('"Sou professora da rede estadual e preciso do meu contracheque de outubro" opens the payslip', () => {
    const d = talk('Sou professora da rede estadual e preciso do meu contracheque de outubro');
    expect(d.state.focus).toBe('contracheque-servidor');
    d.say('Qual é o endereço do site?');
    expect(d.state.focus).toBe('contracheque-servidor');
  });
});

describe('round 404: the request in a clause of its own decides when the whole message is unsure', () => {
  it('"Sou professora da rede estadual e preciso do meu contracheque" opens the payslip, not a list with the schools', () => {
    expect(talk('Sou professora da rede estadual e preciso do meu contracheque').state.focus).toBe('contracheque-servidor');
  });
});

describe('round 405: a question word inside a name of a service is part of the name', () => {
  it('"preciso do comprovante de rendimentos para declarar o imposto de renda" is the payslip service, not the Receita', () => {
    const d = talk('Sou professora aposentada do Estado e preciso do comprovante de rendimentos para declarar o imposto de renda.');
    expect(d.state.focus).toBe('contracheque-servidor');
    expect(kinds(d)).not.toContain('elsewhere');
  });
});

describe('round 406: a subject handled elsewhere said inside a name of a service the message finds', () => {
  it('"sai da prisao faz 2 semana to precisando arrumar um serviço de carteira assinada" opens the Sine', () => {
    const d = talk('sai da prisao faz 2 semana to precisando arrumar um serviço de carteira assinada');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(d.state.focus).toBe('sine-emprego');
  });
});

describe('round 407: tolls are the concession company\'s; an acknowledgement then another subject', () => {
  it('"Como pago o pedágio eletrônico da rodovia Fernão Dias?" says who handles it, with no service', () => {
    const d = talk('Como pago o pedágio eletrônico da rodovia Fernão Dias?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"Entendi. E para pagar o IPVA?" right after a subject handled elsewhere asks about the IPVA', () => {
    const d = talk('Como pago o pedágio eletrônico da rodovia Fernão Dias?', 'Entendi. E para pagar o IPVA?');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 408: "ninguém me ajuda" is despair, not thanks nor a missing person', () => {
  it('"ngm me ajuda" after the Bolsa Família\'s reply opens no service and does not say "de nada"', () => {
    const d = talk('meu bolsa familia foi bloqueado o q eu faço', 'ngm me ajuda');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toEqual(['small_talk']);
    expect((d.last?.replies ?? []).map((r) => r.text).join(' ')).not.toMatch(/de nada/i);
  });

  it('"ninguem me ajuda com a minha cnh" does not open the missing person report', () => {
    const d = talk('ninguem me ajuda com a minha cnh');
    expect(d.state.focus).not.toBe('pessoa-desaparecida');
    expect(d.last?.events.some((e) => e.type === 'search' && e.topId === 'pessoa-desaparecida')).toBe(false);
  });
});

describe('round 409: asked whether it may be anonymous, the sentence that says so', () => {
  it('"posso fazer sem dar meu nome?" on the environmental report quotes that it may be anonymous', () => {
    const d = talk('o vizinho ta botando fogo no pasto dele toda semana e a fumaça ta matando minha mae q tem asma', 'denuncia ambiental, posso fazer sem dar meu nome? ele e bravo');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect((d.last?.replies ?? []).map((r) => r.text).join(' ')).toMatch(/anônima/);
  });
});

describe('round 410: "como acho…", "como encontro…" ask how, on the card in view', () => {
  it('"como acho os medico credenciado" on the IPSEMG stays on it and quotes where the accredited doctors are listed', () => {
    const d = talk('sou servidor da educacao, quero marcar consulta com cardiologista pelo ipsemg', 'como acho os medico credenciado');
    expect(d.state.focus).toBe('ipsemg');
    expect((d.last?.replies ?? []).map((r) => r.text).join(' ')).toMatch(/credenciad/);
  });
});
