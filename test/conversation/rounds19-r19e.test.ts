// The nineteenth session's rounds of helper r19e (1480 on): the older sets' last failures, sorted by cause. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side,
// in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

describe('round 1480: a person said to have gone missing is the case, whatever the story around it names', () => {
  it('the missing person report opens, though the phone, an illness or the days said with it lean elsewhere', () => {
    for (const m of [
      'meu avo sumiu, ele tem alzheimer',
      'meu irmao sumiu faz dois dias',
      'minha namorada desapareceu depois da festa, celular desligado',
      'meu colega de trabalho sumiu faz tres dias e o telefone dele so da caixa',
      'minha tia idosa sumiu ontem, ela toma remedio controlado',
      'meu primo ta sumido desde sexta, nao responde no zap',
    ]) {
      expect(talk(m).state.focus, m).toBe('pessoa-desaparecida');
    }
  });

  it('on a card of another service, a relative gone missing opens the report too', () => {
    for (const [id, m] of [
      ['medicamentos-alto-custo', 'meu pai sumiu desde ontem, ele tem alzheimer'],
      ['ipva', 'esquece isso, meu filho de 16 anos desapareceu'],
    ] as const) {
      expect(talkOn(id, m).state.focus, m).toBe('pessoa-desaparecida');
    }
  });

  it('a thing or an animal gone missing is not a missing person', () => {
    expect(talk('minha cnh sumiu').state.focus).toBe('cnh-2a-via');
    expect(talk('meu cachorro sumiu').state.focus).not.toBe('pessoa-desaparecida');
    expect(talk('roubaram meu celular no onibus').state.focus).toBe('bo-furto');
  });
});
