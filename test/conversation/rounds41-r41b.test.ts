// The forty-first session's rounds of helper r41b (the need under the feeling). Written from the citizen's side, with
// wordings other than the dialogues'. Guards (things that must not change) are marked "guard" in their names.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 4920: hoping not to disturb, an old courtesy', () => {
  it('after a hello and "tudo bem?", "espero não estar incomodando" is small talk, no service', () => {
    const d = talk('Boa tarde, meu filho. Como vai? Espero não estar incomodando.');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
  });
  it('"espero não atrapalhar" alone is small talk, and the need after it still opens its card', () => {
    expect(kinds(talk('oi moça, espero nao atrapalhar'))).toContain('small_talk');
    expect(talk('espero nao atrapalhar, mas preciso renovar minha cnh').state.focus).toBe('cnh-renovacao');
  });
  it('guard: "isso atrapalha?" after a fact told still asks who may ask', () => {
    const d = talkOn('cnh-renovacao', 'tenho umas multas, isso atrapalha?');
    expect(kinds(d)).toEqual(['follow_up']);
  });
});
