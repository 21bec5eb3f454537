// The fifty-third session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6560: what is left to do, asked with "fazer" and "mais", gets the card\'s last step', () => {
  it('"quando eu tiver a licença, vou ter que fazer mais algo?": the conditions and the renewal of the licence', () => {
    const d = talkOn('licenciamento-ambiental', 'quando eu tiver a licença, vou ter que fazer mais algo?');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(said(d)).toContain('condicionantes');
  });
  it('"com a outorga na mão nao tem mais nada a fazer ne": the water meter and the renewal', () => {
    const d = talkOn('outorga-agua', 'com a outorga na mão nao tem mais nada a fazer ne');
    expect(said(d)).toContain('renove antes do vencimento');
  });
  it('guard: "tem mais alguma coisa pra fazer?" still gets the last step (round 5801)', () => {
    const d = talkOn('outorga-agua', 'tem mais alguma coisa pra fazer?');
    expect(said(d)).toContain('renove antes do vencimento');
  });
});
