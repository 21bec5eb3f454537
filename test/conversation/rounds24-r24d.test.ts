// The twenty-fourth session's rounds of r24d (2160 on). One `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

describe('round 2160: a correction that says "não" bare, or that it was swapped, then what is wanted', () => {
  it('a bare "não", then a verb of wanting and words that find another service clearly: that service', () => {
    const cases: [string, string, string][] = [
      ['cnh-renovacao', 'nao, quero tirar a primeira habilitacao', 'cnh-primeira-habilitacao'],
      ['ipva', 'nao, quero parcelar o atrasado', 'ipva-parcelamento'],
      ['seguro-desemprego', 'não, quero procurar emprego', 'sine-emprego'],
    ];
    for (const [on, msg, id] of cases) expect(talkOn(on, msg).state.focus, msg).toBe(id);
  });

  it('a word of swapping ("inverti") corrects like "confundi"', () => {
    expect(talkOn('cnh-2a-via', 'espera inverti, ela venceu').state.focus).toBe('cnh-renovacao');
    expect(talkOn('ipva', 'opa inverti tudo, vendi o carro').state.focus).toBe('comunicacao-venda');
  });

  it('a bare "não" and a question about the card in view keeps it', () => {
    expect(talkOn('ipva', 'nao, quero saber quanto custa').state.focus).toBe('ipva');
    expect(talkOn('cnh-renovacao', 'não, quero fazer pela internet').state.focus).toBe('cnh-renovacao');
  });
});
