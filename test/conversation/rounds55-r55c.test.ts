// The fifty-fifth session's rounds of helper r55c (the first message, and the talk around the services). Written from
// the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talk } from './real.ts';

describe('round 6740: distrust of the chat told with its reason (a scam once, a link passed on, another\'s data) is reassured, no service', () => {
  it('"já caí num golpe antes, tô com medo de tudo": the chat never asks for a password, no police report', () => {
    const d = talk('já caí num golpe antes, tô com medo de tudo');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nunca peco senha');
    expect(said(d)).not.toContain('boletim');
  });
  it('"ja levei um golpe uma vez, to desconfiado": reassured, no service', () => {
    const d = talk('ja levei um golpe uma vez, to desconfiado');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nunca peco senha');
  });
  it('"Boa tarde. Uma vizinha me passou o link deste atendimento. Vocês são do estado?": who the bot is, no ombudsman', () => {
    const d = talk('Boa tarde. Uma vizinha me passou o link deste atendimento. Vocês são do estado?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('governo de minas gerais');
    expect(said(d)).not.toContain('ouvidoria');
  });
  it('"voce é robô? vou digitar dados de outra pessoa": what becomes of the data, no identity card', () => {
    const d = talk('voce é robô? vou digitar dados de outra pessoa');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('lgpd');
  });
  it('guard: "ja cai em golpe uma vez e quero fazer o bo": the scam\'s police report', () => {
    expect(talk('ja cai em golpe uma vez e quero fazer o bo').state.focus).toBe('bo-estelionato');
  });
  it('guard: "caí num golpe do pix ontem": the scam\'s police report', () => {
    expect(talk('caí num golpe do pix ontem').state.focus).toBe('bo-estelionato');
  });
  it('guard: "recebi um boleto do ipva e fiquei desconfiado": the IPVA', () => {
    expect(talk('recebi um boleto do ipva e fiquei desconfiado').state.focus).toBe('ipva');
  });
});
