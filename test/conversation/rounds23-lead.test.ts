// The twenty-third session's rounds of the lead (2000 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import type { FormField } from '../../src/catalogue/schema.ts';
import { checkField } from '../../src/conversation/fields.ts';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 2000: an optional field is left blank by a refusal in the citizen\'s words, never by cancelling the form', () => {
  const toEmail = ['quero registrar', 'elogio', 'hospital regional', 'uberaba', 'a enfermeira do plantao foi muito atenciosa com meu pai'];
  it('goes to the summary, the form kept', () => {
    for (const skip of ['nao quero passar meu email nao', 'n vou dar meu email', 'prefiro nao deixar', 'deixa sem', 'pode pular essa', 'nao vou informar nao obrigado']) {
      const d = talkOn('ouvidoria', ...toEmail, skip);
      expect(d.state.view.at, skip).toBe('confirm');
      expect(said(d), skip).toMatch(/confira seus dados/);
    }
  });

  it('a cancel is still a cancel, and a required field is not skipped by a refusal', () => {
    for (const quit of ['desisti', 'deixa pra la', 'cancela tudo']) expect(talkOn('ouvidoria', ...toEmail, quit).state.view.at, quit).not.toBe('confirm');
    const d = talkOn('agendamento-uai', 'pode marcar pra mim', 'nao quero dar meu nome');
    expect(d.state.view.at).toBe('form');
    expect(said(d)).not.toMatch(/confira seus dados/);
  });
});

describe('round 2001: a preferred date said by its weekday or its day of the month', () => {
  // Wednesday 25 November 2026, as the dialogues' clock.
  const now = new Date('2026-11-25T12:00:00-03:00');
  const field: FormField = { id: 'data', label: 'Data preferida', type: 'date' } as FormField;
  it('takes the next such day', () => {
    for (const [raw, want] of [
      ['segunda que vem', '30/11/2026'],
      ['na quinta-feira', '26/11/2026'],
      ['proxima terça', '01/12/2026'],
      ['pode ser na sexta', '27/11/2026'],
      ['quarta', '02/12/2026'],
      ['dia 5', '05/12/2026'],
      ['dia 28', '28/11/2026'],
      ['dia 31', '31/12/2026'],
      ['dia 20 do mes que vem', '20/12/2026'],
      ['10 do 1', '10/01/2027'],
    ] as const) {
      expect(checkField(field, raw, now), raw).toEqual({ ok: true, value: want });
    }
  });

  it('a week, a month or an impossible day is no date', () => {
    for (const raw of ['semana que vem', 'fevereiro', 'dia 32', '31 do 2', 'qualquer dia']) expect(checkField(field, raw, now).ok, raw).toBe(false);
  });
});

describe('round 2002: in the steps, "já tenho X, pode ir pro próximo" tells the step done and moves on', () => {
  it('goes to the next step, not to the step that names what the citizen has', () => {
    for (const [id, q] of [
      ['nota-fiscal-avulsa', 'pronto, ja tenho o acesso ao siare, bora pro proximo'],
      ['baixa-veiculo', 'ja tenho o formulario preenchido, pode ir pro proximo'],
      ['abrir-empresa', 'isso ja tenho, a viabilidade, pode ir pro proximo'],
    ] as const) {
      expect(stepOf(talkOn(id, 'passo a passo', q)), `${id}: ${q}`).toBe(2);
    }
  });

  it('a step pointed at by what it is about is still shown', () => {
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'quero ver a etapa do exame medico'))).toBe(3);
  });
});

describe('round 2003: asked whether to leave a form, "voltando pro agendamento" (the gerund) stays in it', () => {
  it('asks the field again', () => {
    for (const back of ['ok, voltando pro pedido', 'retomando o agendamento entao', 'beleza, voltando ao formulario']) {
      const d = talkOn('agendamento-uai', 'quero agendar', 'jose carlos pereira', 'e o ipva do carro, como pago?', back);
      expect(d.state.view.at, back).toBe('form');
      expect(said(d), back).toMatch(/continuar o pedido/);
    }
  });
});

describe('round 2004: question words typed short ("ond", "ql", "oque"), and where a place is in a town on an online service', () => {
  it('reads them as the question words', () => {
    for (const [id, q] of [
      ['doacao-sangue', 'e ond fica?'],
      ['cnh-renovacao', 'ond tira?'],
      ['licenca-pesca', 'ond é feito?'],
    ] as const) {
      expect(kinds(talkOn(id, q)), `${id}: ${q}`).toContain('follow_up');
      expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(/onde fazer/);
    }
  });

  it('says the catalogue lists no address by town, with where to look', () => {
    for (const q of ['e ond fica a uai em montes claros', 'qual o endereço da uai em juiz de fora?']) {
      expect(said(talkOn('agendamento-uai', q)), q).toMatch(/nao traz os enderecos.*155/s);
    }
    // An online service asked whether it can be done in a town: no address note, it is done on line.
    expect(said(talkOn('agendamento-uai', 'da pra agendar em ipatinga?'))).not.toMatch(/nao traz os enderecos/);
  });
});

