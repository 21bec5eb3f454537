// The sixteenth session's rounds by helper r16d (780–799), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn, uaiSummary } from './real.ts';

describe('round 780: "não é a primeira, já tive uma e perdi" on the 1st copy of the ID card gets the 2nd copy', () => {
  for (const said of ['nao é a primeira nao, ja tive uma e perdi', 'não é a primeira, ja tive uma e perdi ela', 'nao e a primeira nao, eu ja tive uma mas perdi']) {
    it(`"${said}" after "quero tirar identidade" opens the ID card's 2nd copy`, () => {
      const d = talk('quero tirar identidade');
      expect(d.state.focus).toBe('cin-1a-via');
      d.say(said);
      expect(d.state.focus).toBe('cin-2a-via');
    });
  }
});

describe('round 781: "não é isso, só quero a carteira de pesca…" on the environmental licence gets the fishing licence', () => {
  it('the service the correction names is opened, not one read with the title said "no" to', () => {
    const d = talk('licença ambiental');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    d.say('nao é isso, eu so quero a carteira de pesca pra pescar no fim de semana');
    expect(d.state.focus).toBe('licenca-pesca');
  });
});

/** The answers of the UAI booking filled up to its summary in these tests. */
const ANTONIO = ['Antonio Exemplo Ramo', '714.602.538-17', 'Poços de Caldas', 'Carteira de identidade', '13/01/2027', '(35) 99999-1212'];

describe('round 782: "quero corrigir o nome, faltou uma letra" on the summary asks the name again', () => {
  for (const said of ['Quero corrigir o nome, faltou uma letra', 'o nome ta errado, digitei sem acento', 'corrigir o nome, escrevi trocado']) {
    it(`"${said}" does not store the reason as the name`, () => {
      const d = uaiSummary(ANTONIO);
      expect(d.state.view.at).toBe('confirm');
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
      d.say('Antonio Exemplo Ramos');
      expect(d.state.view.at).toBe('confirm');
      expect(d.text).toMatch(/Antonio Exemplo Ramos/);
    });
  }

  it('a name given with the correction is still taken at once', () => {
    const d = uaiSummary(ANTONIO);
    d.say('quero corrigir o nome, é Antonio Exemplo Ramos');
    expect(d.state.view.at).toBe('confirm');
    expect(d.text).toMatch(/Antonio Exemplo Ramos/);
  });
});

describe('round 783: "ah não, é montes claros" after a town outside Minas is taken as the town', () => {
  for (const said of ['ah nao, é montes claros', 'não, era Betim']) {
    it(`"${said}" answers the town and the form goes on`, () => {
      const d = talkOn('agendamento-uai');
      d.press('Fazer solicitação');
      for (const x of ['Lucia Ficticia Costa', '135.792.468-28', 'curitiba']) d.say(x);
      expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
    });
  }

  it('"não é Montes Claros", with no pause, is not taken as the town', () => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    for (const x of ['Lucia Ficticia Costa', '135.792.468-28', 'curitiba']) d.say(x);
    d.say('nao é montes claros');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
  });
});

describe('round 784: "quais serviços tem aí?" on the UAI\'s service field is a question about the field', () => {
  for (const said of ['quais servicos tem ai?', 'que servicos vcs fazem na uai?']) {
    it(`"${said}" explains the field and asks it again, not taking the question as the service`, () => {
      const d = talkOn('agendamento-uai');
      d.press('Fazer solicitação');
      for (const x of ['Denise Teste Moura', '321.654.987-91', 'Juiz de Fora']) d.say(x);
      expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
      expect(d.text).toMatch(/carteira de identidade/);
    });
  }
});

describe('round 785: "como faço para abrir um CNPJ para a minha loja de roupas" is the opening of a company', () => {
  for (const said of ['Boa noite. Gostaria de saber como faço para abrir um CNPJ para a minha loja de roupas.', 'Bom dia. Preciso saber como faço para abrir um CNPJ para a minha loja de celulares.']) {
    it(`"${said}" opens the company's registration, not "I sell no products"`, () => {
      const d = talk(said);
      expect(kinds(d)).not.toContain('elsewhere');
      expect(d.state.focus).toBe('abrir-empresa');
    });
  }

  it('"quero comprar roupa numa loja" is still not a service of the State', () => {
    expect(kinds(talk('quero comprar roupa numa loja'))).toEqual(['elsewhere']);
  });
});

describe('round 786: "é aqui que resolve as coisas do governo de minas?" is answered by who the bot is', () => {
  for (const said of ['bom dia, é aqui q resolve as coisas do governo de minas?', 'é aqui que atende o governo de minas?', 'aqui que resolve as coisas do governo?']) {
    it(`"${said}" gets small talk, with no service put forward`, () => {
      const d = talk(said);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.text).toMatch(/Governo de Minas Gerais/);
      expect(d.state.focus).toBeUndefined();
    });
  }

  it('"é aqui que paga o ipva?" still opens the IPVA', () => {
    expect(talk('é aqui que paga o ipva?').state.focus).toBe('ipva');
  });
});

describe('round 787: "q serviços vcs tem?" shows the categories of services', () => {
  for (const said of ['ta, q servicos vcs tem?', 'que serviços tem aqui?']) {
    it(`"${said}" after a hello lists the categories, not the "search" button's prompt`, () => {
      const d = talk('oi');
      d.say(said);
      expect(kinds(d)).toEqual(['categories']);
    });
  }

  it('"q servicos vcs tem?" as a first message lists the categories, not a service', () => {
    const d = talk('q servicos vcs tem?');
    expect(kinds(d)).toEqual(['categories']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"buscar serviço" on the menu still presses the search button', () => {
    const d = talk('oi');
    d.say('buscar servico');
    expect(d.text).toMatch(/Escreva em poucas palavras/);
  });
});

describe('round 788: "não é a primeira, eu perdi a minha" (a short story after the denial) is a correction', () => {
  const cases: [string, string, string][] = [
    ['quero tirar identidade', 'nao é a primeira, eu perdi a minha', 'cin-2a-via'],
    ['quero tirar identidade', 'não é a primeira, perdi', 'cin-2a-via'],
    ['renovar cnh', 'nao é a renovacao, perdi a minha', 'cnh-2a-via'],
  ];
  for (const [first, said, meant] of cases) {
    it(`"${said}" after "${first}" opens ${meant}`, () => {
      const d = talk(first, said);
      expect(d.state.focus).toBe(meant);
    });
  }
});
