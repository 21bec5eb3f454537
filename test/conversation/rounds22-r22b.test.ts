// The twenty-second session's rounds of helper r22b (1720 on): a usual topic's reply took a question about one precise
// fact of the card. One `describe` per round; each test was checked to fail on the code before its round. Written from
// the citizen's side, in wordings and on services other than the dialogues' own where the mechanism applies.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 1720: a lotérica is a correspondente bancário (quase-sinonimos.yaml)', () => {
  it('"posso pagar na lotérica?" quotes the card\'s sentence on the banks and correspondents accredited', () => {
    for (const [id, q] of [
      ['dae', 'dá pra pagar na lotérica?'],
      ['dae', 'paguei numa loterica, tem problema?'],
      ['ipva', 'posso pagar o ipva na loterica?'],
      ['ipva', 'aceita pagamento em lotérica?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(/correspondentes/);
    }
  });

  it('the cost asked alone is still the cost, with no sentence about where to pay', () => {
    const d = talkOn('dae', 'quanto custa?');
    expect(said(d)).toMatch(/gratuito/);
    expect(said(d)).not.toMatch(/correspondentes/);
  });
});

describe('round 1721: a year told with whether it goes is an age, answered by a limit the card tells in years', () => {
  it('"meu carro é 2004, paga?" on the IPVA exemption quotes the 20 years of manufacture, in other wordings too', () => {
    for (const q of ['e meu outro carro é 2004, paga?', 'minha moto é 2001, tenho que pagar ipva?', 'tenho um opala 1985, pago ipva?', 'o carro é ano 2010, é isento?']) {
      const d = talkOn('ipva-isencao', q);
      expect(d.state.focus, q).toBe('ipva-isencao');
      expect(said(d), q).toMatch(/20 anos ou mais/);
    }
  });

  it('on another card, a year of birth finds the age range it tells ("de 16 a 69 anos")', () => {
    for (const q of ['minha mae é de 1955, ela pode doar?', 'nasci em 1958, ainda da pra doar?']) {
      const d = talkOn('doacao-sangue', q);
      expect(said(d), q).toMatch(/sobre isso, o servico informa:\*\npodem doar pessoas saudaveis de 16 a 69 anos/);
    }
  });

  it('an age told, without a year, finds the limit in years too ("e a da minha mae q tem 72")', () => {
    for (const [id, q, told] of [
      ['cnh-renovacao', 'quero renovar a minha cnh', /3 anos a partir dos 70/],
      ['doacao-sangue', 'tenho 17, posso doar?', /16 a 69 anos/],
      ['licenca-pesca', 'meu avo tem 70 anos, paga?', /acima de 65 anos/],
    ] as const) {
      const d = id === 'cnh-renovacao' ? talkOn(id, q, 'e a da minha mae q tem 72') : talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(/sobre a sua pergunta, o servico informa/);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('a count of points or days is no age ("com 20 pontos perde a carteira?")', () => {
    expect(said(talkOn('multas-pontuacao', 'com 20 pontos perde a carteira?'))).toMatch(/20 pontos em 12 meses/);
  });

  it('a price limit asked is still the price limit, not the age ("vale pra carro de qualquer preço?")', () => {
    const d = talkOn('ipva-isencao', 'vale pra carro de qualquer preço?');
    expect(said(d)).toMatch(/limite de valor/);
  });
});

describe('round 1722: what the citizen gets at the end is what the service issues, not the documents to bring', () => {
  it('"que documento recebo no final?" quotes the document issued, on several cards and in several wordings', () => {
    for (const [id, q, issued] of [
      ['baixa-veiculo', 'E que documento recebo no final?', /certidao de baixa/],
      ['baixa-veiculo', 'e no final recebo algum papel?', /certidao de baixa/],
      ['primeiro-emplacamento', 'No final, qual documento do veículo eu recebo?', /crlv-e fica disponivel/],
      ['licenca-pesca', 'no fim eu recebo algum comprovante?', /carteira e emitida/],
      ['ouvidoria-saude', 'recebo algum papel depois?', /numero de protocolo/],
      ['itcd', 'qual documento sai no final?', /certidao de pagamento/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(issued);
      expect(said(d), `${id}: ${q}`).not.toMatch(/\*documentos —/);
    }
  });

  it('the documents asked are still the documents ("que documentos preciso levar?", "que documento preciso pra receber?")', () => {
    for (const q of ['que documentos preciso levar?', 'qual documento eu preciso pra receber a certidao?']) {
      expect(said(talkOn('baixa-veiculo', q)), q).toMatch(/\*documentos —/);
    }
  });
});

describe('round 1723: whether a thing must be done is answered by the step that does it, and by the case it is not', () => {
  it('"tem q fazer aula?" names the step of the lessons, with "de novo" read as again (no repeat of the last reply)', () => {
    for (const [id, before, q] of [
      ['cnh-mudanca-categoria', 'quanto custa?', 'tem q fazer aula de novo?'],
      ['cnh-mudanca-categoria', undefined, 'precisa fazer aula?'],
      ['cnh-primeira-habilitacao', undefined, 'preciso fazer aula?'],
      ['cnh-primeira-habilitacao', 'quanto custa?', 'tenho que fazer aula de novo?'],
    ] as const) {
      const d = before === undefined ? talkOn(id, q) : talkOn(id, before, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(/sim: a etapa \d+, \*fazer as aulas praticas/);
    }
  });

  it('"vou ter que fazer exame de novo?" on the renewal: the exam\'s step, then the case without it', () => {
    const d = talkOn('cnh-renovacao', 'vou ter que fazer exame de novo?');
    expect(said(d)).toMatch(/sim: a etapa 3, \*agendar e fazer o exame medico/);
    expect(said(d)).toMatch(/sem exame/);
  });

  it('a sentence saying the thing is dispensed answers ("carro zero precisa de vistoria?")', () => {
    for (const q of ['carro zero precisa de vistoria?', 'tenho que fazer vistoria?']) {
      expect(said(talkOn('primeiro-emplacamento', q)), q).toMatch(/vistoria e dispensada/);
    }
  });

  it('the case in which it is done answers ("vou ter q fazer prova de novo?" on the foreign licence)', () => {
    for (const q of ['vou ter q fazer prova de novo?', 'tenho que fazer a prova?', 'vou precisar fazer prova?']) {
      const d = talkOn('cnh-estrangeiro', q);
      expect(d.state.focus, q).toBe('cnh-estrangeiro');
      expect(said(d), q).toMatch(/acordo com o brasil/);
    }
  });

  it('"manda de novo" and "fala outra vez" still repeat the last answer', () => {
    for (const q of ['manda de novo', 'fala outra vez']) {
      const d = talkOn('cnh-renovacao', 'quanto custa?', q);
      expect(kinds(d), q).not.toContain('unanswered');
      expect(said(d), q).toMatch(/quanto custa/);
    }
  });
});

describe('round 1724: paying something late, with what is paid between the verb and the lateness', () => {
  it('"e se eu pagar o imposto depois do prazo?" quotes the fine and interest for lateness', () => {
    for (const [id, q, told] of [
      ['itcd', 'E se eu pagar o imposto depois do prazo?', /atraso gera multa e juros/],
      ['itcd', 'e se eu pagar a guia depois do vencimento?', /atraso gera multa e juros/],
      ['ipva-parcelamento', 'e se eu pagar a parcela depois do vencimento?', /atrasar parcelas/],
    ] as const) {
      expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(told);
    }
  });
});

describe('round 1725: where a thing is found is told by the sentence or document holding it and a place', () => {
  it('"onde acho o renavam?" quotes where the card says it is, on several cards and in several wordings', () => {
    for (const [id, q, told] of [
      ['ipva', 'onde acho o renavam?', /renavam \(esta no documento do veiculo, o crlv\)/],
      ['ipva', 'renavam fica onde q eu nao sei', /renavam \(esta no documento do veiculo, o crlv\)/],
      ['ipva-parcelamento', 'onde eu vejo o renavam?', /numero do renavam \(no crlv\)/],
      ['consulta-reds', 'onde acho o numero do reds?', /numero do reds vem no e-mail/],
      ['cin-2a-via', 'onde vejo o prazo?', /o prazo aparece no protocolo/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(said(d), `${id}: ${q}`).toMatch(told);
    }
  });

  it('where the service is done is still the where topic alone ("onde faço?")', () => {
    const d = talkOn('ipva', 'onde faço?');
    expect(said(d)).toMatch(/\*onde fazer —/);
    expect(said(d)).not.toMatch(/sobre a sua pergunta/);
  });
});
