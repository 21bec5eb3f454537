import { describe, expect, it } from 'vitest';
import { ConversationState } from '../../src/conversation/types.ts';
import { EngineDriver, fixtureCatalogue, fixtureServices } from '../support/catalogue.ts';

describe('when the citizen greets the bot', () => {
  it('answers with a greeting and the menu: categories, search and a person', () => {
    const d = new EngineDriver();
    const replies = d.say('oi');
    expect(replies[0]?.text).toContain('Atende');
    expect(d.state.options.map((o) => o.id)).toEqual(['categories', 'search', 'handoff']);
  });

  it('accepts a greeting with accents and punctuation', () => {
    const d = new EngineDriver();
    d.say('Olá!!');
    expect(d.text).toContain('Como posso ajudar');
  });
});

describe('when the citizen browses by category', () => {
  it('lists the categories of the catalogue, then the services of the chosen one', () => {
    const d = new EngineDriver();
    d.say('oi');
    d.say('1');
    expect(d.state.view.at).toBe('categories');
    expect(d.state.options.map((o) => o.label)).toEqual(['Atendimento', 'Documentos', 'Impostos']);
    d.press('Impostos');
    expect(d.state.options.map((o) => o.id)).toEqual(['svc:ipva', 'svc:ipva-isencao']);
    expect(d.events).toContainEqual({ type: 'category_viewed', category: 'Impostos' });
  });
});

describe('when the citizen types free text', () => {
  it('with one clear hit, opens the service card directly', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
    expect(d.text).toContain('*O que é:*');
    expect(d.text).toContain('*Quem pode pedir:*');
    expect(d.text).toContain('*Quanto custa:*');
    expect(d.text).toContain('*Quanto tempo leva:*');
    expect(d.text).toContain('Parcialmente online');
    const search = d.events.find((e) => e.type === 'search');
    expect(search).toMatchObject({ type: 'search', results: expect.any(Number), topId: 'cin-2a-via' });
  });

  it('with several hits, lists up to 5 to choose from, and a number picks one', () => {
    const d = new EngineDriver();
    d.say('ipva');
    if (d.state.view.at === 'results') {
      const ids = d.state.options.map((o) => o.id);
      expect(ids.length).toBeLessThanOrEqual(6);
      expect(ids).toContain('svc:ipva');
      const n = ids.indexOf('svc:ipva') + 1;
      d.say(String(n));
    }
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'ipva' });
  });

  it('with no hit, says so and offers categories and a person', () => {
    const d = new EngineDriver();
    d.say('cortina de renda com babado'); // no service; a recipe ("bolo de cenoura") is answered as handled elsewhere: see data/fora-do-escopo.yaml
    expect(d.text).toContain('Não encontrei');
    expect(d.state.options.map((o) => o.id)).toEqual(['categories', 'handoff', 'menu']);
    expect(d.events).toContainEqual(expect.objectContaining({ type: 'search', results: 0 }));
  });

  it('redacts personal data from the recorded search query', () => {
    const d = new EngineDriver();
    d.say('meu cpf 529.982.247-25 perdi meu rg');
    const search = d.events.find((e) => e.type === 'search');
    expect(search && 'query' in search ? search.query : '').not.toContain('529');
  });
});

describe('on the service card', () => {
  it('offers passo a passo, documentos, onde fazer, the official link and related services', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    const ids = d.state.options.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining(['card:steps', 'card:docs', 'card:where', 'svc:agendamento-uai', 'menu']));
    expect(d.last?.replies[0]?.links?.[0]?.url).toBe('https://www.mg.gov.br/servico/cin');
    expect(d.state.options.find((o) => o.id === 'svc:agendamento-uai')?.label).toContain('Agendar atendimento na UAI');
  });

  it('"documentos" lists every document of every step once', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.say('documentos');
    expect(d.text).toContain('• CPF');
    expect(d.text.match(/• CPF/g)?.length).toBe(1);
  });

  it('"onde fazer" lists the channels and links them', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Onde fazer');
    expect(d.text).toContain('Site de identidade');
    expect(d.last?.replies[0]?.links?.length).toBeGreaterThan(0);
  });

  it('a related service opens its own card', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Agendar atendimento');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'agendamento-uai' });
  });
});

