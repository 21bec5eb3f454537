// The eighteenth session's lead rounds (1200 on), one `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { checkField } from '../../src/conversation/fields.ts';
import { stepOf, talk, talkOn } from './real.ts';

describe('round 1200: in the steps, a step pointed at by what it is about opens that step', () => {
  it('"e o de renovar", "e o passo da taxa?" and the like open the step whose title says it', () => {
    const cases: [string, string, number][] = [
      ['pescador-profissional', 'e o de renovar', 4],
      ['avcb', 'e o passo da taxa', 3],
      ['avcb', 'e o passo da taxa?', 3],
      ['avcb', 'a parte da vistoria', 4],
      ['transferencia-veiculo', 'e a etapa da vistoria?', 3],
      ['cnh-renovacao', 'e o do exame medico', 3],
      ['ipva-isencao', 'e o do siare', 2],
    ];
    for (const [id, q, n] of cases) {
      const d = talkOn(id, 'passo a passo', q);
      expect(stepOf(d), `${id}: ${q}`).toBe(n);
    }
  });

  it('a question about a cost or a document in the steps is still answered, not taken for a step', () => {
    for (const q of ['qual a taxa?', 'quanto e a taxa desse passo?']) {
      const d = talkOn('avcb', 'passo a passo', q);
      expect(d.last?.replies.some((r) => r.hint?.kind === 'follow_up')).toBe(true);
    }
  });
});

describe('round 1201: a word of the service\'s name names a step when one step\'s title alone holds it', () => {
  it('"pula pro passo do produtor rural" in the state registration opens the producer\'s step', () => {
    for (const q of ['pula pro passo do produtor rural', 'vai pra parte do produtor rural']) {
      expect(stepOf(talkOn('inscricao-estadual', 'passo a passo', q)), q).toBe(3);
    }
  });

  it('a jump to the water permit\'s step of the well still works', () => {
    expect(stepOf(talkOn('outorga-agua', 'passo a passo', 'pula pra parte do poço tubular'))).toBe(2);
  });
});

describe('round 1202: "e o 3" in the steps asks about another step, whatever the buttons', () => {
  it('on step 2 of 4, with three buttons, "e o 3" and "e a 4?" open those steps', () => {
    expect(stepOf(talkOn('conta-govbr', 'passo a passo', 'proximo', 'e o 3'))).toBe(3);
    expect(stepOf(talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'e a 4?'))).toBe(4);
  });

  // Round 3280 (thirty-second session) replaced "a bare number is a button": under "Etapa 2 de 4" the steps are what is
  // numbered on screen, the buttons are not (no channel numbers them).
  it('a bare number in the steps names a step: "3" on step 2 opens step 3, "1" goes back to step 1', () => {
    expect(stepOf(talkOn('conta-govbr', 'passo a passo', 'proximo', '3'))).toBe(3);
    expect(stepOf(talkOn('conta-govbr', 'passo a passo', 'proximo', '1'))).toBe(1);
  });
});

describe('round 1203: "o de antes" in the steps is the step before; elsewhere, the service before', () => {
  it('on the last step, "o de antes" and "o passo de antes" go back one step', () => {
    for (const q of ['o de antes', 'o passo de antes', 'a etapa de antes']) {
      expect(stepOf(talkOn('crlv-licenciamento', 'passo a passo', 'ultimo passo', q)), q).toBe(2);
    }
  });

  it('after a change of subject, "o de antes" still returns to the service before', () => {
    const d = talkOn('cnh-renovacao', 'quero pagar o ipva', 'nao, era o de antes');
    expect(d.state.view).toMatchObject({ at: 'service', serviceId: 'cnh-renovacao' });
  });
});

describe('round 1204: in the steps, going back to the service\'s page leaves the steps', () => {
  it('"volta pro serviço", "Voltar para a página do serviço." and the like show the card again', () => {
    for (const q of ['sai do passo a passo e volta pro serviço', 'Voltar para a página do serviço.', 'volta pro servico', 'quero voltar pra tela do servico']) {
      const d = talkOn('cadastro-escolar', 'passo a passo', 'proximo', q);
      expect(d.state.view, q).toMatchObject({ at: 'service', serviceId: 'cadastro-escolar' });
    }
  });

  it('"volta" and "volta uma etapa" still go to the step before', () => {
    for (const q of ['volta', 'volta uma etapa']) expect(stepOf(talkOn('itcd', 'passo a passo', 'proximo', q)), q).toBe(1);
  });
});

describe('round 1205: "hã? repete" in the steps repeats the step', () => {
  it('a word of not understanding before the request to repeat is part of it', () => {
    for (const q of ['hã? repete', 'que? repete', 'han? repete ai']) {
      const d = talkOn('seguro-desemprego', 'passo a passo', 'proximo', q);
      expect(stepOf(d), q).toBe(2);
      expect(d.last?.replies.some((r) => r.hint?.kind === 'step'), q).toBe(true);
    }
  });

  it('a reason after the request ("repete que eu nao li direito") still repeats', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'proximo', 'repete que eu nao li direito');
    expect(stepOf(d)).toBe(2);
    expect(d.last?.replies.some((r) => r.hint?.kind === 'step')).toBe(true);
  });
});

