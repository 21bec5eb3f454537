// The thirty-second session's rounds of helper r32e (3280 on): forms, navigation, small talk, corrections and out of
// scope in the middle of a conversation. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, stepOf, talk, talkOn } from './real.ts';

describe('round 3280: in the steps, a number names a step; "num" before a verb is "não"; the documents from any step', () => {
  it('a bare number under "Etapa 1 de N" goes to that step, not to the button of that place', () => {
    for (const [svc, n] of [['ipva-parcelamento', 3], ['cnh-renovacao', 2], ['ciptea', 4]] as const) {
      const d = talkOn(svc);
      d.press('Passo a passo');
      d.say(String(n));
      expect(stepOf(d), `${svc} ${n}`).toBe(n);
    }
  });
  it('a number past the last step says how many steps there are, and stays on the step', () => {
    const d = talkOn('cin-2a-via');
    d.press('Passo a passo');
    d.say('9');
    expect(stepOf(d)).toBe(1);
    expect(said(d)).toMatch(/tem \d+ etapas/);
  });
  it('a number with a verb of moving or showing around it ("manda a 3 tambem") is that step', () => {
    for (const text of ['manda a 3 tambem', 'mostra o 2 ai', 'vai pra 4 agora']) {
      const d = talkOn('transferencia-veiculo');
      d.press('Passo a passo');
      d.say(text);
      expect(stepOf(d), text).toBe(Number(/\d/.exec(text)?.[0]));
    }
  });
  it('"cardápio" is the menu', () => {
    const d = talkOn('ipva');
    d.press('Passo a passo');
    d.say('quero voltar pro cardapio principal');
    expect(d.state.view.at).toBe('menu');
  });
  it('"num" before a verb denies, as "não" does, in a correction', () => {
    const d = talk('quero registrar bo de furto', 'pera, num foi furto nao, foi um golpe pelo whatsapp');
    expect(d.state.focus).toBe('bo-estelionato');
  });
  it('"num" before a noun is "em um": nothing denied', () => {
    const d = talk('perdi meu rg num onibus');
    expect(d.state.focus).not.toBeUndefined();
    expect(said(d)).not.toMatch(/nao entendi/);
  });
  it('the documents button is on every step and answers without leaving the steps', () => {
    const d = talkOn('cnh-2a-via');
    d.press('Passo a passo');
    d.say('próxima');
    d.press('Documentos');
    expect(said(d)).toMatch(/documentos/);
    expect(stepOf(d)).toBe(2);
    d.say('próxima');
    expect(stepOf(d)).toBe(3);
  });
});

describe('round 3280: on the summary, a wish to edit a field ("quero corrigir o X, …") asks for it again', () => {
  const uai = ['Maria Teste Souza', '418.093.556-21', 'contagem', 'identidade', '20/02/2027', '31 99999-1111'];
  const onSummary = (): ReturnType<typeof talkOn> => {
    const d = talkOn('agendamento-uai');
    d.press('Fazer solicitação');
    for (const m of uai) d.say(m);
    expect(d.state.view.at).toBe('confirm');
    return d;
  };
  it('an infinitive of editing with the reason after it asks the field, the value not taken from the reason', () => {
    for (const [text, field] of [['preciso corrigir a cidade, moro em betim', 'municipio'], ['quero trocar o servico, na verdade vou fazer a ciptea', 'servico']] as const) {
      const d = onSummary();
      d.say(text);
      const v = d.state.view;
      expect(v.at, text).toBe('form');
      expect(v.at === 'form' ? v.field : -1, text).toBe(['nome', 'cpf', 'municipio', 'servico', 'data_preferida', 'telefone'].indexOf(field));
    }
  });
  it('the value given with "pra" or typed in digits is taken at once', () => {
    for (const [text, value] of [['muda a cidade pra betim', /betim/], ['quero trocar a data, prefiro 25/02/2027', /25\/02\/2027/]] as const) {
      const d = onSummary();
      d.say(text);
      expect(d.state.view.at, text).toBe('confirm');
      expect(said(d), text).toMatch(value);
    }
  });
});

describe('round 3281: a condition asked in a form, a pause to prepare the answer, "where were we" in the steps, a step named by its verb', () => {
  it('in a form, a question whose words the form\'s own card speaks of is answered, and the field asked again', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    for (const m of ['Jose Teste Lima', '529.982.247-25']) d.say(m);
    d.say('com o bo eu pago?');
    expect(d.state.view.at).toBe('form');
    expect(said(d)).toMatch(/gratuit/);
  });
  it('in a form, "pera, vou escrever/digitar…" waits for the answer; the next message is still the field\'s', () => {
    for (const text of ['pera, vou digitar com calma', 'calma que vou anotar aqui primeiro']) {
      const d = talkOn('ouvidoria');
      d.press('Fazer solicitação');
      const before = d.state.view;
      d.say(text);
      expect(d.state.view, text).toEqual(before);
      expect(said(d), text).toMatch(/sem pressa/);
    }
  });
  it('in a form, a question about the thing itself ("como faço o bo?") is no condition: leaving is offered', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    d.say('Jose Teste Lima');
    d.say('antes, como faço o bo de furto?');
    expect(d.state.view.at).toBe('leave');
  });
  it('in the steps, back from a pause ("voltei, continua de onde parou"), the step on screen again, not the next', () => {
    for (const text of ['voltei, continua de onde parou', 'pronto, volta onde tinha parado', 'oi, onde a gente parou?']) {
      const d = talkOn('cnh-renovacao');
      d.press('Passo a passo');
      d.say('próxima');
      d.say('pera um minutinho');
      d.say(text);
      expect(stepOf(d), text).toBe(2);
    }
  });
  it('in the steps, "continua de onde parou" after a question on the way goes on to the next step', () => {
    const d = talkOn('cnh-renovacao');
    d.press('Passo a passo');
    d.say('próxima');
    d.say('quanto custa?');
    d.say('continua de onde parou');
    expect(stepOf(d)).toBe(3);
  });
  it('a step named by "a parte de" and a verb of its title, even a verb of sending ("a parte de enviar")', () => {
    const d = talkOn('comunicacao-venda');
    d.press('Passo a passo');
    d.say('a parte de enviar');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 3282: in the steps, a skip and a go ("pula a 2 vai pra 3"): where to go is after the last verb of going', () => {
  it('the number after the last verb of going is the step', () => {
    for (const [svc, text, n] of [['cnh-renovacao', 'pula a 2 e vai pra 4', 4], ['ipva', 'nao quero a 2, manda a 3', 3], ['cin-2a-via', 'esquece a 3, vai pra 2', 2]] as const) {
      const d = talkOn(svc);
      d.press('Passo a passo');
      d.say(text);
      expect(stepOf(d), text).toBe(n);
    }
  });
});
