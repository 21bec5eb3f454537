// The fourteenth session's rounds by helper r14b (420–439), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 420: back to the main menu from the steps', () => {
  it('"volta pro menu inicial" on a step shows the menu', () => {
    const d = talkOn('avcb');
    d.press('Passo a passo');
    d.say('volta pro menu inicial');
    expect(d.state.view.at).toBe('menu');
  });
  it('"Voltar ao início" on the first step shows the menu; on a later step it still goes to step 1', () => {
    const d = talkOn('denuncia-ambiental');
    d.press('Passo a passo');
    d.say('Voltar ao início');
    expect(d.state.view.at).toBe('menu');
    const e = talkOn('denuncia-ambiental');
    e.press('Passo a passo');
    e.press('Próxima');
    e.say('Voltar ao início');
    expect(e.state.view.at === 'walkthrough' ? e.state.view.step : -1).toBe(0);
  });
});

describe('round 421: a clause that drops the subject, then a request', () => {
  it('"esquece isso, quero ver o dae" on the GTA steps opens the DAE, not the pay slip ("esqueceu a senha")', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.say('esquece isso, quero ver o dae');
    expect(d.state.focus).toBe('dae');
  });
  it('"deixa pra la, quero ver o dae" on the GTA steps opens the DAE, not the inheritance tax', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.say('deixa pra la, quero ver o dae');
    expect(d.state.focus).toBe('dae');
  });
  it('"mudei de ideia, quero ver o dae" on the GTA steps opens the DAE', () => {
    const d = talkOn('gta');
    d.press('Passo a passo');
    d.say('mudei de ideia, quero ver o dae');
    expect(d.state.focus).toBe('dae');
  });
});

describe('round 422: a question of who may ask, with the citizen\'s case after it', () => {
  it('"e pensionista serve? sou viuva de servidor" on the pay slip answers who may ask, on the same card', () => {
    const d = talk('contracheque', 'e pensionista serve? sou viuva de servidor');
    expect(d.state.focus).toBe('contracheque-servidor');
    expect(asked(d)).toEqual(['requirements']);
  });
});

describe('round 423: "pra q o email? nao quero me identificar" in the Ouvidoria form', () => {
  const atEmail = (): ReturnType<typeof talkOn> => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    for (const answer of ['denuncia', 'presidio da cidade', 'neves', 'os agente tao cobrando pra deixar entrar comida na visita']) d.say(answer);
    return d;
  };
  it('says the form asks no name and what the e-mail is for, and asks the e-mail again', () => {
    const d = atEmail();
    d.say('pra q o email? nao quero me identificar');
    const text = (d.last?.replies ?? []).map((r) => r.text).join('\n');
    expect(text).toContain('não pede o seu nome');
    expect(text).toContain('Só para enviar a resposta da Ouvidoria');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(4);
  });
});

describe('round 424: a surname changed by marriage is an update of the data', () => {
  it('"casei e mudou o sobrenome" at the reason of the CIN 2nd copy chooses "Atualização de dados"', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    for (const answer of ['ana paula teste moreira', '98765432100', 'monlevade', '11/01/2027']) d.say(answer);
    d.say('casei e mudou o sobrenome');
    expect(d.state.view.at === 'form' ? d.state.view.answers['motivo'] : undefined).toBe('Atualização de dados');
  });
});

describe('round 425: in a free-text field, an earlier answer said wrong with its value', () => {
  it('"Espere, o município está errado, foi em Coronel Fabriciano." at the account asks the município again', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    for (const answer of ['Reclamação', 'Delegacia de Polícia Civil', 'Ipatinga']) d.say(answer);
    d.say('Espere, o município está errado, foi em Coronel Fabriciano.');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(2);
  });
  it('"nao pera, e reclamacao, cliquei errado" at the órgão asks the type again, not taken as the órgão', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    d.say('elogio');
    d.say('nao pera, e reclamacao, cliquei errado');
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBe(0);
    expect(kinds(d)).not.toContain('results');
  });
});
