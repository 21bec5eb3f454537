// The twenty-seventh session's rounds of helper r27a (2720 on: focus moved or kept wrongly by a follow-up or a
// correction), one `describe` per round; each test was checked to fail on the code before its round. Written from the
// citizen's side, in the ways people type on a phone, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 2720: a yes-or-no question about the course of any request stays on the card', () => {
  it('a fine for a missed deadline, asked on a card that says nothing of it: the card stays, and says it does not say', () => {
    for (const [svc, q] of [
      ['abrir-empresa', 'se eu perder o prazo tem multa?'],
      ['ipsemg', 'e se atrasar, cobra juros?'],
      ['exames-detran', 'caso eu passe do prazo, pago multa?'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(kinds(d), q).toEqual(['unanswered']);
    }
  });
  it('another state where the citizen lives, and an expired document, name no service', () => {
    for (const [svc, q] of [
      ['ciptea', 'moro em outro estado, da pra pedir de la?'],
      ['visita-virtual', 'me mudei pra outro estado, consigo fazer de la mesmo?'],
      ['cin-1a-via', 'documento vencido serve?'],
      ['curso-tecnico', 'e documento vencido, aceita?'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toContain('155');
    }
  });
  it('a card that speaks of the case answers with its sentence', () => {
    const d = talkOn('ipva', 'se passar do prazo tem multa?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/multa/);
  });
  it('naming the other service, or asking for it, still moves', () => {
    expect(talkOn('doacao-sangue', 'e a cnh de outro estado?').state.focus).toBe('cnh-transferencia-estado');
    expect(talkOn('cnh-renovacao', 'quero ver minhas multas').state.focus).toBe('multas-pontuacao');
    expect(talkOn('baixa-empresa', 'tem multa?').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 2721: a related service answers only with a word of the question the card never uses', () => {
  it('giving up and cancelling, asked on a card: no related sentence about asking "depois" opens another service', () => {
    for (const [svc, q] of [
      ['sine-emprego', 'e se eu pedir e depois quiser desistir, consigo?'],
      ['pescador-profissional', 'depois de pedir da pra desistir?'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
    }
  });
});

describe('round 2722: a pause, then "não foi X", then what it was, corrects', () => {
  it('"perai", "pera", "calma" before the denial: the service of what it was', () => {
    expect(talk('bo de furto', 'pera ai, nao foi furto nao, eu perdi a carteira com os documentos').state.focus).toBe('bo-perda-documentos');
    expect(talk('quero registrar bo de perda de documento', 'calma, nao foi perda, roubaram minha bolsa com os documentos').state.focus).toBe('bo-furto');
  });
  it('a pause before a clear question is still no correction', () => {
    const d = talk('quero renovar a cnh', 'pera, e qnd abre o agendamento?');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
});
