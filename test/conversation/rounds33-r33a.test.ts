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

describe('round 3401: a correction that swaps the thing keeps the act (the 2nd copy of the other document)', () => {
  it('on the CNH\'s 2nd copy, "é a carteira de identidade" is the identity card\'s 2nd copy, not its 1st', () => {
    for (const text of ['nao, é a carteira de identidade', 'opa, errei, é carteira de identidade'])
      expect(talkOn('cnh-2a-via', text).state.focus, text).toBe('cin-2a-via');
  });
  it('one title word shared by chance ("veículo") makes no kind: "ipva*" after the licensing is the IPVA', () => {
    expect(talk('licenciamento do carro', 'ipva*').state.focus).toBe('ipva');
  });
});