describe('in the step-by-step walkthrough', () => {
  it('shows "Etapa N de M" with documents, costs and channels, and goes forward and back', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Passo a passo');
    expect(d.text).toContain('Etapa 1 de 4');
    expect(d.text).toContain('*Documentos:*');
    d.press('Próxima');
    expect(d.text).toContain('Etapa 2 de 4');
    expect(d.text).toContain('*Custos:*');
    d.press('anterior');
    expect(d.text).toContain('Etapa 1 de 4');
    d.say('próxima');
    expect(d.text).toContain('Etapa 2 de 4');
    d.say('voltar');
    expect(d.text).toContain('Etapa 1 de 4');
  });

  it('at the last step, "Concluir" finishes the walkthrough and asks for feedback', () => {
    const d = new EngineDriver();
    d.say('ipva');
    d.send({ kind: 'option', id: 'svc:ipva' });
    d.press('Passo a passo');
    d.press('Próxima');
    expect(d.text).toContain('Etapa 2 de 2');
    d.press('Concluir');
    expect(d.text).toContain('Essa informação ajudou?');
    expect(d.events).toContainEqual({ type: 'walkthrough_finished', serviceId: 'ipva' });
    expect(d.state.outcome).toBe('walkthrough_finished');
    d.say('sim');
    expect(d.events).toContainEqual({ type: 'feedback', helpful: true, serviceId: 'ipva' });
    expect(d.state.view.at).toBe('menu');
  });

  it('leaving returns to the service card', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Passo a passo');
    d.press('Sair do passo a passo');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
  });
});

