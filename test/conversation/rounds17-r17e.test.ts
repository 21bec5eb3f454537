// The seventeenth session's rounds 980 on (helper r17e), one `describe` per round; each test was checked to fail on the
// code before its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk } from './real.ts';

describe('round 980: a subject handled elsewhere asked with the citizen\'s situation told around it', () => {
  it('the situation told before the question, joined by "e" ("fui demitido e quero sacar meu fgts") is a story', () => {
    for (const text of ['fui demitido e quero sacar meu fgts, como faz', 'fui mandado embora e preciso sacar o fgts', 'fiquei desempregado e quero sacar o fgts']) expectElsewhere(text);
  });

  it('the situation told after the question ("…no bolsa familia, to desempregada e tenho 3 filhos") is a story too', () => {
    for (const text of ['como faço pra colocar minha familia no bolsa familia, to desempregada e tenho 3 filho pequeno', 'quero me inscrever no cadunico, to sem emprego', 'como me inscrevo no bolsa familia, estou desempregado']) expectElsewhere(text);
  });

  it('the service asked for after it is still opened, and a state worker\'s story is still the State\'s', () => {
    const d = talk('fui demitido e quero sacar meu fgts, como faz', 'e o seguro desemprego, onde peço?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(talk('fui demitido, quero pedir o seguro desemprego').state.focus).toBe('seguro-desemprego');
    expect(kinds(talk('Sou servidor estadual aposentado. Como incluo minha esposa no plano de saúde?'))).not.toEqual(['elsewhere']);
  });
});
