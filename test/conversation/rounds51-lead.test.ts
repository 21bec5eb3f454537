// The fifty-first session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

/** The form field asked now (its index), or undefined off the form. */
function fieldAt(d: EngineDriver): number | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.field : undefined;
}

/** The ids of every button the last turn's replies carried (a chat keeps each message's buttons). */
function buttons(d: EngineDriver): string[] {
  return (d.last?.replies ?? []).flatMap((r) => (r.options ?? []).map((o) => o.id));
}

describe('round 6360: steps or a request asked in the first message come under the card, whose buttons work', () => {
  it('"me mostra o passo a passo pra tirar o atestado de antecedentes" first: the card, then step 1', () => {
    const d = talk('me mostra o passo a passo pra tirar o atestado de antecedentes');
    expect(kinds(d)).toEqual(['card', 'step']);
    expect(stepOf(d)).toBe(1);
    expect(buttons(d)).toContain('card:steps');
  });
  it('the card\'s "Passo a passo" pressed then: step 1 again, not "an old message"', () => {
    const d = talk('me mostra o passo a passo pra tirar o atestado de antecedentes');
    d.send({ kind: 'option', id: 'walk:next' });
    expect(stepOf(d)).toBe(2);
    d.send({ kind: 'option', id: 'card:steps' });
    expect(stepOf(d)).toBe(1);
    expect(kinds(d)).toEqual(['step']);
  });
  it('"preciso pré-agendar minha identidade de segunda via" first: the card, then the first field', () => {
    const d = talk('preciso pré-agendar minha identidade de segunda via');
    expect(kinds(d)).toEqual(['card', 'field']);
    expect(fieldAt(d)).toBe(0);
    expect(buttons(d)).toContain('card:form');
  });
  it('guard: the card\'s "Fazer solicitação" pressed then: the same first field, nothing lost', () => {
    const d = talk('preciso pré-agendar minha identidade de segunda via');
    d.send({ kind: 'option', id: 'card:form' });
    expect(fieldAt(d)).toBe(0);
    expect(kinds(d)).toEqual(['field']);
    d.say('Maria Aparecida Souto');
    expect(fieldAt(d)).toBe(1);
  });
  it('guard: on a card, "Passo a passo" opens step 1 with no second card', () => {
    const d = talkOn('antecedentes-criminais');
    d.press('Passo a passo');
    expect(kinds(d)).toEqual(['step']);
  });
  it('guard: on a card, "Fazer solicitação" opens the form with no second card', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    expect(kinds(d)).toEqual(['field']);
  });
});

/** The Ouvidoria's form filled up to the account of what happened (a free-text field). */
function atAccount(): EngineDriver {
  const d = talkOn('ouvidoria');
  d.press('Fazer solicitação');
  for (const a of ['1', 'hospital estadual', 'Uberaba']) d.say(a);
  return d;
}

describe('round 6361: in a free-text field, a cancel verb opening the message, or the request named after it at the end, cancels', () => {
  it('"Pode cancelar, por favor. Preciso conversar com meu irmão antes." at the account: cancelled', () => {
    const d = atAccount();
    expect(d.state.view.at).toBe('form');
    d.say('Pode cancelar, por favor. Preciso conversar com meu irmão antes.');
    expect(d.state.view.at).not.toBe('form');
    expect(said(d)).toMatch(/cancelad/);
  });
  it('"olha, resolveram lá hoje cedo, graças a Deus. cancela essa reclamação" at the account: cancelled', () => {
    const d = atAccount();
    d.say('olha, resolveram lá hoje cedo, graças a Deus. cancela essa reclamação');
    expect(d.state.view.at).not.toBe('form');
    expect(said(d)).toMatch(/cancelad/);
  });
  it('guard: "Cancelaram minha cirurgia duas vezes, sem aviso. Quero uma explicação." is the account itself', () => {
    const d = atAccount();
    d.say('Cancelaram minha cirurgia duas vezes, sem aviso. Quero uma explicação.');
    expect(d.state.view.at).toBe('form');
  });
  it('guard: "Cancelar consulta sem avisar, é isso que fazem lá. Ninguém explica nada." is the account itself', () => {
    const d = atAccount();
    d.say('Cancelar consulta sem avisar, é isso que fazem lá. Ninguém explica nada.');
    expect(d.state.view.at).toBe('form');
  });
});

