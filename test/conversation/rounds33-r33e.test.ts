// The thirty-third session's rounds of r33e (a follow-up or first message about a service answered wrong).
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 3480: losing the licence by points, said as a fear or a limit, is the points lookup', () => {
  it('"medo de perder a cnh", "antes de perder a carteira", "antes de suspender": the points card', () => {
    for (const text of [
      'to com medo de perder minha cnh, tenho muita multa',
      'quantos pontos a pessoa aguenta antes de perder a habilitacao?',
      'qual o limite de pontos antes de suspender?',
      'com quantos pontos suspende a carteira de motorista?',
    ]) {
      const d = talk(text);
      expect(d.state.focus, text).toBe('multas-pontuacao');
    }
  });
  it('a licence or wallet lost is still a loss', () => {
    expect(talk('perdi minha cnh').state.focus).toBe('cnh-2a-via');
    expect(talk('perdi a carteira no onibus').state.focus).not.toBe('multas-pontuacao');
  });
});

describe('round 3481: a bank named inside a loss or a scam is no question for the bank', () => {
  it('a loss of documents with the bank card among them: the State\'s part (the ID card, the report)', () => {
    for (const text of ['roubaram minha carteira com a identidade e o cartao do banco', 'perdi a carteira com o rg e o cartao de credito']) {
      const d = talk(text);
      expect(['cin-2a-via', 'bo-perda-documentos', 'bo-furto'], text).toContain(d.state.focus);
    }
  });
  it('someone pretending to be the bank, a code handed over, a fake proof of payment: the fraud report', () => {
    for (const text of ['uma mulher ligou dizendo ser do banco e meu pai passou o codigo', 'recebi um comprovante falso de pix na venda da minha geladeira'])
      expect(talk(text).state.focus, text).toBe('bo-estelionato');
  });
  it('the bank card alone is still the bank\'s', () => {
    expect(kinds(talk('perdi o cartao do banco'))).toEqual(['elsewhere']);
  });
  it('a stall ("banca") is no bank', () => {
    expect(kinds(talk('tenho uma banca de verdura na feira, como tiro cnpj?'))).not.toEqual(['elsewhere']);
  });
});

describe('round 3482: danger told in the message that opens a card puts the card\'s sentence for danger first', () => {
  it('an ill or elderly person gone missing, told as the first message: call 190 on the card', () => {
    for (const text of ['minha avo de 79 anos tem demencia e sumiu de casa hoje', 'meu tio tem alzheimer, saiu de casa e nao voltou']) {
      const d = talk(text);
      expect(d.state.focus, text).toBe('pessoa-desaparecida');
      expect(said(d), text).toMatch(/\b190\b/);
    }
  });
  it('no danger told: the card as before', () => {
    expect(said(talk('quero registrar uma pessoa desaparecida'))).not.toMatch(/em perigo/);
  });
});

describe('round 3483: the citizen\'s everyday word for whom the card names in its own (near-synonyms)', () => {
  it('poor: the card\'s sentence on the CadÚnico', () => {
    for (const [svc, text, sentence] of [
      ['copasa-conta', 'sou carente, a conta tem algum desconto?', /cadunico|tarifa social/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(sentence);
    }
  });
});

describe('round 3484: "conversar com alguém" asks for a person as "falar com alguém" does', () => {
  it('on a card, a number to talk to someone: the card\'s phones, the card kept', () => {
    const d = talkOn('medida-protetiva', 'vcs tem um numero pra eu conversar com alguem?');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(said(d)).toMatch(/telefone de contato/);
  });
  it('with nothing in view: the ways to a person', () => {
    expect(kinds(talk('eu queria conversar com um atendente'))).toContain('handoff');
  });
});

describe('round 3485: living off fishing is the professional fisher\'s register', () => {
  it('"vive da pesca", "trabalho com pesca": the professional register, not the leisure licence', () => {
    for (const text of ['meu pai vive da pesca no rio sao francisco, que cadastro ele precisa', 'trabalho com pesca e vendo o peixe na feira, preciso de registro?'])
      expect(talk(text).state.focus, text).toBe('pescador-profissional');
  });
  it('fishing for leisure is still the leisure licence', () => {
    expect(talk('quero tirar licenca pra pescar no fim de semana').state.focus).toBe('licenca-pesca');
  });
});
