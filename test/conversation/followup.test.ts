// Follow-up questions about the service in focus, answered from that service's own fields.
import { describe, expect, it } from 'vitest';
import { serviceDocuments } from '../../src/conversation/documents.ts';
import type { Topic } from '../../src/conversation/types.ts';
import { EngineDriver } from '../support/catalogue.ts';
import { kinds, realCatalogue, talk } from './real.ts';

const lastHint = (d: EngineDriver) => d.last?.replies.at(-1)?.hint;
const turnEvents = (d: EngineDriver) => d.last?.events ?? [];

describe('on a service card, a question about that service', () => {
  it('"quanto custa?" answers the cost of the service in focus, without a search', () => {
    const d = talk('perdi meu rg', 'quanto custa?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cin-2a-via', topic: 'cost' });
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
    expect(turnEvents(d)).toEqual([{ type: 'follow_up', kind: 'cost', serviceId: 'cin-2a-via' }]);
  });

  it('"quais documentos preciso levar" lists every document of that service', () => {
    const d = talk('perdi meu rg', 'quais documentos preciso levar');
    const s = realCatalogue.byId.get('cin-2a-via');
    expect(lastHint(d)).toMatchObject({ kind: 'follow_up', topic: 'documents' });
    for (const doc of s ? serviceDocuments(s) : ['?']) expect(d.text).toContain(doc);
  });

  it('"e quanto tempo demora?" on Renovação da CNH answers its time', () => {
    const d = talk('renovar cnh', 'e quanto tempo demora?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'time' });
  });

  it('"quem tem direito?" on Seguro-desemprego answers who can ask, with the catalogue requirements', () => {
    const d = talk('seguro desemprego', 'quem tem direito?');
    const s = realCatalogue.byId.get('seguro-desemprego');
    expect(lastHint(d)).toMatchObject({ kind: 'follow_up', serviceId: 'seguro-desemprego', topic: 'requirements' });
    expect(d.text).toContain(s?.requesters[0]?.requirements.slice(0, 40) ?? '?');
  });

  const phrasings: [string, Topic][] = [
    ['quanto custa?', 'cost'],
    ['qnto custa', 'cost'],
    ['é de graça?', 'cost'],
    ['tem taxa?', 'cost'],
    ['quais documentos?', 'documents'],
    ['o q preciso levar', 'documents'],
    ['quais documetos', 'documents'],
    ['onde faço?', 'where'],
    ['aonde eu vou', 'where'],
    ['quanto tempo demora?', 'time'],
    ['demora mto?', 'time'],
    ['qual o prazo', 'time'],
    ['da pra fazer online?', 'online'],
    ['tenho q ir pessoalmente?', 'online'],
    ['quem pode pedir?', 'requirements'],
    ['quais os requisitos', 'requirements'],
    ['precisa agendar?', 'appointment'],
    ['tem que marcar horário?', 'appointment'],
    ['e se for menor de idade?', 'minors'],
    ['meu filho pode?', 'minors'],
    ['qual o site?', 'link'],
    ['manda o link', 'link'],
    ['como faço?', 'how'],
    ['como que faz', 'how'],
    ['qual o telefone?', 'contact'],
    ['dá para fazer por telefone?', 'contact'],
    ['tenho que ir na UAI?', 'online'],
    ['a UAI abre no sábado?', 'hours'],
  ];
  for (const [text, topic] of phrasings) {
    it(`"${text}" is answered as ${topic}, and the service stays in focus`, () => {
      const d = talk('perdi meu rg', text);
      // "como faço?" answers with the list of steps, then the walkthrough's first step (round 18).
      expect(d.last?.replies.map((r) => r.hint)).toContainEqual({ kind: 'follow_up', serviceId: 'cin-2a-via', topic });
      if (topic !== 'how') expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cin-2a-via', topic });
      expect(d.state.focus).toBe('cin-2a-via');
    });
  }

  it('"quem pode fazer a inscrição?" asks who may enrol; it does not start the enrolment', () => {
    const d = talk('cadastro escolar', 'Quem pode fazer a inscrição?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cadastro-escolar', topic: 'requirements' });
  });

  it('"e se foi roubado?" after the cost asks the cost again on that condition, about the same service', () => {
    const d = talk('perdi meu rg', 'qto custa', 'e se foi roubado?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cin-2a-via', topic: 'cost' });
  });

  it('an age in the question ("meu filho tem 8 anos") names no other service', () => {
    const d = talk('tirar rg pela primeira vez', 'e pra crianca como q faz? meu filho tem 8 anos');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(d.last?.replies.map((r) => r.hint?.kind)).toContain('follow_up');
  });

  it('the rule for minors quotes who may ask when that is where the age is ("maior de 18 anos")', () => {
    const s = realCatalogue.byId.get('bo-perda-documentos');
    const d = talk();
    d.send({ kind: 'start', payload: 'bo-perda-documentos' });
    d.say('e se eu for menor de idade?');
    expect(d.text).toContain(s?.requesters.find((r) => /18 anos/.test(r.type))?.type ?? '?');
  });

  it('answers two questions asked at once', () => {
    const d = talk('renovar cnh', 'quanto custa e quanto tempo demora?');
    expect(d.last?.replies.map((r) => r.hint)).toEqual([
      { kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'cost' },
      { kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'time' },
    ]);
  });

  it('keeps the card options and the official link with the answer', () => {
    const d = talk('perdi meu rg', 'quanto custa?');
    expect(d.state.options.map((o) => o.id)).toEqual(expect.arrayContaining(['card:steps', 'card:docs', 'card:where', 'menu']));
    expect(d.last?.replies[0]?.links?.some((l) => l.url === realCatalogue.byId.get('cin-2a-via')?.url)).toBe(true);
  });
});

