// The sixteenth session's rounds 740 on (helper r16c), one `describe` per round; each test was checked to fail on the
// code before its round. The dialogue sets measure the same behaviour on whole conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

describe('round 740: right after who handles a subject elsewhere, a plea, an echo or a plan is no new search', () => {
  it('pleading for the subject anyway ("nem uma dica?", "ah conta ai vai") hears who handles it again, no service', () => {
    for (const [first, plea] of [
      ['como eu dou entrada na aposentadoria do inss', 'nem uma dica?'],
      ['receita de pao de queijo mineiro de verdade', 'ah conta ai vai'],
      ['como tiro o passaporte?', 'me da uma dica por favor'],
    ] as const) {
      const d = talk(first, plea);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    }
  });

  it('checking back whom the reply sends the citizen to ("é pela Polícia Federal, então?") is that subject again', () => {
    for (const check of ['É pela Polícia Federal, então?', 'então é com a policia federal né']) {
      const d = talk('Como tiro o passaporte?', check);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    }
  });

  it('a subject handled elsewhere said with "é na … né" after a card\'s steps is not the same question about a service', () => {
    const d = talk('perdi o cartao do cpf, como tiro outro', 'é na receita federal né');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBe('bo-perda-documentos');
  });

  it('saying how one takes it from here ("entendi, vou ligar lá") is an ok, not a question about a phone number', () => {
    const d = talk('Como marco consulta com dentista no posto de saúde da prefeitura?', 'Entendi, vou ligar lá.');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBeUndefined();
    expect(kinds(talk('ipva', 'vou ligar pra qual numero?'))).toEqual(['follow_up']);
  });

  it('the dentist at the city\'s health post is the prefeitura\'s', () => {
    expect(kinds(talk('Como marco consulta com dentista no posto de saúde da prefeitura?'))).toEqual(['elsewhere']);
  });
});

describe('round 741: in the steps, the service\'s own start, and a repeat asked because it was not caught', () => {
  it('"voltar ao início do serviço" (or its summary) leaves the steps for the card, not the menu nor a search', () => {
    for (const text of ['Voltar ao início do serviço', 'voltar pro começo do serviço', 'voltar ao resumo do serviço']) {
      const d = talkOn('passe-livre', 'passo a passo', text);
      expect(d.state.view).toMatchObject({ at: 'service', serviceId: 'passe-livre' });
    }
    expect(talkOn('passe-livre', 'passo a passo', 'voltar ao inicio').state.view.at).toBe('menu');
  });

  it('"fala de novo … que eu nao peguei direito" shows the step again', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo', 'fala de novo esse ai que eu nao peguei direito');
    expect(kinds(d)).toEqual(['step']);
    expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-renovacao', step: 0 });
  });
});

describe('round 742: a name given for a relative, after saying whom the request is for', () => {
  it('"é pra minha mae, o nome dela é …" takes the name alone and asks the next field', () => {
    for (const [text, name] of [
      ['é pra minha mae, o nome dela é Conceição Exemplo Lima', 'Conceição Exemplo Lima'],
      ['pro meu pai: José da Silva', 'José da Silva'],
      ['é pra minha mãe o nome dela é Ana Maria Souza', 'Ana Maria Souza'],
    ] as const) {
      const d = talkOn('agendamento-uai', 'fazer solicitação', text);
      expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 1, answers: { nome: name } });
    }
  });
});

describe('round 743: "repete" on a card says the card again', () => {
  it('"repete pfv, n vi" on a card shows the same card, not a shorter retelling', () => {
    const d = talk('consultar multas do caminhao');
    const card = d.last?.replies[0]?.text ?? '';
    d.say('repete pfv, n vi');
    expect(kinds(d)).toEqual(['card']);
    expect(d.last?.replies[0]?.text).toBe(card);
    expect(d.state.focus).toBe('multas-pontuacao');
    // "não entendi" is still said another way.
    expect(talk('consultar multas do caminhao', 'não entendi').last?.replies[0]?.text).toMatch(/de outro jeito/);
  });
});

describe('round 744: the theme of a subject handled elsewhere, said right after its reply', () => {
  it('"pode ser sobre desmatamento também" after the homework\'s reply is the homework still, no environmental report', () => {
    const d = talk('Escreva uma redação de 30 linhas sobre o meio ambiente para o trabalho da escola do meu filho.', 'Pode ser sobre desmatamento também.');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
    // Asking for the environmental report itself after it still opens it.
    expect(talk('Escreva uma redação sobre o meio ambiente pro trabalho da escola', 'quero denunciar um desmatamento').state.focus).toBe('denuncia-ambiental');
  });
});
