// The seventeenth session's rounds by r17b (920–939): first messages and stories where the citizen's situation, not a
// single keyword, names the service. One `describe` per round; each test was checked to fail on the code before it.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/index.ts';
import { asked, kinds, realCatalogue, talk, talkOn } from './real.ts';

describe('round 920: a fine told with "mas era meu genro q tava dirigindo" opens the driver\'s nomination', () => {
  for (const said of [
    'chegou multa de radar no meu nome mas era meu genro q tava dirigindo',
    'chegou uma multa no meu nome, so que era meu filho q tava dirigindo',
  ]) {
    it(`"${said}" opens the driver's nomination`, () => {
      expect(talk(said).state.focus).toBe('indicacao-condutor');
    });
  }

  it('the search reads "meu genro q tava dirigindo" as the relative driving (the progressive\'s "tava" left out)', () => {
    const index = buildSearchIndex(realCatalogue);
    for (const said of ['era meu genro q tava dirigindo', 'o carro tava com meu sogro, ele q tava dirigindo']) {
      const found = index.search(said);
      expect(found.clear).toBe(true);
      expect(found.hits[0]?.id).toBe('indicacao-condutor');
    }
  });

  it('a fine on one\'s name, with no twist, is still the fines lookup; a sold car, the communication of sale', () => {
    expect(talk('chegou multa no meu nome').state.focus).toBe('multas-pontuacao');
    expect(talk('a multa chegou no meu nome mas eu vendi o carro faz tempo').state.focus).toBe('comunicacao-venda');
  });

  it('"tô precisando de emprego" (the first person) still finds the job service', () => {
    expect(talk('to precisando de emprego urgente, tenho 2 filhos pequenos pra criar').state.focus).toBe('sine-emprego');
  });
});

describe('round 921: what happened, told with why ("pq o licenciamento tava vencido"), is the request', () => {
  for (const said of ['guincharam meu carro ontem na porta de casa pq o licenciamento tava vencido, um absurdo', 'rebocaram minha moto pq tava sem placa']) {
    it(`"${said}" opens the towed vehicle`, () => {
      expect(talk(said).state.focus).toBe('veiculo-removido');
    });
  }

  it('"quero renovar minha cnh pq ela venceu" still opens the renewal', () => {
    expect(talk('quero renovar minha cnh pq ela venceu').state.focus).toBe('cnh-renovacao');
  });

  it('"e se eu demorar uns dias pra ir buscar?" on the towed vehicle quotes what happens to a vehicle not taken out', () => {
    const d = talkOn('veiculo-removido', 'e se eu demorar uns dias pra ir buscar?');
    expect(d.state.focus).toBe('veiculo-removido');
    expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/leilão/);
  });
});

describe('round 922: "era meu filho de 17 dirigindo, pode ser ele a registrar?" on the accident report asks about minors', () => {
  for (const said of ['era meu filho de 17 dirigindo kkk pode ser ele a registrar?', 'era minha neta de 17 dirigindo, ela mesma pode registrar?']) {
    it(`"${said}" stays on the accident report and answers for minors`, () => {
      const d = talkOn('bo-acidente-sem-vitima', said);
      expect(d.state.focus).toBe('bo-acidente-sem-vitima');
      expect(asked(d)).toEqual(['minors']);
    });
  }

  it('on a fine, "ah não, nem era eu dirigindo, era meu filho" still opens the driver\'s nomination', () => {
    expect(talkOn('recurso-multa', 'ah não, nem era eu dirigindo, era meu filho').state.focus).toBe('indicacao-condutor');
  });

  it('"sou mãe de 2 filhos" is no age', () => {
    expect(asked(talkOn('bo-acidente-sem-vitima', 'sou mae de 2 filhos dirigindo, posso registrar?'))).not.toContain('minors');
  });
});

describe('round 923: "quanto o Estado gastou com a reforma da escola" is access to information; "tenho que explicar por quê?" is answered', () => {
  for (const said of [
    'Quero saber quanto o Estado gastou com a reforma da escola estadual da minha cidade.',
    'gostaria de saber quanto o estado gastou na obra da estrada perto de casa',
  ]) {
    it(`"${said}" opens the access to information`, () => {
      expect(talk(said).state.focus).toBe('acesso-informacao');
    });
  }

  it('"perdi meu rg e minha cnh, como tiro os dois de novo" still lists both documents (a name joined to another by "e")', () => {
    const d = talk('perdi meu rg e minha cnh, como tiro os dois de novo');
    const offered = d.last?.replies.flatMap((r) => r.options ?? []).map((o) => o.id) ?? [];
    expect(offered.slice(0, 3)).toContain('svc:cnh-2a-via');
  });

  for (const said of ['Tenho que explicar por que quero a informação?', 'Preciso explicar por que quero a informação?', 'tenho q explicar pra que eu quero?']) {
    it(`"${said}" answers who may ask with the sentence that no reason is needed`, () => {
      const d = talkOn('acesso-informacao', said);
      expect(asked(d)).toEqual(['requirements']);
      expect(d.last?.replies.map((r) => r.text).join('\n')).toMatch(/sem explicar o motivo/);
    });
  }

  it('"por que?" and "não entendi, explica de novo" still ask to have it said another way', () => {
    expect(kinds(talkOn('acesso-informacao', 'por que?'))).toEqual(['notice']);
    expect(kinds(talkOn('acesso-informacao', 'nao entendi, explica de novo'))).toEqual(['notice']);
  });
});

describe('round 924: "to perto de perder a cnh?" asks about the points, not a lost licence', () => {
  for (const said of ['to perto de perder a cnh?', 'acho q to quase perdendo a carteira']) {
    it(`"${said}" opens the fines and points`, () => {
      expect(talk(said).state.focus).toBe('multas-pontuacao');
    });
  }

  it('on the points card, "to perto de perder a cnh?" stays on it', () => {
    expect(talkOn('multas-pontuacao', 'to perto de perder a cnh?').state.focus).toBe('multas-pontuacao');
  });

  it('"perdi a cnh" is still the 2nd copy', () => {
    expect(talk('perdi a cnh').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 925: a complaint about a school, whoever it concerns, is the Ouvidoria\'s', () => {
  for (const said of [
    'quero fazer reclamação da escola estadual do meu filho, a diretora humilhou ele na frente de todo mundo',
    'quero reclamar da diretora da escola estadual do meu filho',
    'quero fazer uma reclamação da professora da minha filha na escola estadual',
  ]) {
    it(`"${said}" opens the Ouvidoria`, () => {
      expect(talk(said).state.focus).toBe('ouvidoria');
    });
  }

  it('the school registration and the SUS ombudsman are unchanged', () => {
    expect(talk('quero matricular meu filho na escola estadual').state.focus).toBe('cadastro-escolar');
    expect(talk('to esperando cirurgia pelo sus faz 2 anos, quero reclamar').state.focus).toBe('ouvidoria-saude');
    expect(talk('quero fazer uma reclamação do posto de saude').state.focus).toBe('ouvidoria-saude');
  });
});
