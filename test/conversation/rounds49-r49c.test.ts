// The forty-ninth session's rounds of helper r49c (two matters in one conversation, and an older citizen's loose words).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT
// change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

/** The follow-up events of the last turn, as "topic service". */
function answered(d: ReturnType<typeof talk>): string[] {
  return (d.last?.events ?? []).flatMap((e) => (e.type === 'follow_up' ? [`${e.kind} ${e.serviceId}`] : []));
}

describe('round 6140: a question about both services talked about is answered of each, from its own card', () => {
  it('"por qual das duas eu começo?" after the identity card and the licence copies: the first step of each, each named', () => {
    const d = talk('como tiro a segunda via do rg', 'e a cnh perdi tbm, como tiro 2 via', 'por qual das duas eu começo?');
    expect(answered(d)).toEqual(['how cin-2a-via', 'how cnh-2a-via']);
    expect(said(d)).toContain('nao dizem qual');
    expect(said(d)).toContain('pagar a taxa');
    expect(said(d)).toContain('registrar a perda');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('"qual dos dois vem antes?" after the licence renewal and the IPVA: the first step of each', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'qual dos dois vem antes?');
    expect(answered(d)).toEqual(['how cnh-renovacao', 'how ipva']);
  });
  it('"os documentos são os mesmos?" after two services: the documents of each', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'os documentos são os mesmos?');
    expect(answered(d)).toEqual(['documents cnh-renovacao', 'documents ipva']);
    expect(said(d)).toContain('renavam');
    expect(said(d)).toContain('registro da cnh');
    expect(d.state.focus).toBe('ipva');
  });
  it('"ambos precisam agendar?" and "as duas dá pra fazer pela internet?": the topic of each', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'ambos precisam agendar?');
    expect(answered(d)).toEqual(['appointment cnh-renovacao', 'appointment ipva']);
    d.say('as duas dá pra fazer pela internet?');
    expect(answered(d)).toEqual(['online cnh-renovacao', 'online ipva']);
  });
  it('guard: "tenho dois carros, quanto pago?" is the card in view\'s cost only', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'tenho dois carros, quanto pago?');
    expect(d.state.focus).toBe('ipva');
    expect(asked(d)).toEqual(['cost']);
  });
  it('guard: "o exame é no mesmo dia?" (the singular "same") is a question of the card in view', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'e a renovação, o exame é no mesmo dia?');
    expect(answered(d).every((x) => x.endsWith('cnh-renovacao'))).toBe(true);
  });
  it('guard: a third service named beside "os dois" is not answered as both', () => {
    const d = talk('quero renovar minha cnh', 'e o ipva, quanto custa?', 'e o licenciamento, os dois pago no mesmo lugar?');
    expect(answered(d).some((x) => x.endsWith('cnh-renovacao'))).toBe(false);
  });
});

describe('round 6141: a complaint, praise or suggestion to an ombudsman named by its word, on another card, is the ombudsman\'s', () => {
  it('"vou registrar uma queixa na ouvidoria do estado" on the intercity buses: the State ombudsman', () => {
    const d = talkOn('onibus-intermunicipal', 'a linha nunca cumpre o horario, vou registrar uma queixa na ouvidoria do estado');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('"da pra fazer um elogio na ouvidoria? onde faço?" on the information request: where, of the ombudsman', () => {
    const d = talkOn('acesso-informacao', 'da pra fazer um elogio na ouvidoria? onde faço?');
    expect(d.state.focus).toBe('ouvidoria');
    expect(asked(d)).toEqual(['where']);
  });
  it('"quero fazer uma reclamação disso na ouvidoria" on the missing person\'s report: the State ombudsman', () => {
    const d = talkOn('pessoa-desaparecida', 'a delegacia demorou demais pra me atender, quero fazer uma reclamação disso na ouvidoria');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('"registrar reclamação na ouvidoria do estado" on the SUS ombudsman\'s card: the State one, named beyond the bare word', () => {
    const d = talkOn('ouvidoria-saude', 'Corrijo: nao é de saude, quero registrar reclamação na Ouvidoria do Estado.');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('guard: the bare word on an ombudsman\'s own card is that one ("pensei que ouvidoria fosse so pra reclamar")', () => {
    const d = talkOn('ouvidoria-saude', 'elogio tambem vale? pensei que ouvidoria fosse so pra reclamar');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
  it('guard: "onde reclamo do atraso?" names no ombudsman: the card in view answers', () => {
    const d = talkOn('onibus-intermunicipal', 'onde reclamo do atraso?');
    expect(d.state.focus).toBe('onibus-intermunicipal');
  });
});

describe('round 6142: the need told again in other words ("Explico melhor: …") corrects the request, as a fact told late', () => {
  it('"explico melhor: peguei um carro usado e o documento continua no nome do antigo dono" on the licence: the transfer', () => {
    const d = talk('quero ver o documento do meu carro', 'explico melhor: peguei um carro usado e o documento continua no nome do antigo dono');
    expect(d.state.focus).toBe('transferencia-veiculo');
  });
  it('"esclarecendo:" and "em outras palavras:" restate the need too: the transfer', () => {
    const d = talk('quero ver o documento do meu carro', 'esclarecendo: peguei uma moto usada e o documento continua no nome do antigo dono');
    expect(d.state.focus).toBe('transferencia-veiculo');
    const e = talk('quero ver o documento do meu carro', 'em outras palavras: peguei um carro usado e o documento continua no nome do antigo dono');
    expect(e.state.focus).toBe('transferencia-veiculo');
  });
  it('guard: "me explica melhor, o carro esta no nome de quem?" asks the bot, on the card in view', () => {
    const d = talk('quero ver o documento do meu carro', 'me explica melhor, o carro esta no nome de quem?');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 6143: a formal letter\'s address ("Prezados senhores", "a senhora") is no landlord, and its signature no search', () => {
  it('"Prezados senhores, venho por meio desta manifestar minha insatisfação … Att. Seu Joaquim": the State ombudsman', () => {
    const d = talk('Prezados senhores, venho por meio desta manifestar minha insatisfação com o atendimento de um órgão do Estado e gostaria de saber onde registro uma reclamação. Att. Seu Joaquim');
    expect(d.state.focus).toBe('ouvidoria');
  });
  it('"Caros senhores, quero registrar uma queixa do atendimento": the ombudsman, not the rent contract', () => {
    const d = talk('Caros senhores, quero registrar uma queixa do atendimento');
    expect(d.state.focus).toBe('ouvidoria');
    expect(kinds(d)).not.toContain('elsewhere');
  });
  it('"Excelentíssima senhora, cordiais saudações." greets back', () => {
    const d = talk('Excelentíssima senhora, cordiais saudações.');
    expect(d.state.view.at).toBe('menu');
    expect(kinds(d)).not.toContain('no_results');
  });
  it('"Senhores, boa tarde. Sou a Dra. Marta Reis, contadora." is an introduction, greeted back', () => {
    const d = talk('Senhores, boa tarde. Sou a Dra. Marta Reis, contadora.');
    expect(d.state.view.at).toBe('menu');
    expect(kinds(d)).not.toContain('no_results');
    expect(kinds(d)).not.toContain('elsewhere');
  });
  it('"com quem tenho o prazer de falar?" asks who the bot is', () => {
    const d = talk('bom dia', 'com quem tenho o prazer de falar?');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('guard: "o senhorio quer me cobrar multa pq vou sair antes" is still the rent contract, handled elsewhere', () => {
    const d = talk('o senhorio quer me cobrar multa pq vou sair antes do contrato');
    expect(kinds(d)).toEqual(['elsewhere']);
  });
});
