// The thirtieth session's rounds of r30b (3020 on): follow-up topics read in the citizen's words, and the card's
// sentences that answer. Written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 3020: a span of time asked as yes or no is the time asked', () => {
  it('"demora/sai/dura … mais/menos de N dias/semanas/meses" on a card answers its time', () => {
    const cases: [string, string][] = [
      ['certidao-debitos', 'sai em menos de uma semana?'],
      ['cin-2a-via', 'dura uns 15 dias?'],
      ['licenciamento-ambiental', 'passa de 30 dias?'],
      ['cadastro-escolar', 'em menos de um mes resolve?'],
      ['ipva-restituicao', 'o dinheiro chega em 2 meses?'],
    ];
    for (const [id, text] of cases) {
      const d = talkOn(id, text);
      expect(asked(d), `${id}: ${text}`).toContain('time');
      expect(d.state.focus, text).toBe(id);
    }
  });
  it('a story of days gone by is no question of the time', () => {
    const d = talkOn('cin-2a-via', 'ela saiu de casa faz 3 dias e nao voltou');
    expect(asked(d)).not.toContain('time');
  });
});

describe('round 3021: booking asked of a service marked online that still has a step at a desk', () => {
  it('says the part on the internet needs no booking, names the desk step and points to the official page', () => {
    for (const [id, text] of [['cadastro-escolar', 'tem que agendar horário?'], ['curso-tecnico', 'preciso marcar hora antes?']] as const) {
      const d = talkOn(id, text);
      expect(asked(d), text).toContain('appointment');
      const out = said(d);
      expect(out, text).toMatch(/internet/);
      expect(out, text).toMatch(/presencial/);
      expect(out, text).toMatch(/155|pagina oficial/);
      expect(out, text).not.toMatch(/nao informa se e preciso agendar/);
    }
  });
});

describe('round 3022: not following, said with a topic\'s word, asks that topic again', () => {
  it('"não entendi o valor", "não captei essa taxa" answer the cost; "não peguei o prazo" the time', () => {
    const cases: [string, string, string][] = [
      ['ipva', 'não entendi o valor', 'cost'],
      ['licenca-pesca', 'nao captei essa taxa', 'cost'],
      ['certidao-debitos', 'nao peguei o prazo', 'time'],
    ];
    for (const [id, text, topic] of cases) {
      const d = talkOn(id, text);
      expect(asked(d), `${id}: ${text}`).toContain(topic);
    }
  });
});

describe('round 3023: sending someone in one\'s place asks who may ask', () => {
  it('"dá pra enviar meu irmão?", "mando alguém no meu lugar?" answer who may ask', () => {
    const cases: [string, string][] = [
      ['cin-2a-via', 'dá pra enviar meu irmão?'],
      ['crlv-licenciamento', 'mando alguém no meu lugar?'],
      ['doacao-sangue', 'posso mandar um amigo?'],
    ];
    for (const [id, text] of cases) {
      const d = talkOn(id, text);
      expect(asked(d), `${id}: ${text}`).toContain('requirements');
    }
  });
  it('sending a paper is no person sent', () => {
    const d = talkOn('cin-2a-via', 'posso mandar os documentos por email?');
    expect(asked(d)).not.toContain('requirements');
  });
});

describe('round 3024: the ages one may do it at, and asking for a child in the first person, are who may ask', () => {
  it('"com que idade posso tirar?", "até que idade pode?" answer who may ask', () => {
    const cases: [string, string][] = [
      ['cnh-primeira-habilitacao', 'com que idade posso tirar?'],
      ['eja', 'até que idade pode?'],
      ['curso-tecnico', 'a partir de que idade pode se inscrever?'],
    ];
    for (const [id, text] of cases) {
      const d = talkOn(id, text);
      expect(asked(d), `${id}: ${text}`).toContain('requirements');
    }
  });
  it('"ela tem 8 anos, eu que peço pra ela?" answers who may ask, with the rules for minors', () => {
    const d = talkOn('cin-1a-via', 'ela tem 8 anos, eu que peço pra ela?');
    expect(asked(d)).toContain('requirements');
    expect(asked(d)).toContain('minors');
  });
  it('a minor\'s age with no one asking for them is still the rules for minors only', () => {
    const d = talkOn('cin-1a-via', 'ela tem 8 anos, precisa ir junto?');
    expect(asked(d)).not.toContain('requirements');
  });
});

describe('round 3025: the form the thing comes in is answered by the card\'s sentence that tells it', () => {
  it('"recebo em papel ou é digital?", "sai em pdf?", "a carteira vem impressa?" quote the sentence naming the form', () => {
    const cases: [string, string, RegExp][] = [
      ['antecedentes-criminais', 'recebo em papel ou é digital?', /pdf/],
      ['certidao-debitos', 'sai em pdf?', /pdf/],
      ['cin-2a-via', 'a carteira vem impressa?', /digital/],
    ];
    for (const [id, text, form] of cases) {
      const d = talkOn(id, text);
      expect(said(d), `${id}: ${text}`).toMatch(form);
    }
  });
  it('the fingerprints ("coleta das digitais") are no digital form', () => {
    const d = talkOn('cin-2a-via', 'a carteira vem impressa?');
    expect(said(d)).not.toMatch(/coleta das digitais/);
  });
});
