// "Dá para fazer tudo pela internet?" on a service marked online whose own steps still send the citizen to a desk
// (the enrolment at the school, the visitor's registration at the prison unit): the answer must not say "tudo".
import { describe, expect, it } from 'vitest';
import { inPersonSteps } from '../../src/catalogue/delivery.ts';
import { asked, realCatalogue, talkOn } from './real.ts';

const service = (id: string) => {
  const s = realCatalogue.byId.get(id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
};

describe('online or in person, read from the steps too', () => {
  it('on the school transfer, names the steps done at the school instead of saying it is all online', () => {
    const s = service('transferencia-escola');
    expect(s.delivery).toBe('online');
    const d = talkOn(s.id, 'da pra fazer tudo pela internet?');
    expect(asked(d)).toEqual(['online']);
    expect(d.text).not.toMatch(/tudo pela internet/i);
    for (const i of inPersonSteps(s)) expect(d.text).toContain(s.steps[i]?.title ?? '?');
    expect(inPersonSteps(s).length).toBeGreaterThan(0);
  });

  it('on the virtual prison visit, says the visitor registration is in person', () => {
    const s = service('visita-virtual');
    const d = talkOn(s.id, 'tem q ir la ou e tudo online?');
    expect(d.text).not.toMatch(/tudo pela internet/i);
    expect(d.text).toContain(s.steps[0]?.title ?? '?');
  });

  it('still says "tudo pela internet" on a service whose every step is online', () => {
    const s = realCatalogue.services.find((x) => x.delivery === 'online' && inPersonSteps(x).length === 0 && x.steps.every((st) => st.channels.some((c) => c.type.startsWith('web'))));
    expect(s).toBeDefined();
    const d = talkOn(s?.id ?? '', 'da pra fazer tudo pela internet?');
    expect(d.text).toMatch(/tudo pela internet/i);
  });

  it('does not say "no booking, it is all online" when a step is at a desk', () => {
    const d = talkOn('transferencia-escola', 'precisa agendar?');
    expect(asked(d)).toEqual(['appointment']);
    expect(d.text).not.toMatch(/todo pela internet/i);
  });
});

describe('the card and the "where" answer on such a service', () => {
  it('do not call the school transfer "totalmente online" while listing the school secretariats', () => {
    const card = talkOn('transferencia-escola');
    expect(card.text).not.toMatch(/totalmente online/i);
    expect(card.text).toMatch(/presencia/i);
    const d = talkOn('transferencia-escola', 'onde faço isso?');
    expect(asked(d)).toEqual(['where']);
    expect(d.text).not.toMatch(/totalmente online/i);
  });

  it('still call a service done wholly on the internet "totalmente online"', () => {
    const s = realCatalogue.services.find((x) => x.delivery === 'online' && inPersonSteps(x).length === 0);
    expect(talkOn(s?.id ?? '').text).toMatch(/totalmente online/i);
  });
});
