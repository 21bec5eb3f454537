// The twenty-sixth session's rounds of r26e (focus and corrections, 2680 on), one `describe` per round; each test was
// checked to fail on the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2680: a detail of the card\'s own request lost or forgotten is asked of the card', () => {
  it('the card stays, and says what its texts say of the detail', () => {
    for (const [svc, q, want] of [
      ['bo-perda-documentos', 'perdi o numero do boletim, e agora?', /e-mail/],
      ['agendamento-uai', 'e se eu perder o comprovante?', /comprovante/],
      ['contracheque-servidor', 'minha tia esqueceu a senha do portal, como recupero', /e-mail/],
      ['consulta-reds', 'apaguei o email que tinha o numero, o que eu faço', /delegacia|policial/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('a document lost, no detail of a request, still leads to its copy', () => {
    expect(talkOn('cnh-renovacao', 'perdi minha cnh').state.focus).toBe('cnh-2a-via');
  });
});
