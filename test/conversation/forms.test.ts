// Forms that listen: questions about a field, cancelling in words, another service, nicknames,
// partial choices, starting by asking; and answers that leave the state with the form.
import { describe, expect, it } from 'vitest';
import { checkField, findMunicipality, matchChoice } from '../../src/conversation/fields.ts';
import { LGPD_NOTE } from '../../src/conversation/form.ts';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, realCatalogue, talk } from './real.ts';

/** The CIN 2ª via pre-booking form, after `answers`. */
function cinForm(...answers: string[]): EngineDriver {
  return talk('segunda via do rg', 'fazer solicitação', ...answers);
}
const purposeOf = (serviceId: string, fieldId: string): string => realCatalogue.byId.get(serviceId)?.form?.fields.find((f) => f.id === fieldId)?.purpose ?? '(none)';
const noAnswersLeft = (d: EngineDriver) => {
  const json = JSON.stringify(d.state);
  expect(json).not.toContain('Maria da Silva');
  expect(json).not.toContain('529.982.247-25');
};

describe('a question about a field', () => {
  it('"pra que vocês precisam do meu cpf?" gets the CPF field\'s purpose and the LGPD note, then the current field again', () => {
    const d = cinForm('pra que vocês precisam do meu cpf?');
    expect(d.text).toContain(purposeOf('cin-2a-via', 'cpf'));
    expect(d.text).toContain(LGPD_NOTE);
    expect(kinds(d)).toEqual(['notice', 'field']);
    expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
  });

  it('"é seguro?" at the CPF field gets its purpose and the LGPD note, and keeps the answers', () => {
    const d = cinForm('Maria da Silva', 'é seguro?');
    expect(d.text).toContain(purposeOf('cin-2a-via', 'cpf'));
    expect(d.text).toContain('LGPD');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria da Silva' } });
  });

  it('"não sei meu cpf" is answered, not taken as an invalid CPF', () => {
    const d = cinForm('Maria da Silva', 'não sei meu cpf');
    expect(d.text).not.toContain('11 números');
    expect(d.text).toContain('cancelar');
  });

  it('a name that contains a question word is still a name', () => {
    const d = cinForm('Maria Prazeres Custódio');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria Prazeres Custódio' } });
  });
});

describe('cancelling in words', () => {
  for (const text of ['desisti', 'deixa pra lá', 'desisti, deixa pra lá', 'não quero mais', 'esquece', 'quero cancelar esse pedido']) {
    it(`"${text}" cancels the form and drops the answers`, () => {
      const d = cinForm('Maria da Silva', '529.982.247-25', text);
      expect(d.text).toContain('cancelada');
      // Round 3040: the request is dropped, not its service.
      expect(d.state.view.at).toBe('service');
      expect(d.requests).toEqual([]);
      noAnswersLeft(d);
    });
  }

  it('in a free-text field, a long answer that mentions giving up is the answer', () => {
    const d = talk('ouvidoria', 'fazer solicitação', 'denúncia', 'escola estadual', 'Contagem', 'o atendente disse que eu devia desistir e não quis falar com uma pessoa');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
});

describe('asking for another service during a form', () => {
  it('offers to leave the form; "sim" opens that service and drops the answers', () => {
    const d = cinForm('Maria da Silva', 'renovar cnh');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'leave_form', serviceId: 'cnh-renovacao' });
    expect(d.state.view.at).toBe('leave');
    d.say('sim');
    expect(d.state.view).toEqual({ at: 'service', serviceId: 'cnh-renovacao' });
    expect(JSON.stringify(d.state)).not.toContain('Maria da Silva');
  });

  it('a question with "para" in it ("e para renovar a CNH, como faço?") is answered, then offers to leave, never cancels ("pare" shares its stem)', () => {
    const d = cinForm('Maria da Silva', '529.982.247-25', 'E para renovar a CNH, como faço?');
    expect(d.state.view.at).toBe('leave');
    const replies = d.last?.replies ?? [];
    expect(replies[0]?.hint).toEqual({ kind: 'follow_up', serviceId: 'cnh-renovacao', topic: 'how' });
    expect(replies[replies.length - 1]?.hint).toEqual({ kind: 'leave_form', serviceId: 'cnh-renovacao' });
  });

  it('"não, quero continuar" goes on with the form: a pause splits "não" from "quero continuar"', () => {
    const d = cinForm('Maria da Silva', 'renovar cnh', 'não, quero continuar o pedido');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria da Silva' } });
  });

  it('a question about the same service in its own words is answered, and the field asked again', () => {
    const d = cinForm('Maria da Silva', 'Quanto custa a segunda via?');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'follow_up', serviceId: 'cin-2a-via', topic: 'cost' });
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });

  it('"não" goes on with the same field and the answers', () => {
    const d = cinForm('Maria da Silva', 'renovar cnh', 'não');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Maria da Silva' } });
  });

  it('a valid answer to the field also goes on with the form', () => {
    const d = cinForm('Maria da Silva', 'renovar cnh', '529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2, answers: { cpf: '529.982.247-25' } });
  });
});

