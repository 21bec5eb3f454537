// The fifteenth session's rounds by helper r15d (570–589), found by playing the forms and the subjects handled
// elsewhere by hand; one `describe` per round; each test was checked to fail on the code before the round.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

/** The 2nd-copy CIN form filled up to its summary. */
const CIN_FILLED = ['quero agendar', 'Ana Souza', '12345678909', 'juiz de fora', '10/12', 'perdi', '31999998888'];

describe('round 570: on the summary, an amendment with its new value and no verb of changing is taken', () => {
  const cases: [string, string, string][] = [
    ['na verdade o nome é Ana Maria Souza', 'nome', 'Ana Maria Souza'],
    ['o telefone certo é 31988887777', 'telefone', '(31) 98888-7777'],
    ['ops, a cidade é muriae', 'municipio', 'Muriaé'],
    ['nao, o motivo foi roubo', 'motivo', 'Furto ou roubo'],
  ];
  for (const [said, field, value] of cases) {
    it(`"${said}" shows the summary again with the new value, and "sim" sends it`, () => {
      const d = talkOn('cin-2a-via', ...CIN_FILLED, said);
      expect(kinds(d)).toEqual(['summary']);
      const view = d.state.view;
      expect(view.at === 'confirm' ? view.answers[field] : undefined).toBe(value);
      d.say('sim');
      expect(d.requests[0]?.answers[field]).toBe(value);
    });
  }

  it('"ta tudo certo sim" still sends the request as it is', () => {
    const d = talkOn('cin-2a-via', ...CIN_FILLED, 'ta tudo certo sim');
    expect(kinds(d)[0]).toBe('submitted');
    expect(d.requests[0]?.answers.nome).toBe('Ana Souza');
  });
});

describe('round 571: in a date field, a time that is not yet a date is asked again, no other service offered', () => {
  // "na proxima sexta feira" was here; round 2001 reads a weekday as the next such day (the summary shows the date).
  for (const said of ['semana que vem', 'mes que vem', 'la pro fim do mes']) {
    it(`"${said}" asks the date again and keeps the answers`, () => {
      const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Souza', '12345678909', 'juiz de fora', said);
      expect(kinds(d)).toEqual(['field']);
      const view = d.state.view;
      expect(view.at === 'form' ? view.field : -1).toBe(3);
      expect(d.text).toMatch(/dd\/mm\/aaaa/);
    });
  }

  it('"e a cnh? perdi tbm" in the date field still offers the other service', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Souza', '12345678909', 'juiz de fora', 'e a cnh? perdi tbm');
    expect(kinds(d)).toEqual(['leave_form']);
  });
});

describe('round 572: a request for a relative on a card with a form starts the form ("agendar pra minha mae")', () => {
  for (const said of ['agendar pra minha mae', 'marca pra minha mae']) {
    it(`"${said}" on the CIN 2nd copy starts its form`, () => {
      const d = talkOn('cin-2a-via', said);
      expect(kinds(d)).toEqual(['field']);
      expect(d.state.view.at).toBe('form');
    });
  }

  it('"marca pra minha mae a cnh" is not this form', () => {
    expect(talkOn('cin-2a-via', 'marca pra minha mae a cnh').state.view.at).not.toBe('form');
  });
});

describe('round 573: a complaint about a town matter, or a phone company named as the subject, is answered elsewhere', () => {
  for (const said of ['quero fazer uma denuncia de buraco na rua', 'a vivo ta cobrando errado minha conta', 'a claro cortou minha internet']) {
    it(`"${said}" says who handles it`, () => expectElsewhere(said));
  }

  it('"quero fazer uma denuncia de trafico na minha rua" still opens the Disque-Denúncia', () => {
    expect(talk('quero fazer uma denuncia de trafico na minha rua').state.focus).toBe('disque-denuncia');
  });
});

describe('round 574: a town typed as people type it on a phone is taken in a município field', () => {
  const cases: [string, string][] = [
    ['bom despacho', 'Bom Despacho'],
    ['cel fabriciano', 'Coronel Fabriciano'],
    ['cel. fabriciano', 'Coronel Fabriciano'],
    ['moro em sta luzia', 'Santa Luzia'],
    ['s joao del rei', 'São João del Rei'],
    ['sete lagoas mg', 'Sete Lagoas'],
    ['juizdefora', 'Juiz de Fora'],
    ['govaladares', 'Governador Valadares'],
  ];
  for (const [said, town] of cases) {
    it(`"${said}" is ${town}`, () => {
      const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Souza', '12345678909', said);
      const view = d.state.view;
      expect(view.at === 'form' ? view.answers.municipio : undefined).toBe(town);
    });
  }

  it('"bom, contagem" is still Contagem', () => {
    const d = talkOn('cin-2a-via', 'quero agendar', 'Ana Souza', '12345678909', 'bom, contagem');
    const view = d.state.view;
    expect(view.at === 'form' ? view.answers.municipio : undefined).toBe('Contagem');
  });
});

