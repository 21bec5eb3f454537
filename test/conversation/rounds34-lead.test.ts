// The thirty-fourth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 3700: a question with a goodbye\'s word, steps refused, an urging word inside a command', () => {
  it('"o que eu falo?" asks what to say; it does not end the conversation', () => {
    const d = talkOn('denuncia-ambiental', 'e ai, o q eu falo?');
    expect(kinds(d)).not.toContain('bye');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(kinds(talkOn('medida-protetiva', 'falo o que?'))).not.toContain('bye');
    expect(kinds(talkOn('denuncia-ambiental', 'ok, falou'))).toContain('bye');
  });
  it('"não quero o passo a passo" keeps the card and opens no step', () => {
    const d = talkOn('renovacao-matricula', 'n quero o passo a passo nao');
    expect(kinds(d)).not.toContain('step');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
  it('the steps refused, then a topic asked: the topic is answered', () => {
    const d = talkOn('antecedentes-criminais', 'dispenso as etapas, só me diz quanto custa');
    expect(kinds(d)).not.toContain('step');
    expect(said(d)).toMatch(/quanto custa —/);
  });
  it('"fala logo o valor" is the question of the cost', () => {
    expect(said(talkOn('cnh-2a-via', 'me fala logo o valor'))).toMatch(/quanto custa —/);
  });
});
