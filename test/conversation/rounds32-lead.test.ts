// The thirty-second session's lead rounds, made after blind sets 71 and 72 were measured (declared; not blind
// figures). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asQuestion } from '../../src/conversation/commands.ts';
import { said, talkOn } from './real.ts';

describe('round 3300: a command to the bot is read as the question it stands for', () => {
  it('"me passa", "me dá", "fala", "diga" + the thing asked: the topic, on the card in focus', () => {
    for (const [svc, text, topic] of [
      ['cnh-renovacao', 'me passa o telefone', /telefone de contato/],
      ['ouvidoria', 'me dá o link pfv', /pagina oficial/],
      ['ipva', 'fala ai o prazo', /quanto tempo leva/],
      ['antecedentes-criminais', 'Diga quanto custa.', /quanto custa/],
      ['vistoria-veiculo', 'por favor, me passa os documentos', /documentos —/],
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
    expect(said(talkOn('baixa-veiculo', 'Diga quais são os documentos'))).toMatch(/documentos —/);
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
