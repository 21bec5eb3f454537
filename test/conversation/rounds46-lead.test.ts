// The forty-sixth session's lead rounds (after the blind figure, on blind 100: asking the bot to do something). Written
// from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change
// (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, stepOf, talkOn } from './real.ts';

describe('round 5900: an act of the card ordered to the bot is declined, and how the citizen does it is said', () => {
  it('"emite a guia pra mim ai" on the vehicle licensing stays there and gives its steps', () => {
    const d = talkOn('crlv-licenciamento', 'emite a guia pra mim ai');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(said(d)).toMatch(/nao consigo fazer isso por voce/);
    expect(said(d)).toMatch(/como fazer/);
  });
  it('"o senhor poderia gerar o DAE da taxa?" on the fire department certificate stays there (not the DAE card)', () => {
    const d = talkOn('avcb', 'o senhor poderia gerar o DAE da taxa?');
    expect(d.state.focus).toBe('avcb');
    expect(said(d)).toMatch(/nao consigo fazer isso por voce/);
  });
  it('"paga o dae dela pra mim" on the identity card\'s 2nd copy (a card with a form) is declined, not a form', () => {
    const d = talkOn('cin-2a-via', 'paga o dae dela pra mim');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toMatch(/nao consigo fazer isso por voce/);
  });
  it('"me cadastra ai no sine" on the job search gives its steps', () => {
    const d = talkOn('sine-emprego', 'me cadastra ai no sine');
    expect(d.state.focus).toBe('sine-emprego');
    expect(said(d)).toMatch(/como fazer/);
  });
  it('guard: "o despachante faz isso pra mim?" on the vehicle transfer asks about someone else, not the bot', () => {
    expect(said(talkOn('transferencia-veiculo', 'o despachante faz isso pra mim?'))).not.toMatch(/nao consigo fazer isso por voce/);
  });
  it('guard: "faz 3 meses que tirei, da pra eu pedir?" on adding a category is no order to the bot', () => {
    expect(said(talkOn('cnh-mudanca-categoria', 'faz 3 meses que tirei a b, da pra eu pedir?'))).not.toMatch(/nao consigo fazer isso por voce/);
  });
  it('guard: "marca pra mim" on the UAI booking still starts its form', () => {
    expect(talkOn('agendamento-uai', 'marca pra mim').state.view.at).toBe('form');
  });
  it('guard: "como faço pra gerar a guia?" on the IPVA is a question, answered, not declined', () => {
    expect(said(talkOn('ipva', 'como faço pra gerar a guia?'))).not.toMatch(/nao consigo fazer isso por voce/);
  });
  it('guard: "emite o atestado de antecedentes pra mim" on the identity card\'s 1st copy names the other service', () => {
    expect(talkOn('cin-1a-via', 'emite o atestado de antecedentes pra mim').state.focus).not.toBe('cin-1a-via');
  });
});

describe('round 5901: doing it together is the steps; "em poucas linhas" is the manner, not the bus lines', () => {
  it('"bora fazer junto?" on the blood donation opens its first step', () => {
    expect(stepOf(talkOn('doacao-sangue', 'bora fazer junto?'))).toBe(1);
  });
  it('"faz comigo?" on the IPVA opens its first step', () => {
    expect(stepOf(talkOn('ipva', 'faz comigo?'))).toBe(1);
  });
  it('"explica em poucas linhas pfv" on the renewal of the licence stays there (not the intercity buses)', () => {
    expect(talkOn('cnh-renovacao', 'explica em poucas linhas pfv').state.focus).toBe('cnh-renovacao');
  });
  it('guard: "quais linhas vão pra ouro preto?" with nothing in focus is the intercity buses', () => {
    expect(talkOn('cnh-renovacao', 'menu', 'quais linhas de onibus vão pra ouro preto?').state.focus).toBe('onibus-intermunicipal');
  });
});
