// The thirteenth session's rounds by helper rd13 (380–399), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 380: "não entendi esse negócio de X" on a step, X a word of that step', () => {
  it('"n entendi esse negocio de dbe" on the DBE step says the step again in plainer words, without a search', () => {
    const d = talkOn('abrir-empresa');
    d.press('Passo a passo');
    d.press('Próxima etapa');
    d.say('n entendi esse negocio de dbe');
    expect(d.state.focus).toBe('abrir-empresa');
    expect(d.state.view.at).toBe('walkthrough');
    expect(kinds(d)).not.toContain('results');
  });
});

describe('round 381: a name followed by the age, with no comma between', () => {
  it('"bom dia moca, meu nome é Geralda tenho 71 anos e nao sei mexer nisso direito" is understood as small talk', () => {
    const d = talk('bom dia moca, meu nome é Geralda tenho 71 anos e nao sei mexer nisso direito');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 382: "qnto tá?" asks the cost', () => {
  it('"qnto ta" on the CNH renewal answers its cost, not an "ok"; "quanto ta o dolar hj" names no service', () => {
    const d = talkOn('cnh-renovacao', 'qnto ta');
    expect(asked(d)).toEqual(['cost']);
    expect(talk('quanto ta o dolar hj').state.focus).toBeUndefined();
  });
});

describe('round 383: "ou pode ser eu?" asks who may ask', () => {
  it('"a minha tia q tem q registrar ou pode ser eu?" on the scam report answers who may ask', () => {
    const d = talkOn('bo-estelionato', 'a minha tia q tem q registrar ou pode ser eu?');
    expect(asked(d)).toEqual(['requirements']);
  });
});

describe('round 384: a pause word before a question about the service in its form', () => {
  it('"peraí, quanto custa a segunda via mesmo?" at the município answers the cost and keeps the form', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    for (const answer of ['Marcos Vinicius Exemplo', '123.456.789-09']) d.say(answer);
    d.say('peraí, quanto custa a segunda via mesmo?');
    expect(asked(d)).toEqual(['cost']);
    d.say('ipatinga');
    expect(d.state.view.at).toBe('form');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(3);
  });
});

describe('round 385: the 2nd copy of the same document, among related services named', () => {
  it('"ele ja tem, so perdeu. é segunda via" on the 1st copy of the CIN opens its 2nd copy', () => {
    const d = talk('tirar rg do meu filho', 'ele ja tem, so perdeu. é segunda via');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 386: changing a child of school, with the reason after a pause', () => {
  it('"quero trocar meu filho de escola, a de agora é mt longe" opens the school transfer, not the registration', () => {
    const d = talk('quero trocar meu filho de escola, a de agora é mt longe');
    expect(d.state.focus).toBe('transferencia-escola');
  });
});

describe('round 387: a small company said in the diminutive', () => {
  it('"quero fechar minha empresinha ltda, nao deu certo" finds closing a company', () => {
    const d = talk('quero fechar minha empresinha ltda, nao deu certo');
    expect(d.state.focus).toBe('baixa-empresa');
  });
});

describe('round 388: the printout of a report lost is no document lost', () => {
  it('"preciso imprimir o BO de novo, perdi o papel" opens the report lookup, not a list of lost documents', () => {
    const d = talk('preciso imprimir o BO de novo, perdi o papel');
    expect(d.state.focus).toBe('consulta-reds');
  });
});

describe('round 389: what the buyer "never" did is the story, not the request', () => {
  it('"vendi meu carro e o cara nunca transferiu, ta chegando multa pra mim" opens the notice of sale', () => {
    const d = talk('vendi meu carro e o cara nunca transferiu, ta chegando multa pra mim');
    expect(d.state.focus).toBe('comunicacao-venda');
  });
});

describe('round 390: football talk is no service', () => {
  it('"qual o melhor time de minas" says it cannot help with that, and opens no service', () => {
    const d = talk('qual o melhor time de minas');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 391: another state by its two letters, said as where something comes from', () => {
  it('"minha cnh é de sp" opens the transfer of a CNH from another state; "ele mora em sp" still names no service', () => {
    expect(talk('minha cnh é de sp').state.focus).toBe('cnh-transferencia-estado');
    const d = talk('ele mora em sp');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).not.toContain('results');
  });
});

describe('round 392: a chronic illness named instead of "doença crônica"', () => {
  it('"minha mae precisa de um remedio caro pro reumatismo que o posto nao tem" finds the high-cost medicines', () => {
    const d = talk('minha mae precisa de um remedio caro pro reumatismo que o posto nao tem');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
  });
});

describe('round 393: a new job said as "serviço novo"', () => {
  it('"preciso do nada consta pra entregar no servico novo" opens the criminal record certificate, not the tax one', () => {
    const d = talk('preciso do nada consta pra entregar no servico novo');
    expect(d.state.focus).toBe('antecedentes-criminais');
  });
});