describe('when the citizen fills a request form', () => {
  function toForm(): EngineDriver {
    const d = new EngineDriver();
    d.send({ kind: 'option', id: 'svc:agendamento-uai' });
    d.press('Fazer solicitação');
    return d;
  }

  it('asks one field at a time, re-asks with a specific hint, confirms and returns a protocol', () => {
    const d = toForm();
    expect(d.text).toContain('(1/6) Nome completo');
    d.say('Maria');
    expect(d.text).toContain('nome completo');
    d.say('Maria da Silva');
    expect(d.text).toContain('(2/6) CPF');
    d.say('123.456.789-00');
    expect(d.text).toContain('dígitos verificadores');
    d.say('529.982.247-25');
    expect(d.text).toContain('(3/6) Município');
    d.say('Gotham');
    expect(d.text).toContain('Não encontrei esse município');
    d.say('uberlandia');
    d.say('01/01/2020');
    expect(d.text).toContain('já passou');
    d.say('15/12/2026');
    expect(d.text).toContain('1. Identidade');
    d.say('2');
    expect(d.text).toContain('pular');
    d.say('pular');
    expect(d.text).toContain('Confira seus dados');
    expect(d.text).toContain('Uberlândia');
    expect(d.text).toContain('529.982.247-25');
    d.press('Confirmar');
    expect(d.text).toMatch(/protocolo é \*ATD-20261125-000001\*/);
    expect(d.requests).toEqual([
      { protocol: 'ATD-20261125-000001', serviceId: 'agendamento-uai', answers: { nome: 'Maria da Silva', cpf: '529.982.247-25', municipio: 'Uberlândia', data: '15/12/2026', tipo: 'Trânsito', email: '' } },
    ]);
    expect(d.events).toContainEqual({ type: 'form_submitted', serviceId: 'agendamento-uai', protocol: 'ATD-20261125-000001' });
    expect(d.state.outcome).toBe('request_submitted');
    expect(d.text).toContain('Essa informação ajudou?');
  });

  it('never puts the personal answers into events', () => {
    const d = toForm();
    for (const answer of ['Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'maria@example.com']) d.say(answer);
    d.say('sim');
    const dump = JSON.stringify(d.events);
    expect(d.requests).toHaveLength(1);
    expect(dump).not.toContain('Maria');
    expect(dump).not.toContain('529.982');
    expect(dump).not.toContain('maria@example.com');
  });

  it('"cancelar" abandons the form and stores nothing', () => {
    const d = toForm();
    d.say('Maria da Silva');
    d.say('cancelar');
    expect(d.text).toContain('cancelada');
    // Round 3040: the request is dropped, not its service.
    expect(d.state.view.at).toBe('service');
    expect(d.requests).toEqual([]);
  });

  it('"voltar" goes back to the previous field', () => {
    const d = toForm();
    d.say('Maria da Silva');
    d.say('voltar');
    expect(d.text).toContain('(1/6) Nome completo');
  });

  it('"Corrigir" at the summary starts the form again', () => {
    const d = toForm();
    for (const answer of ['Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'pular']) d.say(answer);
    d.press('Corrigir');
    expect(d.text).toContain('(1/6) Nome completo');
  });

  it('"consultar protocolo N" shows the status of the request', () => {
    const d = toForm();
    for (const answer of ['Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'pular', 'sim']) d.say(answer);
    d.say('não');
    d.say('consultar protocolo ATD-20261125-000001');
    expect(d.text).toContain('Protocolo ATD-20261125-000001');
    expect(d.text).toContain('Agendar atendimento na UAI');
    expect(d.text).toContain('Recebida');
    d.say('consultar protocolo ATD-20261125-999999');
    expect(d.text).toContain('Não encontrei o protocolo');
  });
});

describe('commands that work anywhere', () => {
  it('"menu" returns to the menu from inside a walkthrough', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Passo a passo');
    d.say('MENU');
    expect(d.state.view.at).toBe('menu');
  });

  it('"ajuda" explains how to use the bot and keeps the current options', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    const before = d.state.options;
    d.say('ajuda');
    expect(d.text).toContain('Como usar');
    expect(d.state.options).toEqual(before);
  });

  it('"atendente" gives LigMinas 155, the UAI and the Ouvidoria, and records a handoff', () => {
    const d = new EngineDriver();
    d.say('atendente');
    expect(d.text).toContain('155');
    expect(d.text).toContain('UAI');
    expect(d.text).toContain('Ouvidoria');
    expect(d.events).toContainEqual({ type: 'handoff' });
    expect(d.state.outcome).toBe('handoff');
  });

  it('"sair" ends the session', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.say('sair');
    expect(d.last?.end).toBe('service_viewed');
    expect(d.text).toContain('encerrado');
  });

  it('"voltar" from a service returns to the search results or menu it came from', () => {
    const d = new EngineDriver();
    d.say('oi');
    d.press('categoria');
    d.press('Impostos');
    d.press('Isenção');
    d.say('voltar');
    expect(d.state.view).toEqual({ at: 'category', category: 'Impostos' });
    d.say('voltar');
    expect(d.state.view.at).toBe('categories');
  });
});

describe('when the bot does not understand', () => {
  it('a number out of range repeats the options', () => {
    const d = new EngineDriver();
    d.say('oi');
    d.say('9');
    expect(d.text).toContain('Digite um número de 1 a 3');
    expect(d.last?.replies[0]?.options?.length).toBe(3);
  });

  it('emoji only gets a helpful reply and a not-understood event', () => {
    const d = new EngineDriver();
    d.say('🔥🤡');
    expect(d.text).toContain('Não entendi');
    expect(d.events).toContainEqual(expect.objectContaining({ type: 'not_understood' }));
  });

  it('a photo or voice note gets "ainda só entendo texto"', () => {
    const d = new EngineDriver();
    d.send({ kind: 'media', media: 'voice' });
    expect(d.text).toContain('Ainda só entendo texto');
  });

  it('a button from an old message that no longer applies gets a polite note and the current options', () => {
    const d = new EngineDriver();
    d.say('oi');
    d.send({ kind: 'option', id: 'walk:next' });
    expect(d.text).toContain('mensagem antiga');
    expect(d.state.options.length).toBeGreaterThan(0);
  });

  it('an empty message is answered, never silently dropped', () => {
    const d = new EngineDriver();
    expect(d.say('   ').length).toBeGreaterThan(0);
  });
});

describe('when a service leaves the catalogue mid-conversation', () => {
  it('apologises and shows the menu', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Passo a passo');
    const smaller = fixtureCatalogue(fixtureServices.filter((s) => s.id !== 'cin-2a-via'));
    const d2 = new EngineDriver(smaller);
    d2.state = d.state;
    d2.say('próxima');
    expect(d2.text).toContain('saiu do catálogo');
    expect(d2.state.view.at).toBe('menu');
    expect(ConversationState.safeParse(d2.state).success).toBe(true);
  });
});

describe('deep links', () => {
  it('/start with a service id opens that service', () => {
    const d = new EngineDriver();
    d.send({ kind: 'start', payload: 'ipva' });
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'ipva' });
  });

  it('/start with an unknown id opens the menu', () => {
    const d = new EngineDriver();
    d.send({ kind: 'start', payload: 'nao-existe' });
    expect(d.state.view.at).toBe('menu');
  });
});

describe('protocol look-up', () => {
  it('accepts the number with spaces or in lower case', () => {
    const d = new EngineDriver();
    d.send({ kind: 'option', id: 'svc:agendamento-uai' });
    d.press('Fazer solicitação');
    for (const answer of ['Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026', '1', 'pular', 'sim']) d.say(answer);
    d.say('qual a situação do protocolo atd 20261125 000001');
    expect(d.text).toContain('Protocolo ATD-20261125-000001');
  });
});
