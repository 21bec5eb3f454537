// The seventeenth session's rounds 980 on (helper r17e), one `describe` per round; each test was checked to fail on the
// code before its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk } from './real.ts';

describe('round 980: a subject handled elsewhere asked with the citizen\'s situation told around it', () => {
  it('the situation told before the question, joined by "e" ("fui demitido e quero sacar meu fgts") is a story', () => {
    for (const text of ['fui demitido e quero sacar meu fgts, como faz', 'fui mandado embora e preciso sacar o fgts', 'fiquei desempregado e quero sacar o fgts']) expectElsewhere(text);
  });

  it('the situation told after the question ("…no bolsa familia, to desempregada e tenho 3 filhos") is a story too', () => {
    for (const text of ['como faço pra colocar minha familia no bolsa familia, to desempregada e tenho 3 filho pequeno', 'quero me inscrever no cadunico, to sem emprego', 'como me inscrevo no bolsa familia, estou desempregado']) expectElsewhere(text);
  });

  it('the service asked for after it is still opened, and a state worker\'s story is still the State\'s', () => {
    const d = talk('fui demitido e quero sacar meu fgts, como faz', 'e o seguro desemprego, onde peço?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(talk('fui demitido, quero pedir o seguro desemprego').state.focus).toBe('seguro-desemprego');
    expect(kinds(talk('Sou servidor estadual aposentado. Como incluo minha esposa no plano de saúde?'))).not.toEqual(['elsewhere']);
  });
});

describe('round 981: the weather, a bus to another state and alimony owed are handled elsewhere', () => {
  it('the weather forecast asked, with a story after it, names no service', () => {
    for (const text of ['vai chover amanha em bh? tenho q levar minha mae no medico', 'vai fazer frio esse fim de semana?', 'qual a previsao do tempo pra amanha em uberlandia']) expectElsewhere(text);
  });

  it('a bus to another state named by its name, capital or as "interestadual" is the bus company\'s and the ANTT\'s', () => {
    for (const text of ['quanto ta a passagem de onibus de bh pra sao paulo na viação cometa', 'tem onibus de montes claros pra brasilia?', 'a rodoviaria tem onibus pra salvador?', 'quero comprar passagem de onibus interestadual']) expectElsewhere(text);
    const d = talk('quanto ta a passagem de onibus de bh pra sao paulo', 'e pra comprar pela internet?');
    expect(kinds(d)).toEqual(['elsewhere']);
  });

  it('a bus between towns of Minas is still the intercity bus, and a plane ticket still the purchases\' reply', () => {
    expect(talk('horario de onibus de varginha pra tres pontas').state.focus).toBe('onibus-intermunicipal');
    expect(talk('qual horario do onibus de divinopolis pra formiga').state.focus).toBe('onibus-intermunicipal');
    const plane = talk('passagem de aviao pra sao paulo');
    expect(kinds(plane)).toEqual(['elsewhere']);
    expect(plane.last?.replies[0]?.text).toMatch(/Não vendo produtos/);
  });

  it('alimony owed, said by what the other parent fails to pay, is the family court\'s', () => {
    for (const text of ['o pai do meu filho ta 6 meses sem pagar a pensao, como faço pra cobrar na justiça', 'o pai da minha filha nao paga pensao faz 1 ano', 'quero aumentar a pensao do meu filho']) {
      const d = talk(text);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.last?.replies[0]?.text).toMatch(/pensão alimentícia/);
    }
  });
});

describe('round 982: of two subjects handled elsewhere, the one said most; what someone is not names no service', () => {
  it('an INSS retiree asking about the income tax hears of the Receita Federal, and the refund asked next stays there', () => {
    for (const text of ['minha mae é aposentada do inss e recebeu uma carta falando q caiu na malha fina do imposto de renda', 'meu pai é aposentado do inss e quer saber da declaração do imposto de renda']) {
      const d = talk(text);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.last?.replies[0]?.text).toMatch(/Receita Federal/);
    }
    const d = talk('minha mae é aposentada do inss e caiu na malha fina do imposto de renda', 'e pra ver a restituicao dela?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });

  it('"ele não é servidor público, é aposentado do INSS" is the INSS, not the state worker\'s payslip', () => {
    for (const text of ['Ele não é servidor público, é aposentado do INSS.', 'ela não é professora do estado, é aposentada do inss', 'nao sou servidor, sou aposentado do inss, como vejo meu extrato']) {
      const d = talk(text);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.last?.replies[0]?.text).toMatch(/INSS/);
    }
  });

  it('a state worker who is retired still gets the payslip, and the INSS alone its own reply', () => {
    expect(talk('sou servidor estadual aposentado, quero ver meu contracheque').state.focus).toBe('contracheque-servidor');
    expect(talk('como dou entrada na aposentadoria do inss').last?.replies[0]?.text).toMatch(/INSS/);
  });
});
