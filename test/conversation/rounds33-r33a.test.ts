// The thirty-third session's rounds of r33a (corrections and first messages, then navigation and small talk).
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

describe('round 3400: a correction that only qualifies the request keeps the card, even when the search misses it', () => {
  it('"é da moto" on the IPVA instalments: the instalments again, not the IPVA itself', () => {
    for (const text of ['ops, é pra moto', 'na vdd é da moto, nao do carro'])
      expect(talk('quero dividir o ipva vencido', text).state.focus, text).toBe('ipva-parcelamento');
  });
  it('a detail that names a service is still that service', () => {
    expect(talkOn('cnh-2a-via', 'na verdade é do rg').state.focus).toBe('cin-2a-via');
    expect(talkOn('cnh-2a-via', 'na verdade é da identidade').state.focus).toBe('cin-2a-via');
  });
});
