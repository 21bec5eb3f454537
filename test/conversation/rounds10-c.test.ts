// The tenth session's rounds 150–156 (blind set 24: first messages, focus, out of scope), one `describe` per round;
// each test was checked to fail on the code before its round. The dialogue sets measure the same behaviour on whole
// conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 150: who the citizen is, and the related service named by its acronym', () => {
  it('a greeting with the citizen\'s name and age, and a struggle with the phone, is small talk', () => {
    for (const text of ['oi aqui é a dona maria, tenho 78 anos e nao sei mexer direito nesse celular', 'boa tarde, meu nome é José, tenho 80 anos e tenho dificuldade com celular']) {
      const d = talk(text);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBeUndefined();
    }
    // A greeting and a name alone greet (the menu, with the welcome); words after "aqui é" that are no name are a request.
    expect(kinds(talk('oi, aqui é o seu antonio'))).toEqual(['menu']);
    expect(talk('oi aqui é pra tirar rg?').state.focus).toBe('cin-1a-via');
  });

  it('"vou fazer o bo primeiro" on the identity card after a loss opens the report it lists', () => {
    for (const text of ['vou fazer o bo primeiro', 'o bo primeiro']) {
      expect(talk('bom dia, perdi meus documento tudo no onibus ontem, rg cpf tudo, oq eu faço', text).state.focus).toBe('bo-perda-documentos');
    }
  });
});

describe('round 151: a trademark is the INPI\'s; "vale" is no "valeu"', () => {
  it('registering a trademark or a patent is answered with who handles it', () => {
    for (const text of ['Quero registrar a marca da minha empresa.', 'como patentear uma invenção', 'registro da marca do meu negocio']) expectElsewhere(text);
    // Opening a company and registering its brand still opens the company.
    expect(talk('quero abrir uma empresa e registrar a marca').state.focus).toBe('abrir-empresa');
  });

  it('"vale pra …?" asks whether the service covers it; it is no thanks', () => {
    const d = talkOn('passe-livre', 'qual documento tem q levar', 'vale pra ir pra sao paulo tbm?');
    expect(kinds(d)).not.toContain('small_talk');
  });
});

describe('round 152: a question dictated without its mark, and the citizen\'s case in the card\'s own words', () => {
  it('"precisa fazer vistoria" (no "?") on the vehicle transfer asks about that card, as with the mark', () => {
    const d = talkOn('transferencia-veiculo', 'precisa fazer vistoria');
    expect(d.state.view).toMatchObject({ at: 'service', serviceId: 'transferencia-veiculo' });
    expect(kinds(d)).toEqual(['follow_up']);
  });

  it('"ah mas eu sou mei" on closing a company, "quero ser MEI, é esse cadastro?" on opening one: the card stays', () => {
    expect(talk('quero dar baixa no cnpj da minha lojinha, fechei', 'ah mas eu sou mei').state.view).toMatchObject({ at: 'service', serviceId: 'baixa-empresa' });
    expect(talkOn('abrir-empresa', 'Eu quero ser MEI. É esse mesmo cadastro?').state.view).toMatchObject({ at: 'service', serviceId: 'abrir-empresa' });
  });
});
