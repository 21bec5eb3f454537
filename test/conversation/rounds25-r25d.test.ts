// The twenty-fifth session's rounds of r25d (2360 on): the focus is right, and the answer is the card's own sentence
// that answers the citizen. One `describe` per round; each test was checked to fail on the code before its round.
// Written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2360: told a thing was lost or is not known, the document the card asks only "se souber" / "se tiver"', () => {
  it('the document asked only when one has it or knows it is quoted, the focus kept', () => {
    const cases: [string, string, RegExp][] = [
      ['historico-escolar', 'esqueci em que ano conclui, isso atrapalha?', /se souber/],
      ['eja', 'nao tenho mais a declaracao da ultima serie, da pra entrar?', /se tiver/],
      ['medida-protetiva', 'apaguei as mensagens dele, e agora?', /provas, se tiver/],
      ['cnh-2a-via', 'esqueci o numero de registro da cnh, da pra pedir assim?', /se souber/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });

  it('"se tiver" opening a case asks nothing: not quoted as optional', () => {
    const d = talkOn('contracheque-servidor', 'esqueci a senha do portal');
    expect(said(d)).not.toMatch(/se tiver mais de um/);
  });
});
