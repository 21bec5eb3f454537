// The thirty-second session's rounds of r32c (3240): a follow-up whose answer the card holds in one sentence, asked by
// one word of the card only. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3240: the one word of the card a question holds says which sentence', () => {
  it('a word of four letters that names a thing ("banco", "sócio") is weighed as a longer one', () => {
    const d = talkOn('baixa-empresa', 'e quando muda so o socio?');
    expect(d.state.focus).toBe('baixa-empresa');
    expect(said(d)).toMatch(/so de socios ou capital/);
  });
  it('a word held by three or four sentences, the only one of the question the card holds: the shortest of them', () => {
    const d = talkOn('equivalencia-estudos', 'e os originais, eles guardam?');
    expect(said(d)).toMatch(/originais devolvidos/);
    const e = talkOn('cnh-primeira-habilitacao', 'e esse toxicologico é obrigatorio pra todo mundo?');
    expect(said(e)).toMatch(/toxicologico/);
    expect(said(e)).not.toMatch(/nao tenho essa informacao/);
  });
  it('an adverb or a word of how one asks is no thing of the card ("perto", "mesmo")', () => {
    expect(said(talkOn('multas-pontuacao', 'ja to perto de perder a carteira?'))).not.toMatch(/perto da suspensão\.$/);
    expect(said(talkOn('ouvidoria-saude', 'do ipsemg eu reclamo nesse mesmo lugar?'))).toMatch(/fazenda|Ouvidoria|Não tenho/i);
  });
  it('not beside a thing named in capitals the reader cannot weigh ("nas UAI")', () => {
    expect(said(talkOn('sine-emprego', 'O Sine fica dentro das UAI?'))).not.toMatch(/divulgam vagas no site/);
  });
});
