// The twenty-fifth session's rounds of r25d (2360 on): the focus is right, and the answer is the card's own sentence
// that answers the citizen. One `describe` per round; each test was checked to fail on the code before its round.
// Written from the citizen's side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { deadlines } from '../../src/conversation/followup.ts';
import { realCatalogue, said, talkOn } from './real.ts';

describe('round 2360: told a thing was lost or is not known, the document the card asks only "se souber" / "se tiver"', () => {
  it('the document asked only when one has it or knows it is quoted, the focus kept', () => {
    const cases: [string, string, RegExp][] = [
      ['historico-escolar', 'esqueci em que ano conclui, isso atrapalha?', /se souber/],
      ['eja', 'nao tenho mais a declaracao da ultima serie, da pra entrar?', /se tiver/],
      ['medida-protetiva', 'apaguei as mensagens dele, e agora?', /provas, se tiver/],
      ['cnh-2a-via', 'esqueci o numero de registro da cnh, da pra pedir assim?', /se souber/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });

  it('the lost thing itself is no word of the document: "perdi" does not find "documento perdido, se souber"', () => {
    const d = talkOn('cnh-2a-via', 'perdi a carteira e ela ja ta vencida, tiro a 2 via?');
    expect(said(d)).not.toMatch(/se souber/);
  });

  it('"se tiver" opening a case asks nothing: not quoted as optional', () => {
    const d = talkOn('contracheque-servidor', 'esqueci a senha do portal');
    expect(said(d)).not.toMatch(/se tiver mais de um/);
  });
});

describe('round 2361: the deadline to do the service itself, and from when it holds, in the card\'s own sentences', () => {
  const service = (id: string) => {
    const s = realCatalogue.services.find((x) => x.id === id);
    if (s === undefined) throw new Error(id);
    return s;
  };

  it('"prazo pra <the service\'s own act>" is the deadline the card gives (its calendar), not how long it takes', () => {
    const d = talkOn('crlv-licenciamento', 'e o prazo pra licenciar a moto, qual é?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/final da placa, em calendario/);
  });

  it('another act than the service itself is a deadline only where a sentence giving one holds it', () => {
    expect(deadlines(service('crlv-licenciamento'), 'qual o prazo pra licenciar?').length).toBeGreaterThan(0);
    expect(deadlines(service('seguro-desemprego'), 'qual o prazo pra sacar?')).toEqual([]);
  });

  it('"a partir de quando vale?" asks when it takes effect: the sentence saying when it is confirmed', () => {
    for (const msg of ['e a partir de quando ele ta valendo?', 'o acordo vale a partir de quando?']) {
      const d = talkOn('ipva-parcelamento', msg);
      expect(d.state.focus, msg).toBe('ipva-parcelamento');
      expect(said(d), msg).toMatch(/primeira parcela/);
    }
  });
});

describe('round 2362: an errand done for the citizen, or paying what is in another\'s name, asks who may do it', () => {
  it('"por mim" and "tá no nome de…" get who may ask, not the rules for minors nor the cost', () => {
    const cases: [string, string, RegExp][] = [
      ['conta-govbr', 'meu filho vai la fazer por mim, pode?', /proprio titular|atendimento e pessoal/],
      ['ipva', 'a moto esta no nome da minha filha, posso pagar?', /outra pessoa pode pagar/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(/quem pode pedir/);
      expect(said(d), msg).toMatch(want);
    }
  });
});

describe('round 2362 (b): whether the paper goes along, said with what is carried between ("andar com a guia no caminhão")', () => {
  it('the card\'s sentence saying the paper accompanies the transport', () => {
    const d = talkOn('gta', 'preciso andar com essa guia no caminhao?');
    expect(d.state.focus).toBe('gta');
    expect(said(d)).toMatch(/acompanhar os animais durante todo o transporte/);
  });
});

describe('round 2363: which one of a thing, answered by what it depends on; the fish taken is the card\'s "captura"', () => {
  it('"qual X?" bare gets the sentence holding X before what it depends on', () => {
    const cases: [string, string, RegExp][] = [
      ['licenciamento-ambiental', 'e qual seria a modalidade?', /modalidade .*depende do porte e do potencial poluidor/],
      ['exames-detran', 'e qual a data?', /depende das vagas/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
      expect(said(d), msg).not.toMatch(/nao tenho essa informacao/);
    }
  });

  it('"peixe" said is the card\'s "captura": the catch limit', () => {
    const d = talkOn('licenca-pesca', 'e qtos peixes da pra trazer?');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(said(d)).toMatch(/10 kg/);
  });
});

describe('round 2364: another way asked; a negated case ends with its clause; a step\'s cost lines are the card\'s text', () => {
  it('asked for another way, the step or sentence giving one ("Ou …", "Também é possível …")', () => {
    const cases: [string, string, RegExp][] = [
      ['indicacao-condutor', 'Nao uso gov.br. Existe outro meio de fazer a indicacao?', /correios|presencialmente/],
      ['recurso-multa', 'tem outra forma de enviar o recurso?', /correios/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });

  it('a step\'s cost line answers who pays or whether correcting costs', () => {
    const cases: [string, string, RegExp][] = [
      ['equivalencia-estudos', 'e a traducao, quem que paga?', /pagas pelo interessado/],
      ['itcd', 'se eu precisar retificar a declaracao tem custo?', /retificadora/],
    ];
    for (const [id, msg, want] of cases) {
      const d = talkOn(id, msg);
      expect(d.state.focus, msg).toBe(id);
      expect(said(d), msg).toMatch(want);
    }
  });
});
