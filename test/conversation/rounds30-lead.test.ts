// The thirtieth session's rounds of the lead (3090 on). Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { said, talk, talkOn } from './real.ts';

describe('round 3090: "há" is a verb of existing, no word to find in the card', () => {
  it('"Há desconto para pagar a multa?" quotes the card\'s sentence on the discount', () => {
    const d = talkOn('multas-pontuacao', 'Há desconto para pagar a multa?');
    expect(d.state.focus).toBe('multas-pontuacao');
    expect(said(d)).toMatch(/desconto/);
  });
  it('a search with "há" finds what the same words find without it', () => {
    expect(talk('há como tirar a segunda via da identidade?').state.focus).toBe(talk('como tirar a segunda via da identidade?').state.focus);
  });
});

describe('round 3091: asked whether another way exists, "outra opção" is no correction', () => {
  it('"Se eu perder a inscrição, há outra opção?" on the EJA stays on the EJA and quotes the other way', () => {
    for (const text of ['Se eu perder a inscrição, há outra opção?', 'se eu perder a inscricao tem outra opcao?', 'e se eu perder o prazo, existe alguma outra opção?']) {
      const d = talkOn('eja', text);
      expect(d.state.focus, text).toBe('eja');
      expect(said(d), text).toMatch(/encceja/);
    }
  });
  it('"não, era outra opção" still corrects', () => {
    const d = talk('quero tirar a identidade');
    d.say('nao, era outra opcao');
    expect(said(d)).toMatch(/nome do servico/);
  });
});

describe('round 3092: danger told that no service holds gets the emergency number, never "não encontrei"', () => {
  it('a threat or an attack happening now gets 190, with no service opened', () => {
    for (const text of ['meu cunhado ta aqui fora dizendo que vai me matar', 'socorro, invadiram a casa e estao armados', 'tem um homem tentando arrombar minha porta agora']) {
      const d = talk(text);
      expect(said(d), text).toMatch(/\b190\b/);
      expect(said(d), text).not.toMatch(/nao encontrei/);
      expect(d.state.focus, text).toBeUndefined();
    }
  });
  it('domestic violence told still opens its card, which gives 190 itself', () => {
    const d = talk('meu marido me agrediu de novo e disse que vai me matar');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(said(d)).toMatch(/\b190\b/);
  });
  it('a card that says nothing of danger keeps its focus and the citizen gets 190', () => {
    const d = talkOn('ipva', 'socorro tem um homem armado no meu quintal');
    expect(said(d)).toMatch(/\b190\b/);
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 3093: "cara" is a man or a call to the listener, not "caro"', () => {
  it('a story with "um cara" names no medicine of high cost', () => {
    for (const text of ['fala cara', 'e ai cara']) {
      const d = talk(text);
      expect(d.state.focus, text).toBeUndefined();
      expect(said(d), text).not.toMatch(/custo/);
    }
  });
  it('"o cara" in a story told on a card asks no cost', () => {
    const d = talkOn('denuncia-ambiental', 'vi uns caras pescando de rede, como acompanho depois?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).not.toMatch(/quanto custa/);
  });
  it('"é cara a taxa?" still asks the cost', () => {
    for (const text of ['é cara a taxa?', 'a taxa sai muito cara?']) {
      const d = talkOn('ipva', text);
      expect(said(d), text).toMatch(/quanto custa/);
    }
  });
});

describe('round 3094: words that share a cue word\'s stem but not its meaning', () => {
  it('"táxi" is no fee, "prazer" no deadline, "aplicada" no app, "poste" no desk', () => {
    const taxi = talkOn('ipva', 'e pra táxi?');
    expect(said(taxi)).not.toMatch(/quanto custa —/);
    const pleasure = talkOn('cnh-renovacao', 'muito prazer');
    expect(said(pleasure)).not.toMatch(/quanto tempo leva —/);
    const applied = talkOn('recurso-multa', 'a multa foi aplicada ontem');
    expect(said(applied)).not.toMatch(/pela internet\?/);
    const pole = talkOn('bo-acidente-sem-vitima', 'bati no poste');
    expect(said(pole)).not.toMatch(/onde fazer —/);
  });
  it('the cue words themselves still ask', () => {
    expect(said(talkOn('ipva', 'qual a taxa?'))).toMatch(/quanto custa/);
    expect(said(talkOn('cnh-renovacao', 'qual o prazo?'))).toMatch(/quanto tempo leva/);
    expect(said(talkOn('recurso-multa', 'tem pelo aplicativo?'))).toMatch(/internet/);
    expect(said(talkOn('cin-2a-via', 'qual posto?'))).toMatch(/onde fazer/);
  });
});

describe('round 3095 (after the blind figures): Spanish question words and verbs read as their Portuguese', () => {
  it('"cuánto cuesta?", "dónde queda?" and "gracias" on a card', () => {
    expect(said(talkOn('cnh-renovacao', '¿cuánto cuesta?'))).toMatch(/quanto custa —/);
    expect(said(talkOn('cnh-renovacao', 'y donde queda?'))).toMatch(/onde fazer —/);
    expect(said(talkOn('cnh-renovacao', 'muchas gracias'))).toMatch(/de nada/);
  });
  it('"siguiente" in the steps is the next step', () => {
    const d = talkOn('cnh-renovacao', 'passo a passo');
    d.say('siguiente');
    expect(said(d)).toMatch(/etapa 2 de/);
  });
});

describe('round 3095 (after the blind figures): a Spanish speaker\'s first message finds the service', () => {
  it('"licencia de conducir", "donar sangre" and "documento de identidad" name their services', () => {
    expect(talk('necesito renovar mi licencia de conducir').state.focus).toBe('cnh-renovacao');
    expect(talk('yo quiero donar sangre').state.focus).toBe('doacao-sangue');
    expect(talk('perdi mi documento de identidad').state.focus).toMatch(/^cin-/);
  });
});
