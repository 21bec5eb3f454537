// The twenty-ninth session's rounds of r29a (2900 on): the first message finds the right service. From the citizen's
// side, in wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { findTopics } from '../../src/conversation/topics.ts';
import { readPlain } from '../../src/conversation/reading.ts';
import { said, talk, talkOn } from './real.ts';

describe('round 2900: the service the words call by its own names, said whole, opens at once', () => {
  it('the general ombudsman by its own "ouvidoria" and a kind of message, not the SUS ombudsman', () => {
    for (const q of ['denúncia na ouvidoria', 'elogio na ouvidoria', 'sugestão pra ouvidoria']) {
      const d = talk(q);
      expect(d.state.focus, q).toBe('ouvidoria');
      expect(said(d), q).toMatch(/ouvidoria-geral/);
    }
  });
  it('the school registration by its "matrícula", not the renewal of one', () => {
    const d = talk('matricular meu filho na escola estadual');
    expect(d.state.focus).toBe('cadastro-escolar');
  });
  it('one word of a service\'s names alone is not enough: the driving licence after a move is still a choice', () => {
    const d = talk('mudei de sp pra bh, o que eu faço com a carteira de motorista?');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('results');
  });
});

describe('round 2900: "começa pelo X" on a card chooses the service the card offers that X names', () => {
  it('after a lost bag, the identity card or the driving licence chosen first', () => {
    for (const [q, id] of [
      ['começa pela cnh', 'cnh-2a-via'],
      ['primeiro o rg', 'cin-2a-via'],
    ] as const) {
      const d = talk('perdi a bolsa com rg e cnh dentro');
      expect(d.state.focus, q).toBe('bo-perda-documentos');
      d.say(q);
      expect(d.state.focus, q).toBe(id);
    }
  });
  it('the card\'s own thing chosen first keeps the card', () => {
    const d = talk('perdi a bolsa com rg e cnh dentro', 'vou registrar o bo primeiro');
    expect(d.state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 2901: a fine\'s story telling that someone else had the vehicle finds the driver indication', () => {
  it('someone else at the wheel, told in several ways', () => {
    for (const q of [
      'emprestei o carro pro vizinho e chegou multa de velocidade',
      'minha esposa tava com a caminhonete quando passou no radar',
      'chegou uma notificação de multa, mas quem estava com o carro era meu genro',
      'minha sobrinha pegou minha moto emprestada e levou multa',
    ]) {
      expect(talk(q).state.focus, q).toBe('indicacao-condutor');
    }
  });
  it('not when the citizen had the vehicle, nor without a fine', () => {
    const mine = talk('eu tava com o carro e levei uma multa injusta');
    expect(mine.state.focus).not.toBe('indicacao-condutor');
    expect(mine.state.options.map((o) => o.id)[0]).not.toBe('svc:indicacao-condutor');
    // The citizen's own fine, thought unfair, finds the appeal: opened (round 3261: it leads the list by half again with
    // nothing in view), or among the services listed.
    expect(mine.state.focus === 'recurso-multa' || mine.state.options.some((o) => o.id === 'svc:recurso-multa')).toBe(true);
    expect(talk('meu filho pegou meu carro e bateu no poste').state.focus).not.toBe('indicacao-condutor');
  });
});

describe('round 2902: the driving licence by the vehicle it lets one drive ("carteira de moto", "carta de moto")', () => {
  it('the first licence when nothing says one is held', () => {
    for (const q of ['como faço pra tirar a carteira de moto?', 'preciso tirar carteira de moto', 'minha neta quer tirar habilitação de moto']) {
      expect(talk(q).state.focus, q).toBe('cnh-primeira-habilitacao');
    }
  });
  it('the other services of the licence by the same names', () => {
    expect(talk('minha carteira de moto venceu').state.focus).toBe('cnh-renovacao');
    expect(talk('perdi minha carteira de moto').state.focus).toBe('cnh-2a-via');
    expect(talk('ja tenho carteira de carro e quero tirar a de moto').state.focus).toBe('cnh-mudanca-categoria');
  });
});

describe('round 2903: a topic\'s cue said inside a popular name of the service found first names that service', () => {
  it('"tirar o documento do carro" is the licensing, not the documents of the vehicle pound', () => {
    for (const q of ['vou tirar o documento do carro desse ano', 'queria tirar o documento da moto desse ano']) {
      const d = talk(q);
      expect(d.state.focus, q).toBe('crlv-licenciamento');
      expect(said(d), q).not.toMatch(/^\*documentos/);
    }
  });
  it('the documents asked for are still the documents', () => {
    const d = talk('quais documentos preciso pra tirar o documento do carro?');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/^\*documentos/);
  });
});

describe('round 2904: "procurar" (to look for) is no "procuração"; a document that vanished is a document lost', () => {
  it('looking for something asks no topic; the power of attorney asks who may ask', () => {
    for (const q of ['fui demitido e quero procurar vaga no sine', 'procuro um curso tecnico gratuito', 'vou procurar a uai amanha']) {
      expect(findTopics(readPlain(q), false)?.topics ?? [], q).not.toContain('requirements');
    }
    expect(findTopics(readPlain('precisa de procuração?'), false)?.topics).toContain('requirements');
    expect(findTopics(readPlain('o procurador pode ir?'), false)?.topics).toContain('requirements');
    expect(talk('fui demitido e quero procurar vaga no sine').state.focus).toBe('sine-emprego');
  });
  it('the power of attorney still asks who may ask', () => {
    const d = talkOn('cnh-2a-via', 'posso mandar outra pessoa com procuração?');
    expect(said(d)).toMatch(/quem pode pedir/);
  });
  it('"minha cnh sumiu" is the licence lost, "meu filho sumiu" a person missing', () => {
    expect(talk('minha cnh sumiu na faxina, ja revirei tudo').state.focus).toBe('cnh-2a-via');
    expect(talk('minha identidade sumiu').state.focus).toBe('cin-2a-via');
    expect(talk('meu filho sumiu').state.focus).toBe('pessoa-desaparecida');
  });
});
