// The sixteenth session's rounds 740 on (helper r16c), one `describe` per round; each test was checked to fail on the
// code before its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { kinds, talk } from './real.ts';

describe('round 740: right after who handles a subject elsewhere, a plea, an echo or a plan is no new search', () => {
  it('pleading for the subject anyway ("nem uma dica?", "ah conta ai vai") hears who handles it again, no service', () => {
    for (const [first, plea] of [
      ['como eu dou entrada na aposentadoria do inss', 'nem uma dica?'],
      ['receita de pao de queijo mineiro de verdade', 'ah conta ai vai'],
      ['como tiro o passaporte?', 'me da uma dica por favor'],
    ] as const) {
      const d = talk(first, plea);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    }
  });

  it('checking back whom the reply sends the citizen to ("é pela Polícia Federal, então?") is that subject again', () => {
    for (const check of ['É pela Polícia Federal, então?', 'então é com a policia federal né']) {
      const d = talk('Como tiro o passaporte?', check);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    }
  });

  it('a subject handled elsewhere said with "é na … né" after a card\'s steps is not the same question about a service', () => {
    const d = talk('perdi o cartao do cpf, como tiro outro', 'é na receita federal né');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('bo-perda-documentos');
  });

  it('saying how one takes it from here ("entendi, vou ligar lá") is an ok, not a question about a phone number', () => {
    const d = talk('Como marco consulta com dentista no posto de saúde da prefeitura?', 'Entendi, vou ligar lá.');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
    expect(kinds(talk('ipva', 'vou ligar pra qual numero?'))).toEqual(['follow_up']);
  });

  it('the dentist at the city\'s health post is the prefeitura\'s', () => {
    expect(kinds(talk('Como marco consulta com dentista no posto de saúde da prefeitura?'))).toEqual(['elsewhere']);
  });
});
