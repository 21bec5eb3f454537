// The forty-sixth session's rounds of helper r46b (what may go wrong, asked of the card in view, though its words name
// another service). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, said, talkOn } from './real.ts';

describe('round 5820: what may go wrong, put as a case or pointed at the card, stays on the card in view', () => {
  it('"e se eu reprovar no exame pratico?" on the first licence stays there (not the driving tests\' booking)', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'e se eu reprovar no exame pratico?');
    expect(d.state.focus).toBe('cnh-primeira-habilitacao');
    expect(said(d)).toMatch(/155/);
  });
  it('"caso eu bombe na prova pratica, perco tudo?" on adding a category stays there', () => {
    const d = talkOn('cnh-mudanca-categoria', 'caso eu bombe na prova pratica, perco tudo?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(said(d)).toMatch(/155/);
  });
  it('"tem multa pra isso?" on the renewal of the licence stays there (not the fines\' lookup)', () => {
    const d = talkOn('cnh-renovacao', 'tem multa pra isso?');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('"e se o carro for reprovado na vistoria?" on the vehicle transfer stays there (not the inspection\'s card)', () => {
    const d = talkOn('transferencia-veiculo', 'e se o carro for reprovado na vistoria?');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(said(d)).toMatch(/155/);
  });
  it('guard: "quero ver minhas multas" on the foreign licence opens the fines', () => {
    expect(talkOn('cnh-estrangeiro', 'quero ver minhas multas').state.focus).toBe('multas-pontuacao');
  });
  it('guard: "e se ele quiser mudar de escola no ano que vem?" on the school registration opens the transfer (a wish)', () => {
    expect(talkOn('cadastro-escolar', 'e se ele quiser mudar de escola no ano que vem?').state.focus).toBe('transferencia-escola');
  });
  it('guard: "e se eu precisar fechar depois?" on opening a company opens the closing (a need)', () => {
    expect(talkOn('abrir-empresa', 'e se eu precisar fechar depois?').state.focus).toBe('baixa-empresa');
  });
  it('guard: "e a do rg?" on the licence\'s 2nd copy opens the identity card\'s', () => {
    expect(talkOn('cnh-2a-via', 'e a do rg?').state.focus).toBe('cin-2a-via');
  });
  it('guard: "E se a minha CNH estiver vencida?" on the licence\'s 2nd copy quotes its sentence pointing to the renewal', () => {
    const d = talkOn('cnh-2a-via', 'E se a minha CNH estiver vencida?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toMatch(/renovacao/);
  });
});

describe('round 5821: a lack put as a case ("e se eu não tiver…") is the citizen\'s case on the card in view', () => {
  it('"e se eu nao tiver o boletim de ocorrencia, quanto custa?" on the identity card\'s 2nd copy answers its cost', () => {
    const d = talkOn('cin-2a-via', 'e se eu nao tiver o boletim de ocorrencia, quanto custa?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toContain('cost');
  });
  it('guard: "e se eu nao tiver acesso ao gov.br, como peço?" on the IPVA exemption opens the gov.br recovery (named whole)', () => {
    expect(talkOn('ipva-isencao', 'e se eu nao tiver acesso ao gov.br, como peço?').state.focus).toBe('conta-govbr');
  });
  it('guard: "e se eu nao tiver o bo, quanto custa?" on the licence\'s 2nd copy still answers its cost', () => {
    const d = talkOn('cnh-2a-via', 'e se eu nao tiver o bo, quanto custa?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(asked(d)).toContain('cost');
  });
});
