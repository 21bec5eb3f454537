// The forty-third session's rounds of helper r43c (corrections of a detail of the same request, and the formal first
// person of a correction). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard"
// are things that must NOT change (they pass with or without the round): in 5241, the guards are the corrections of a
// detail that passed before "Corrijo"/"Retifico" were cues and must still pass now that they are.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 5240: a value of the same request put right keeps the card and takes the new value', () => {
  it('"na verdade o roubo foi em 2021, não em 2020" on the IPVA refund stays on the refund', () => {
    const d = talkOn('ipva-restituicao', 'na verdade o roubo foi em 2021, não em 2020');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(kinds(d)).toEqual(['notice']);
    expect(said(d)).toMatch(/2021/);
  });
  it('"ops, foi em 2022 e nao 2021" after asking who may ask for the refund stays on the refund', () => {
    const d = talk('tive o carro furtado ano passado, posso pedir o ipva de volta?', 'ops, foi em 2022 e nao 2021');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toMatch(/2022/);
  });
  it('"corrigindo, o carro é 2015 e não 2012" on the IPVA stays on the IPVA', () => {
    const d = talkOn('ipva', 'corrigindo, o carro é 2015 e não 2012');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/2015/);
  });
  it('guard: "na verdade foi roubado, não perdido" on the loss report still goes to the theft report', () => {
    expect(talkOn('bo-perda-documentos', 'na verdade foi roubado, não perdido').state.focus).toBe('bo-furto');
  });
  it('guard: "na verdade nao é a 2 via, é a 1 via" on the 2nd copy of the ID still goes to the 1st copy', () => {
    expect(talkOn('cin-2a-via', 'na verdade nao é a 2 via, é a 1 via').state.focus).toBe('cin-1a-via');
  });
});
