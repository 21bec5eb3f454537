// The fortieth session's r40b rounds: first messages with places, numbers and privacy. Written from the citizen's side,
// with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 4720: a request made elsewhere asked after (a protocol, "já saiu?")', () => {
  it('on the card, the number of the request: no status made up, where to follow it, and how long it takes', () => {
    const d = talkOn('ciptea', 'a carteirinha ja ficou pronta? o protocolo é 2025.444.321');
    expect(d.state.focus).toBe('ciptea');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toContain('155');
    expect(said(d)).not.toMatch(/foi aprovad|esta pronta/);
  });
  it('a service named with the request: that service, and its time', () => {
    const d = talk('meu pedido da segunda via da identidade ta em analise ainda?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['time']);
    expect(kinds(d)[0]).toBe('notice');
  });
  it('no service: the bot cannot see requests, says where they are followed, and asks which service', () => {
    const d = talk('protocolo 77123, ja foi aprovado?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('155');
    expect(kinds(d)).not.toContain('card');
  });
  it('the bot\'s own protocol is still looked up by its own words', () => {
    expect(kinds(talk('consultar protocolo'))).toEqual(['protocol']);
  });
});
