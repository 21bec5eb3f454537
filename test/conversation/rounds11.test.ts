// The eleventh session's rounds by the lead (190 on), one `describe` per round; each test was checked to fail on the
// code before the round. The helpers' rounds of the same session are in rounds11-*.test.ts.
import { describe, expect, it } from 'vitest';
import { asked, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 190: an adult\'s age, and "qualquer um da família", ask who may ask', () => {
  it('"tem idade certa pra doar? eu tenho 65" gets the age limits of who may donate, not the rules for minors', () => {
    const d = talkOn('doacao-sangue', 'tem idade certa pra doar? eu tenho 65');
    expect(asked(d)).toContain('requirements');
    expect(text(d)).toMatch(/16 e 69 anos/);
    expect(d.state.focus).toBe('doacao-sangue');
  });

  it('"com 70 anos eu posso?" asks who may, with an adult age', () => {
    const d = talkOn('doacao-sangue', 'com 70 anos eu ainda posso?');
    expect(asked(d)).toContain('requirements');
    expect(text(d)).toMatch(/16 e 69 anos/);
  });

  it('a child\'s age still asks the rules for minors', () => {
    const d = talkOn('doacao-sangue', 'e se tiver 16 anos?');
    expect(asked(d)).toContain('minors');
  });

  it('"qualquer um da familia pode fazer?" asks who may ask', () => {
    const d = talkOn('visita-virtual', 'qualquer um da familia pode fazer?');
    expect(asked(d)).toContain('requirements');
    expect(text(d)).toMatch(/cadastro e credencial de visitante/);
    const other = talkOn('copasa-conta', 'qualquer parente pode pedir?');
    expect(asked(other)).toContain('requirements');
  });
});

describe('round 191: asked to look something up for the citizen, the bot says it cannot see their data and how to do it', () => {
  it('"vc nao consegue ver pra mim?" on the fines card: no access, and the official way, the card kept', () => {
    const d = talkOn('multas-pontuacao', 'vc nao consegue ver pra mim?');
    expect(d.state.focus).toBe('multas-pontuacao');
    expect(text(d)).toMatch(/não tenho acesso/i);
    expect(text(d) + (d.last?.replies ?? []).flatMap((r) => r.links ?? []).map((l) => l.url).join(' ')).toMatch(/detran\.mg\.gov\.br/);
  });

  it('"consulta pra mim se meu ipva ta pago" on the IPVA card: the same', () => {
    const d = talkOn('ipva', 'consulta pra mim se meu ipva ta pago');
    expect(d.state.focus).toBe('ipva');
    expect(text(d)).toMatch(/não tenho acesso/i);
  });

  it('a question asked that way is still answered ("vc consegue ver quanto custa?")', () => {
    const d = talkOn('ipva', 'vc consegue ver quanto custa?');
    expect(asked(d)).toContain('cost');
  });
});

describe('round 192: "isso" opening a clear question points at the card in view', () => {
  it('"isso tem custo? desconta no salario?" on the IPSEMG card is about the IPSEMG\'s cost, not the pay slip', () => {
    const d = talkOn('ipsemg', 'isso tem custo? desconta no salario?');
    expect(d.state.focus).toBe('ipsemg');
    expect(asked(d)).toContain('cost');
    expect(text(d)).toMatch(/contracheque/);
  });
});

describe('round 193: "como peço…?" and other "como" + a verb in the first person ask how it is done', () => {
  it('"como peço esse dinheiro de volta" on the IPVA refund asks how, not the cost', () => {
    const d = talkOn('ipva-restituicao', 'como peço esse dinheiro de volta');
    expect(asked(d)[0]).toBe('how');
    expect(d.state.focus).toBe('ipva-restituicao');
  });

  it('"como solicito?" and "como eu renovo?" ask how', () => {
    expect(asked(talkOn('passe-livre', 'como solicito?'))).toEqual(['how']);
    expect(asked(talkOn('cnh-renovacao', 'como eu renovo?'))).toEqual(['how']);
  });
});

describe('round 194: "é verdade que…?" about the card in view gets what its texts say of the claim', () => {
  it('"é vdd q tem q esperar 24h pra dar queixa?" on a missing person quotes that there is no need to wait 24 hours', () => {
    const d = talkOn('pessoa-desaparecida', 'é vdd q tem q esperar 24h pra dar queixa?');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    expect(text(d)).toMatch(/esperar 24 horas/);
  });

  // A guard: the first version of this round quoted the company card's sentence on permits here.
  it('a claim that names another service ("e os bombeiros? me falaram q precisa de um alvara deles") is about that service', () => {
    const d = talkOn('abrir-empresa', 'e os bombeiros? me falaram q precisa de um alvara deles tbm');
    expect(d.state.focus).toBe('avcb');
  });
});

describe('round 195: a question ending on "mesmo assim?" weighs the citizen\'s case against the card in view', () => {
  it('"perdi o numero do bo, consigo imprimir mesmo assim?" on the report look-up says what it takes, the card kept', () => {
    const d = talkOn('consulta-reds', 'perdi o numero do bo, consigo imprimir mesmo assim?');
    expect(d.state.focus).toBe('consulta-reds');
    expect(asked(d)).toContain('requirements');
  });
});

describe('round 196: "tenho q fazer X antes?" after a story asks whether the card in view needs X', () => {
  it('"levaram minha carteira no centro, tenho q fazer bo antes?" on the CNH 2nd copy answers its documents, the card kept', () => {
    const d = talkOn('cnh-2a-via', 'levaram minha carteira no centro, tenho q fazer bo antes?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(asked(d)).toEqual(['documents']);
    expect(text(d)).toMatch(/Boletim de ocorrência/);
  });
});

describe('round 197: "não, pera, …" opens a correction as "pera, …" does', () => {
  it('"nao pera, meu filho ja estuda la, so quero q ele continue na mesma escola ano q vem" on the school registration moves to the re-enrolment', () => {
    const d = talkOn('cadastro-escolar', 'nao pera, meu filho ja estuda la, so quero q ele continue na mesma escola ano q vem');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
});

describe('round 198: "como coloco…?" about one part of the service gets the steps and that step in full', () => {
  it('"como coloco minha esposa de dependente" on the IPSEMG: the steps, and how dependants are added (the forms)', () => {
    const d = talkOn('ipsemg', 'como coloco minha esposa de dependente');
    expect(asked(d)).toEqual(['how']);
    expect(text(d)).toMatch(/Cadastro de Beneficiário/);
  });

  it('"como faço?" alone gets no step in full beyond the usual answer', () => {
    const d = talkOn('ipsemg', 'e como funciona?');
    expect(text(d)).not.toMatch(/Sobre a sua pergunta/);
  });
});
