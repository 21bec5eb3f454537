// The seventeenth session's rounds 960–979 (r17d): probing by hand, as citizens type on a phone, the services the
// dialogue sets visit least. One `describe` per round; each test was checked to fail on the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => d.last?.replies.map((r) => r.text).join('\n') ?? '';

describe('round 960: whether one must say why is a condition of asking, not "explain again"', () => {
  for (const said of ['tenho que dizer o motivo?', 'tenho q explicar pq eu quero saber?', 'preciso explicar pra que quero?', 'tem q falar pq quero a informacao?', 'preciso dar o motivo?', 'tenho que justificar?']) {
    it(`"${said}" on the access to information quotes "sem explicar o motivo"`, () => {
      const d = talkOn('acesso-informacao', said);
      expect(kinds(d)).not.toContain('notice');
      expect(text(d)).not.toMatch(/de outro jeito/);
      expect(text(d)).toMatch(/sem explicar o motivo/);
      expect(d.state.focus).toBe('acesso-informacao');
    });
  }

  it('"nao entendi, explica de novo" and "q?" still ask to explain it again', () => {
    for (const said of ['nao entendi, explica de novo', 'q?']) expect(text(talkOn('acesso-informacao', said))).toMatch(/de outro jeito/);
  });
});

describe('round 961: "ja faz 2 meses, ainda da?" is a deadline question, answered with the deadline the card gives', () => {
  for (const said of ['ja faz 2 meses, ainda da?', 'foi a 40 dias ainda posso fazer?', 'bati faz uns 10 dias, ainda aceita?', 'aconteceu semana passada, ainda consigo registrar?']) {
    it(`"${said}" on the accident report gives "até 30 dias do fato"`, () => {
      const d = talkOn('bo-acidente-sem-vitima', said);
      expect(text(d)).toMatch(/até 30 dias do fato/);
      expect(d.state.focus).toBe('bo-acidente-sem-vitima');
    });
  }

  it('"recebi a multa faz 20 dias, ainda posso indicar?" on the driver indication gives the notice\'s deadline', () => {
    expect(text(talkOn('indicacao-condutor', 'recebi a multa faz 20 dias, ainda posso indicar?'))).toMatch(/prazo/);
  });

  it('"ainda posso?" without time gone by is no deadline question ("tenho 70 anos, ainda posso renovar?")', () => {
    expect(text(talkOn('bo-acidente-sem-vitima', 'sou menor posso fazer?'))).toMatch(/maior de 18 anos/);
    expect(text(talkOn('cnh-renovacao', 'tenho 70 anos, ainda posso renovar?'))).not.toMatch(/Sobre isso, o serviço informa:\*\n.*prazo/);
  });
});

describe('round 962: "volta pra certidao" after a detour goes back to the service seen before', () => {
  it('"volta pra certidao" after closing a company reopens the Jucemg certificates, and "qnto é" is about them', () => {
    const d = talkOn('certidao-jucemg', 'e pra fechar a empresa?');
    expect(d.state.focus).toBe('baixa-empresa');
    d.say('volta pra certidao');
    expect(kinds(d)).toEqual(['card']);
    expect(d.state.focus).toBe('certidao-jucemg');
    d.say('qnto é');
    expect(d.state.focus).toBe('certidao-jucemg');
  });

  it('"voltando no ipva" after a list of results reopens the IPVA', () => {
    const d = talkOn('ipva', 'como tiro a cnh?', 'voltando no ipva');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['card']);
  });

  it('"voltando no ipva, da pra parcelar?" still asks the question of the IPVA visited before', () => {
    const d = talkOn('ipva', 'quero tirar a segunda via da cnh', 'voltando no ipva, da pra parcelar?');
    expect(d.state.focus).not.toBe('cnh-2a-via');
  });
});

describe('round 963: a need asked in the first person ("tenho q fazer prova?") is a condition of the card in view', () => {
  for (const said of ['tenho q fazer prova?', 'preciso fazer prova?', 'vou ter que fazer prova?']) {
    it(`"${said}" on the foreigner's licence stays on it`, () => {
      const d = talkOn('cnh-estrangeiro', said);
      expect(d.state.focus).toBe('cnh-estrangeiro');
      expect(kinds(d)).not.toContain('card');
    });
  }

  it('"preciso de curso técnico" said plainly (no question) is still a request', () => {
    expect(talkOn('pescador-profissional', 'preciso de curso tecnico').state.focus).toBe('curso-tecnico');
  });
});

describe('round 964: "serve pro seguro?" asks whether the card in view is good for that use', () => {
  for (const [id, said, sentence] of [
    ['consulta-reds', 'serve pro seguro?', /Serve para tirar uma cópia do BO para seguro/],
    ['consulta-reds', 'vale pra processo?', /Serve para tirar uma cópia do BO/],
    ['certidao-jucemg', 'serve pra licitacao?', /usadas em licitações/],
    ['certidao-jucemg', 'e serve pro banco?', /usadas em licitações, bancos/],
  ] as const) {
    it(`"${said}" on ${id} quotes the sentence naming that use and stays on the card`, () => {
      const d = talkOn(id, said);
      expect(kinds(d)).toEqual(['passage']);
      expect(text(d)).toMatch(sentence);
      expect(d.state.focus).toBe(id);
    });
  }

  it('"quero o seguro desemprego" on the report copy still opens the unemployment insurance', () => {
    expect(talkOn('consulta-reds', 'quero o seguro desemprego').state.focus).toBe('seguro-desemprego');
  });
});

describe('round 965: "em qtas vezes?" on the IPVA instalments says who sets the number of instalments', () => {
  for (const said of ['em quantas vezes', 'qtas parcelas', 'da pra dividir em qts vezes?', 'em qtas vezes?']) {
    it(`"${said}" quotes "O número máximo de parcelas … definidos pela SEF-MG"`, () => {
      const d = talkOn('ipva-parcelamento', said);
      expect(text(d)).toMatch(/número máximo de parcelas e o valor mínimo de cada uma são definidos pela SEF-MG/);
      expect(d.state.focus).toBe('ipva-parcelamento');
    });
  }

  it('"quantos pontos suspende a carteira?" still gets a sentence with the number of points', () => {
    expect(text(talkOn('multas-pontuacao', 'com quantos pontos a carteira é suspensa?'))).toMatch(/20 pontos/);
  });
});
