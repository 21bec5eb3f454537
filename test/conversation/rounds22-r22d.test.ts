// The twenty-second session's rounds of r22d (1760 on): the wrong service found from a story, or the focus moved. One
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side, in
// wordings and on services other than the dialogues' own.
import { describe, expect, it } from 'vitest';
import { kinds, said, talk, talkOn } from './real.ts';

/** The service the first reply is about (its card, a topic or a passage of it), or undefined. */
const served = (text: string): string | undefined => {
  const d = talk(text);
  return d.state.focus;
};

describe('round 1760: a subject handled elsewhere told in the story, beside a request that names a service by a phrase', () => {
  it('the service named is found, not the reply about the subject ("loja", "diarista")', () => {
    for (const [text, id] of [
      ['tenho uma loja de roupas e preciso da inscrição estadual, como faço?', 'inscricao-estadual'],
      ['minha loja de celular precisa de inscrição estadual?', 'inscricao-estadual'],
      ['trabalho de diarista e queria voltar a estudar no eja', 'eja'],
      ['sou diarista e quero terminar o ensino medio a noite', 'eja'],
    ] as const) {
      const d = talk(text);
      expect(kinds(d), text).not.toContain('elsewhere');
      expect(d.state.focus, text).toBe(id);
    }
  });

  it('the subject itself, asked for or qualified by the service words, is still handled elsewhere', () => {
    for (const text of [
      'o condominio me deu uma multa por barulho, posso recorrer?',
      'preciso da segunda via da minha certidão de casamento',
      'quero abrir uma conta no banco pra receber salario',
      'como cancelo meu plano de celular da operadora',
    ]) expect(kinds(talk(text)), text).toContain('elsewhere');
  });
});

describe('round 1761: a service named by its keywords far above the first confident one is found', () => {
  it('"notificação de autuação" (a keyword of the appeal) in a story finds the appeal, not the address change', () => {
    for (const text of [
      'recebi uma notificação de autuação em casa, quero me defender',
      'recebi a notificação de autuação no correio, quero me defender',
      'chegou uma notificacao de autuacao aqui em casa, como me defendo?',
    ]) expect(served(text), text).toBe('recurso-multa');
  });

  it('nearby: a query no service explains still finds nothing, and clear ones are unchanged', () => {
    expect(kinds(talk('qual o melhor time de minas'))).not.toContain('card');
    expect(served('o guincho levou meu carro pro patio, como libero')).toBe('veiculo-removido');
    expect(served('preciso da folha corrida pra vaga de motorista')).toBe('antecedentes-criminais');
  });
});

describe('round 1762: "muda alguma coisa?", "faz diferença?" on a card asks what the citizen\'s case changes there', () => {
  it('is answered on the card in view by its sentence about the case, not by the service a word of the case names', () => {
    for (const [id, text, expected] of [
      ['cnh-renovacao', 'sou caminhoneira, dirijo carreta, categoria e, muda algo?', /toxicol/i],
      ['cnh-renovacao', 'tenho categoria d, faz diferença?', /toxicol/i],
      ['cnh-renovacao', 'e se eu morar em outro estado, muda alguma coisa?', /outro estado/i],
      ['ipva', 'e se for moto, muda algo?', /moto/i],
    ] as const) {
      const d = talkOn(id, text);
      expect(d.state.focus, `${id}: ${text}`).toBe(id);
      expect(said(d), `${id}: ${text}`).toMatch(expected);
    }
  });

  it('a case the card does not speak of stays on the card, saying it does not answer', () => {
    const d = talkOn('bo-furto', 'foi de madrugada, faz diferença?');
    expect(d.state.focus).toBe('bo-furto');
    expect(kinds(d)).toContain('unanswered');
  });

  it('nearby: another service asked for by name still opens it', () => {
    expect(talkOn('cnh-renovacao', 'quero fazer a mudança de categoria pra e').state.focus).toBe('cnh-mudanca-categoria');
  });
});
