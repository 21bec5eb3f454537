// The fifty-second session's rounds of helper r52c (everything but follow-ups: corrections, first messages, out of
// scope, small talk). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 6440: a State service asked for right after an out-of-scope reply, among words that name nothing, is that service', () => {
  it('"ah ta, e o licenciamento? é com voces?" after the IPTU\'s reply: the vehicle licensing', () => {
    const d = talk('como pago o iptu atrasado', 'ah ta, e o licenciamento? é com voces?');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
  it('"e a carteira de identidade do meu pai que ele perdeu, a 2 via vcs fazem?" after the FGTS\'s reply: the identity card\'s 2nd copy', () => {
    const d = talk('quero ver meu fgts', 'e a carteira de identidade do meu pai que ele perdeu, a 2 via vcs fazem?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"Entendi. Então quero marcar um atendimento na UAI para outro assunto." after the voter card\'s reply: the UAI booking', () => {
    const d = talk('quero transferir meu titulo de eleitor', 'Entendi. Então quero marcar um atendimento na UAI para outro assunto.');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('guard: "ah, e a carteira de trabalho, é com vcs?" after the FGTS\'s reply (which names the Carteira de Trabalho Digital) is the FGTS\'s again', () => {
    const d = talk('quero ver meu fgts', 'ah, e a carteira de trabalho, é com vcs?');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('menu');
  });
  it('guard: "e o imposto da casa, onde vejo?" after the IPTU\'s reply is the IPTU\'s again', () => {
    const d = talk('como pago o iptu', 'e o imposto da casa, onde vejo?');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 6441: a thing named, then "é emitida pelo Estado?", is that thing, not the DAE ("Emitir DAE … Estadual")', () => {
  it('"e a certidao negativa de debitos da empresa, é o estado que emite?": the tax debt certificate', () => {
    const d = talk('e a certidao negativa de debitos da empresa, é o estado que emite?');
    expect(d.state.focus).toBe('certidao-debitos');
  });
  it('"a guia pra levar os bois pro leilao, é emitida pelo estado?": the animal transit guide', () => {
    const d = talk('a guia pra levar os bois pro leilao, é emitida pelo estado?');
    expect(d.state.focus).toBe('gta');
  });
  it('guard: "preciso pagar a taxa do detran, onde emito o dae?" is still the DAE', () => {
    const d = talk('preciso pagar a taxa do detran, onde emito o dae?');
    expect(d.state.focus).toBe('dae');
  });
});

describe('round 6442: "registro que…" in a letter notes a fact, it is no order to register anything', () => {
  it('"Bom dia. Registro que é a primeira vez que escrevo neste canal.": small talk, no service', () => {
    const d = talk('Bom dia. Registro que é a primeira vez que escrevo neste canal.');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('menu');
    expect(kinds(d)).toContain('small_talk');
  });
  it('guard: "registro uma reclamacao por este canal" still opens the Ouvidoria\'s form', () => {
    const d = talk('registro uma reclamacao por este canal');
    expect(d.state.focus).toBe('ouvidoria');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 6443: little practice with the chat, being taught to use it, a moment asked, or a bad signal are small talk', () => {
  it('"desculpe, tenho pouca pratica com essas coisas de celular": patience, no service', () => {
    const d = talk('desculpe, tenho pouca pratica com essas coisas de celular');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('small_talk');
  });
  it('"foi minha filha que me ensinou a mexer nisso aqui": patience, no service', () => {
    const d = talk('foi minha filha que me ensinou a mexer nisso aqui');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('small_talk');
  });
  it('"so um minutinho que vou buscar os documentos dela": the talk put off, nothing searched', () => {
    const d = talk('so um minutinho que vou buscar os documentos dela');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('small_talk');
  });
  it('"o sinal aqui vai e volta" on a card: small talk, the card kept', () => {
    const d = talk('renovar cnh', 'o sinal aqui vai e volta');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(kinds(d)).toContain('small_talk');
  });
  it('"caiu a internet aqui": small talk, no service', () => {
    const d = talk('caiu a internet aqui');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).toContain('small_talk');
  });
  it('guard: "quais documentos eu levo?" with nothing in focus still asks which service', () => {
    const d = talk('quais documentos eu levo?');
    expect(kinds(d)).not.toContain('small_talk');
  });
});

describe('round 6444: a short denial closed by "não" ("ninguém levou não,") names nothing; what follows says what it is', () => {
  it('"espera, ninguem pegou nao, eu que perdi a carteira com os documentos" on the theft report: the loss report', () => {
    const d = talk('bo de furto', 'espera, ninguem pegou nao, eu que perdi a carteira com os documentos');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
  it('"calma, ninguem roubou nao, eu perdi minha carteira com os documentos" on the theft report: the loss report', () => {
    const d = talk('bo de furto', 'calma, ninguem roubou nao, eu perdi minha carteira com os documentos');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
  it('guard: "nao foi furto nao, quais documentos preciso?" on the theft report asks the documents of the card in view', () => {
    const d = talk('bo de furto', 'nao foi furto nao, quais documentos preciso?');
    expect(d.state.focus).toBe('bo-furto');
  });
});
