import { describe, expect, it } from 'vitest';
import { redact } from '../../src/privacy/redact.ts';

describe('redact', () => {
  it.each([
    ['meu cpf é 529.982.247-25', '529.982.247-25', '[cpf]'],
    ['cpf 52998224725', '52998224725', '[cpf]'],
    ['cnpj 11.222.333/0001-81 da empresa', '11.222.333/0001-81', '[cnpj]'],
    ['cnpj 11222333000181', '11222333000181', '[cnpj]'],
    ['me liga no (31) 99876-5432', '99876-5432', '[telefone]'],
    ['whats 31998765432', '31998765432', '[telefone]'],
    ['fixo 31 3333-4444', '3333-4444', '[telefone]'],
    ['+55 31 99876-5432', '99876-5432', '[telefone]'],
    ['email maria.silva+1@gmail.com', 'maria.silva', '[email]'],
    ['rg MG-12.345.678', '12.345.678', '[rg]'],
    ['rg 12.345.678-9', '12.345.678', '[rg]'],
    ['cartão 4111 1111 1111 1111', '4111', '[cartao]'],
    ['cartão 4111-1111-1111-1111', '4111', '[cartao]'],
    ['moro na Rua das Flores, 123 cep 30130-010', 'Flores', '[endereco]'],
    ['cep 30130010', '30130010', '[cep]'],
  ])('removes personal data from %j', (input, secret, tag) => {
    const out = redact(input);
    expect(out).not.toContain(secret);
    expect(out).toContain(tag);
  });

  it.each(['perdi meu rg', 'ipva 2026', 'segunda via da cnh', 'licenciamento 2025 atrasado', 'bo de furto de celular'])('keeps ordinary queries intact: %j', (q) => {
    expect(redact(q)).toBe(q);
  });
});
