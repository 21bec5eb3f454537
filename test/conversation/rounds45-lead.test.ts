// The forty-fifth session's lead rounds (5700–): written from the citizen's side, with wordings other than the
// dialogues'. Tests marked "guard" pass before and after: they keep what already worked.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 5700: asking for information or guidance with nothing said yet of what', () => {
  it('"quero uma informação" is understood: the bot says what it does, no service, no "not found"', () => {
    const d = talk('oi', 'quero uma informação');
    expect(said(d)).not.toMatch(/nao encontrei/);
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).not.toBe('results');
  });
  it('"Preciso de uma orientação, por favor." is understood the same way', () => {
    const d = talk('Preciso de uma orientação, por favor.');
    expect(said(d)).not.toMatch(/nao encontrei/);
    expect(d.state.focus).toBeUndefined();
  });
  it('"quero fazer uma pergunta" waits for the question', () => {
    const d = talk('boa noite', 'quero fazer uma pergunta');
    expect(said(d)).not.toMatch(/nao encontrei/);
  });
  it('guard: "quero uma informação sobre o ipva" still opens the IPVA', () => {
    expect(talk('quero uma informação sobre o ipva').state.focus).toBe('ipva');
  });
});

describe('round 5701: faces alone say how the citizen feels, or that the answer was not clear', () => {
  it('crying faces after the card get sympathy, and the card stays in focus', () => {
    const d = talkOn('bo-furto', '😢😢');
    expect(kinds(d)).not.toContain('not_understood');
    expect(d.state.focus).toBe('bo-furto');
    expect(said(d)).toMatch(/sinto muito/);
  });
  it('a puzzled face alone says the answer again in other words', () => {
    const d = talkOn('ipva', 'quanto custa?', '😕');
    expect(kinds(d)).not.toContain('not_understood');
    expect(said(d)).toMatch(/outro jeito/);
    expect(d.state.focus).toBe('ipva');
  });
  it('guard: a question with a puzzled face is still the question ("quanto custa? 🤔")', () => {
    expect(asked(talkOn('cnh-renovacao', 'quanto custa? 🤔'))).toContain('cost');
  });
  it('guard: a thumbs up still agrees, and a sticker-like laugh is still small talk', () => {
    expect(kinds(talkOn('ipva', '👍'))).toContain('small_talk');
    expect(kinds(talkOn('ipva', '😂😂'))).toContain('small_talk');
  });
});

describe('round 5702: a question sent in two pieces is read whole', () => {
  it('"precisa" then "de exame?" asks the documents and requirements of the card, no new search', () => {
    const d = talkOn('cnh-renovacao', 'precisa', 'de exame?');
    expect(asked(d)).toContain('documents');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('"e demora" then "muito?" asks how long it takes', () => {
    const d = talkOn('cnh-renovacao', 'e demora', 'muito?');
    expect(asked(d)).toContain('time');
  });
  it('"como" then "eu faço?" asks how it is done', () => {
    const d = talkOn('ipva-parcelamento', 'como', 'eu faço?');
    expect(asked(d)).toContain('how');
  });
  it('"qual o prazo" then "pra pagar?" asks the time, not the cost', () => {
    const d = talkOn('ipva', 'qual o prazo', 'pra pagar?');
    expect(asked(d)).toEqual(['time']);
  });
  it('"e demora" then "pra sair?" asks how long the certificate takes', () => {
    expect(asked(talkOn('antecedentes-criminais', 'e demora', 'pra sair?'))).toContain('time');
  });
  it('guard: the piece lasts one turn: a message in between ends it', () => {
    const d = talkOn('cnh-renovacao', 'e demora', 'obrigado', 'muito?');
    expect(asked(d)).not.toContain('time');
  });
  it('only words of the catalogue and of the chat are kept: "e demora" is, a name or a number never is', () => {
    expect(talkOn('cnh-renovacao', 'e demora').state.piece).toBe('e demora');
    const named = talkOn('ipsemg', 'consigo incluir a Josefina');
    expect(named.state.piece).toBeUndefined();
    const numbered = talkOn('ipva', 'quanto custa pra placa 7');
    expect(numbered.state.piece).toBeUndefined();
  });
  it('guard: a long message is never kept as a piece, and the state stays within its bounds', () => {
    const d = talkOn('cnh-renovacao', `precisa ${'documentacao '.repeat(3)}comprovadamente autenticada`);
    expect(d.state.piece).toBeUndefined();
    expect(talkOn('cnh-renovacao', 'precisa '.repeat(2000)).state.piece).toBeUndefined();
  });
  it('guard: "e a 2ª via?" after a cost question asks about the other service, no piece joined', () => {
    const d = talkOn('cnh-renovacao', 'quanto custa', 'e a 2a via?');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('guard: a form answer is never read with a piece', () => {
    const d = talkOn('ouvidoria', 'quero registrar uma reclamação');
    expect(d.state.view.at).toBe('form');
    expect(d.state.piece).toBeUndefined();
  });
});
