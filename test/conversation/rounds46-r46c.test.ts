// The forty-sixth session's rounds of helper r46c (the chat as typed on a phone: one's own typo fixed on the next bubble,
// autocorrect damage). Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are
// things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, talk } from './real.ts';

describe('round 5840: one\'s own word fixed on the next bubble replaces the word it fixes', () => {
  it('"como consulto multa do meu carr" then "*carro": the fines, not the towed vehicles', () => {
    expect(talk('como consulto multa do meu carr', '*carro').state.focus).toBe('multas-pontuacao');
  });
  it('"minha filha perdeu a idade dela" then "identidade kkk maldito corretor": the ID\'s 2nd copy, not the school card', () => {
    expect(talk('minha filha perdeu a idade dela', 'identidade kkk maldito corretor').state.focus).toBe('cin-2a-via');
  });
  it('"quero a isencao do iptu" then "quis dizer ipva 🤦": the IPVA exemption, not the IPVA itself', () => {
    expect(talk('quero a isencao do iptu', 'quis dizer ipva 🤦').state.focus).toBe('ipva-isencao');
  });
  it('"como faço o licenciamento da mota" then "*moto": the question is read again, fixed (how it is done)', () => {
    const d = talk('como faço o licenciamento da mota', '*moto');
    expect(d.state.focus).toBe('crlv-licenciamento');
    expect(asked(d)).toContain('how');
  });
  it('guard: "corrigindo, ela nunca teve identidade, é a primeira" is a correction told, read by the correction intent', () => {
    expect(talk('segunda via do rg da minha filha', 'corrigindo, ela nunca teve identidade, é a primeira').state.focus).toBe('cin-1a-via');
  });
  it('guard: "errei o valor, da pra corrigir a declaracao?" on the ITCD is a slip told, not a fix', () => {
    expect(talk('preciso declarar o itcd da doacao do apartamento', 'errei o valor, da pra corrigir a declaracao?').state.focus).toBe('itcd');
  });
  it('guard: a name and a number are never kept for a fix (only words of the catalogue and of the chat)', () => {
    const typed = talk('meu nome é Josefina Albuquerque cpf 123').state.typed?.words ?? '';
    expect(typed).not.toMatch(/josefina|albuquerque|123/);
  });
});