describe('when the catalogue has no answer', () => {
  it('says so and points to the official page or LigMinas 155', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.say('e se for menor de idade?');
    expect(d.text).toContain('O catálogo não informa');
    expect(d.text).toContain('155');
    expect(d.last?.replies[0]?.links?.[0]?.url).toBe('https://www.mg.gov.br/servico/cin');
  });

  it('"a clinica abre sabado?" on Renovação da CNH: no opening hours in the catalogue, so it says so, on the same card', () => {
    const d = talk();
    d.send({ kind: 'start', payload: 'cnh-renovacao' });
    d.say('a clinica abre sabado?');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'hours' });
    expect(d.text).toContain('155');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
  });

  it('"como abro um cnpj" is not a question about opening hours', () => {
    const d = talk();
    d.send({ kind: 'start', payload: 'cnh-renovacao' });
    d.say('como abro um cnpj');
    // How to open a company is asked (round 769: "como" with a verb in the first person asks how), never the hours.
    expect(d.last?.replies.map((r) => (r.hint && 'topic' in r.hint ? r.hint.topic : undefined))).not.toContain('hours');
    expect(d.state.focus).toBe('abrir-empresa');
  });

  it('never gives a fee the catalogue does not have', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.say('quanto custa?');
    expect(d.text).not.toMatch(/R\$/);
  });
});

describe('the service stays in focus after its steps and its form', () => {
  it('in a walkthrough, the answer keeps the step and its options', () => {
    const d = talk('perdi meu rg', 'passo a passo', 'próxima', 'quanto custa?');
    expect(lastHint(d)).toMatchObject({ kind: 'follow_up', topic: 'cost' });
    expect(d.state.view).toEqual({ at: 'walkthrough', serviceId: 'cin-2a-via', step: 1 });
    expect(d.state.options.map((o) => o.id)).toContain('walk:next');
  });

  it('in a form, the answer is followed by the same field, with the answers kept', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', 'quanto custa?');
    expect(kinds(d)).toEqual(['follow_up', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 1, answers: { nome: 'Maria da Silva' } });
  });

  it('after the walkthrough ends, a question is still about that service', () => {
    const d = talk('ipva', 'passo a passo', 'próxima', 'próxima', 'próxima');
    d.say('sim');
    d.say('precisa agendar?');
    expect(lastHint(d)).toMatchObject({ kind: 'follow_up', serviceId: 'ipva' });
  });
});

describe('a message that names another service', () => {
  it('"e a CNH?" is a new search, not a question about the identity card', () => {
    const d = talk('perdi meu rg', 'quanto custa?', 'e a CNH?');
    expect(d.state.focus).not.toBe('cin-2a-via');
    const shown = [d.text, ...d.state.options.map((o) => o.label)].join('\n');
    expect(shown).toMatch(/CNH/);
    expect(d.last?.events.some((e) => e.type === 'search')).toBe(true);
  });

  it('"quanto tempo demora a cnh definitiva" is not answered about the card in focus', () => {
    const d = talk('perdi meu rg', 'quanto tempo demora a cnh definitiva');
    expect(d.state.focus).not.toBe('cin-2a-via');
    expect(d.text).not.toContain('Carteira de Identidade');
  });

  it('"quanto custa a segunda via da cnh?" answers the cost of that other service', () => {
    const d = talk('perdi meu rg', 'quanto custa a segunda via da cnh?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cnh-2a-via', topic: 'cost' });
    expect(d.state.focus).toBe('cnh-2a-via');
  });

  it('"e a renovação da cnh?" after a cost answer asks the same about the new service', () => {
    const d = talk('ipva', 'quanto custa', 'e a renovação da cnh?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'cost' });
  });

  it('a question that matches several services lists them, and the one chosen gets the answer', () => {
    const d = talk('ipva', 'quanto custa a identidade?');
    expect(d.state.view.at).toBe('results');
    const n = d.state.options.findIndex((o) => o.id === 'svc:cin-1a-via') + 1;
    expect(n).toBeGreaterThan(0);
    d.say(String(n));
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cin-1a-via', topic: 'cost' });
  });
});

describe('a question with no service in focus', () => {
  it('asks which service, and answers the question once it is named', () => {
    const d = talk('quanto custa?');
    expect(d.text).toContain('Sobre qual serviço');
    expect(d.events.some((e) => e.type === 'service_viewed')).toBe(false);
    d.say('renovar cnh');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'cost' });
  });

  it('a first message that asks about a named service answers it directly', () => {
    const d = talk('quanto custa a renovação da cnh?');
    expect(lastHint(d)).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'cost' });
    expect(d.events).toContainEqual({ type: 'service_viewed', serviceId: 'cnh-renovacao' });
  });
});

describe('the follow-up event', () => {
  it('carries the topic and the service only, never what the citizen typed', () => {
    const d = talk('segunda via do rg', 'fazer solicitação', 'Maria da Silva', '529.982.247-25', 'quanto tempo demora?');
    const events = d.events.filter((e) => e.type === 'follow_up');
    expect(events).toEqual([{ type: 'follow_up', kind: 'time', serviceId: 'cin-2a-via' }]);
    expect(JSON.stringify(d.events)).not.toContain('Maria');
    expect(JSON.stringify(d.events)).not.toContain('529.982');
  });
});
