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

describe('round 4361: "eu ou X?", who of the two does it', () => {
  it('the citizen set against another party asks who may ask', () => {
    const cases: [string, string][] = [
      ['exames-detran', 'quem agenda a prova, eu ou o instrutor?'],
      ['primeiro-emplacamento', 'a concessionaria emplaca ou sou eu?'],
      ['transferencia-veiculo', 'quem faz a transferencia, o vendedor ou eu que comprei?'],
      ['itcd', 'a declaração é eu mesmo que faço ou o advogado?'],
    ];
    for (const [service, text] of cases) {
      const d = talkOn(service, text);
      expect(d.state.focus, text).toBe(service);
      expect(lastHint(d), text).toMatchObject({ kind: 'follow_up', serviceId: service, topic: 'requirements' });
    }
  });
  it('the answer names the other party the card speaks of', () => {
    expect(said(talkOn('primeiro-emplacamento', 'a concessionaria emplaca ou sou eu?'))).toMatch(/concessionaria ou revenda/);
  });
  it('two ways of doing it, with no "eu", ask no who', () => {
    const d = talkOn('ipva', 'posso pagar no cartao ou no pix?');
    expect(lastHint(d)).not.toMatchObject({ topic: 'requirements' });
    expect(kinds(d)).not.toContain('no_results');
  });
});

describe('round 4362: having to go to an office, asked on a card', () => {
  it('"ir em/a <office>" asks whether it is done in person, on the card in view', () => {
    const cases: [string, string][] = [
      ['disque-denuncia', 'depois da ligação preciso ir em delegacia?'],
      ['abrir-empresa', 'vou ter que ir a cartório?'],
      ['bo-furto', 'tenho que comparecer em delegacia depois?'],
    ];
    for (const [service, text] of cases) {
      const d = talkOn(service, text);
      expect(d.state.focus, text).toBe(service);
      expect(kinds(d), text).not.toContain('results');
      expect(lastHint(d), text).toMatchObject({ kind: 'follow_up', serviceId: service });
    }
  });
  it('the office does not hide a request for another service said with it', () => {
    const d = talkOn('ipva', 'tenho que ir em delegacia pra fazer o boletim de ocorrência de perda dos documentos?');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 4363: a channel said to be the only one', () => {
  it('"só pelo telefone", "só na agência" ask by which ways it is done', () => {
    const cases: [string, string][] = [
      ['agendamento-uai', 'me falaram que só consigo marcar pelo telefone 155, procede?'],
      ['cemig-conta', 'a conta vencida só pode ser paga na agência deles?'],
      ['ouvidoria', 'é somente por telefone que reclamo?'],
    ];
    for (const [service, text] of cases) {
      const d = talkOn(service, text);
      expect(d.state.focus, text).toBe(service);
      expect(lastHint(d), text).toMatchObject({ kind: 'follow_up', serviceId: service, topic: 'online' });
    }
  });
  it('the phone number asked plainly is still the contact', () => {
    expect(lastHint(talkOn('ouvidoria', 'qual o telefone?'))).toMatchObject({ topic: 'contact' });
  });
});

describe('round 4364: what is said to be enough to bring', () => {
  it('"basta levar X", "é só levar X" ask for the documents of the card in view', () => {
    for (const [service, text] of [['agendamento-uai', 'minha irmã disse que basta levar o RG, confere?'], ['cin-2a-via', 'é só levar a certidão de nascimento?']] as const) {
      const d = talkOn(service, text);
      expect(d.state.focus, text).toBe(service);
      expect(lastHint(d), text).toMatchObject({ kind: 'follow_up', serviceId: service, topic: 'documents' });
    }
  });
});
