// The twenty-seventh session's rounds of the lead (2700-series numbering: 2800 on), one `describe` per round; each test
// was checked to fail on the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 2800: violence told on a card that says what to do in danger gets its emergency sentence, one reader', () => {
  it('told, not asked: the card in focus answers with its own sentence with the 190, and keeps the focus', () => {
    for (const [svc, story] of [
      ['denuncia-ambiental', 'o fazendeiro ameaçou quem reclamou do desmatamento'],
      ['bo-acidente-sem-vitima', 'o outro motorista me ameaçou depois da batida'],
      ['bo-furto', 'o cara tava armado e levou minha mochila'],
    ] as const) {
      const d = talkOn(svc, story);
      expect(kinds(d), story).toEqual(['passage']);
      expect(d.state.focus, story).toBe(svc);
      expect(said(d), story).toMatch(/\b190\b/);
    }
  });
  it('asked: the question is still answered ("como faço pra pedir?" gets the steps, which open with the 190)', () => {
    const d = talkOn('medida-protetiva', 'ele me ameaçou, como faço pra pedir a medida?');
    expect(d.state.view.at).toBe('walkthrough');
  });
  it('a card with no sentence for danger is untouched: no number is made up', () => {
    const d = talkOn('cnh-renovacao', 'o instrutor me ameaçou na aula');
    expect(said(d)).not.toMatch(/\b190\b/);
  });
});

describe('round 2801: how long a thing lasts is not how long it takes to get it', () => {
  it('the card silent on it: "não tenho essa informação", never the time to get it ("Prazo: Imediato")', () => {
    for (const q of ['e ele vale por quanto tempo?', 'qual a validade do atestado?', 'até quando ele vale?']) {
      const d = talkOn('antecedentes-criminais', q);
      expect(kinds(d), q).toEqual(['unanswered']);
      expect(said(d), q).not.toMatch(/imediato|prazo:/);
    }
  });
  it('the card says it: its sentence, without the time field', () => {
    const d = talkOn('cnh-renovacao', 'e a carteira vale por quanto tempo?');
    expect(said(d)).toMatch(/10 anos/);
    expect(said(d)).not.toMatch(/prazo:/);
  });
  it('"quanto tempo dura a chamada?" gets the sentence that speaks of how long it lasts', () => {
    const d = talkOn('visita-virtual', 'quanto tempo dura a chamada?');
    expect(said(d)).toMatch(/duracao/);
    expect(said(d)).not.toMatch(/prazo:/);
  });
  it('how long it takes is still the time field', () => {
    const d = talkOn('antecedentes-criminais', 'quanto tempo demora pra sair?');
    expect(said(d)).toMatch(/imediato/);
  });
});
