// The nineteenth session's rounds of helper r19c (1440 on): navigation, small talk, corrections. One `describe` per
// round; each test was checked to fail on the code before its round. Written from the citizen's side, in the
// informal way people type on a phone, on services other than the dialogues' own.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

/** The step on screen (1-based), or undefined outside the steps. */
const stepOf = (d: ReturnType<typeof talkOn>): number | undefined => (d.state.view.at === 'walkthrough' ? d.state.view.step + 1 : undefined);

describe('round 1440: a step recalled ("qual era o primeiro msm?"), gone back to on another service, or asked for "por etapa"', () => {
  it('in the steps, "qual era o primeiro mesmo?", "e o terceiro, qual foi?" and the like open that step', () => {
    const cases: [string, string, number][] = [
      ['avcb', 'qual era o primeiro mesmo?', 1],
      ['avcb', 'e o terceiro, qual foi?', 3],
      ['avcb', 'qual era a etapa 2 msm?', 2],
      ['gta', 'e o primeiro qual era?', 1],
      ['gta', 'qual era o segundo mesmo?', 2],
      ['crlv-licenciamento', 'o primeiro qual era ne?', 1],
    ];
    for (const [id, q, n] of cases) {
      const d = talkOn(id, 'passo a passo', 'vai pro ultimo', q);
      expect(stepOf(d), `${id}: ${q}`).toBe(n);
    }
  });

  it('a question about something of the step in the same words is still a question ("qual era o primeiro documento?")', () => {
    const d = talkOn('avcb', 'passo a passo', 'vai pro ultimo', 'qual foi o valor?');
    expect(asked(d)).toEqual(['cost']);
    expect(stepOf(d)).toBe(5);
    const doc = talkOn('cnh-renovacao', 'passo a passo', 'vai pro ultimo', 'qual era o primeiro documento?');
    expect(stepOf(doc)).not.toBe(1);
    expect(asked(doc)).toEqual(['documents']);
  });

  it('after a detour to another service, "voltando pro X, qual era o passo N?" opens step N of X', () => {
    const cases: [string, string[], string, string, number][] = [
      ['ipva', ['passo a passo', 'e como faço o licenciamento?'], 'voltando pro ipva, qual era o passo 2?', 'ipva', 2],
      ['ipva', ['passo a passo', 'e como tiro o crlv?'], 'volta pro ipva, a etapa 3', 'ipva', 3],
      ['seguro-desemprego', ['passo a passo', 'e o sine, como funciona a vaga de emprego?'], 'voltando pro seguro, qual era a etapa 3?', 'seguro-desemprego', 3],
      ['cin-2a-via', ['passo a passo', 'proximo', 'e o boletim de ocorrencia de perda, como faço?'], 'voltando pra identidade, qual era o passo 1 msm?', 'cin-2a-via', 1],
    ];
    for (const [id, before, q, back, n] of cases) {
      const d = talkOn(id, ...before);
      expect(d.state.focus, q).not.toBe(back);
      d.say(q);
      expect(d.state.view, q).toMatchObject({ at: 'walkthrough', serviceId: back });
      expect(stepOf(d), q).toBe(n);
    }
  });

  it('going back with no step asked still shows the card gone back to', () => {
    const d = talkOn('ipva', 'passo a passo', 'e como faço o licenciamento?', 'voltando pro ipva');
    expect(d.state.view).toMatchObject({ at: 'service', serviceId: 'ipva' });
  });

  it('a first message that asks for the steps "por etapa" or "em passos" opens the first step', () => {
    const cases: [string, string][] = [
      ['preciso renovar a cnh, me explica por etapa', 'cnh-renovacao'],
      ['segunda via do rg, me explica por etapas', 'cin-2a-via'],
      ['quero abrir uma empresa, me explica em passos', 'abrir-empresa'],
    ];
    for (const [q, id] of cases) {
      const d = talk(q);
      expect(d.state.view, q).toMatchObject({ at: 'walkthrough', serviceId: id, step: 0 });
    }
  });

  it('without asking for the steps, the first message still shows the card', () => {
    expect(kinds(talk('preciso renovar a cnh'))).toContain('card');
    expect(talk('como faço pra renovar a cnh?').state.view.at).toBe('service');
  });
});

describe('round 1441: in a form, an earlier answer corrected with its new value "e não" the old one', () => {
  const lastText = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join(' ');
  const onDate = (id: string, town: string): ReturnType<typeof talkOn> => talkOn(id, 'quero fazer o pre agendamento', 'thiago martins rosa', '205.937.614-99', town);

  it('"na vdd quero ser atendido em contagem e nao bh" and the like take the new town and ask the field again', () => {
    const cases: [string, string, string, string][] = [
      ['cin-2a-via', 'belo horizonte', 'ops, na vdd quero ser atendido em contagem e nao bh', 'Contagem'],
      ['cin-2a-via', 'contagem', 'errei, a cidade é betim e não contagem', 'Betim'],
      ['cin-2a-via', 'uberaba', 'na verdade é em uberlandia e nao em uberaba', 'Uberlândia'],
    ];
    for (const [id, town, q, now] of cases) {
      const d = onDate(id, town);
      expect(d.state.view.at, q).toBe('form');
      d.say(q);
      expect(d.state.view.at, q).toBe('form');
      expect(lastText(d), q).toContain(now);
    }
  });

  it('a name corrected "é X e não Y" keeps no trailing "e"', () => {
    const d = onDate('cin-2a-via', 'betim');
    d.say('errei meu nome, é Thiago Martins Rocha e nao Tiago');
    expect(lastText(d)).toContain('*Thiago Martins Rocha*');
  });

  it('a correction with its value before a pause still works as before ("ops, é em sete lagoas, nao betim")', () => {
    const d = talkOn('agendamento-uai', 'quero fazer o pedido de agendamento', 'larissa oliveira campos', '658.420.193-70', 'betim', 'ops, é em sete lagoas, nao betim');
    expect(lastText(d)).toContain('Sete Lagoas');
  });
});
