// The twelfth session's rounds by helper ra12 (260–269), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

/** A UAI booking filled up to the field asked after `answers`. */
function uaiForm(...answers: string[]): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  for (const answer of answers) d.say(answer);
  return d;
}

/** The index of the form field asked, or undefined outside a form. */
function fieldAsked(d: ReturnType<typeof talkOn>): number | undefined {
  const view = d.state.view;
  return view.at === 'form' ? view.field : undefined;
}

describe('round 260: a short denial of the card in view, a pause, then what it is', () => {
  it('"não é a primeira. Perdi a minha, preciso da segunda via" on the 1st copy of the CIN opens the 2nd copy', () => {
    const d = talk('Quero tirar a carteira de identidade.');
    expect(d.state.focus).toBe('cin-1a-via');
    d.say('Não é a primeira. Eu perdi a minha, preciso da segunda via.');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 261: "não quero X, quero <the card in view>" shows the card again', () => {
  it('"não quero consultar, quero recorrer…" on the appeal against a fine shows that card, not a short line', () => {
    const d = talkOn('recurso-multa');
    d.say('Não quero só consultar, quero recorrer porque a multa veio errada.');
    expect(d.state.focus).toBe('recurso-multa');
    expect(d.events.filter((e) => e.type === 'service_viewed' && e.serviceId === 'recurso-multa').length).toBeGreaterThanOrEqual(2);
  });
});
