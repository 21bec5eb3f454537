// The twenty-third session's rounds of helper r23d (1960 on): a follow-up about the card in view moved to another service
// because one of its words names that service only weakly. One `describe` per round; each test was checked to fail on the
// code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 1960: a question whose words name the services found only by what the card in view speaks of stays on the card', () => {
  it('answers from the card, not the service a word of the card names', () => {
    for (const [id, q, want] of [
      // "boletim de ocorrência" is a word of the report's title, and a document of the identity card's 2nd copy
      ['cin-2a-via', 'nao fiz boletim de ocorrencia, faço o que primeiro', /boletim/],
      ['cnh-2a-via', 'nao fiz o bo ainda, faço o que', /boletim/],
      // "certidão" names the Jucemg certificates; the school registration asks for the birth certificate
      ['cadastro-escolar', 'e serve copia da certidao da menina ou tem que ser a original?', /certidao/],
      // "deficiência" names the IPVA exemption and the bus pass; the missing person's card says what to do for them
      ['pessoa-desaparecida', 'meu tio tem deficiencia, faço o que', /190/],
      ['pessoa-desaparecida', 'ela tem deficiencia, faço o que primeiro', /190/],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
      expect(kinds(d), `${id}: ${q}`).toEqual(['passage']);
      expect(said(d), `${id}: ${q}`).toMatch(want);
    }
  });

  it('says the card does not tell, rather than open a service a stray word finds', () => {
    const d = talkOn('doacao-sangue', 'ela tem anemia, faço o que');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(kinds(d)).toEqual(['unanswered']);
  });

  it('a case put with "e se", whose vehicle the card speaks of, is no other vehicle service', () => {
    for (const msgs of [['e se acharem a moto depois?'], ['devolve tudo?', 'e se acharem a moto depois?'], ['e se acharem o carro depois?']]) {
      const d = talkOn('ipva-restituicao', ...msgs);
      expect(d.state.focus, msgs.join(' | ')).toBe('ipva-restituicao');
      expect(said(d), msgs.join(' | ')).toMatch(/encontrad/);
    }
    expect(talkOn('baixa-veiculo', 'quanto custa?', 'e se acharem a moto depois?').state.focus).toBe('baixa-veiculo');
  });

  it('still goes where the words name a service by words of its own, or the talk is carried over', () => {
    expect(talkOn('cnh-2a-via', 'e a do rg?').state.focus).toBe('cin-2a-via');
    expect(talkOn('transferencia-veiculo', 'e a vistoria?').state.focus).toBe('vistoria-veiculo');
    expect(talkOn('cin-2a-via', 'e o bo de perda, como faço?').state.focus).toBe('bo-perda-documentos');
    // a card that does not speak of the word: the services it names are offered
    expect(talkOn('medida-protetiva', 'ela tem deficiencia, faço o que').state.view.at).toBe('results');
    // told, not asked, on the missing person's card: since round 2664 a case its sentence for danger names ("Se a pessoa
    // desaparecida é … pessoa com deficiência…, ligue 190"), so the card stays with that sentence
    const told = talkOn('pessoa-desaparecida', 'ela tem deficiencia');
    expect(told.state.view.at).toBe('service');
    expect(said(told)).toMatch(/\b190\b/);
  });
});

describe('round 1961: going back, said as such, to words of a service seen before that name no service alone', () => {
  it('goes back to the service seen before whose texts hold the words gone back to', () => {
    for (const [first, detour, q, want] of [
      ['ciptea', 'e o passe livre, como peço?', 'voltando na carteirinha, precisa de foto?', 'ciptea'],
      ['cadastro-escolar', 'e a transferencia de escola?', 'ok, voltando no cadastro, quais documentos?', 'cadastro-escolar'],
      ['contracheque-servidor', 'e o ipsemg, quanto desconta?', 'isso depois. voltando no informe, a senha chega por onde?', 'contracheque-servidor'],
    ] as const) {
      const d = talkOn(first, 'quanto custa?', detour, q);
      expect(d.state.focus, q).toBe(want);
    }
  });

  it('without going back, or going back to nothing seen, the card in view answers as before', () => {
    expect(talkOn('ciptea', 'quanto custa?', 'e o passe livre, como peço?', 'precisa de foto?').state.focus).toBe('passe-livre');
    expect(talkOn('transferencia-veiculo', 'quanto custa?', 'e a vistoria?', 'voltando, quanto tempo demora?').state.focus).toBe('transferencia-veiculo');
    expect(talkOn('veiculo-removido', 'quanto custa?', 'e o licenciamento?', 'voltando no patio, que documentos levo?').state.focus).toBe('veiculo-removido');
  });
});

describe('round 1962: a question said after going back is asked of the service gone back to', () => {
  it('answers with the sentence of the service gone back to', () => {
    for (const [msgs, want, pattern] of [
      [['copasa-conta', 'e a de luz, tiro onde?', 'volta na de agua, da pra parcelar as contas atrasadas?'], 'copasa-conta', /parcel/],
      [['doacao-sangue', 'quanto custa?', 'e a carteira de motorista?', 'voltando na doação, posso doar se tomei cerveja?'], 'doacao-sangue', /alcool/],
      [['agendamento-uai', 'quanto custa?', 'e a identidade?', 'ok, voltando no agendamento, toda uai atende tudo?'], 'agendamento-uai', /nem toda/],
    ] as const) {
      const [id, ...rest] = msgs;
      const d = talkOn(id, ...rest);
      expect(d.state.focus, msgs.join(' | ')).toBe(want);
      expect(kinds(d), msgs.join(' | ')).toEqual(['passage']);
      expect(said(d), msgs.join(' | ')).toMatch(pattern);
    }
  });

  it('going back alone shows the card; a topic asked after going back is answered as before', () => {
    expect(kinds(talkOn('copasa-conta', 'e a de luz, tiro onde?', 'volta na de agua'))).toEqual(['card']);
    const d = talkOn('ipva', 'e o licenciamento?', 'volta pro ipva, quanto custa?');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['follow_up']);
  });
});
