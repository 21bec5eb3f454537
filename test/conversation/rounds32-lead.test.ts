// The thirty-second session's lead rounds, made after blind sets 71 and 72 were measured (declared; not blind
// figures). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asQuestion } from '../../src/conversation/commands.ts';
import { kinds, said, talk, talkOn } from './real.ts';

describe('round 3300: a command to the bot is read as the question it stands for', () => {
  it('"me passa", "me dá", "fala", "diga" + the thing asked: the topic, on the card in focus', () => {
    for (const [svc, text, topic] of [
      ['cnh-renovacao', 'me passa o telefone', /telefone de contato/],
      ['ouvidoria', 'me dá o link pfv', /pagina oficial/],
      ['ipva', 'fala ai o prazo', /quanto tempo leva/],
      ['antecedentes-criminais', 'Diga quanto custa.', /quanto custa/],
      ['vistoria-veiculo', 'por favor, me passa os documentos', /documentos —/],
      // Before the round, "passa" opened the Passe Livre card here.
      ['ouvidoria', 'me passa o numero', /telefone de contato/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(topic);
    }
  });
  it('"me passe" is a verb: it opens no Passe Livre card', () => {
    expect(talkOn('disque-denuncia', 'me passe o numero por favor').state.focus).toBe('disque-denuncia');
  });
  it('"diga" is no correction cue ("digo")', () => {
    expect(said(talkOn('baixa-veiculo', 'me diga quais documentos sao necessarios'))).toMatch(/documentos —/);
  });
  it('leaves alone what is no command to the bot', () => {
    for (const text of ['manda o documento pelo correio?', 'passa o carro pro nome da minha esposa', 'me dá uma ajuda', 'manda ver', 'me explica as etapas', 'o que é isso?'])
      expect(asQuestion(text), text).toBe(text);
    expect(asQuestion('me explica como faz')).toBe('como faz?');
    expect(asQuestion('me passa o numero')).toBe('qual o numero?');
    expect(asQuestion('manda os documentos')).toBe('quais os documentos?');
  });
});

describe('round 3301: a clause put before the question sets its case; the clause that asks says the topic', () => {
  it('a condition, an event before, a purpose: the topic of the question after it', () => {
    for (const [svc, text, topic] of [
      ['cnh-renovacao', 'se eu fizer tudo pelo site, tem alguma taxa?', /quanto custa/],
      ['antecedentes-criminais', 'depois de pagar, quando fica pronto?', /quanto tempo leva/],
      ['cin-2a-via', 'se eu agendar hoje, qnd fica pronta?', /quanto tempo leva/],
      ['crlv-licenciamento', 'pra pagar pela internet, quais documentos eu preciso?', /documentos —/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      const reply = said(d);
      expect(reply, text).toMatch(topic);
    }
  });
  it('a cost asked after the case keeps the case when it is the citizen\'s own (a minor)', () => {
    expect(said(talkOn('cin-1a-via', 'se for pra uma criança, tem que pagar?'))).toMatch(/menor|crian|idade/);
  });
  it('a what-if that only asks what to do is still the case asked', () => {
    expect(said(talkOn('ciptea', 'e se faltar algum documento, o que eu faço?'))).not.toMatch(/^\*?quanto custa/);
  });
});

/** A form opened on a service's card, with some answers given. */
function inForm(serviceId: string, ...answers: string[]): ReturnType<typeof talkOn> {
  const d = talkOn(serviceId);
  d.send({ kind: 'option', id: 'card:form' });
  for (const a of answers) d.say(a);
  return d;
}
const fieldOf = (d: ReturnType<typeof talkOn>): string | undefined => (d.state.view.at === 'form' ? String(d.state.view.field) : undefined);

describe('round 3302: a phone to talk to a person, on a card, is the card\'s own phones', () => {
  it('keeps the service in view and says its phones', () => {
    for (const svc of ['disque-denuncia', 'medida-protetiva']) {
      const d = talkOn(svc, 'tem algum numero pra eu falar com alguem?');
      expect(d.state.focus).toBe(svc);
      expect(said(d)).toMatch(/telefone de contato/);
    }
  });
  it('a person asked for with no phone, or off a card, is still the way to a person', () => {
    expect(kinds(talkOn('ipva', 'quero falar com uma pessoa'))).toContain('handoff');
    expect(kinds(talk('tem um telefone pra falar com atendente?'))).toContain('handoff');
  });
});

describe('round 3303: a person asked for with a need beside it', () => {
  it('says the way to a person, then meets the need', () => {
    for (const [text, svc] of [['quero falar com um atendente, perdi minha carteira de motorista', 'cnh-2a-via'], ['prefiro falar com gente, mas enfim: quanto custa o licenciamento do carro?', 'crlv-licenciamento']] as const) {
      const d = talk(text);
      expect(said(d), text).toMatch(/ligminas 155/);
      expect(d.state.focus, text).toBe(svc);
    }
  });
  it('a person asked for with only a feeling beside it is the way to a person', () => {
    expect(kinds(talk('quero falar com uma pessoa, ta dificil'))).toContain('handoff');
  });
});

describe('round 3304: the bot\'s own speed, and the citizen\'s data', () => {
  it('"responde rápido" is the chat, not how long the service takes', () => {
    const d = talkOn('historico-escolar', 'vc é um robô? responde muito rapido');
    expect(said(d)).not.toMatch(/quanto tempo leva/);
    expect(said(d)).toMatch(/assistente/);
  });
  it('what is typed kept, or asked to be wiped: the data note, no service opened', () => {
    for (const text of ['voces gravam a conversa?', 'quero que apaguem meus dados', 'e seguro digitar meu cpf aqui?']) {
      const d = talk(text);
      expect(said(d), text).toMatch(/lgpd/);
      expect(d.state.focus, text).toBeUndefined();
    }
  });
});

describe('round 3305: "não é X é Y" amends the answer X with Y, with no pause between', () => {
  it('the choice answered before is changed, and the field asked stays', () => {
    const d = inForm('ouvidoria', 'elogio');
    d.say('opa nao é elogio é denuncia');
    expect(said(d)).toMatch(/corrigido/);
    expect(said(d)).toMatch(/denuncia/);
  });
});

describe('round 3306: a moment asked in a form with what is going on, and coming back', () => {
  it('the form waits; nothing is cancelled', () => {
    for (const text of ['para um pouquinho, minha filha chegou', 'pera ai, o telefone tocou', 'espera, chegou gente aqui']) {
      const d = inForm('agendamento-uai', 'Maria das Dores Silva');
      const before = fieldOf(d);
      d.say(text);
      expect(said(d), text).not.toMatch(/cancelad/);
      expect(fieldOf(d), text).toBe(before);
    }
  });
  it('"to de volta" carries on with the field asked', () => {
    const d = inForm('agendamento-uai', 'Maria das Dores Silva', 'pera, chegou visita');
    d.say('to de volta, pode seguir');
    expect(fieldOf(d)).toBe('1');
  });
  it('a pause that goes on to a correction or a wish is not only a pause', () => {
    const d = inForm('agendamento-uai', 'Maria das Dores Silva');
    d.say('pera, escrevi meu nome errado');
    expect(said(d)).not.toMatch(/sem pressa/);
  });
  it('wiping what was typed, and giving up, cancels even in a free-text field', () => {
    const d = inForm('ouvidoria', 'reclamacao');
    d.say('apaga tudo que eu escrevi, desisto');
    expect(said(d)).toMatch(/cancelad/);
  });
});

describe('round 3307: agreeing in words on a card lets its main act go ahead', () => {
  it('on a card with a request form, "pode ser", "quero sim", "manda" start the request', () => {
    for (const [svc, text] of [['agendamento-uai', 'pode ser'], ['ouvidoria', 'quero sim'], ['cin-2a-via', 'manda']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.view.at, text).toBe('form');
    }
  });
  it('a question with the same words is no go-ahead ("e o q tem q mandar")', () => {
    expect(talkOn('indicacao-condutor', 'e o q tem q mandar').state.view.at).not.toBe('form');
    expect(talkOn('cin-2a-via', 'pode ser pela internet?').state.view.at).not.toBe('form');
  });
});

describe('merge review of round 3200: a bare name of another service, on a card, opens it', () => {
  it('"isencao de ipva" on the licensing card is the exemption, not a case told of the licensing', () => {
    expect(talkOn('crlv-licenciamento', 'isencao de ipva').state.focus).toBe('ipva-isencao');
    expect(talkOn('cin-1a-via', 'segunda via da cnh').state.focus).toBe('cnh-2a-via');
  });
});

describe('round 3309: the last answer refused, then what was wanted', () => {
  it('"não era isso, quero saber X" answers X on the card in view', () => {
    for (const [svc, text, topic] of [
      ['contracheque-servidor', 'nao era isso, quero saber o site', /internet|pagina oficial/],
      ['ipva', 'não era isso que eu queria saber, quero saber o prazo', /quanto tempo leva/],
    ] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(topic);
    }
  });
  it('a refusal that names another service is still a correction', () => {
    expect(talkOn('cnh-renovacao', 'nao era isso, quero a segunda via da cnh').state.focus).toBe('cnh-2a-via');
  });
});
