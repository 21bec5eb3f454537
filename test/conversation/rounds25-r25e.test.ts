// The twenty-fifth session's rounds of r25e (2380 on): the card's own sentence that answers the citizen, read past
// near-synonyms, a negation, a situation told or a yes/no question. One `describe` per round; each test was checked to
// fail on the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { passages } from '../../src/conversation/followup.ts';
import { realCatalogue, said, talkOn } from './real.ts';

describe('round 2380: not wanting to be known, said in the subjunctive ("que saibam", "que descubram"), asks whether it is kept secret', () => {
  it('quotes the card\'s sentence on secrecy or anonymity', () => {
    for (const [id, q] of [
      ['ouvidoria', 'não quero que saibam que fui eu que reclamei'],
      ['ouvidoria', 'tenho receio que descubram quem eu sou'],
      ['denuncia-ambiental', 'nao quero que o vizinho saiba que fui eu'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(/sigilo|anonimato/);
    }
  });
});

describe('round 2380: a thing named with what was not done to it ("veículo não retirado") is a case put in the negative', () => {
  it('"e se eu não for pegar / não retirar?" quotes what becomes of it', () => {
    for (const q of ['e se eu nao retirar o carro?', 'e se eu não for pegar a moto no patio?']) {
      const d = talkOn('veiculo-removido', q);
      expect(d.state.focus, q).toBe('veiculo-removido');
      expect(said(d), q).toMatch(/leilao/);
    }
  });
  it('a question with no negation is not answered by it', () => {
    const d = talkOn('veiculo-removido', 'quem pode retirar o carro?');
    expect(said(d)).not.toMatch(/leilao/);
  });
});

describe('round 2381: a Sunday, a holiday or the night asked is answered by the card\'s sentence on when it is open', () => {
  it('quotes when it is open', () => {
    for (const [id, q, re] of [
      ['veiculo-removido', 'da pra pegar o carro no patio no feriado?', /horario comercial/],
      ['disque-denuncia', 'posso ligar de madrugada?', /a qualquer hora|24 horas/],
      ['medida-protetiva', 'e no fim de semana, alguem atende no 180?', /a qualquer hora/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2381: a night or a Sunday told of what happened asks no opening time', () => {
  it('"foi de madrugada, faz diferença?" stays on the card in view', () => {
    for (const [id, q] of [['bo-furto', 'foi de madrugada, faz diferença?'], ['pessoa-desaparecida', 'ele saiu de casa no domingo a noite']] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).not.toMatch(/a qualquer hora/);
    }
  });
});

describe('round 2381: a torn or damaged paper is the damaged one the card speaks of (near-synonyms)', () => {
  it('quotes the card\'s sentence on damaged documents', () => {
    for (const [id, q, re] of [
      ['visita-presidio', 'minha certidao de nascimento ta rasgada, eles aceitam assim?', /danificad/],
      ['cnh-2a-via', 'minha carteira ta toda rasgada, ainda vale?', /danificad/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2381: telling one\'s telephone, e-mail or address changed is answered by the card\'s sentence on keeping it up to date', () => {
  it('quotes the sentence that says to update it', () => {
    for (const [id, q, re] of [
      ['sine-emprego', 'troquei meu telefone, preciso fazer alguma coisa?', /atualizad/],
      ['sine-emprego', 'meu e-mail agora é outro', /atualizad/],
      ['cnh-renovacao', 'mudei de endereco, e agora?', /endereco esta atualizado/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2382: asked whether the service shows a thing ("aparece aí?", "mostra se…?"), the sentence telling what it shows', () => {
  it('quotes the sentence that names what the consultation shows', () => {
    for (const [id, q, re] of [
      ['onibus-intermunicipal', 'o preço aparece na consulta?', /tarifas/],
      ['situacao-veiculo', 'mostra se o carro tem bloqueio?', /bloqueio judicial/],
      ['situacao-veiculo', 'da pra ver se ele ta financiado?', /financiamento/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2383: from another state, the card\'s condition that sets the person in Minas answers before another condition', () => {
  const card = realCatalogue.services.find((x) => x.id === 'primeiro-emplacamento');
  it('quotes the residence in Minas, not who may act for the buyer', () => {
    for (const q of ['moro em sao paulo, o comprador sou eu, posso emplacar aqui?', 'sou de goias mas comprei o carro em bh, da pra emplacar aqui?', 'sou de goias, posso emplacar meu carro novo em minas?']) {
      const found = card === undefined ? [] : passages(card, realCatalogue, q, [], true);
      expect(found.join(' '), q).toMatch(/residência ou sede em Minas Gerais/);
      expect(found.join(' '), q).not.toMatch(/Representando/);
    }
  });
  it('the chat quotes it too', () => {
    expect(said(talkOn('primeiro-emplacamento', 'moro em sao paulo, o comprador sou eu, posso emplacar aqui?'))).toMatch(/residencia ou sede em minas gerais/);
  });
});

describe('round 2383: a time told within the year under way ("no meio do ano") is answered by what holds during the year', () => {
  it('quotes the sentence for the school year under way', () => {
    for (const q of ['as aulas ja comecaram, ainda da pra trocar de escola?', 'quero trocar minha filha de escola no meio do semestre, pode?']) {
      const d = talkOn('transferencia-escola', q);
      expect(d.state.focus, q).toBe('transferencia-escola');
      expect(said(d), q).toMatch(/durante o ano letivo/);
    }
  });
});

describe('round 2384: a tax asked as a charge ("tem imposto?", "tem icms?") is the cost asked, like "tem taxa?"', () => {
  it('answers with the card\'s costs', () => {
    for (const [id, q, re] of [
      ['nota-fiscal-avulsa', 'cobra icms nessa nota?', /icms/],
      ['nota-fiscal-avulsa', 'incide imposto na venda do gado?', /icms/],
      ['ipva', 'tem imposto todo ano?', /ipva do ano/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(/quanto custa/);
      expect(said(d), q).toMatch(re);
    }
  });
});

describe('round 2384: told what the citizen does without ("sem registrar"), the word after "sem" need not be held', () => {
  it('quotes the sentence holding what they want', () => {
    const d = talkOn('medida-protetiva', 'por agora quero so uma orientacao, sem registrar');
    expect(said(d)).toMatch(/180/);
  });
  it('asked, the word after "sem" is still weighed', () => {
    const d = talkOn('veiculo-removido', 'da pra retirar sem pagar as diarias?');
    expect(said(d)).toMatch(/diarias/);
  });
});

describe('round 2385: a measure asked "de quanto" ("renda de quanto?") asks its limit; a lawyer is the Public Defender (near-synonyms)', () => {
  it('quotes the limit the card tells', () => {
    for (const q of ['a renda pode ser de quanto?', 'renda maxima de quanto?', 'e a renda, ate quanto?']) {
      const d = talkOn('passe-livre', q);
      expect(d.state.focus, q).toBe('passe-livre');
      expect(said(d), q).toMatch(/dois salarios minimos/);
    }
  });
  it('quotes the sentence on the Public Defender', () => {
    for (const q of ['vou ter que contratar advogado?', 'e se eu nao tiver dinheiro pra advogada?']) {
      const d = talkOn('medida-protetiva', q);
      expect(d.state.focus, q).toBe('medida-protetiva');
      expect(said(d), q).toMatch(/defensoria/);
    }
  });
});

describe('round 2386: told it is not done yet and asked whether that is a problem, the card\'s penalty answers', () => {
  it('quotes the sentence telling the penalty', () => {
    for (const q of ['o comprador ainda nao passou pro nome dele faz 2 meses, da problema?', 'ja faz 40 dias e ainda nao transferi, leva multa?']) {
      const d = talkOn('transferencia-veiculo', q);
      expect(d.state.focus, q).toBe('transferencia-veiculo');
      expect(said(d), q).toMatch(/depois disso, leva multa/);
    }
  });
});

describe('round 2386: asked whether it can be done on a device, the sentence telling the devices answers', () => {
  it('quotes the devices the card names', () => {
    for (const q of ['consigo fazer no notebook?', 'da pra entrar pelo celular?']) {
      const d = talkOn('visita-virtual', q);
      expect(d.state.focus, q).toBe('visita-virtual');
      expect(said(d), q).toMatch(/celular ou computador/);
    }
  });
  it('a camera of the card that is no device list is not quoted', () => {
    expect(said(talkOn('indicacao-condutor', 'da pra fazer pelo celular?'))).not.toMatch(/radar, camera/);
  });
});
