// The thirty-eighth session's r38a round: a trained fallback for follow-up questions (guess.ts). Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { guessTopic } from '../../src/conversation/guess.ts';
import { readPlain } from '../../src/conversation/reading.ts';
import { asked, kinds, talkOn } from './real.ts';

describe('round 4300: a follow-up the table reads no topic in, answered by the topic the trained fallback finds clearly', () => {
  it('how it starts, asked with the verb after the pronoun, gets the steps', () => {
    const d = talkOn('medicamentos-alto-custo', 'como começa isso tudo?');
    expect(asked(d)).toEqual(['how']);
  });
  it('whether someone else may, asked with a pause, gets who may ask', () => {
    const d = talkOn('doacao-sangue', 'e ele, pode?');
    expect(asked(d)).toEqual(['requirements']);
  });
  it('whether one must leave home for it gets whether it is done online', () => {
    const d = talkOn('medida-protetiva', 'precisa sair de casa pra pedir?');
    expect(asked(d)).toEqual(['online']);
  });
  it('a thing no topic speaks of is left alone: the card says it does not know', () => {
    const d = talkOn('doacao-sangue', 'tem estacionamento la?');
    expect(kinds(d)).toContain('unanswered');
    expect(asked(d)).toEqual(['unanswered']);
  });
  it('a guess scores low when the message is mostly words no topic phrase holds', () => {
    const g = guessTopic(readPlain('o galo ganhou o jogo ontem a noite?'), new Set());
    expect(g === undefined || g.score < 0.6).toBe(true);
    const h = guessTopic(readPlain('como começa isso tudo?'), new Set());
    expect(h?.topic).toBe('how');
  });
  it('another service named keeps being searched, not guessed on the card in view', () => {
    const d = talkOn('doacao-sangue', 'e o ipva, como faz?');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 4301: the fallback also learns each topic\'s vocabulary from example questions written for it', () => {
  it('a device named asks whether it is done online', () => {
    const d = talkOn('antecedentes-criminais', 'consigo resolver pelo tablet?');
    expect(asked(d)).toEqual(['online']);
  });
  it('paying out, in another verb, asks the cost', () => {
    const d = talkOn('cnh-renovacao', 'vou desembolsar muito?');
    expect(asked(d)).toEqual(['cost']);
  });
});
