// The nineteenth session's rounds of helper r19e (1480 on): the older sets' last failures, sorted by cause. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side,
// in the informal way people type on a phone.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

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

describe('round 1482: "bom" alone is an acknowledgement, not the CNH renewal\'s "bom condutor"', () => {
  it('"bom" and "bom entao" on a card, or as a first message, are taken in, and the card stays in view', () => {
    for (const id of ['seguro-desemprego', 'ipva', 'cadastro-escolar']) {
      for (const m of ['bom', 'bom entao', 'Bom.']) {
        const d = talkOn(id, m);
        expect(d.state.focus, `${id}: ${m}`).toBe(id);
        expect(kinds(d), `${id}: ${m}`).toEqual(['small_talk']);
      }
    }
    expect(kinds(talk('bom'))).toEqual(['small_talk']);
  });

  it('after "bom", the question that follows is asked of the card in view', () => {
    expect(talkOn('seguro-desemprego', 'bom', 'quais documento tem q levar').state.focus).toBe('seguro-desemprego');
  });

  it('"bom dia", praise and the renewal\'s own name still work', () => {
    expect(kinds(talkOn('ipva', 'bom dia'))).toEqual(['small_talk']);
    expect(kinds(talk('muito bom'))).toEqual(['small_talk']);
    expect(talk('bom condutor').state.focus).toBe('cnh-renovacao');
  });
});
