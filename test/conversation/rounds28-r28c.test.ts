// The twenty-eighth session's rounds of r28c (2860 on: follow-ups answered by a usual topic that missed the point), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2860: whether a child must come along, and the role in which one asks', () => {
  it('bringing the child, or going with the one asking, gets the rule for minors', () => {
    const cases: [string, string][] = [
      ['cin-2a-via', 'o menino tem que vir comigo?'],
      ['cin-1a-via', 'preciso levar a criança?'],
      ['cin-1a-via', 'tenho que levar minha filha?'],
      ['cin-2a-via', 'ela pode ir com a avó?'],
    ];
    for (const [id, q] of cases) expect(said(talkOn(id, q)), q).toMatch(/menores de 16 anos/);
  });
  it('going along is no question whether it is done online', () => {
    expect(said(talkOn('cin-1a-via', 'ele tem que ir junto comigo?'))).not.toMatch(/pela internet:/);
  });
  it('the role one asks in gets who may ask', () => {
    expect(said(talkOn('ciptea', 'sou o pai dela, consigo fazer a solicitação?'))).toMatch(/responsavel legal ou cuidador/);
    expect(said(talkOn('antecedentes-criminais', 'sendo a procuradora dele, posso tirar?'))).toMatch(/quem pode pedir/);
  });
  // A guard: a paper to bring is still the documents.
  it('bringing a paper is still the documents', () => {
    expect(said(talkOn('cin-1a-via', 'preciso levar a certidão?'))).not.toMatch(/menores de 16 anos/);
  });
});