describe('round 6362: "oi sumido" is a friend\'s hello, no one missing', () => {
  it('"oi sumido! tudo bom?" first: a hello, no service', () => {
    const d = talk('oi sumido! tudo bom?');
    expect(d.state.focus).toBeUndefined();
    expect(kinds(d)).not.toContain('card');
  });
  it('"e aí sumido" on a card: a hello, the card kept', () => {
    const d = talkOn('ipva', 'e aí sumido');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).not.toContain('card');
  });
  it('guard: "minha sobrinha sumiu desde ontem" opens the missing person\'s card', () => {
    const d = talk('minha sobrinha sumiu desde ontem');
    expect(d.state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 6363: in the steps, "etapas" asks for the steps and "ok sair" leaves them', () => {
  it('"etapas" on step 1: step 1 again, not on to step 2', () => {
    const d = talkOn('baixa-veiculo');
    d.press('Passo a passo');
    expect(stepOf(d)).toBe(1);
    d.say('etapas');
    expect(stepOf(d)).toBe(1);
  });
  it('"blz sair" in the steps: the steps left, the card kept', () => {
    const d = talkOn('baixa-veiculo');
    d.press('Passo a passo');
    d.say('blz sair');
    expect(stepOf(d)).toBeUndefined();
    expect(d.state.focus).toBe('baixa-veiculo');
  });
  it('"etapa3" typed together in the steps: step 3 (it went to the next step only by the Próxima etapa button before)', () => {
    const d = talkOn('ipva');
    d.press('Passo a passo');
    d.say('etapa3');
    expect(stepOf(d)).toBe(3);
  });
  it('guard: "prox" and "anterior" still move through the steps', () => {
    const d = talkOn('baixa-veiculo');
    d.press('Passo a passo');
    d.say('prox');
    expect(stepOf(d)).toBe(2);
    d.say('anterior');
    expect(stepOf(d)).toBe(1);
  });
});

describe('round 6364: back from a break told in a few words, "where were we?" shows the step on screen', () => {
  /** The IPVA's steps, on step 2. */
  function onStep2(): EngineDriver {
    const d = talkOn('ipva');
    d.press('Passo a passo');
    d.say('proxima');
    return d;
  }
  it('"Perdão, a campainha tocou. Em que parte paramos?" on step 2: step 2 again', () => {
    const d = onStep2();
    d.say('Perdão, a campainha tocou. Em que parte paramos?');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toContain('step');
  });
  it('"em que etapa paramos?" on step 2: step 2 again, not step 1', () => {
    const d = onStep2();
    d.say('em que etapa paramos?');
    expect(stepOf(d)).toBe(2);
    expect(kinds(d)).toContain('step');
  });
  it('guard: "vai pra etapa 3" on step 2 goes to step 3', () => {
    const d = onStep2();
    d.say('vai pra etapa 3');
    expect(stepOf(d)).toBe(3);
  });
});

// Declared rounds (written after the held-out pair 109/110 was read; not in its blind figure).
describe('declared round 6381: a lack told before a clear question of the card is the citizen\'s case, not the bank\'s subject', () => {
  it('"não tenho conta no banco, onde eu pago a parcela?" on the IPVA\'s instalments: the card answers where, no bank reply', () => {
    const d = talkOn('ipva-parcelamento', 'não tenho conta no banco, onde eu pago a parcela?');
    expect(d.state.focus).toBe('ipva-parcelamento');
    expect(kinds(d)).not.toContain('elsewhere');
    expect(asked(d)).toContain('where');
  });
  it('guard: "quero abrir uma conta no banco" on a card is still the bank\'s', () => {
    const d = talkOn('ipva', 'quero abrir uma conta no banco');
    expect(kinds(d)).toContain('elsewhere');
  });
});