describe('round 575: on the summary, a question or another service never drops the answers', () => {
  for (const said of ['quais documentos eu levo?', 'pera, e quanto custa a segunda via?', 'preciso levar o bo no dia?']) {
    it(`"${said}" is answered about the request, and the summary stays`, () => {
      const d = talkOn('cin-2a-via', ...CIN_FILLED, said);
      expect(kinds(d)[0]).toBe('follow_up');
      expect(d.state.focus).toBe('cin-2a-via');
      expect(d.state.view.at).toBe('confirm');
      d.say('sim');
      expect(d.requests).toHaveLength(1);
    });
  }

  it('"e a cnh? perdi tbm" offers to leave the summary; "nao" shows it again with the answers', () => {
    const d = talkOn('cin-2a-via', ...CIN_FILLED, 'e a cnh? perdi tbm');
    expect(kinds(d)).toEqual(['leave_form']);
    d.say('nao');
    expect(kinds(d)).toEqual(['summary']);
    const view = d.state.view;
    expect(view.at === 'confirm' ? view.answers.nome : undefined).toBe('Ana Souza');
  });
});

describe('round 576: on the summary, a yes with a field said to be right confirms ("meu nome ta certo, pode mandar")', () => {
  for (const said of ['meu nome ta certo, pode mandar', 'o telefone é esse mesmo, pode enviar']) {
    it(`"${said}" sends the request`, () => {
      const d = talkOn('cin-2a-via', ...CIN_FILLED, said);
      expect(kinds(d)[0]).toBe('submitted');
      expect(d.requests).toHaveLength(1);
    });
  }

  it('"o telefone ta errado, pode mandar" asks the phone again', () => {
    const d = talkOn('cin-2a-via', ...CIN_FILLED, 'o telefone ta errado, pode mandar');
    expect(d.requests).toHaveLength(0);
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 577: a town with a word stressing it ("é em ipatinga mesmo") is the answer, not another service', () => {
  for (const [said, town] of [['é em ipatinga mesmo', 'Ipatinga'], ['contagem msm', 'Contagem']] as const) {
    it(`"${said}" is ${town}`, () => {
      const d = talkOn('agendamento-uai', 'quero agendar', 'Sebastiao Alves', '12345678909', said);
      expect(kinds(d)).toEqual(['field']);
      const view = d.state.view;
      expect(view.at === 'form' ? view.answers.municipio : undefined).toBe(town);
    });
  }
});

describe('round 578: "atestado médico" is no criminal-record certificate; "cnh suspensa" finds the points', () => {
  for (const said of ['preciso de um atestado medico', 'preciso de atestado medico pro trabalho']) {
    it(`"${said}" says who gives it`, () => expectElsewhere(said));
  }

  it('"atestado de bons antecedentes pro trabalho" still opens the certificate', () => {
    expect(talk('atestado de bons antecedentes pro trabalho').state.focus).toBe('antecedentes-criminais');
  });

  for (const said of ['cnh suspensa', 'suspenderam minha cnh']) {
    it(`"${said}" opens the licence points`, () => expect(talk(said).state.focus).toBe('multas-pontuacao'));
  }
});

describe('round 579: cancelling a form with a question about its service answers the question', () => {
  const cases: [string, string][] = [
    ['mudei de ideia, quero so saber o preço', 'cost'],
    ['desisto, so queria saber quais documentos precisa', 'documents'],
  ];
  for (const [said, topic] of cases) {
    it(`"${said}" cancels and answers about the CIN (${topic})`, () => {
      const d = talkOn('cin-2a-via', 'quero agendar', 'ana souza', '12345678909', said);
      expect(kinds(d)).toEqual(['notice', 'follow_up']);
      expect(d.state.view).toEqual({ at: 'service', serviceId: 'cin-2a-via' });
      expect(d.requests).toHaveLength(0);
    });
  }

  for (const said of ['esquece, vou la pessoalmente', 'cancelar']) {
    it(`"${said}" only cancels`, () => {
      const d = talkOn('cin-2a-via', 'quero agendar', 'ana souza', '12345678909', said);
      // Round 3040: the cancel notice, then the service kept in focus (no answer about it).
      expect(kinds(d)).toEqual(['notice', 'notice']);
    });
  }
});

describe('round 580: a vaccine for people, a public defender, are answered elsewhere; cattle vaccines stay the GTA', () => {
  for (const said of ['quero marcar a vacina', 'vacina da gripe pro meu pai idoso', 'preciso de defensor publico pra minha filha']) {
    it(`"${said}" says who handles it`, () => expectElsewhere(said));
  }

  it('"vacina do gado contra aftosa" still opens the animal transit guide', () => {
    expect(talk('vacina do gado contra aftosa').state.focus).toBe('gta');
  });
});
