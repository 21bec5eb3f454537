// The twelfth session's rounds by helper rb12 (270 on), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 270: a question that spells part of a button asks about the card', () => {
  it('"A consulta é paga?" on the vehicle lookup answers its cost, not the IPVA button ("Consultar e pagar IPVA")', () => {
    const d = talkOn('situacao-veiculo', 'A consulta é paga?');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(asked(d)).toEqual(['cost']);
    expect(text(d)).toMatch(/gratuito/);
  });

  it('"a consulta e paga?" on the vehicle licence answers its cost, not the IPVA button', () => {
    const d = talkOn('crlv-licenciamento', 'a consulta e paga?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toEqual(['cost']);
  });
});

describe('round 271: who a question is for names no other service', () => {
  it('"Quais documentos devo levar para renovar a matrícula do meu filho?" on the renewal lists its documents', () => {
    const d = talkOn('renovacao-matricula', 'Quais documentos devo levar para renovar a matrícula do meu filho?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(asked(d)).toEqual(['documents']);
  });

  it('"a matrícula da minha filha tem custo?" on the renewal answers its cost', () => {
    const d = talkOn('renovacao-matricula', 'a matrícula da minha filha tem custo?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(asked(d)).toEqual(['cost']);
  });

  it('"Meu filho é autista e não dirige. Ele tem direito?" on the IPVA exemption says who may ask for it, not the Ciptea', () => {
    const d = talkOn('ipva-isencao', 'Meu filho é autista e não dirige. Ele tem direito?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toEqual(['requirements']);
  });
});

describe('round 272: the citizen\'s own state, told in a clause of its own, is their case on the card', () => {
  it('"paga alguma coisa? to desempregado" on the EJA answers its cost, not the unemployment insurance', () => {
    const d = talkOn('eja', 'paga alguma coisa? to desempregado');
    expect(d.state.focus).toBe('eja');
    expect(asked(d)).toEqual(['cost']);
  });

  it('"sou desempregada, tem custo?" on the technical course answers its cost', () => {
    const d = talkOn('curso-tecnico', 'sou desempregada, tem custo?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(asked(d)).toEqual(['cost']);
  });
});

describe('round 273: "quem faz a inscrição?" asks who may ask, and its cue chooses nothing listed', () => {
  it('on the list for a child\'s enrolment, "Quem faz a inscrição, eu ou a escola?" says who files the registration', () => {
    const d = talk('Como faço para matricular meu filho de 5 anos numa escola estadual para o ano que vem?', 'Quem faz a inscrição, eu ou a escola?');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(asked(d)).toEqual(['requirements']);
    expect(text(d)).toMatch(/Pais ou responsáveis/);
  });

  it('"quem faz o pedido?" on the Ciptea says who may ask', () => {
    const d = talkOn('ciptea', 'quem faz o pedido?');
    expect(d.state.focus).toBe('ciptea');
    expect(asked(d)).toEqual(['requirements']);
  });
});

describe('round 274: having forgotten to do something is the story; the act forgotten is the request', () => {
  it('"esqueci de renovar a matricula do meu filho e agora?" opens the renewal, not the gov.br account recovery', () => {
    const d = talk('esqueci de renovar a matricula do meu filho e agora?');
    expect(d.state.focus).toBe('renovacao-matricula');
  });

  it('"a gente esqueceu de renovar a matricula da nossa filha" opens the renewal', () => {
    const d = talk('a gente esqueceu de renovar a matricula da nossa filha');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
});

describe('round 275: a story, then the question in a clause of its own, asks what that clause names', () => {
  it('"to desempregado faz 3 meses, tem vaga no sine?" opens the Sine, not the unemployment insurance', () => {
    const d = talk('to desempregado faz 3 meses, tem vaga no sine?');
    expect(d.state.focus).toBe('sine-emprego');
  });

  it('"fui mandado embora mes passado, o sine tem vaga?" opens the Sine', () => {
    const d = talk('fui mandado embora mes passado, o sine tem vaga?');
    expect(d.state.focus).toBe('sine-emprego');
  });
});

describe('round 276: a service\'s whole popular name said around a subject handled elsewhere names that service', () => {
  it('"o posto de saude do meu bairro ta sem medico faz 2 mes, onde eu reclamo disso" opens the SUS ombudsman', () => {
    const d = talk('o posto de saude do meu bairro ta sem medico faz 2 mes, onde eu reclamo disso');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });

  it('"quero reclamar do posto de saude do bairro" opens the SUS ombudsman', () => {
    const d = talk('quero reclamar do posto de saude do bairro');
    expect(d.state.focus).toBe('ouvidoria-saude');
  });
});

describe('round 277: a phone that someone does not answer tells of a person out of reach, not of a stolen phone', () => {
  it('"minha irma sumiu desde ontem nao atende o celular, tem q esperar 24h pra dar queixa?" puts the missing person first', () => {
    const d = talk('minha irma sumiu desde ontem nao atende o celular, tem q esperar 24h pra dar queixa?');
    expect(d.state.options[0]?.id).toBe('svc:pessoa-desaparecida');
  });

  it('"minha mae sumiu desde cedo e nao atende o celular, o que eu faço?" opens the missing person report', () => {
    const d = talk('minha mae sumiu desde cedo e nao atende o celular, o que eu faço?');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 278: the citizen\'s state after "e" in a clause ("tenho 68 anos e sou aposentada") is their case too', () => {
  it('"tenho 68 anos e sou aposentada com um salario, posso?" after the free bus pass asks who may have it', () => {
    const d = talk('alô bom dia eu queria saber sobre a carteirinha do ônibus de graça pro idoso que a minha vizinha falou que dá pra viajar pra outra cidade', 'tenho 68 anos e sou aposentada com um salario, posso?');
    expect(d.state.focus).toBe('passe-livre');
    expect(asked(d)).toEqual(['requirements']);
  });

  it('"tenho 70 anos e sou aposentado com um salario minimo, tenho direito?" on the free bus pass says who may have it', () => {
    const d = talkOn('passe-livre', 'tenho 70 anos e sou aposentado com um salario minimo, tenho direito?');
    expect(d.state.focus).toBe('passe-livre');
    expect(asked(d)).toEqual(['requirements']);
  });
});

describe('round 279: a question whose words find no service is asked of the card in view', () => {
  it('"ela trabalha o dia todo, tem algum jeito de horario mais flexivel?" on the EJA quotes the semi-presential Cesec', () => {
    const d = talkOn('eja', 'minha mae tem 58 anos e nao tem internet, como ela faz a inscricao?', 'ela trabalha o dia todo, tem algum jeito de horario mais flexivel?');
    expect(d.state.focus).toBe('eja');
    expect(text(d)).toMatch(/semipresencial|Cesec/);
  });

  it('"Tem o endereço oficial para eu mandar para a família dele?" on the free bus pass stays on it', () => {
    const d = talkOn('passe-livre', 'Tem o endereço oficial para eu mandar para a família dele?');
    expect(d.state.focus).toBe('passe-livre');
  });
});
