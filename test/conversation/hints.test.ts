// Every reply says what it is, so channels never have to read the engine's Portuguese.
import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/catalogue.ts';

describe('reply hints', () => {
  it('a step says which step of how many', () => {
    const d = new EngineDriver();
    d.say('perdi meu rg');
    d.press('Passo a passo');
    d.press('Próxima');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'step', serviceId: 'cin-2a-via', step: 2, of: 4 });
  });

  it('a form question says which field of how many, and how many choices its text lists', () => {
    const d = new EngineDriver();
    d.send({ kind: 'option', id: 'svc:agendamento-uai' });
    d.press('Fazer solicitação');
    expect(d.last?.replies.at(-1)?.hint).toEqual({ kind: 'field', serviceId: 'agendamento-uai', field: 1, of: 6, choices: 0 });
    for (const answer of ['Maria da Silva', '529.982.247-25', 'Belo Horizonte', '15/12/2026']) d.say(answer);
    expect(d.last?.replies.at(-1)?.hint).toEqual({ kind: 'field', serviceId: 'agendamento-uai', field: 5, of: 6, choices: 2 });
  });

  it('the card, the results and the menu say what they are', () => {
    const d = new EngineDriver();
    d.say('oi');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'menu' });
    d.say('perdi meu rg');
    expect(d.last?.replies[0]?.hint).toEqual({ kind: 'card', serviceId: 'cin-2a-via' });
    d.say('ipva');
    const hint = d.last?.replies[0]?.hint;
    if (hint?.kind === 'results') expect(hint.count).toBe(d.state.options.length - 1);
    else expect(hint).toEqual({ kind: 'card', serviceId: 'ipva' });
  });

  it('every reply of a whole conversation carries a hint', () => {
    const d = new EngineDriver();
    const all = [];
    for (const text of ['oi', 'perdi meu rg', 'quanto custa?', 'obrigado', 'passo a passo', 'próxima', 'hã?', 'menu', 'agendar uai', 'fazer solicitação', 'pra que precisa do cpf?', 'cancelar', 'receita de bolo', 'atendente', 'sair']) {
      all.push(...d.say(text));
    }
    expect(all.filter((r) => r.hint === undefined).map((r) => r.text)).toEqual([]);
  });
});
