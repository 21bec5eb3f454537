// The twenty-third session's rounds of helper r23b (1920 on): a usual topic's reply took a question about one precise
// fact of the card. One `describe` per round; each test was checked to fail on the code before its round. Written from
// the citizen's side, in wordings and on services other than the dialogues' own where the mechanism applies.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe('round 1920: the time the citizen has, or how long the thing stays valid, is not the time the service takes', () => {
  it('"tenho quanto tempo?" asked bare gives the card\'s deadline to act, on several cards', () => {
    for (const [id, q, told] of [
      ['seguro-desemprego', 'tenho quanto tempo?', /do 7. ao 120. dia/],
      ['seguro-desemprego', 'e a gente tem quanto tempo?', /do 7. ao 120. dia/],
      ['transferencia-veiculo', 'quantos dias eu tenho?', /30 dias a partir da venda/],
      ['transferencia-veiculo', 'tenho prazo pra isso?', /30 dias a partir da venda/],
      ['indicacao-condutor', 'tenho prazo?', /dentro do prazo/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('"vale até quando?" quotes the card\'s sentence on validity or renewal', () => {
    for (const [id, q, told] of [
      ['certidao-debitos', 'e ela vale ate quando?', /data de validade vem impressa/],
      ['pescador-profissional', 'esse registro vale até quando?', /renovado/],
      ['cnh-renovacao', 'e a nova vale ate quando?', /10 anos/],
    ] as const) {
      const d = talkOn(id, q);
      expect(asked(d), `${id}: ${q}`).toEqual(['time']);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('how long the service takes is still answered alone, with no deadline quoted', () => {
    for (const q of ['quanto tempo demora?', 'tenho que esperar quanto tempo?']) {
      const d = talkOn('transferencia-veiculo', q);
      expect(asked(d), q).toEqual(['time']);
      expect(said(d), q).not.toMatch(/30 dias a partir da venda/);
    }
  });
});

describe('round 1921: a need asked of a thing with its article or a "de" ("precisa levar as placas?", "exame de vista")', () => {
  it('the sentence that holds the thing needed answers, though the question holds one word of the card', () => {
    for (const [id, q, told] of [
      ['baixa-veiculo', 'precisa levar as placas?', /placas sao recolhidas/],
      ['baixa-veiculo', 'tem que levar as placa?', /placas sao recolhidas/],
      ['baixa-veiculo', 'precisa levar os documentos?', /etapa 3, \*entregar os documentos/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('"tem que fazer exame de vista?" names the step doing the exam', () => {
    for (const [id, q, told] of [
      ['cnh-renovacao', 'tem q fazer exame de vista?', /sim: a etapa \d, \*agendar e fazer o exame medico\*/],
      ['cnh-renovacao', 'preciso fazer exame de vista?', /sim: a etapa \d, \*agendar e fazer o exame medico\*/],
      ['cnh-estrangeiro', 'precisa fazer exame de vista?', /sim: a etapa \d, \*fazer os exames\*/],
    ] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('the documents asked plainly are still the list, with no step named', () => {
    const d = talkOn('baixa-veiculo', 'quais documentos preciso levar?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).not.toMatch(/sim: a etapa/);
  });
});

describe('round 1922: asked how to avoid the trip, the steps before the desk that are done online', () => {
  it('on a card done in person, the online answer names the first steps done on a site or app, with their text', () => {
    for (const [id, q, told] of [
      ['conta-govbr', 'da pra fazer pela internet?', /reconhecimento facial/],
      ['conta-govbr', 'tem jeito de resolver sem sair de casa?', /pelo banco credenciado/],
      ['baixa-veiculo', 'da pra fazer online?', /antes de ir, pela internet .*\*preencher o formulario e pagar o dae\*/],
      ['cnh-estrangeiro', 'é tudo presencial?', /antes de ir, pela internet .*\*verificar se o pais tem acordo com o brasil\*/],
      ['vistoria-veiculo', 'tem que ir pessoalmente?', /antes de ir, pela internet .*autorizacao previa/],
    ] as const) {
      const d = talkOn(id, q);
      expect(asked(d), `${id}: ${q}`).toEqual(['online']);
      expect(said(d), `${id}: ${q}`).toMatch(/nao, este servico e presencial/);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('"sem ir até a unidade", "sem precisar ir" ask whether it is done online', () => {
    for (const [id, q] of [
      ['cnh-transferencia-estado', 'Existe alguma forma de fazer sem ir até a unidade?'],
      ['cin-2a-via', 'dá pra pedir sem ir até o posto?'],
      ['crlv-licenciamento', 'tem como fazer sem precisar ir no detran?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(asked(d)[0], `${id}: ${q}`).toBe('online');
    }
  });

  it('a card whose steps are all at the desk still says only where', () => {
    const d = talkOn('historico-escolar', 'da pra fazer pela internet?');
    expect(said(d)).toMatch(/nao, este servico e presencial/);
    expect(said(d)).not.toMatch(/antes de ir/);
  });
});

describe('round 1923: what comes after the event, and what is left, asked in other ways', () => {
  it('"depois que o X sai", also after a first sentence, quotes what the card tells after it', () => {
    for (const [id, q, told] of [
      ['avcb', 'Sou síndica de um prédio pequeno. Depois que o certificado sai, ele precisa ser renovado?', /acompanhe a data de renovacao/],
      ['avcb', 'Tenho uma loja. Depois que o certificado sai, ele vence?', /acompanhe a data de renovacao/],
      ['outorga-agua', 'Moro na roça. Depois que a outorga sai, ela vale pra sempre?', /renove antes do vencimento/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('"falta mais algum passo?", "tem mais alguma etapa?" ask what is left, not for the steps from the first', () => {
    for (const [id, q, told] of [
      ['inscricao-estadual', 'Depois de aprovada, falta mais algum passo?', /domicilio tributario eletronico/],
      ['inscricao-estadual', 'tem mais alguma etapa depois?', /domicilio tributario eletronico/],
      ['licenciamento-ambiental', 'falta mais alguma etapa?', /cumpra as condicionantes/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.view.at, `${id}: ${q}`).toBe('service');
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
    // Asked to see the steps, the walkthrough still opens.
    expect(talkOn('cnh-renovacao', 'me mostra os passos').state.view.at).toBe('walkthrough');
  });

  it('an obligation is no thanks ("tenho mais obrigações?", "ser obrigado a sair")', () => {
    for (const [id, q] of [
      ['licenciamento-ambiental', 'Depois que a licença sai, acabou ou tenho mais obrigações?'],
      ['ipva', 'quais sao as minhas obrigações?'],
      ['medida-protetiva', 'ele pode ser obrigado a sair de casa?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).not.toContain('small_talk');
    }
    for (const q of ['obrigado', 'ok obrigado', 'muito obrigada pela ajuda', 'é, obrigado', 'obrigado a vc']) {
      expect(kinds(talkOn('ipva', q)), q).toContain('small_talk');
    }
  });
});
