import { describe, expect, it } from 'vitest';
import { redact } from '../../src/privacy/redact.ts';
import { SERVICE_QUERIES, folded, recoverDigits } from './disguise.ts';

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

describe('numbers in disguise', () => {
  it.each([
    ['digits in full width', 'meu cpf é ５２９.９８２.２４７-２５', '52998224725'],
    ['Arabic-Indic digits', 'cpf ٥٢٩٩٨٢٢٤٧٢٥', '52998224725'],
    ['extended Arabic-Indic digits', 'zap ۳۱ ۹۹۸۷۶-۵۴۳۲', '31998765432'],
    ['Devanagari digits', 'फोन ३१९९८७६५४३२', '31998765432'],
    ['mathematical bold digits', '𝟓𝟐𝟗𝟗𝟖𝟐𝟐𝟒𝟕𝟐𝟓', '52998224725'],
    ['middle dots', '529·982·247·25', '52998224725'],
    ['underscores', 'cpf 529_982_247_25', '52998224725'],
    ['slashes', 'cpf 529/982/247/25', '52998224725'],
    ['spaced digits', 'cpf 5 2 9 9 8 2 2 4 7 2 5', '52998224725'],
    ['spaced separators', 'cpf 529 . 982 . 247 - 25', '52998224725'],
    ['zero-width spaces', 'cpf 529\u200b982\u200b247\u200b25', '52998224725'],
    ['soft hyphens', 'cpf 529\u00ad982\u00ad247\u00ad25', '52998224725'],
    ['spelled separators', 'cpf 529 ponto 982 ponto 247 traço 25', '52998224725'],
    ['digits in words', 'meu cpf é cinco dois nove nove oito dois dois quatro sete dois cinco', '52998224725'],
    ['words with commas', 'cpf: cinco dois nove, nove oito dois, dois quatro sete, dois cinco', '52998224725'],
    ['words without accents', 'cpf um dois tres quatro cinco seis sete oito nove zero um', '12345678901'],
    ['words and digits mixed', 'cpf 529 nove oito dois 247 dois cinco', '52998224725'],
    ['"meia" for six in a phone', 'meu zap é três um nove nove meia meia meia meia um dois três', '31999666123'],
    ['a CNH number', 'minha cnh 01234567890 venceu', '01234567890'],
    ['a RENAVAM number', 'renavam 00123456789', '00123456789'],
    ['an old RENAVAM number', 'renavam 123456789', '123456789'],
    ['a birth date', 'nasci em 12/05/1980', '12051980'],
  ])('%s', (_, input, digits) => {
    const out = redact(input);
    expect(recoverDigits(out)).not.toContain(digits);
    expect(recoverDigits(out)).toBe('');
  });
});

describe('identity cards with a letter prefix', () => {
  it.each(['rg MG-12.345.678', 'RG M 1234567', 'identidade mg 12345678', 'RG: 12.345.678-X', 'minha identidade é M-1.234.567', 'MG 12.345.678 perdi'])('%j', (input) => {
    const out = redact(input);
    expect(recoverDigits(out)).toBe('');
    expect(out).toContain('[rg]');
  });
});

describe('cards, security codes and expiry dates', () => {
  it.each([
    ['cartão 5555 5555 5555 4444 cvv 123 validade 12/29', ['5555', '123', '12/29']],
    ['o código de segurança é 456', ['456']],
    ['CVV: 0123', ['0123']],
    ['cvc 987', ['987']],
    ['código verificador 321', ['321']],
    ['validade 12/29', ['12/29']],
    ['vencimento 12/2029', ['12/2029']],
    ['val 0929', ['0929']],
    ['cartão de crédito final 4444', ['4444']],
  ])('%j', (input, secrets) => {
    const out = redact(input);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(recoverDigits(out)).toBe('');
  });
});

describe('voter ids and their fragments', () => {
  it.each(['título de eleitor 0123 4567 0191', 'titulo 1234', 'zona 123 seção 0456', 'inscrição 1234 5678', 'meu título é o 012345670191', 'título nº 987'])('%j', (input) => {
    expect(recoverDigits(redact(input))).toBe('');
  });
});

describe('e-mail addresses in disguise', () => {
  it.each([
    'maria.silva @ gmail.com',
    'maria.silva@ gmail.com',
    'maria.silva arroba gmail ponto com',
    'maria.silva at gmail dot com',
    'maria.silva(at)gmail(dot)com',
    'maria.silva [at] gmail [dot] com',
    'maria.silva@gmail',
    'maria.silva@empresa',
    'MARIA.SILVA＠GMAIL.COM',
    'maria ponto silva arroba hotmail ponto com ponto br',
    'maria_silva arroba uol',
    'maria-silva @ prefeitura . mg . gov . br',
  ])('%j', (input) => {
    const out = redact(`meu email é ${input} obrigada`);
    expect(folded(out)).not.toContain('silva');
    expect(out).toContain('[email]');
    expect(out).toMatch(/^meu email é .*obrigada$/);
  });

  it('leaves the unit of weight alone', () => {
    expect(redact('preço da arroba do boi')).toBe('preço da arroba do boi');
  });
});

describe('people introducing themselves', () => {
  it.each([
    ['meu nome é Maria da Silva e quero renovar a cnh', ['maria', 'silva'], 'e quero renovar a cnh'],
    ['Me chamo João Pedro, preciso de segunda via', ['joao', 'pedro'], ', preciso de segunda via'],
    ['oi, sou a Ana Beatriz Souza', ['ana', 'beatriz', 'souza'], 'oi, sou a '],
    ['aqui é o Carlos Alberto', ['carlos', 'alberto'], 'aqui é o '],
    ['Meu nome completo: Fernanda Lima Drummond', ['fernanda', 'lima', 'drummond'], 'Meu nome completo: '],
    ['Olá, aqui quem fala é Rita', ['rita'], 'Olá, aqui quem fala é '],
    ['meu nome e jose conceição preciso tirar rg', ['jose', 'conceicao'], 'preciso tirar rg'],
  ])('%j', (input, words, kept) => {
    const out = redact(input);
    const outWords = folded(out).split(/[^a-z]+/);
    for (const w of words) expect(outWords).not.toContain(w);
    expect(out).toContain('[nome]');
    expect(out).toContain(kept);
  });

  it.each(['sou o responsável pelo menor', 'sou a favor', 'aqui é muito longe', 'sou mei', 'eu sou idoso', 'mudar nome e sobrenome', 'alteração de nome'])('keeps %j', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('the words staff need', () => {
  it.each(SERVICE_QUERIES)('keeps %j', (q) => {
    expect(redact(q)).toBe(q);
  });

  it('keeps the request around what it removes', () => {
    expect(redact('perdi meu rg em bh, meu cpf é 529.982.247-25')).toBe('perdi meu rg em bh, meu cpf é [cpf]');
    expect(redact('placa abc1d23 multa')).toBe('placa [placa] multa');
  });

  it('is stable: redacting twice changes nothing more', () => {
    const once = redact('meu nome é Maria, cpf 529.982.247-25, email maria arroba gmail, cvv 123');
    expect(redact(once)).toBe(once);
  });
});
