// The twenty-fifth session's rounds of r25b (2320 on): a follow-up on a card that holds another service's word, read as
// the card's case or as another service named. One `describe` per round; each test was checked to fail on the code
// before its round. Written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2320: a case the card\'s own sentence holds stays on the card, though another service is found clearly', () => {
  it('a thing the card alone qualifies ("informações complementares") is the card\'s, not the access to information', () => {
    for (const msg of ['e a informacao complementar que pediram, tem prazo?', 'chegou um pedido de informacoes complementares, quanto tempo eu tenho?']) {
      const d = talkOn('licenciamento-ambiental', msg);
      expect(d.state.focus, msg).toBe('licenciamento-ambiental');
      expect(said(d), msg).toMatch(/dentro do prazo/);
    }
  });

  it('the citizen\'s case in the card\'s own words, named by no service found, is quoted from the card', () => {
    const d = talkOn('cin-2a-via', 'eu tambem sou baixa renda');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/cadunico|cras/);
  });

  it('a word of the other service that the card does not qualify still moves: asking for public information on the licence', () => {
    const d = talkOn('licenciamento-ambiental', 'quero pedir uma informacao publica sobre gastos do estado');
    expect(d.state.focus).toBe('acesso-informacao');
  });
});

describe('round 2321: a correction that says what it is not, then what it is, moves to the service that names', () => {
  it('a lone "é" after the part said "no" to ends the denial (it is no hesitation "eee")', () => {
    const d = talkOn('disque-denuncia', 'ops nao, o problema é esgoto jogado no rio, me enganei');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });

  it('"não quero X, quero Y": the wished clause that clearly names another service opens it', () => {
    const cases: [string, string, string][] = [
      ['cnh-renovacao', 'nao quero renovar nao, ela ta boa, quero mudar de categoria', 'cnh-mudanca-categoria'],
      ['situacao-veiculo', 'nao preciso da situacao nao, quero ver as multas', 'multas-pontuacao'],
    ];
    for (const [id, msg, want] of cases) expect(talkOn(id, msg).state.focus, msg).toBe(want);
  });

  it('the wished clause that names the card in view keeps it', () => {
    const d = talkOn('recurso-multa', 'nao quero consultar, quero recorrer porque a multa veio errada');
    expect(d.state.focus).toBe('recurso-multa');
  });
});

describe('round 2322: corrections that tell a lack, or deny the card with a laugh', () => {
  it('"ainda não tenho X" is needing X: X is what is meant, not denied', () => {
    const d = talkOn('nota-fiscal-avulsa', 'na verdade ainda nao tenho inscricao de produtor rural, preciso fazer antes');
    expect(d.state.focus).toBe('inscricao-estadual');
  });

  it('a denial of the card in view, with an "ops" and a laugh, corrects it (no small talk)', () => {
    const d = talkOn('baixa-empresa', 'ops, abrir, nao fechar kkkk');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(said(d)).toMatch(/abertura de empresa/);
  });

  it('an apology and a laugh that deny nothing of the card are still small talk', () => {
    const d = talkOn('baixa-empresa', 'ops, foi sem querer kkkk');
    expect(d.state.focus).toBe('baixa-empresa');
    expect(said(d)).not.toMatch(/o que e:/);
  });
});
