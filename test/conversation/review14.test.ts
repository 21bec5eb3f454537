// The fourteenth session's review (helper rv14): one base list of the verbs of wanting (cues.ts WANT_OPENERS) and of
// losing (story.ts LOSING), each reader's own additions kept only where a phrasing needs them. Each test was checked
// to fail without the change.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('the verbs of wanting, one base list and the additions each reader needs', () => {
  it('"desejo agendar um atendimento presencial" and "venho solicitar o agendamento…" on the UAI card open the form', () => {
    expect(talkOn('agendamento-uai', 'Desejo agendar um atendimento presencial.').state.view.at).toBe('form');
    expect(talkOn('agendamento-uai', 'Venho solicitar o agendamento de um atendimento presencial.').state.view.at).toBe('form');
  });

  it('"procuro curso de graça" looks for a free course: it does not ask the cost', () => {
    const d = talk('procuro curso de graça');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(asked(d)).not.toContain('cost');
  });

  it('"Não, eu já registrei. Gostaria apenas de imprimir o boletim." opens the printing, like "Quero apenas…"', () => {
    expect(talkOn('bo-acidente-sem-vitima', 'Não, eu já registrei. Gostaria apenas de imprimir o boletim.').state.focus).toBe('consulta-reds');
  });
});

describe('the verbs of losing, one base list for the story and for a detail lost', () => {
  it('"deixei o número em casa" on the REDS lookup is a number left behind, like "esqueci…": it stays on the card', () => {
    expect(talkOn('consulta-reds', 'deixei o número em casa').state.focus).toBe('consulta-reds');
  });
});
