// Rounds of helper r18f in the eighteenth session (1300 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

/** The whole text of the last turn's replies. */
const said = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 1300: asked what happens when it is done late, the sentence telling the penalty for lateness answers', () => {
  it('"e se passar do prazo?", "e se eu pagar com atraso?" and the like quote the card\'s penalty for lateness', () => {
    const cases: [string, string, RegExp][] = [
      ['transferencia-veiculo', 'e se passar desse prazo?', /depois disso, leva multa/],
      ['transferencia-veiculo', 'e se eu perder o prazo de 30 dias?', /depois disso, leva multa/],
      ['transferencia-veiculo', 'o que acontece se eu atrasar a transferencia?', /depois disso, leva multa/],
      ['cemig-conta', 'e se eu pagar com atraso?', /multa e juros/],
      ['cemig-conta', 'e se eu atrasar a conta?', /multa e juros/],
      ['cemig-conta', 'e caso eu deixar vencer?', /multa e juros/],
      ['comunicacao-venda', 'o que acontece se eu atrasar?', /depois disso, passa a ser cobrada taxa/],
      ['itcd', 'e caso eu pague depois do prazo?', /O atraso gera multa e juros/],
    ];
    for (const [id, q, re] of cases) expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(re);
  });

  it('a question putting its own consequence ("e se cortarem a luz por atraso?") is still about that consequence', () => {
    expect(said(talkOn('cemig-conta', 'e se cortarem a luz por atraso?'))).toMatch(/religa/);
  });

  it('asked how long it takes, the time answer is still given, on the service in view', () => {
    const d = talkOn('transferencia-veiculo', 'quantos dias eu tenho pra transferir');
    expect(said(d)).toMatch(/Quanto tempo leva/);
    expect(said(d)).toMatch(/30 dias/);
  });
});
