// The twenty-first session's rounds of the lead (1660 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, on services other than the dialogues' own.
import { describe, expect, it } from 'vitest';
import { findMunicipality } from '../../src/conversation/fields.ts';
import { kinds, talk, talkOn } from './real.ts';

describe('round 1660: a subject handled elsewhere that the card in view itself speaks of is a question about the card', () => {
  it('"a certidão de casamento serve?" on the identity card, "a certidão de óbito tem que ser original?" on the ITCD stay on the card', () => {
    for (const [id, q] of [
      ['cin-2a-via', 'a certidao de casamento serve?'],
      ['cin-1a-via', 'e a certidão de nascimento do meu filho, pode ser copia?'],
      ['itcd', 'a certidao de obito tem que ser original?'],
      ['itcd', 'a certidao de obito pode ser uma copia?'],
      ['cin-1a-via', 'serve a certidao de casamento ou so a de nascimento?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).not.toContain('elsewhere');
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('asking for the subject itself, or a card that does not speak of it, still says who handles it', () => {
    for (const [id, q] of [
      ['cin-1a-via', 'quero tirar a certidao de nascimento'],
      ['cin-2a-via', 'quero tirar a certidao de casamento'],
      ['ipva', 'a certidao de casamento serve?'],
      ['doacao-sangue', 'como marco casamento no civil?'],
    ] as const) expect(kinds(talkOn(id, q)), `${id}: ${q}`).toContain('elsewhere');
  });
});

describe('round 1661: a town typed without its plural "s" ("sete lagoa", "montes claro", "tres ponta")', () => {
  it('is the town, in any form field that asks for one', () => {
    for (const [typed, name] of [['sete lagoa', 'Sete Lagoas'], ['monte claro', 'Montes Claros'], ['tres ponta', 'Três Pontas'], ['patos de mina', 'Patos de Minas'], ['campos alto', 'Campos Altos'], ['minas nova', 'Minas Novas']] as const) {
      expect(findMunicipality(typed), typed).toBe(name);
    }
    const d = talkOn('agendamento-uai', 'pode marcar pra mim', 'Ivone Rodrigues', '529.982.247-25', 'sete lagoa');
    expect(d.state.view).toMatchObject({ at: 'form', answers: { municipio: 'Sete Lagoas' } });
  });

  it('a name that is not a town, singular or plural, is still refused; a town written whole is unchanged', () => {
    expect(findMunicipality('sete lago')).toBeUndefined();
    expect(findMunicipality('lagoa')).toBeUndefined();
    expect(findMunicipality('sete lagoas')).toBe('Sete Lagoas');
    expect(findMunicipality('Lagoa Santa')).toBe('Lagoa Santa');
  });
});

describe('round 1662: a request to repeat, with a short reason about the citizen themselves after it', () => {
  it('"repete por favor que minha vista é ruim", "manda de novo que meu celular travou" show the last answer again', () => {
    for (const [id, q] of [
      ['comunicacao-venda', 'repete por favor que minha vista é ruim'],
      ['cnh-2a-via', 'manda de novo que meu celular travou'],
      ['doacao-sangue', 'fala de novo que minha internet caiu'],
      ['ipva', 'repete que eu tava no onibus'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['card']);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('after a question, "repete" shows the same answer again, not other words for it', () => {
    for (const [id, q, r] of [
      ['ipva', 'quanto custa?', 'repete'],
      ['comunicacao-venda', 'como faço?', 'repete por favor que minha vista é ruim'],
      ['doacao-sangue', 'quais documentos?', 'pode repetir? nao li direito'],
    ] as const) {
      const d = talkOn(id, q);
      const first = d.last?.replies.at(-1)?.text;
      d.say(r);
      expect(d.last?.replies.at(-1)?.text, `${id}: ${q} / ${r}`).toBe(first);
    }
  });

  it('a wish after "que" is another request, not a reason', () => {
    expect(kinds(talkOn('ipva', 'repete que eu quero ver o preço'))).not.toEqual(['card']);
  });
});

describe('round 1663: right after a subject handled elsewhere, a question that names no service goes on about it', () => {
  const away = (...messages: string[]) => {
    const d = talk(...messages);
    return d.last?.replies.map((r) => r.hint?.kind) ?? [];
  };

  it('"precisa de foto?", "quanto tempo demora pra ficar pronto?" after the passport, "tem que levar comprovante de renda?" after the Cadastro Único', () => {
    for (const msgs of [
      ['quero tirar passaporte', 'precisa de foto?'],
      ['quero tirar passaporte', 'quanto tempo demora pra ficar pronto?'],
      ['como faço o cadastro unico', 'tem que levar comprovante de renda?'],
      ['minha mae é deficiente e nunca trabalhou, quero pedir o bpc loas pra ela', 'precisa de laudo medico?'],
    ]) expect(away(...msgs), msgs.join(' / ')).toEqual(['elsewhere']);
  });

  it('a question that names a service of the catalogue by its name asks about that service', () => {
    expect(away('quero tirar passaporte', 'quanto custa a cnh?')).not.toContain('elsewhere');
    expect(away('como faço o cadastro unico', 'e o rg quanto custa?')).not.toContain('elsewhere');
    expect(talk('minha mae é deficiente e nunca trabalhou, quero pedir o bpc loas pra ela', 'e o ipva do carro dela, tem isenção?').state.focus).toBe('ipva-isencao');
  });
});

describe('round 1664: what the citizen says the bot is ("vc é muito educada", "você é lerdo demais")', () => {
  const social = (id: string, q: string) => talkOn(id, q).last?.replies.map((r) => r.text).join(' ') ?? '';

  it('praise after "você é" is thanked, blame is met calmly, and the card stays', () => {
    for (const [id, q] of [
      ['doacao-sangue', 'vc é muito educada, melhor que muito atendente por ai'],
      ['ipva', 'você foi super atenciosa comigo'],
      ['cin-2a-via', 'vc é um amor'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['small_talk']);
      expect(social(id, q), `${id}: ${q}`).toMatch(/Obrigad/);
      expect(d.state.focus).toBe(id);
    }
    expect(social('ipva', 'vc é lerdo demais')).toMatch(/Sinto muito/);
  });

  it('a request after the praise, or the frame asked as a question, is not small talk only', () => {
    expect(talk('voce e muito boa, quero renovar minha cnh').state.focus).toBe('cnh-renovacao');
    expect(social('ipva', 'vc é do governo?')).not.toMatch(/Fico feliz/);
  });
});

describe('round 1665: asked whether audio can be sent, the chat says it reads text only', () => {
  it('"posso mandar áudio?", "vc entende audio?", "da pra mandar mensagem de voz?" get the same notice as an audio would, and the card stays', () => {
    for (const [id, q] of [
      ['ipva', 'posso mandar um audio explicando?'],
      ['cin-2a-via', 'vc entende audio?'],
      ['doacao-sangue', 'da pra mandar mensagem de voz?'],
    ] as const) {
      const d = talkOn(id, q);
      expect(kinds(d), `${id}: ${q}`).toEqual(['small_talk']);
      expect(d.last?.replies.at(-1)?.text, `${id}: ${q}`).toMatch(/só leio texto/);
      expect(d.state.focus).toBe(id);
    }
  });

  it('a service asked with the word in it is still the service', () => {
    expect(kinds(talk('posso mandar audio? quero renovar minha cnh'))).not.toEqual(['small_talk']);
  });
});
