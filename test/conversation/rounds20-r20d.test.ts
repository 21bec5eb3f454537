// The twentieth session's rounds of the lead (r20d, 1580 on): steps named by what they say, and "você não sabe nada"
// said to the bot. One `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side, on services other than the dialogues' own.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 1580: in the steps, a step pointed at by what its text says, after an "ok", or "sobre" what it is', () => {
  it('"a parte de …", "a etapa sobre …", "o passo de …" open the step whose title and text say it', () => {
    const cases: [string, string, number][] = [
      ['cnh-primeira-habilitacao', 'a parte sobre o exame de direção com instrutor autonomo', 4],
      ['avcb', 'a parte de instalar os extintores', 4],
      ['seguro-desemprego', 'a etapa sobre a caixa pagar as parcelas', 4],
      ['ipsemg', 'o passo de levar a carteirinha no medico', 3],
      ['gta', 'a etapa sobre o cadastro dos nascimentos e mortes', 1],
      ['gta', 'o passo de levar a guia na fiscalização', 4],
      ['abrir-empresa', 'a parte de assinar com certificado digital', 4],
    ];
    for (const [id, q, n] of cases) expect(stepOf(talkOn(id, 'passo a passo', 'proximo', q)), `${id}: ${q}`).toBe(n);
  });

  it('"ok e o da vistoria", "blz, e a da condicionante": an acknowledgement before "o/a de …" still points at a step', () => {
    const cases: [string, string, number][] = [
      ['avcb', 'ok e o da vistoria', 4],
      ['licenciamento-ambiental', 'blz, e a da condicionante', 4],
      ['cnh-primeira-habilitacao', 'beleza e a da prova de legislação', 3],
    ];
    for (const [id, q, n] of cases) expect(stepOf(talkOn(id, 'passo a passo', q)), `${id}: ${q}`).toBe(n);
  });

  it('one word that only a step\'s text holds is not its name: "pula pro proximo" is the next step', () => {
    expect(stepOf(talkOn('transferencia-escola', 'passo a passo', 'pula pro proximo'))).toBe(2);
    expect(stepOf(talkOn('gta', 'passo a passo', 'pula pro proximo'))).toBe(2);
  });
});

describe('round 1582: "vc não sabe nada" said to the bot is met calmly, not searched', () => {
  it('said to the bot, with or without a card in view', () => {
    for (const q of ['vc nao sabe nada hein', 'voce nao sabe de nada', 'voce nao sabe nada mesmo', 'vc nao sabe responder ne']) {
      expect(kinds(talk(q)), q).toEqual(['small_talk']);
      const on = talkOn('ipva', q);
      expect(kinds(on), q).toEqual(['small_talk']);
      expect(on.state.focus, q).toBe('ipva');
    }
  });

  it('someone else who knows nothing is no insult', () => {
    expect(kinds(talk('meu filho nao sabe nada de matematica, tem reforço?'))).not.toContain('small_talk');
  });
});

describe('round 1583: a number someone has or has reached is an age or an amount, not a button', () => {
  it('"ela tem 16, pode?" on a card answers about age instead of "Digite um número de 1 a 7"', () => {
    for (const [id, q] of [
      ['curso-tecnico', 'ela tem 16, pode?'],
      ['eja', 'minha mae tem 70, pode?'],
      ['cnh-primeira-habilitacao', 'meu filho fez 18 ontem pode?'],
      ['doacao-sangue', 'tenho 17 pode?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).not.toContain('notice');
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('a number alone, or "a opção 2", still chooses the button', () => {
    expect(kinds(talkOn('ipva', '2'))).toEqual(['documents']);
    expect(kinds(talkOn('ipva', 'quero a opcao 2'))).toEqual(['documents']);
  });

  it('a verb of having elsewhere in the message does not stop the choice; a unit after the number does', () => {
    expect(kinds(talkOn('ipva', 'a 2, tem?'))).toEqual(['documents']);
    expect(kinds(talkOn('ipva', 'tem a 2'))).toEqual(['documents']);
    expect(kinds(talkOn('curso-tecnico', '16 anos'))).not.toContain('notice');
    expect(kinds(talkOn('eja', 'ja fez 70'))).not.toContain('notice');
  });
});

describe('round 1584: a seller or a site that vanished with the money is a scam story', () => {
  it('"o site sumiu com meu dinheiro", "o vendedor sumiu depois do pix", "paguei um fornecedor falso" open the scam report', () => {
    for (const q of [
      'o site sumiu com meu dinheiro',
      'o vendedor sumiu depois do pix, bloqueou meu numero',
      'paguei o fornecedor e ele sumiu com o dinheiro',
      'comprei de um vendedor falso no instagram',
      'paguei um fornecedor falso pela internet pra minha lojinha, 2 mil reais em mercadoria q nunca chegou, o site sumiu',
    ]) expect(talk(q).state.focus, q).toBe('bo-estelionato');
  });

  it('a person who vanished is still a missing person', () => {
    expect(talk('meu filho sumiu ontem').state.focus).toBe('pessoa-desaparecida');
    expect(talk('minha mae sumiu desde sexta').state.focus).toBe('pessoa-desaparecida');
  });
});