describe('round 1206: on a card, asking for the steps slowly opens the steps', () => {
  it('"me ensina passo por passo devagar" is the steps, not the card again', () => {
    for (const [id, q] of [['visita-presidio', 'me ensina passo por passo devagar'], ['cnh-renovacao', 'explica os passos mais devagar']] as const) {
      expect(stepOf(talkOn(id, q)), q).toBe(1);
    }
  });

  it('"repete" alone on the card still shows the card', () => {
    expect(talkOn('visita-presidio', 'repete').state.view).toMatchObject({ at: 'service', serviceId: 'visita-presidio' });
  });
});

describe('round 1207: a vocative at the end of a request ("pode continuar minha filha") is not the person asked about', () => {
  it('goes on to the next step', () => {
    for (const q of ['pode continuar minha filha', 'continua moça', 'proximo meu filho']) {
      expect(stepOf(talkOn('denuncia-ambiental', 'passo a passo', q)), q).toBe(2);
    }
  });

  it('"pode tirar minha filha?" on a card still asks about minors', () => {
    const d = talkOn('cin-2a-via', 'pode tirar minha filha?');
    expect(d.last?.replies.some((r) => r.hint?.kind === 'follow_up' && r.hint.topic === 'minors')).toBe(true);
  });
});

describe('round 1208: any verb in the past that a step\'s title holds tells that step done', () => {
  it('"já separei os documentos", "ja legalizei e traduzi" and the like open the step after it', () => {
    const cases: [string, string, number][] = [
      ['visita-presidio', 'ja separei os documentos', 2],
      ['visita-presidio', 'pronto ja separei os documento pode ir pro outro', 2],
      ['equivalencia-estudos', 'ja legalizei e traduzi os documentos', 2],
      ['cnh-renovacao', 'ja conferi o endereço', 2],
      ['outorga-agua', 'ja descobri, pode ir pro outro', 2],
    ];
    for (const [id, q, n] of cases) expect(stepOf(talkOn(id, 'passo a passo', q)), `${id}: ${q}`).toBe(n);
  });

  it('a question about a thing done is still a question', () => {
    const d = talkOn('visita-presidio', 'passo a passo', 'ja separei os documentos, quais sao mesmo?');
    expect(stepOf(d)).toBe(1);
  });
});

describe('round 1209: "pode ir pro outro" in the steps is the next step', () => {
  it('goes on, on several services', () => {
    for (const id of ['visita-presidio', 'outorga-agua', 'cnh-renovacao']) {
      for (const q of ['pode ir pro outro', 'vai pro outro', 'passa pra outra']) expect(stepOf(talkOn(id, 'passo a passo', q)), `${id}: ${q}`).toBe(2);
    }
  });
});

describe('round 1210: an e-mail given in a sentence is the e-mail', () => {
  const field = { id: 'email', label: 'E-mail', type: 'email' as const, optional: true, purpose: 'Para a resposta.' };
  const now = new Date('2026-11-25T12:00:00-03:00');
  it('"meu email é antonio.roca@gmail.com" and the like give the address alone', () => {
    for (const raw of ['meu email é antonio.roca@gmail.com', 'é antonio.roca@gmail.com.', 'o email: <Antonio.Roca@gmail.com>', 'antonio.roca arroba gmail.com']) {
      expect(checkField(field, raw, now), raw).toEqual({ ok: true, value: 'antonio.roca@gmail.com' });
    }
  });

  it('a sentence with no address, or with two, is still refused', () => {
    for (const raw of ['meu email é antonio', 'antonio@gmail.com ou maria@gmail.com', 'nao tenho']) expect(checkField(field, raw, now).ok, raw).toBe(false);
  });
});

describe('round 1211: praise or a complaint measured against someone, and "não presta", are small talk', () => {
  it('keeps the card and answers socially', () => {
    for (const q of ['vc é bom demais, me ajudou mais que o povo da agencia', 'obrigado, foi melhor do que ir no detran', 'esse trem nao presta pra nada sô, so enrola a gente', 'nao presta pra nada isso']) {
      const d = talkOn('cemig-conta', q);
      expect(d.last?.replies.map((r) => r.hint?.kind), q).toEqual(['small_talk']);
      expect(d.state.focus, q).toBe('cemig-conta');
    }
  });

  it('a request that compares still asks for a service', () => {
    const d = talkOn('cemig-conta', 'quero um atendimento melhor que o do detran');
    expect(d.last?.replies.map((r) => r.hint?.kind)).not.toEqual(['small_talk']);
  });
});

describe('round 1212: a dirt road in the countryside is the town\'s', () => {
  it('points to the prefeitura, with no service', () => {
    for (const q of ['a estrada de terra que vai pro meu sitio ta cheia de buraco, quem arruma isso', 'quem patrola a estrada vicinal aqui']) {
      const d = talk(q);
      expect(d.last?.replies.map((r) => r.hint?.kind), q).toContain('elsewhere');
      expect(d.last?.replies.map((r) => r.text).join(' '), q).toContain('prefeitura');
    }
  });
});
