// Link and phone checks used by the lint: what staff type by hand, right and wrong.
import { describe, expect, it } from 'vitest';
import { checkPhone, checkUrl, urlsInText } from '../../src/catalogue/contact.ts';

describe('checkUrl', () => {
  it.each([
    'https://www.mg.gov.br/servico/emitir-carteira-de-identidade',
    'https://daeonline1.fazenda.mg.gov.br/daeonline/executeReceitaOrgaosEstaduais.action',
    'https://servicos.mte.gov.br/#/seguro-desemprego',
  ])('accepts %s', (url) => {
    expect(checkUrl(url)).toBeUndefined();
  });

  it.each([
    ['http://www.mg.gov.br/servico', /https/],
    ['https://www.mg.gov,br/servico', /domínio/],
    ['https://www.mg.gov.br/servico x', /espaços/],
    ['https://www.mg.gov.br/servico.', /pontuação/],
    ['https://example.com/x', /exemplo/],
    ['https://detran/servico', /domínio/],
    ['https://www.mg.gov.br//servico', /barras duplicadas/],
    ['www.mg.gov.br', /não é um endereço válido/],
    ['ftp://arquivos.mg.gov.br/x', /https/],
  ])('rejects %s', (url, why) => {
    expect(checkUrl(url)).toMatch(why);
  });

  it('accepts a link without scheme inside a text', () => {
    expect(checkUrl('www.ouvidoriageral.mg.gov.br', true)).toBeUndefined();
  });
});

describe('urlsInText', () => {
  it('finds links and drops the sentence punctuation after them', () => {
    expect(urlsInText('Veja www.mg.gov.br/a, ou (https://x.mg.gov.br/b?c=1). Fim.')).toEqual(['www.mg.gov.br/a', 'https://x.mg.gov.br/b?c=1']);
  });
});

describe('checkPhone', () => {
  it.each(['155', '162', '190', '0800 123 4567', '0800-283-2323', '4004-0001', '(31) 3915-0000', '31 3915 0000', '(31) 99999-0000', '+55 31 99999-0000', '031 3915-0000'])(
    'accepts %s',
    (phone) => {
      expect(checkPhone(phone)).toBeUndefined();
    },
  );

  it.each([
    ['3915-0000', /DDD/],
    ['(31) 3915-000', /dígitos/],
    ['(20) 3915-0000', /DDD 20 não existe/],
    ['(31) 8915-0000', /fixo/],
    ['(31) 89999-0000', /celular/],
    ['ligue 155', /só números/],
    ['+1 415 555 0000', /estrangeiro/],
  ])('rejects %s', (phone, why) => {
    expect(checkPhone(phone)).toMatch(why);
  });
});
