// The twenty-ninth session's rounds of r29c (2940 on): a follow-up on the right service answered with the wrong topic
// or sentence; from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 2940: a payment the question is put after, or money given back, asks no cost', () => {
  it('"depois que eu pagar, como…" on a bill cut off answers how it is reconnected, not the bill\'s cost', () => {
    for (const [svc, q, want] of [
      ['cemig-conta', 'cortaram a energia aqui de casa, depois que eu pagar como faço pra religar?', /religa[çc][ãa]o/],
      ['cemig-conta', 'depois de pagar a conta atrasada como religa a luz?', /religa[çc][ãa]o/],
      ['copasa-conta', 'suspenderam a agua, depois q eu pagar como religo?', /religamento/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
      expect(said(d), q).not.toMatch(/quanto custa/);
    }
  });
  it('a payment asked about after "depois" with no question word after it is still read as before', () => {
    const d = talkOn('cemig-conta', 'depois que pagar a luz volta sozinha?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(said(d)).toMatch(/religa[çc][ãa]o/);
  });
  it('money given back is no fee: "o banco devolve o dinheiro?" gives no cost answer', () => {
    for (const q of ['o banco me devolve o dinheiro?', 'consigo recuperar meu dinheiro?']) {
      const d = talkOn('bo-estelionato', q);
      expect(d.state.focus, q).toBe('bo-estelionato');
      expect(said(d), q).not.toMatch(/quanto custa/);
      expect(kinds(d), q).not.toContain('no_results');
    }
  });
  it('a cost still asked after an event is the cost ("depois de pagar a taxa, quanto fica?" keeps its topic)', () => {
    const d = talkOn('cemig-conta', 'quanto custa pra pedir a religação?');
    expect(said(d)).toMatch(/Quanto custa|gratuit|custo/i);
  });
});

describe('round 2941: whether one must come back, asked, is no talk put off', () => {
  it('"preciso voltar lá outro dia?" on the prison visit answers with the card, not "sem pressa"', () => {
    for (const q of ['preciso voltar la outro dia?', 'tenho que voltar depois?', 'a gente tem que voltar lá outro dia?']) {
      const d = talkOn('visita-presidio', q);
      expect(d.state.focus, q).toBe('visita-presidio');
      expect(kinds(d), q).not.toContain('small_talk');
      expect(said(d), q).toMatch(/credenciamento/);
    }
  });
  it('"volto depois" and "ok, volto mais tarde" still put the talk off', () => {
    for (const q of ['volto depois', 'ok, volto mais tarde', 'vou pensar e depois eu volto']) {
      const d = talkOn('visita-presidio', q);
      expect(said(d), q).toMatch(/sem pressa/);
    }
  });
});

describe('round 2942: not wanting to be identified, put as a case ("e se eu não quiser…"), asks whether it may be anonymous', () => {
  it('the sentence on secrecy or anonymity answers, on the ombudsmen and the reports', () => {
    for (const [svc, q, want] of [
      ['ouvidoria-saude', 'e se eu nao quisesse me identificar?', /sigilo/],
      ['ouvidoria', 'se eu preferir nao dar meu nome, da certo?', /sigilo/],
      ['denuncia-ambiental', 'e se eu nao quiser falar meu nome?', /anonim/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(kinds(d), q).not.toContain('unanswered');
      expect(said(d), q).toMatch(want);
    }
  });
});