describe('município nicknames and names without accents', () => {
  for (const [typed, name] of [['bh', 'Belo Horizonte'], ['Beagá', 'Belo Horizonte'], ['JF', 'Juiz de Fora'], ['uberlandia', 'Uberlândia'], ['belo horizonte/mg', 'Belo Horizonte'], ['moc', 'Montes Claros']] as const) {
    it(`"${typed}" is ${name}`, () => {
      expect(findMunicipality(typed)).toBe(name);
      const d = cinForm('Maria da Silva', '529.982.247-25', typed);
      expect(d.state.view).toMatchObject({ at: 'form', field: 3, answers: { municipio: name } });
    });
  }

  it('an unknown town is still refused', () => {
    expect(findMunicipality('Gotham')).toBeUndefined();
  });
});

describe('choice fields', () => {
  const reasons = ['Perda ou extravio', 'Furto ou roubo', 'Atualização de dados', 'Documento danificado'];

  it('accept a clear part of an option, with or without typos', () => {
    expect(matchChoice(reasons, 'furto')).toBe('Furto ou roubo');
    expect(matchChoice(reasons, 'foi roubado')).toBe('Furto ou roubo');
    expect(matchChoice(reasons, 'foi perda msm')).toBe('Perda ou extravio');
    expect(matchChoice(reasons, 'Está danificada, rasgou')).toBe('Documento danificado');
    expect(matchChoice(reasons, 'roubo')).toBe('Furto ou roubo');
    expect(matchChoice(reasons, 'perdi')).toBe('Perda ou extravio');
    expect(matchChoice(reasons, 'danificado')).toBe('Documento danificado');
    expect(matchChoice(reasons, 'atualizacao')).toBe('Atualização de dados');
  });

  it('accept an option inside a sentence ("quero fazer uma denúncia")', () => {
    expect(matchChoice(['Reclamação', 'Denúncia', 'Sugestão'], 'Quero fazer uma denúncia')).toBe('Denúncia');
  });

  it('refuse what fits no option or more than one', () => {
    expect(matchChoice(['Reclamação', 'Denúncia'], 'elogio')).toBeUndefined();
    expect(matchChoice(['Carro de passeio', 'Carro de carga'], 'carro')).toBeUndefined();
    expect(matchChoice(reasons, 'não foi furto, foi perda')).toBeUndefined();
  });

  it('"furto" answers the form\'s reason field', () => {
    const d = cinForm('Maria da Silva', '529.982.247-25', 'bh', '15/12/2026', 'furto');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { motivo: 'Furto ou roubo' } });
  });
});

