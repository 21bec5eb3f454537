// The sixth session's rounds (77 on), one `describe` per round; each test was checked to fail on the code before
// its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

describe('round 77: "e a do rg?" asks for the same kind of service, for the thing named', () => {
  it('"e a do rg?" after the cost of the 2nd copy of the CNH answers the cost of the 2nd copy of the identity card', () => {
    const d = talkOn('cnh-2a-via', 'quanto custa', 'e a do rg?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'cin-2a-via' });
  });

  it('"e a da cnh?" on the 2nd copy of the identity card opens the 2nd copy of the CNH', () => {
    expect(talkOn('cin-2a-via', 'e a da cnh?').state.focus).toBe('cnh-2a-via');
  });

  it('"e a da carteira de motorista?" after the cost of the 2nd copy of the identity card answers the CNH\'s', () => {
    const d = talkOn('cin-2a-via', 'quanto custa?', 'e a da carteira de motorista?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(d.events).toContainEqual({ type: 'follow_up', kind: 'cost', serviceId: 'cnh-2a-via' });
  });

  it('"e a do rg?" on the CNH renewal, which shares no kind with any identity card service, still lists them', () => {
    const d = talkOn('cnh-renovacao', 'e a do rg?');
    expect(d.state.view.at).toBe('results');
  });
});

describe('round 78: "tava certo antes" goes back to the service before a correction', () => {
  for (const text of ['nao nao, tava certo antes, é renovar mesmo que ela venceu', 'era o de antes mesmo', 'desculpa, o anterior tava certo']) {
    it(`"${text}" after correcting the CNH renewal to its 2nd copy shows the renewal again`, () => {
      const d = talkOn('cnh-renovacao', 'ops é a 2 via da cnh', text);
      expect(d.state.focus).toBe('cnh-renovacao');
      expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
    });
  }

  it('"volta pra anterior" in a walkthrough still goes to the previous step', () => {
    const d = talkOn('cnh-renovacao', 'ops é a 2 via da cnh', 'como faço', 'proxima', 'volta pra anterior');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-2a-via', step: 0 });
  });
});