describe('round 2005: a company called by its legal type, and "policial" for the police', () => {
  it('finds the service', () => {
    for (const [q, id] of [
      ['quero fechar minha ltda', 'baixa-empresa'],
      ['como abro uma ltda?', 'abrir-empresa'],
      ['quero dar baixa na eireli', 'baixa-empresa'],
      ['quero reclamar de um policial que foi grosso comigo', 'ouvidoria'],
      ['quero fazer uma reclamação contra um policial militar', 'ouvidoria'],
    ] as const) {
      expect(talk(q).state.focus, q).toBe(id);
    }
  });
});

describe('round 2006: in a form with no name field, "tenho que me identificar?" says no, with the card\'s own word on secrecy', () => {
  it('says it need not, and quotes the card', () => {
    const d = talkOn('ouvidoria', 'quero registrar', 'preciso me identificar?');
    expect(said(d)).toMatch(/nao precisa se identificar/);
    expect(said(d)).toMatch(/sigilo/);
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 2007: a message cut short ("quero a", "me ajuda com") waits for the rest', () => {
  it('asks the citizen to go on, then finds the service from the next message', () => {
    for (const [cut, rest, id] of [
      ['quero a', 'segunda via do rg', 'cin-2a-via'],
      ['me ajuda com', 'a conta de luz', 'cemig-conta'],
      ['oi queria saber', 'sobre o ipva', 'ipva'],
      ['preciso de', 'renovar a cnh', 'cnh-renovacao'],
    ] as const) {
      const first = talk(cut);
      expect(said(first), cut).toMatch(/pode continuar/);
      expect(said(first), cut).not.toMatch(/nao encontrei|de nada/);
      expect(talk(cut, rest).state.focus, `${cut} / ${rest}`).toBe(id);
    }
  });

  it('on a card, a whole question stays a question, and the focus is kept', () => {
    expect(said(talkOn('passe-livre', 'como eu faco pra pedir'))).not.toMatch(/pode continuar/);
    expect(said(talkOn('situacao-veiculo', 'o q eu preciso pra consultar'))).not.toMatch(/pode continuar/);
    const d = talkOn('ipva', 'e a');
    expect(said(d)).toMatch(/pode continuar/);
    expect(d.state.focus).toBe('ipva');
    // "oi" and "bom dia" are greetings, not messages cut short.
    expect(said(talk('oi'))).not.toMatch(/pode continuar/);
  });
});

describe('round 2008: a driver or courier app\'s account, and a phone plan, are private matters', () => {
  it('says who handles them, and opens no service', () => {
    for (const q of ['a minha conta do uber foi suspensa, o que eu faço?', 'o ifood bloqueou minha conta de entregador', 'quero mudar meu plano de internet da vivo', 'como faço pra cancelar o plano do celular?']) {
      const d = talk(q);
      expect(d.state.focus, q).toBeUndefined();
      expect(said(d), q).toMatch(/particulares|operadora/);
    }
  });

  it('a driver asking about the licence is still answered about the licence', () => {
    const d = talk('sou motorista de uber, preciso de algo na cnh?');
    expect(said(d)).not.toMatch(/particulares/);
    expect(kinds(d)).toEqual(['results']);
    // The services listed are the licence's.
    const listed = (d.last?.replies ?? []).flatMap((r) => r.options ?? []).map((o) => o.id);
    expect(listed).toContain('svc:cnh-renovacao');
  });
});

describe('round 2009: on a card with a form, its own act asked to be done "por aqui" starts the form', () => {
  it('starts the form', () => {
    for (const q of ['quero reclamar por aqui', 'da pra denunciar por aqui?', 'quero fazer um elogio aqui mesmo']) {
      expect(talkOn('ouvidoria', q).state.view.at, q).toBe('form');
    }
  });

  it('"aqui" as a place starts nothing', () => {
    const where = talkOn('ouvidoria', 'onde reclamo aqui em bh?');
    expect(where.state.view.at).not.toBe('form');
    expect(said(where)).toMatch(/onde fazer/);
    const corrected = talkOn('cin-2a-via', 'nao pera, o q eu perdi foi a carteira de motorista, o rg ta aqui');
    expect(corrected.state.view.at).not.toBe('form');
    expect(corrected.state.focus).toBe('cnh-2a-via');
  });
});
