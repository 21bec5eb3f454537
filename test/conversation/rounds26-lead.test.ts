// The twenty-sixth session's rounds of the lead (2700 on), one `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 2700: a last "fui" after thanks is leaving, not a word to search', () => {
  it('the thanks is small talk and the card stays in focus', () => {
    for (const bye of ['obg fui', 'valeu, fui', 'brigadão, fui', 'muito obrigada, fui']) {
      const d = talkOn('licenca-pesca', bye);
      expect(kinds(d), bye).toEqual(['small_talk']);
      expect(d.state.focus, bye).toBe('licenca-pesca');
    }
  });
  it('"fui" inside a story is still the story', () => {
    const d = talkOn('licenca-pesca', 'obrigado, mas fui demitido e preciso do seguro desemprego');
    expect(d.state.focus).toBe('seguro-desemprego');
  });
});

describe('round 2701: "pode anotar meus dados?" asks the bot to take the request', () => {
  it('on a card with a form, the form starts', () => {
    for (const q of ['pode anotar meus dados?', 'anota ai meus dados pra agendar', 'pode pegar meus dados?']) {
      const d = talkOn('agendamento-uai', q);
      expect(d.state.view.at, q).toBe('form');
    }
  });
  it('on a card with no form, the card stays: "dados" names no other service', () => {
    const d = talkOn('crlv-licenciamento', 'pode anotar meus dados');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 2702: "bora" and "partiu" go to a step like "vai"', () => {
  it('an ordinal or a number after them is the step', () => {
    for (const [go, n] of [['bora pro terceiro', 3], ['partiu etapa 2', 2], ['bora pra quarta', 4], ['simbora pro 3', 3]] as const) {
      const d = talkOn('cnh-renovacao', 'me mostra o passo a passo', go);
      expect(stepOf(d), go).toBe(n);
    }
  });
});

describe('round 2703: leaving the steps with a question answers it on the card', () => {
  it('"sai disso" or "chega disso" with a question leaves the steps for the card and answers', () => {
    for (const q of ['sai disso, onde faço?', 'chega disso, quero saber os documentos', 'sair disso, quanto custa?']) {
      const d = talkOn('cnh-renovacao', 'me mostra o passo a passo', q);
      expect(d.state.view.at, q).toBe('service');
      expect(asked(d).length, q).toBe(1);
    }
  });
  it('a "para" that is the preposition does not leave the steps', () => {
    const d = talkOn('cnh-renovacao', 'me mostra o passo a passo', 'quanto custa para renovar?');
    expect(d.state.view.at).toBe('walkthrough');
    expect(asked(d)).toEqual(['cost']);
  });
});

describe('round 2704: in a free-text field, a question from its first word to its "?" is asked of the service', () => {
  const toOrgao = (): ReturnType<typeof talk> => talkOn('ouvidoria', 'quero registrar uma manifestação', 'Denúncia');
  it('the question is answered and the field is asked again, its answer not taken', () => {
    for (const q of ['Quanto tempo vocês demoram pra dar a resposta?', 'e quanto tempo a ouvidoria leva pra responder?']) {
      const d = toOrgao();
      expect(d.state.view.at === 'form' ? d.state.view.field : undefined, 'on the órgão field').toBe(1);
      d.say(q);
      expect(asked(d), q).toEqual(['time']);
      expect(d.state.view.at === 'form' ? d.state.view.field : undefined, q).toBe(1);
    }
  });
  it('a story that ends on a question, or an answer that is no question, is still the answer', () => {
    for (const a of ['a escola estadual do bairro, quanto tempo vão levar pra resolver isso?', 'Hospital Regional']) {
      const d = toOrgao();
      d.say(a);
      expect(d.state.view.at === 'form' ? d.state.view.field : undefined, a).toBe(2);
    }
  });
});

describe('round 2705: "por que a escola…?" typed as the account is the account, not a question about the field', () => {
  const toRelato = (): ReturnType<typeof talk> => talkOn('ouvidoria', 'quero registrar uma manifestação', 'Reclamação', 'escola estadual', 'Uberaba');
  it('a why asked of something of the world is taken as the account', () => {
    for (const a of ['Por que a escola não tem professor de química desde abril?', 'pq o hospital fechou a farmácia sem avisar ninguém?']) {
      const d = toRelato();
      d.say(a);
      expect(d.state.view.at === 'form' ? d.state.view.answers['relato'] : undefined, a).toBe(a);
    }
  });
  it('a why asked of the field itself is still a question about it', () => {
    const d = toRelato();
    d.say('pq vcs querem saber isso?');
    expect(kinds(d)).toEqual(['notice', 'field']);
    expect(d.state.view.at === 'form' ? d.state.view.field : undefined).toBe(3);
    expect(d.state.view.at === 'form' ? d.state.view.answers['relato'] : 'none').toBeUndefined();
  });
});

describe('round 2707: right after a subject handled elsewhere, the story going on names no service', () => {
  it('more of the same story gets the same answer, and no card is opened by a word the citizen did not write', () => {
    for (const [first, next] of [
      ['me ensina uma receita de bolo de fuba', 'é pra levar no aniversario da minha sogra'],
      ['quero pedir uma pizza', 'de calabresa, bem grande'],
    ] as const) {
      const d = talk(first, next);
      expect(kinds(d), `${first} → ${next}`).toEqual(['elsewhere']);
      expect(d.state.focus, next).toBeUndefined();
    }
  });
  it('a service named as written is searched', () => {
    const d = talk('quero pedir uma pizza', 'tá, e a segunda via da conta de luz?');
    expect(d.state.focus).toBe('cemig-conta');
  });
});

describe('round 2708: the aggressor near, told on the protective order, gets its sentence for danger', () => {
  it('approaching, prowling, turning up at home: the card says to call 190 when the aggressor breaks the order', () => {
    for (const told of ['ele ta rondando a minha casa', 'meu ex apareceu aqui em casa de novo', 'ele chegou perto de mim mesmo com a medida', 'ele se aproximou de mim de novo']) {
      const d = talkOn('medida-protetiva', told);
      expect(said(d), told).toMatch(/agressor descumprir/);
      expect(said(d), told).toMatch(/\b190\b/);
      expect(d.state.focus, told).toBe('medida-protetiva');
    }
  });
  it('"de novo" after someone else\'s deed is no request to repeat; the bot asked to repeat for her still is', () => {
    // Read as "repeat", the whole card came back (a 'card' reply); told, the card's sentence is quoted.
    expect(kinds(talkOn('medida-protetiva', 'ele se aproximou de mim de novo'))).toEqual(['passage']);
    const d = talkOn('medicamentos-alto-custo', 'ela nao entendeu, pode explicar mais facil?');
    expect(d.state.focus).toBe('medicamentos-alto-custo');
    expect(kinds(d)).toEqual(['notice']);
  });
  it('on a card whose sentence for danger names no aggressor, a person turning up is not danger', () => {
    // The missing person's card gives 190 for a child or an elderly person: read as danger, those sentences would come.
    const d = talkOn('pessoa-desaparecida', 'ele apareceu aqui em casa hoje cedo');
    expect(said(d)).toMatch(/encontrada/);
    expect(said(d)).not.toMatch(/\b190\b/);
  });
});
