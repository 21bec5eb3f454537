// The seventeenth session's rounds by r17g (1020–1039), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

/** The UAI booking's form, opened and answered up to the CPF field. */
function bookingAtCpf(): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai', 'agenda pra mim');
  d.say('Terezinha de Jesus Almeida');
  return d;
}

describe('round 1020: a question in a form with words of checking or going on is about the form\'s service', () => {
  for (const said of ['Antes de continuar, vou ter que pagar alguma coisa?', 'antes de seguir, isso é pago?', 'pra continuar tem que pagar alguma coisa?']) {
    it(`"${said}" answers the booking's cost and asks the CPF again`, () => {
      const d = bookingAtCpf();
      d.say(said);
      expect(asked(d)).toEqual(['cost']);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
      expect(kinds(d)).toContain('field');
    });
  }

  for (const said of ['qual o site oficial pra eu conferir depois?', 'me passa o site oficial pra eu checar depois', 'qual o link pra conferir?']) {
    it(`"${said}" gives the booking's own official page and stays in the form`, () => {
      const d = bookingAtCpf();
      d.say(said);
      expect(asked(d)).toEqual(['link']);
      expect(d.last?.replies[0]?.text).toContain('https://www.mg.gov.br/pagina/agendamento-online-gratuito');
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    });
  }

  it('a question naming another service still offers to leave the form for it', () => {
    const d = bookingAtCpf();
    d.say('qnto ta o ipva do meu carro?');
    expect(d.state.view.at).toBe('leave');
  });
});

describe('round 1021: what the citizen already did is not what is asked for', () => {
  const cases: [string, string][] = [
    ['Fui assaltado e levaram minha carteira de identidade. Já fiz o boletim de ocorrência.', 'cin-2a-via'],
    ['roubaram meu celular e a identidade, ja fiz o bo', 'cin-2a-via'],
    ['perdi minha cnh, ja registrei o boletim', 'cnh-2a-via'],
  ];
  for (const [said, id] of cases) {
    it(`"${said}" opens ${id}`, () => {
      expect(talk(said).state.focus).toBe(id);
    });
  }

  it('what was done is not the service found ("já tinha pago o ipva"): the refund still opens', () => {
    expect(talk('roubaram meu carro e eu ja tinha pago o ipva').state.focus).toBe('ipva-restituicao');
  });

  it('without anything done, the theft report still opens', () => {
    expect(talk('Fui assaltado e levaram minha carteira de identidade.').state.focus).toBe('bo-furto');
  });
});

/** The whole text of the last turn's replies. */
const said = (d: ReturnType<typeof talk>): string => d.last?.replies.map((r) => r.text).join('\n') ?? '';

describe('round 1022: "vale igual?" quotes the sentence saying it counts the same; "internet" meets "online"', () => {
  for (const q of ['o bo da internet vale igual o da delegacia?', 'o boletim online tem o mesmo valor do da delegacia?', 'feito pela internet serve igual?']) {
    it(`"${q}" on the loss report quotes "o mesmo valor"`, () => {
      const d = talkOn('bo-perda-documentos', q);
      expect(d.state.focus).toBe('bo-perda-documentos');
      expect(said(d)).toMatch(/mesmo valor/);
    });
  }

  it('"dá pra fazer pela internet?" still answers whether it is online, without that sentence', () => {
    const d = talkOn('bo-perda-documentos', 'da pra fazer pela internet?');
    expect(asked(d)).toEqual(['online']);
  });
});

describe('round 1023: "tem prazo pra passar pro meu nome?" quotes the deadline to transfer', () => {
  for (const q of ['tem prazo pra passar pro meu nome?', 'qual o prazo pra colocar no meu nome?', 'tem prazo pra transferir?']) {
    it(`"${q}" on the vehicle transfer quotes the 30 days`, () => {
      expect(said(talkOn('transferencia-veiculo', q))).toMatch(/30 dias a partir da venda/);
    });
  }

  it('"quanto tempo demora?" still answers only how long it takes', () => {
    expect(said(talkOn('transferencia-veiculo', 'quanto tempo demora?'))).not.toMatch(/30 dias/);
  });
});

describe('round 1024: "mesmo sendo pouquinha água, preciso de autorização?" quotes the small uses', () => {
  for (const q of ['mesmo sendo pouquinha agua preciso de autorização?', 'mesmo sendo um pouquinho de agua tenho que pedir autorização?', 'e se for pouquinha agua?']) {
    it(`"${q}" on the water-use grant quotes the insignificant uses`, () => {
      const d = talkOn('outorga-agua', q);
      expect(d.state.focus).toBe('outorga-agua');
      expect(said(d)).toMatch(/insignificantes/);
    });
  }

  it('"quantas parcela eu recebo" on the unemployment insurance still quotes the 3 to 5 instalments', () => {
    expect(said(talk('fui mandado embora quero dar entrada no seguro desemprego', 'quantas parcela eu recebo'))).toMatch(/3 a 5/);
  });
});

describe('round 1025: "tenho que fazer tudo de novo?" asks about doing it again, not for the reply again', () => {
  for (const q of ['e se ele for transferido pra outro presidio, tenho q fazer tudo de novo?', 'se ele mudar de presidio preciso fazer o cadastro de novo?', 'vou ter que pagar outra vez?']) {
    it(`"${q}" after a question on the prison visit is no request to repeat`, () => {
      const d = talkOn('visita-presidio', 'quanto custa?', q);
      expect(kinds(d)).not.toContain('repeat');
      expect(d.last?.replies[0]?.text).not.toMatch(/outro jeito/);
    });
  }

  it('the transfer case quotes that the credential need not be made again', () => {
    expect(said(talkOn('visita-presidio', 'com quanto tempo antes eu peço pra renovar?', 'e se ele for transferido pra outro presidio, tenho q fazer tudo de novo?'))).toMatch(/transferido/);
  });

  it('"fala de novo" and "repete de novo" still repeat', () => {
    for (const q of ['fala de novo', 'manda de novo']) expect(said(talkOn('visita-presidio', 'quanto custa?', q))).toMatch(/Cadastro de visitante/);
  });
});

describe('round 1026: "ta, voltando no agendamento, …?" goes back to the service visited before that those words name', () => {
  const before = ['quero marcar um horario na uai pra minha mae', 'quanto custa?', 'ela quer fazer a identidade nova, a dela é de 1970'];
  for (const q of ['ta, voltando no agendamento, toda uai faz tudo?', 'entao, voltando pro agendamento, precisa levar documento?', 'voltando no agendamento, quanto tempo leva?']) {
    it(`"${q}" after the ID card answers about the UAI booking`, () => {
      expect(talk(...before, q).state.focus).toBe('agendamento-uai');
    });
  }

  it('without going back, "precisa agendar?" on the ID card is still about the ID card', () => {
    expect(talk(...before, 'precisa agendar?').state.focus).toBe('cin-2a-via');
  });
});

describe('round 1027: "toda uai faz tudo?" quotes the sentence saying not every one does', () => {
  for (const q of ['toda uai faz tudo?', 'todas as uai fazem tudo?', 'qualquer uai faz tudo?']) {
    it(`"${q}" on the UAI booking quotes "Nem toda UAI"`, () => {
      expect(said(talkOn('agendamento-uai', q))).toMatch(/Nem toda UAI/);
    });
  }

  it('"quanto custa?" on the UAI booking does not quote it', () => {
    expect(said(talkOn('agendamento-uai', 'quanto custa?'))).not.toMatch(/Nem toda UAI/);
  });
});
