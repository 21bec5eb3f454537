// The forty-ninth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, talk } from './real.ts';

const SIX = ['quero renovar minha cnh', 'e o ipva, quanto custa?', 'preciso da segunda via da conta de agua', 'e a conta de luz da cemig?', 'como faço o licenciamento do carro?', 'quero tirar a carteira de identidade pela primeira vez'];

describe('round 6160: "o primeiro" is the first service talked about, however many came after', () => {
  it('after six services, "o primeiro, onde é feito?" is the CNH renewal again', () => {
    const d = talk(...SIX);
    expect(d.state.talked?.[0]).toBe('cnh-renovacao');
    const e = talk(...SIX, 'o primeiro, onde é feito?');
    expect(e.state.focus).toBe('cnh-renovacao');
    expect(asked(e)).toEqual(['where']);
  });
  it('guard: the list stays at five ids, the latest four after the first', () => {
    const d = talk(...SIX);
    expect(d.state.talked).toHaveLength(5);
    expect(d.state.talked?.at(-1)).toBe(d.state.focus);
  });
});
