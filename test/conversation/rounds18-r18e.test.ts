// The eighteenth session's rounds 1180–1199 (r18e): blind set 39's corrections and first messages, then probing by
// hand the services the dialogue sets visit least. One `describe` per round; each test was checked to fail on the code
// before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => d.last?.replies.map((r) => r.text).join('\n') ?? '';

describe('round 1180: a word both titles hold names neither the card in view nor the other service', () => {
  for (const said of ['as dividas somem depois da baixa?', 'a divida some se eu der baixa?', 'depois que eu der baixa as dividas continuam?', 'a baixa apaga as dividas?']) {
    it(`"${said}" on closing a company quotes that tax debts stay, not the vehicle's write-off`, () => {
      const d = talkOn('baixa-empresa', said);
      expect(d.state.focus).toBe('baixa-empresa');
      expect(text(d)).toMatch(/Débitos de impostos continuam sendo cobrados/);
    });
  }

  it('"a renovação é automatica?" on the school re-enrolment stays on it (the CNH renewal shares "renovação")', () => {
    const d = talkOn('renovacao-matricula', 'a renovação é automatica?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(kinds(d)).toEqual(['unanswered']);
  });

  it('"a visita é com vidro?" on the prison visitor registration stays on it (the virtual visit shares "visita")', () => {
    const d = talkOn('visita-presidio', 'a visita é com vidro?');
    expect(d.state.focus).toBe('visita-presidio');
  });

  it('"a ouvidoria resolve mesmo?" on the SUS ombudsman stays on it (the general one shares "ouvidoria")', () => {
    const d = talkOn('ouvidoria-saude', 'a ouvidoria resolve mesmo?');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });

  it('a word the other service alone holds, or "e a …", still opens the other service', () => {
    expect(talkOn('baixa-empresa', 'e a baixa do carro?').state.focus).toBe('baixa-veiculo');
    expect(talkOn('baixa-empresa', 'depois da baixa o carro pode circular?').state.focus).toBe('baixa-veiculo');
    expect(talkOn('ouvidoria-saude', 'e a ouvidoria geral?').state.focus).toBe('ouvidoria');
    expect(talkOn('renovacao-matricula', 'a renovação da cnh é no detran?').state.focus).toBe('cnh-renovacao');
  });
});
