// The twenty-fourth session's rounds of r24d (2160 on). One `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2160: a correction that says "não" bare, or that it was swapped, then what is wanted', () => {
  it('a bare "não", then a verb of wanting and words that find another service clearly: that service', () => {
    const cases: [string, string, string][] = [
      ['cnh-renovacao', 'nao, quero tirar a primeira habilitacao', 'cnh-primeira-habilitacao'],
      ['ipva', 'nao, quero parcelar o atrasado', 'ipva-parcelamento'],
      ['seguro-desemprego', 'não, quero procurar emprego', 'sine-emprego'],
    ];
    for (const [on, msg, id] of cases) expect(talkOn(on, msg).state.focus, msg).toBe(id);
  });

  it('a word of swapping ("inverti") corrects like "confundi"', () => {
    expect(talkOn('cnh-2a-via', 'espera inverti, ela venceu').state.focus).toBe('cnh-renovacao');
    expect(talkOn('ipva', 'opa inverti tudo, vendi o carro').state.focus).toBe('comunicacao-venda');
  });

  it('a bare "não" and a question about the card in view keeps it', () => {
    expect(talkOn('ipva', 'nao, quero saber quanto custa').state.focus).toBe('ipva');
    expect(talkOn('cnh-renovacao', 'não, quero fazer pela internet').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 2161: a question that points at a thing of the card in view ("esse atendimento") is asked of it', () => {
  it('the card in view stays, though the other words find a sibling', () => {
    // Before: the vehicle lookup, which also speaks of the IPVA's guides.
    expect(talkOn('ipva', 'todo banco aceita essa guia?').state.focus).toBe('ipva');
  });

  it('what the card says it is asked for ("é muito pedido para …") answers what it is for', () => {
    const r = talkOn('antecedentes-criminais', 'pra que serve esse atestado depois');
    expect(r.state.focus).toBe('antecedentes-criminais');
    expect(said(r)).toMatch(/emprego, concurso/);
    expect(said(talkOn('antecedentes-criminais', 'e isso serve pra que?'))).toMatch(/muito pedido para/);
  });

  it('a word of the title pointed at is left to the readers that show the card', () => {
    expect(talkOn('nota-fiscal-avulsa', 'sou feirante, posso tirar essa nota?').state.focus).toBe('nota-fiscal-avulsa');
  });
});
