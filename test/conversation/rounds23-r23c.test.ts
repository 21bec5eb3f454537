// The twenty-third session's rounds of helper r23c (1940 on). One `describe` per round; each test was checked to fail on
// the code before its round (except the guards). Written from the citizen's side, in wordings and on services other
// than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 1940: a word of asking left where the thing asked stands ("abrem quando", "preciso do q", "levo oq")', () => {
  it('asks the topic the same question asks with its word of asking first', () => {
    for (const [id, q, topic] of [
      ['eja', 'as aulas comecam quando', 'time'],
      ['cadastro-escolar', 'as inscricao abrem quando', 'time'],
      ['doacao-sangue', 'pra doar sangue preciso do q', 'documents'],
      ['veiculo-removido', 'pra tirar o carro do patio levo oq', 'documents'],
      ['licenca-pesca', 'a carteirinha chega quando', 'time'],
    ] as const) {
      const d = talkOn(id, q);
      expect(asked(d), `${id}: ${q}`).toContain(topic);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('"faço oq com X" is answered with the sentence of the card about X', () => {
    const d = talkOn('bo-furto', 'e depois do boletim faço oq com o chip');
    expect(said(d)).toMatch(/operadora/);
  });

  it('the cues already written with the word last, a thing carried over, and a verb of knowing are read as before', () => {
    expect(asked(talkOn('cin-2a-via', 'a nova carteira fica pronta quando'))).toContain('time');
    // "e as placas, faz oq com elas" carries the talk to a thing of the card: its sentence, not how the service is done.
    expect(said(talk('meu carro virou sucata, quero dar baixa nele no detran', 'e as placas faz oq com elas'))).toMatch(/recolhid/);
    expect(asked(talkOn('eja', 'nao sei quando'))).not.toContain('time');
    expect(asked(talkOn('ipva', 'quanto custa'))).toContain('cost');
  });
});

describe('round 1941: a duty is no thanks ("obrigações", "obrigação", "a lei obriga")', () => {
  it('is read as a question about the card, not thanked for', () => {
    for (const [id, q] of [
      ['licenciamento-ambiental', 'depois que sai a licenca, acabou ou tenho mais obrigações?'],
      ['outorga-agua', 'tenho alguma obrigação depois da outorga?'],
      ['inscricao-estadual', 'a lei obriga a fazer isso?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).not.toContain('small_talk');
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).not.toMatch(/de nada/);
    }
  });

  it('every thanks is still thanks', () => {
    for (const q of ['obrigado', 'obrigadaaa', 'muito obrigada pela ajuda', 'brigadão', 'obg']) expect(kinds(talkOn('ipva', q)), q).toEqual(['small_talk']);
  });
});

describe('round 1942: a question about the request is no request ("quem costuma fazer o pedido?", "há taxa para fazer a inscrição?")', () => {
  it('answers who may ask, what it costs or what is asked, instead of "por aqui não consigo registrar"', () => {
    for (const [id, q, topic] of [
      ['cadastro-escolar', 'quem geralmente faz a inscricao?', 'requirements'],
      ['ciptea', 'quem costuma pedir a carteirinha?', 'requirements'],
      ['eja', 'posso fazer a inscricao sozinha?', 'requirements'],
      ['transferencia-escola', 'Posso fazer o pedido sozinho?', 'requirements'],
      ['cadastro-escolar', 'Há taxa para fazer a inscrição?', 'cost'],
      ['eja', 'existe taxa pra fazer a matricula?', 'cost'],
    ] as const) {
      const d = talkOn(id, q);
      expect(asked(d), `${id}: ${q}`).toContain(topic);
      expect(said(d), `${id}: ${q}`).not.toMatch(/nao consigo registrar/);
    }
  });

  it('someone else doing it, or asking for someone, is read as who may ask', () => {
    expect(said(talkOn('inscricao-estadual', 'ta, o contador faz isso pra mim?'))).toMatch(/contador/);
    expect(said(talkOn('cadastro-escolar', 'sou a tia, posso fazer a inscricao dela?'))).toMatch(/responsave/);
  });

  it('a request to the bot is still one', () => {
    expect(said(talkOn('cadastro-escolar', 'pode fazer a inscricao pra mim?'))).toMatch(/nao consigo registrar/);
    expect(said(talkOn('cadastro-escolar', 'quero fazer a inscricao'))).toMatch(/nao consigo registrar/);
    expect(talkOn('agendamento-uai', 'pode agendar pra mim?').state.view.at).toBe('form');
  });
});

describe('round 1943: "como sei (depois) se…", "como fico sabendo se…" ask how the outcome is followed, not how it is done', () => {
  it('quotes the card\'s sentence telling how to follow it', () => {
    for (const [id, q, want] of [
      ['ciptea', 'como fico sabendo se aprovou', /e-?mail/],
      ['ciptea', 'como sei se aprovou', /e-?mail/],
      ['equivalencia-estudos', 'como eu sei se deu certo', /diario oficial/],
      ['denuncia-ambiental', 'como vou saber se fizeram alguma coisa', /protocolo/],
      ['ipva-isencao', 'como sei se foi aprovado', /acompanh/],
    ] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(want);
      expect(d.state.view.at, `${id}: ${q}`).toBe('service');
    }
  });

  it('a question whose own words a sentence holds keeps that sentence, and "como faço" still starts the steps', () => {
    expect(said(talkOn('comunicacao-venda', 'Como sei que a comunicação foi registrada?'))).toMatch(/consulta do veiculo/);
    expect(talkOn('ciptea', 'como faço?').state.view.at).toBe('walkthrough');
  });
});

describe('round 1944: after a quoted sentence, a condition is not asked of the steps asked for before it', () => {
  it('"e se …" after a sentence of the card is asked of its sentences, not answered with the how-to list again', () => {
    const d = talk('perdi minha habilitação, como faço a segunda via?', 'posso dirigir enquanto a nova nao chega?', 'e se ela ja estava vencida?');
    expect(asked(d)).not.toContain('how');
    expect(said(d)).toMatch(/renova/);
  });

  it('a usual topic asked before is still carried over the condition', () => {
    const d = talk('preciso agendar a prova pratica do detran', 'posso levar relogio na prova?', 'e se eu for reprovado?');
    expect(said(d)).toMatch(/nova prova|prazo minimo/);
  });
});

describe('round 1945: "chega como?" asks how the result arrives, which the time field tells', () => {
  it('answers the time field, which says how it comes', () => {
    for (const [id, q] of [
      ['equivalencia-estudos', 'e o parecer chega como?'],
      ['bo-estelionato', 'o bo chega como?'],
      ['bo-perda-documentos', 'como chega o boletim?'],
    ] as const) expect(asked(talkOn(id, q)), `${id}: ${q}`).toContain('time');
  });

  it('"chega quando" is still asked of the time, and "como faço" of the steps', () => {
    expect(asked(talkOn('licenca-pesca', 'a carteirinha chega quando?'))).toContain('time');
    expect(talkOn('ciptea', 'como faço?').state.view.at).toBe('walkthrough');
  });
});
