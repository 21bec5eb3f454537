// The seventeenth session's rounds by r17c (940–959), one `describe` per round; each test was checked to fail on the
// code before the round.
import { describe, expect, it } from 'vitest';
import { talkOn } from './real.ts';

/** On the UAI appointment's form, at its free-text question (the service wanted at the UAI). */
function atFreeTextField(): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  for (const answer of ['Ana Teste Silveira', '071.235.468-90', 'valadares']) d.say(answer);
  return d;
}

describe('round 940: "para tudo, prefiro ligar no 155" in a free-text field leaves the form', () => {
  for (const said of ['para tudo, prefiro ligar no 155', 'para tudo, prefiro ligar', 'pare tudo, vou ligar pro 155', 'para com isso, vou la pessoalmente']) {
    it(`"${said}" at the question about the service wanted cancels the request`, () => {
      const d = atFreeTextField();
      expect(d.state.view.at).toBe('form');
      d.say(said);
      expect(d.state.view.at).not.toBe('form');
      expect(d.last?.replies[0]?.text).toMatch(/cancelad/i);
    });
  }

  it('"esquece, prefiro ligar no 155" (a cue that opens with no glue word) still cancels', () => {
    const d = atFreeTextField();
    d.say('esquece, prefiro ligar no 155');
    expect(d.state.view.at).not.toBe('form');
  });

  it('an answer to the free-text question that holds "para" is still taken as the answer', () => {
    const d = atFreeTextField();
    d.say('carteira de identidade para o meu filho');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4 });
  });
});

describe('round 941: "volta pro passo a passo" after a question asked in the steps goes back to the step the citizen was on', () => {
  for (const said of ['volta pro passo a passo', 'voltar ao passo a passo', 'bora voltar pros passos', 'volta pras etapas', 'pode voltar pras etapas?', 'ok entendi, volta pro passo a passo']) {
    it(`"${said}" on step 2 of the prison visitor's registration, after asking the documents, shows step 2 again`, () => {
      const d = talkOn('visita-presidio');
      d.press('Passo a passo');
      d.press('Próxima etapa');
      d.say('quais documentos');
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'visita-presidio', step: 1 });
      expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'step', step: 2 });
    });
  }

  it('on step 1 it stays on step 1, not the menu (IPVA, another service)', () => {
    const d = talkOn('ipva');
    d.press('Passo a passo');
    d.say('quanto custa');
    d.say('volta pro passo a passo');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'ipva', step: 0 });
  });

  for (const said of ['volta', 'volta uma etapa', 'etapa anterior', 'volta pra etapa anterior', 'etapa anteior', 'volta um passo']) {
    it(`"${said}" still goes to the step before`, () => {
      const d = talkOn('visita-presidio');
      d.press('Passo a passo');
      d.press('Próxima etapa');
      d.press('Próxima etapa');
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 1 });
    });
  }

  it('"passo a passo" alone in the steps still starts them again from step 1', () => {
    const d = talkOn('visita-presidio');
    d.press('Passo a passo');
    d.press('Próxima etapa');
    d.say('passo a passo');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 942: "já fiz a atpv", "já paguei o dae", "já agendei" in the steps go to the step after the one done', () => {
  const cases: [string, string, number][] = [
    ['transferencia-veiculo', 'ja fiz a atpv', 1],
    ['transferencia-veiculo', 'o vendedor ja assinou a atpv', 1],
    ['transferencia-veiculo', 'atpv o vendedor ja assinou. a 2', 1],
    ['transferencia-veiculo', 'ja paguei o dae', 2],
    ['cnh-renovacao', 'ja fiz o exame medico', 3],
    ['cin-2a-via', 'ja paguei a taxa', 1],
    ['cin-2a-via', 'ja agendei', 2],
  ];
  for (const [service, said, step] of cases) {
    it(`"${said}" on step 1 of ${service} shows step ${step + 1}, and stays in the steps`, () => {
      const d = talkOn(service);
      d.press('Passo a passo');
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: service, step });
    });
  }

  it('a question after the thing done is still answered on the step ("ja paguei a taxa, quanto demora?")', () => {
    const d = talkOn('cin-2a-via');
    d.press('Passo a passo');
    d.say('ja paguei a taxa, quanto demora?');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
    expect(d.last?.replies[0]?.hint).toMatchObject({ kind: 'follow_up', topic: 'time' });
  });
});

describe('round 943: a short question about the field asked, then the citizen\'s case, explains the field', () => {
  for (const said of ['precisa ser o nome completo? todo mundo me conhece por Tiao', 'tem que ser o nome completo? meu nome é grande demais', 'precisa do nome todo? so uso o primeiro']) {
    it(`"${said}" at the name of the UAI appointment explains what the name is for`, () => {
      const d = talkOn('agendamento-uai', 'quero marcar na uai');
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
      expect(d.last?.replies[0]?.text).toMatch(/Para identificar você/);
      expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
    });
  }

  it('a name alone is still taken as the name', () => {
    const d = talkOn('agendamento-uai', 'quero marcar na uai', 'Sebastião Teste Moreira');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
  });
});

describe('round 944: a question naming another service whose name holds a field-question word is about that service', () => {
  for (const said of ['alias, como q pede o seguro desemprego?', 'e o seguro desemprego, como pede?']) {
    it(`"${said}" at the CPF of the ID card's 2nd copy offers to leave the request for the unemployment insurance`, () => {
      const d = talkOn('cin-2a-via', 'faz o pre agendamento pra mim ai', 'Reinaldo Teste Dias');
      d.say(said);
      expect(d.last?.replies.map((r) => r.hint)).toContainEqual(expect.objectContaining({ kind: 'leave_form', serviceId: 'seguro-desemprego' }));
    });
  }

  for (const said of ['é seguro passar meu cpf?', 'isso e seguro?', 'pra que serve?']) {
    it(`"${said}" at the CPF still explains the field`, () => {
      const d = talkOn('cin-2a-via', 'faz o pre agendamento pra mim ai', 'Reinaldo Teste Dias');
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
      expect(d.last?.replies[0]?.text).toMatch(/LGPD/);
    });
  }
});
