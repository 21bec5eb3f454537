// The nineteenth session's lead rounds (1500 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

describe('round 1500: a one-word reaction in chat ("exato", "ata", "claro", "firmeza") is small talk, never a search', () => {
  const reactions = ['exato', 'exatamente', 'isso mesmo', 'pois é', 'ata', 'ah', 'claro', 'claro que sim', 'com certeza', 'firmeza', 'tá certo'];

  for (const [id, said] of [['ipva', reactions], ['cin-2a-via', ['Exato!', 'ata', 'Claro.', 'firmeza']], ['seguro-desemprego', ['com certeza', 'pois é']]] as const) {
    it(`on the card of ${id}, the card stays in view and the reply is small talk`, () => {
      for (const w of said) {
        const d = talkOn(id, w);
        expect(kinds(d), `${id}: ${w}`).toEqual(['small_talk']);
        expect(d.state.view, `${id}: ${w}`).toMatchObject({ at: 'service', serviceId: id });
      }
    });
  }

  it('as a first message, no service opens ("claro" had opened the high-cost medicines) and no "não encontrei"', () => {
    for (const w of reactions) {
      const d = talk(w);
      expect(kinds(d), w).toEqual(['small_talk']);
      expect(d.state.focus, w).toBeUndefined();
    }
  });

  it('what must not change: "tem juros?" still asks the cost, and "na verdade é a cnh" still corrects', () => {
    const juros = talkOn('ipva-parcelamento', 'tem juros?');
    expect(kinds(juros)).toEqual(['passage']);
    expect(juros.state.view).toMatchObject({ at: 'service', serviceId: 'ipva-parcelamento' });
    expect(talk('perdi meu rg', 'ah na verdade foi a cnh').state.focus).toBe('cnh-2a-via');
    expect(talkOn('cin-2a-via', 'ah, e quanto custa?').last?.events.some((e) => e.type === 'follow_up')).toBe(true);
  });
});
