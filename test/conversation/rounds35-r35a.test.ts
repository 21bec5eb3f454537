// The thirty-fifth session's rounds of helper r35a (first messages that found the wrong service or none). Written from
// the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 3800: the licence named by what it lets one drive ("carteira de carro")', () => {
  it('a first licence for a car is the first licence, not a change of category', () => {
    expect(talk('minha filha quer tirar a habilitação de carro').state.focus).toBe('cnh-primeira-habilitacao');
    expect(talk('meu neto completou 18 e vai tirar carteira de carro').state.focus).toBe('cnh-primeira-habilitacao');
    expect(talk('como faço pra tirar carta de carro?').state.focus).toBe('cnh-primeira-habilitacao');
  });
  it('one who already has the licence for a motorbike and wants the car\'s is still a change of category', () => {
    expect(talk('já tenho carteira de moto, quero a de carro').state.focus).toBe('cnh-mudanca-categoria');
  });
});

describe('round 3801: "carta", Minas\'s word for the licence, with its expiry, its points or its suspension; "eua"', () => {
  it('a "carta" that expired or will expire is the renewal first, never the first licence', () => {
    expect(talk('quero renovar a carta').state.focus).toBe('cnh-renovacao');
    for (const text of ['a carta vence mes que vem, como faço?', 'minha carta venceu']) {
      const d = talk(text);
      expect(d.state.focus ?? d.state.options.find((o) => o.id.startsWith('svc:'))?.id.slice(4)).toBe('cnh-renovacao');
    }
  });
  it('points on the "carta" and a suspended "carta" are the fines and points', () => {
    expect(talk('quero ver os pontos da carta').state.focus).toBe('multas-pontuacao');
    expect(talk('suspenderam a carta do meu marido').state.focus).toBe('multas-pontuacao');
  });
  it('"carta" alone still asks for the first licence', () => {
    expect(talk('como faz pra tirar carta?').state.focus).toBe('cnh-primeira-habilitacao');
  });
  it('"eua" is abroad: a licence from there is the foreigner\'s licence; a passport to go there is the Federal Police\'s', () => {
    expect(talk('tenho habilitação dos eua, como faço pra dirigir aqui?').state.focus).toBe('cnh-estrangeiro');
    const d = talk('preciso tirar passaporte pra viajar pros eua');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.options.filter((o) => o.id.startsWith('svc:'))).toHaveLength(0);
  });
});

describe('round 3802: "uai" after a verb of booking is the UAI ("marcar uai")', () => {
  it('"marcar uai", "quero marcar uai" open the UAI booking', () => {
    expect(talk('preciso marcar uai').state.focus).toBe('agendamento-uai');
    expect(talk('marcar uai').state.focus).toBe('agendamento-uai');
  });
  it('"uai" as the Minas interjection after another verb is still no UAI', () => {
    expect(talk('minha cnh venceu uai').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 3803: "tá" and "tava" are "está" and "estava" in search too', () => {
  it('"quanto tá o ipva" is the IPVA\'s own question, as "quanto está o ipva" is', () => {
    expect(talk('quanto tá o ipva do meu carro?').state.focus).toBe('ipva');
    expect(talk('quanto ta o ipva do carro').state.focus).toBe('ipva');
  });
});

describe('round 3804: an income said in minimum wages is the free pass\'s income limit, not a pay slip', () => {
  it('a retiree on one minimum wage asking about free bus travel is the free pass', () => {
    expect(talk('meu tio tem 66 anos e e aposentado com um salario minimo, ele tem direito ao passe livre?').state.focus).toBe('passe-livre');
    expect(talk('sou aposentado, ganho um salário mínimo, tenho direito a passagem de graça?').state.focus).toBe('passe-livre');
  });
  it('the salary alone is still the state worker\'s pay slip', () => {
    expect(talk('quero ver meu salario de servidor').state.focus).toBe('contracheque-servidor');
  });
});

describe('round 3805: asking the bot which football team it supports is small talk it cannot help with, not "not found"', () => {
  it('"torce pra quem?", "qual seu time?" get the out-of-scope reply, no service', () => {
    for (const text of ['e vc, torce pra quem?', 'qual o seu time, atlético ou cruzeiro?', 'vc torce pro cruzeiro?']) {
      const d = talk(text);
      expect(kinds(d)).toContain('elsewhere');
      expect(d.state.focus).toBeUndefined();
    }
  });
});

describe('round 3806: homework named by its subject or as the citizen\'s own ("faz minha tarefa de história")', () => {
  it('is homework, which the bot does not do, not "not found"', () => {
    for (const text of ['pode fazer minha tarefa de geografia?', 'vc é um robô? entao faz minha tarefa de matematica']) {
      const d = talk(text);
      expect(kinds(d)).toContain('elsewhere');
      expect(d.state.focus).toBeUndefined();
    }
  });
});
