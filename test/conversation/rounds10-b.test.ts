// The tenth session's rounds 140–146 (blind set 24: forms, corrections, navigation), one `describe` per round; each
// test was checked to fail on the code before its round. The dialogue sets measure the same behaviour on whole
// conversations (docs/conversation.md).
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

/** A form opened from a service's card by its button, then some messages. */
function inForm(serviceId: string, ...messages: string[]): ReturnType<typeof talkOn> {
  const d = talkOn(serviceId);
  d.press('Fazer solicitação');
  for (const m of messages) d.say(m);
  return d;
}

describe('round 140: an earlier form answer amended while a later field is asked', () => {
  it('a new name given with "errei meu nome" is taken, and the CPF is asked again', () => {
    for (const text of ['errei meu nome, é Joana Teste Pereira', 'errei o nome: Joana Teste Pereira', 'meu nome ta errado, o certo é Joana Teste Pereira']) {
      const d = inForm('cin-2a-via', 'Joana Teste Pereyra', text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Joana Teste Pereira' } });
      expect(d.text).toContain('Joana Teste Pereira');
    }
    // Without the new value, the field named is asked again.
    expect(inForm('cin-2a-via', 'Joana Teste Pereira', '640.295.713-52', 'errei o cpf').state.view).toMatchObject({ at: 'form', field: 1 });
  });

  it('a new town, said with "a cidade correta é" or "na verdade é", replaces the old one; the date is asked again', () => {
    for (const text of ['Desculpe, a cidade correta é Uberaba, não Araxá.', 'na verdade é Uberaba', 'ops, o municipio é Uberaba']) {
      const d = inForm('cin-2a-via', 'Joana Teste Pereira', '640.295.713-52', 'Araxá', text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 3, answers: { municipio: 'Uberaba' } });
    }
  });

  it('a new reason ("na verdade foi furtado, me enganei no motivo") replaces the choice made, and the phone is asked again', () => {
    for (const text of ['na verdade foi furtado, me enganei no motivo', 'errei o motivo, foi roubo']) {
      const d = inForm('cin-2a-via', 'Joana Teste Pereira', '640.295.713-52', 'Araxá', '20/12/2026');
      d.press('Perda ou extravio');
      d.say(text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 5, answers: { motivo: 'Furto ou roubo' } });
      d.say('(31) 99777-2020');
      expect(d.state.view).toMatchObject({ at: 'confirm', answers: { motivo: 'Furto ou roubo' } });
    }
  });

  it('in a free-text field, "muda pra denúncia" changes the kind chosen, and the field is asked again; an account stays an answer', () => {
    const d = inForm('ouvidoria', 'reclamação', 'ah muda pra denuncia, é mais grave');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { tipo: 'Denúncia' } });
    expect(d.state.view).not.toHaveProperty('answers.orgao');
    const told = inForm('ouvidoria', 'reclamação', 'escola estadual do bairro, mudaram o horario da merenda');
    expect(told.state.view).toMatchObject({ at: 'form', field: 2, answers: { tipo: 'Reclamação' } });
  });

  it('"o serviço não é rg, é a ciptea" changes the service typed, its denied half left out', () => {
    const d = inForm('agendamento-uai', 'Claudia Teste Reis', '195.834.620-98', 'Sabará', 'carteira de identidade', 'ops, o servico nao é identidade, é a ciptea do meu filho');
    expect(d.state.view).toMatchObject({ at: 'form', field: 4, answers: { servico: 'ciptea do meu filho' } });
  });
});

describe('round 141: a short answer the catalogue knows ("rg") is an answer to a free-text field', () => {
  it('"rg" as the UAI service wanted is taken; two letters it does not know are still too short', () => {
    for (const text of ['rg', 'RG']) {
      const d = inForm('agendamento-uai', 'Claudia Teste Reis', '195.834.620-98', 'Sabará', text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 4, answers: { servico: text } });
    }
    expect(inForm('agendamento-uai', 'Claudia Teste Reis', '195.834.620-98', 'Sabará', 'xy').state.view).toMatchObject({ at: 'form', field: 3 });
  });
});

describe('round 142: asking for a moment inside a form is a pause, not an answer', () => {
  it('"peraí um minutinho", "só um momento", "pera q vou pegar o documento" keep the field asked; the answer then goes in', () => {
    for (const text of ['peraí um minutinho', 'só um momento por favor', 'pera q vou pegar o documento', 'espera um pouco', 'calma ai, ja volto']) {
      const d = inForm('cin-2a-via', text);
      expect(d.state.view).toMatchObject({ at: 'form', field: 0, answers: {} });
      d.say('Beltrano Teste Souza');
      expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Beltrano Teste Souza' } });
    }
  });

  it('on a later field "pera" alone keeps that field, not the one before', () => {
    const d = inForm('cin-2a-via', 'Beltrano Teste Souza', 'pera');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1, answers: { nome: 'Beltrano Teste Souza' } });
  });
});

describe('round 143: from the steps, "volta pro resumo do serviço" shows the card', () => {
  it('a verb of going back or seeing and a word for the card leave the steps for the card', () => {
    for (const text of ['sai disso, volta pro resumo do servico', 'volta pro resumo', 'quero ver o cartão do serviço de novo', 'volta pras informações da licença de pesca']) {
      const d = talkOn('licenca-pesca');
      d.press('Passo a passo');
      d.press('Próxima');
      d.say(text);
      expect(d.state.view).toMatchObject({ at: 'service', serviceId: 'licenca-pesca' });
    }
  });
});

describe('round 144: in the steps, a jump to a step described by its content', () => {
  it('"pula pra parte das aulas práticas e do exame de direção" goes to that step; a repeat stays', () => {
    const cases: [string, number][] = [
      ['pula pra parte das aulas praticas e do exame de direcao', 3],
      ['vai pra parte do curso teorico', 2],
      ['pula pro exame medico', 1],
    ];
    for (const [text, step] of cases) {
      const d = talkOn('cnh-primeira-habilitacao');
      d.press('Passo a passo');
      d.say(text);
      expect(d.state.view).toMatchObject({ at: 'walkthrough', serviceId: 'cnh-primeira-habilitacao', step });
    }
    const d = talkOn('cnh-primeira-habilitacao');
    d.press('Passo a passo');
    d.say('fala de novo essa parte');
    expect(d.state.view).toMatchObject({ at: 'walkthrough', step: 0 });
  });
});

describe('round 145: someone else fetching it asks who may ask', () => {
  it('"e se outra pessoa for buscar pra mim?" in the steps or on the card answers who may ask, the service kept', () => {
    for (const text of ['e se outra pessoa for buscar pra mim?', 'minha mae pode retirar por mim?']) {
      const d = talkOn('historico-escolar', 'passo a passo', 'proxima', 'proxima', text);
      expect(asked(d)).toEqual(['requirements']);
      expect(d.state.focus).toBe('historico-escolar');
    }
    expect(asked(talkOn('cin-2a-via', 'alguem pode buscar pra mim?'))).toEqual(['requirements']);
  });
});

describe('round 146: "quero informações sobre o IPVA" is about the IPVA', () => {
  it('"informações sobre" names nothing: the service after it is opened', () => {
    expect(talk('Quero informações sobre o IPVA.').state.focus).toBe('ipva');
    expect(talk('informações sobre o licenciamento').state.focus).toBe('crlv-licenciamento');
  });
});
