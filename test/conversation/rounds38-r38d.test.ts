// The thirty-eighth session's rounds of r38d. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, said, talkOn } from './real.ts';

/** The hint of the last reply of the last turn. */
const lastHint = (d: EngineDriver) => d.last?.replies.at(-1)?.hint;

describe('round 4360: "na realidade" corrects, as "na verdade" does', () => {
  it('a correction opened by "na realidade" leaves the card in view for the service it names', () => {
    const d = talkOn('crlv-licenciamento', 'na realidade, quero o ipva');
    expect(d.state.focus).toBe('ipva');
    const e = talkOn('ouvidoria', 'Na realidade, o meu problema é com o atendimento do hospital do SUS.');
    expect(e.state.focus).toBe('ouvidoria-saude');
  });
});
