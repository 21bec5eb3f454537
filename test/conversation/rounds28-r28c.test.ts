// The twenty-eighth session's rounds of r28c (2860 on: follow-ups answered by a usual topic that missed the point), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

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
    const d = talkOn('cin-1a-via', 'ele tem que ir junto comigo?');
    expect(asked(d)).toEqual(['minors']);
    expect(said(d)).not.toMatch(/pela internet:/);
  });
  it('the role one asks in gets who may ask', () => {
    expect(said(talkOn('ciptea', 'sou o pai dela, consigo fazer a solicitação?'))).toMatch(/responsavel legal ou cuidador/);
    expect(said(talkOn('antecedentes-criminais', 'sendo a procuradora dele, posso tirar?'))).toMatch(/quem pode pedir/);
  });
  // A guard: a paper to bring is still the documents.
  it('bringing a paper is still the documents', () => {
    const d = talkOn('cin-1a-via', 'preciso levar a certidão?');
    expect(asked(d)).toEqual(['documents']);
    expect(said(d)).not.toMatch(/menores de 16 anos/);
  });
});

describe('round 2861: asked whether one may, in one\'s own case, the condition of who may ask that speaks of it', () => {
  it('an expired licence asked of the 2nd copy gets the condition on validity with the sentence', () => {
    expect(said(talkOn('cnh-2a-via', 'e se a minha já estiver vencida?'))).toMatch(/dentro da validade/);
  });
  it('a tattoo asked of blood donation gets who may donate with the sentence', () => {
    expect(said(talkOn('doacao-sangue', 'tenho tatuagem, posso doar?'))).toMatch(/quem pode pedir/);
  });
  // A guard: a question on the course ("dá pra corrigir?") holding no word of a condition adds nothing.
  it('a question whose words no condition holds gets no list of who may ask', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'precisa mesmo fazer autoescola ou posso aprender com instrutor autonomo?');
    // The card's sentence on the lessons is quoted, alone.
    expect(said(d)).toMatch(/instrutor autonomo credenciado/);
    expect(said(d)).not.toMatch(/quem pode pedir/);
  });
});

describe('round 2862: a thing carried over ("e o ipva?") that the card in view speaks of stays on the card', () => {
  it('the tax asked after the cost of the first registration is the card\'s sentence on it', () => {
    const d = talkOn('primeiro-emplacamento', 'quanto custa?', 'e o ipva?');
    expect(d.state.focus).toBe('primeiro-emplacamento');
    expect(said(d)).toMatch(/ipva do ano/);
  });
  it('the police report asked after the cost of the identity card\'s 2nd copy is its time limit', () => {
    const d = talkOn('cin-2a-via', 'quanto custa?', 'e o bo precisa ser de quando?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/60 dias/);
  });
  it('the inspection asked after the time of the vehicle transfer is the transfer\'s step', () => {
    const d = talkOn('transferencia-veiculo', 'quanto tempo demora?', 'e a vistoria?');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(said(d)).toMatch(/vistoria/);
  });
  // A guard: a thing the card never speaks of still moves to its service.
  it('a thing the card is silent about moves', () => {
    expect(talkOn('cin-2a-via', 'quanto custa?', 'e a CNH?').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 2863: a usual topic asked first, with hearsay only after it, is that topic\'s question', () => {
  it('the time asked, then what someone said, gets the time', () => {
    expect(said(talkOn('avcb', 'quanto tempo leva o processo? falaram que demora muito'))).toMatch(/depende do nivel de risco/);
  });
  it('the cost asked, then what someone said, gets the cost', () => {
    expect(said(talkOn('cin-2a-via', 'quanto custa? me falaram que é caro'))).toMatch(/taxa de expedicao/);
  });
  // A guard: the claim itself asked ("é verdade que…?") is still checked against the card.
  it('a claim asked first is still the claim', () => {
    expect(said(talkOn('pessoa-desaparecida', 'é verdade que tem que esperar 24 horas pra comunicar?'))).toMatch(/nao e preciso esperar 24 horas/);
  });
});