describe('an optional field', () => {
  for (const text of ['pular', 'não tenho email', 'nao tenho e-mail', 'prefiro não informar', 'sem email']) {
    it(`"${text}" leaves it blank and goes on`, () => {
      const d = talk('ouvidoria', 'fazer solicitação', 'reclamação', 'copasa', 'Contagem', 'falta água no meu bairro faz 5 dias');
      const s = realCatalogue.byId.get('ouvidoria');
      const email = s?.form?.fields.findIndex((f) => f.id === 'email') ?? -1;
      expect(d.state.view).toMatchObject({ at: 'form', field: email });
      d.say(text);
      expect(d.state.view.at).not.toBe('form');
      expect(d.state.view).toMatchObject({ answers: { email: '' } });
    });
  }

  it('"não tenho" on a required field is a question, not a blank answer', () => {
    const d = cinForm('Maria da Silva', 'não tenho cpf');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
});

describe('starting a form by asking', () => {
  it('"pode marcar pra mim?" on the UAI card starts its form', () => {
    const d = talk('agendar atendimento na uai', 'pode marcar pra mim?');
    expect(d.events).toContainEqual({ type: 'form_started', serviceId: 'agendamento-uai' });
    expect(d.last?.replies.at(-1)?.hint).toMatchObject({ kind: 'field', field: 1 });
  });

  it('on a service without a form, explains how to do it instead', () => {
    const d = talk('renovar cnh', 'pode fazer o pedido pra mim?');
    expect(d.events.some((e) => e.type === 'form_started')).toBe(false);
    expect(d.text).toContain('não consigo registrar');
    expect(d.last?.replies.at(-1)?.hint).toMatchObject({ kind: 'follow_up', topic: 'how' });
  });
});

describe('answers leave the state with the form', () => {
  const routes: [string, string][] = [
    ['cancelled', 'cancelar'],
    ['for a person', 'quero falar com um atendente'],
    ['for the menu', 'menu'],
  ];
  for (const [how, text] of routes) {
    it(`when the form is left ${how}`, () => {
      const d = cinForm('Maria da Silva', '529.982.247-25', text);
      noAnswersLeft(d);
    });
  }

  it('when the summary is left for a new search', () => {
    const d = cinForm('Maria da Silva', '529.982.247-25', 'bh', '15/12/2026', 'furto', '(31) 99999-1234');
    expect(d.state.view.at).toBe('confirm');
    // Round 575: the summary is left only once the citizen says so, as in the form.
    d.say('quero pagar o ipva');
    expect(d.state.view.at).toBe('leave');
    d.say('sim');
    expect(d.state.view.at).not.toBe('confirm');
    noAnswersLeft(d);
  });

  it('when another service is chosen during the form', () => {
    const d = cinForm('Maria da Silva', '529.982.247-25', 'renovar cnh', 'sim');
    noAnswersLeft(d);
  });
});

describe('a date field reads dates written out, the day in figures or in words', () => {
  const field = realCatalogue.byId.get('agendamento-uai')?.form?.fields.find((f) => f.type === 'date');
  const now = new Date(2026, 10, 25, 12);
  const check = (raw: string) => (field ? checkField(field, raw, now) : { ok: false, reason: 'no date field' });

  it('"12 de fevereiro de 2027", "dia 3 de março", "1º de abr.", "12 fev 27" and "sexta-feira, 4 de dezembro"', () => {
    expect(check('12 de fevereiro de 2027')).toEqual({ ok: true, value: '12/02/2027' });
    expect(check('dia 3 de março')).toEqual({ ok: true, value: '03/03/2027' });
    expect(check('1º de abr.')).toEqual({ ok: true, value: '01/04/2027' });
    expect(check('12 fev 27')).toEqual({ ok: true, value: '12/02/2027' });
    expect(check('sexta-feira, 4 de dezembro')).toEqual({ ok: true, value: '04/12/2026' });
  });

  it('a month that is not one ("12 de marcos") or a day that does not exist ("31 de abril") is refused', () => {
    expect(check('12 de marcos').ok).toBe(false);
    expect(check('31 de abril').ok).toBe(false);
  });

  it('"vinte de janeiro de 2027", "primeiro de março", "dia vinte e cinco de dezembro"', () => {
    expect(check('vinte de janeiro de 2027')).toEqual({ ok: true, value: '20/01/2027' });
    expect(check('primeiro de março')).toEqual({ ok: true, value: '01/03/2027' });
    expect(check('dia vinte e cinco de dezembro')).toEqual({ ok: true, value: '25/12/2026' });
  });
});

describe('a choice answered in the citizen\'s own words, through the catalogue\'s synonyms', () => {
  it('"me assaltaram na rua" is "Furto ou roubo" (a synonym of "roubo"), while "carteira" alone is still no option', () => {
    const options = realCatalogue.byId.get('cin-2a-via')?.form?.fields.find((f) => f.id === 'motivo')?.options ?? [];
    expect(matchChoice(options, 'me assaltaram na rua', realCatalogue.synonyms)).toBe('Furto ou roubo');
    expect(matchChoice(options, 'me assaltaram na rua')).toBeUndefined();
    expect(matchChoice(options, 'carteira', realCatalogue.synonyms)).toBeUndefined();
  });
});
