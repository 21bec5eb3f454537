// The thirty-sixth session's rounds of helper r36d (the conversation's moves). Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, stepOf, talk, talkOn } from './real.ts';

describe('round 4060: a State service named after a subject handled elsewhere, with words around it that name nothing', () => {
  it('asking whether it is the State\'s ("esse é do estado né") is not searched', () => {
    const d = talk('meu iptu ta atrasado', 'e o ipva da caminhonete? esse é do estado né');
    expect(d.state.focus).toBe('ipva');
  });
  it('a sigh before the question ("afe,") names no service', () => {
    expect(talk('o banco bloqueou meu cartao', 'afe, e o ipva do carro onde eu vejo?').state.focus).toBe('ipva');
  });
  it('"of this" before a thing, with nothing in focus, is not searched', () => {
    expect(talk('e o ipva dessa caminhonete onde vejo?').state.focus).toBe('ipva');
    expect(talk('o ipva desse carro').state.focus).toBe('ipva');
  });
});

describe('round 4061: in the steps, going on to a step named by number in formal words ("Siga para a etapa 2.")', () => {
  it('"siga", "prossiga", "sigamos" with a step\'s number go to that step', () => {
    for (const [text, n] of [['Siga para a etapa 3.', 3], ['sigamos para a terceira etapa', 3], ['prossiga pra etapa 2, por favor', 2]] as const) {
      const d = talkOn('transferencia-escola');
      d.send({ kind: 'option', id: 'card:steps' });
      d.say(text);
      expect(stepOf(d)).toBe(n);
      expect(d.state.focus).toBe('transferencia-escola');
    }
  });
  it('a step told done in a sentence before it still goes on to the step asked', () => {
    const d = talkOn('ipva');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('Esse eu já fiz semana passada. Siga para a etapa 3.');
    expect(stepOf(d)).toBe(3);
  });
});

describe('round 4062: right after a subject handled elsewhere, a question pointing back at it that names only the State or its channels', () => {
  it('"isso" with the UAI asked is still the subject handled elsewhere', () => {
    const d = talk('quero tirar o passaporte', 'e na UAI não dá pra resolver isso?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
  it('"esses dados" with the government asked is still the subject handled elsewhere', () => {
    const d = talk('quero saber a data da audiencia do meu processo no forum', 'o governo tem acesso a esses dados?');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
  it('the office the reply named, sought ("vou procurar o posto de saúde"), names no service', () => {
    const d = talk('preciso de um atestado medico pro trabalho', 'certo, vou procurar o posto de saude amanha');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 4063: in a form, asking the bot to ask ("manda as perguntas", "pode perguntar") is the go-ahead, not an answer', () => {
  it('in the name field, the field is asked again and nothing is taken as the name', () => {
    for (const text of ['pode mandar as perguntas', 'faz as perguntas', 'me pergunta']) {
      const d = talkOn('cin-2a-via', 'marca pra mim', text);
      expect(d.state.view.at).toBe('form');
      const v = d.state.view;
      expect(v.at === 'form' ? v.field : -1).toBe(0);
      expect(kinds(d)).toContain('notice');
    }
  });
});
