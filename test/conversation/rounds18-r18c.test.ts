// The eighteenth session's rounds by r18c (1140–1159): navigation in the steps, small talk, out of scope, forms.
// One `describe` per round; each test was checked to fail on the code before it.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, stepOf, talk, talkOn } from './real.ts';

/** A walkthrough opened on a service and moved to step `at` (1-based) with "próximo". */
function onStep(serviceId: string, at: number): EngineDriver {
  const d = talkOn(serviceId);
  d.press('Passo a passo');
  for (let i = 1; i < at; i++) d.say('proximo');
  return d;
}

describe('round 1140: moving in the steps in the citizen\'s words (a count of steps, a bare step number, back to the card)', () => {
  for (const [said, from, to] of [
    ['volta dois passos', 3, 1],
    ['volte 2 etapas', 3, 1],
    ['quero voltar duas etapas', 3, 1],
    ['duas etapas pra tras', 4, 2],
    ['avança duas etapas', 1, 3],
    ['pula 2 passos', 2, 4],
  ] as const) {
    it(`"${said}" on step ${from} of the state registration goes to step ${to}`, () => {
      const d = onStep('inscricao-estadual', from);
      d.say(said);
      expect(stepOf(d)).toBe(to);
    });
  }

  it('a count past the ends stops at the first or the last step (vehicle write-off, 3 steps)', () => {
    const back = onStep('baixa-veiculo', 2);
    back.say('volta tres passos');
    expect(stepOf(back)).toBe(1);
    const on = onStep('baixa-veiculo', 1);
    on.say('avanca cinco etapas');
    expect(stepOf(on)).toBe(3);
  });

  it('"volta uma etapa" and a bare "volta" still go one step back; "etapa dois" is still step 2', () => {
    const one = onStep('gta', 3);
    one.say('volta uma etapa');
    expect(stepOf(one)).toBe(2);
    const bare = onStep('gta', 3);
    bare.say('volta');
    expect(stepOf(bare)).toBe(2);
    const named = onStep('gta', 4);
    named.say('vai pra etapa dois');
    expect(stepOf(named)).toBe(2);
  });

  for (const [said, id] of [
    ['Pode repetir este passo?', 'outorga-agua'],
    ['repete esse passo', 'gta'],
    ['pode repetir o passo por favor', 'cnh-2a-via'],
  ] as const) {
    it(`"${said}" repeats the step on screen (the step word "passo" is no "passa")`, () => {
      const d = onStep(id, 2);
      d.say(said);
      expect(stepOf(d)).toBe(2);
    });
  }

  it('"passa pro próximo passo" and "próximo passo" still go on', () => {
    const a = onStep('gta', 2);
    a.say('passa pro proximo passo');
    expect(stepOf(a)).toBe(3);
    const b = onStep('outorga-agua', 1);
    b.say('proximo passo');
    expect(stepOf(b)).toBe(2);
  });

  for (const [said, id, to] of [
    ['mostra denovo o primeiro', 'gta', 1],
    ['mostra de novo a primeira', 'cnh-2a-via', 1],
    ['volta denovo pra segunda', 'inscricao-estadual', 2],
  ] as const) {
    it(`"${said}" goes to step ${to}, not the same step again`, () => {
      const d = onStep(id, 3);
      d.say(said);
      expect(stepOf(d)).toBe(to);
    });
  }

  it('"e a 3?" on step 1 goes to step 3, and so does a bare "3" (round 3280: the steps are what is numbered on screen)', () => {
    const d = onStep('passe-livre', 1);
    d.say('e a 3?');
    expect(stepOf(d)).toBe(3);
    const bare = onStep('passe-livre', 1);
    bare.say('3');
    expect(stepOf(bare)).toBe(3);
  });

  it('a bare number is a step even where a button has that place ("2" on step 1 is step 2; round 3280)', () => {
    const d = onStep('gta', 1);
    d.say('2');
    expect(stepOf(d)).toBe(2);
  });

  for (const [said, id] of [
    ['volta pra tela do serviço', 'cnh-2a-via'],
    ['sai do passo a passo e volta pro servico', 'baixa-veiculo'],
    ['volta pro servico', 'gta'],
    ['quero voltar pra pagina do servico', 'inscricao-estadual'],
  ] as const) {
    it(`"${said}" leaves the steps for the card`, () => {
      const d = onStep(id, 2);
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'service', serviceId: id });
    });
  }

  it('"volta pro passo a passo" after a question in the steps is still the steps, and "volta" alone one step back', () => {
    const d = onStep('visita-presidio', 2);
    d.say('quais documentos');
    d.say('volta pro passo a passo');
    expect(stepOf(d)).toBe(2);
  });
});

describe('round 1141: praise for how the bot explains, thanks for a thing given ("pelo aviso"), sorry for not greeting', () => {
  for (const [said, id] of [
    ['Nossa, você explica muito bem, melhor que o atendente do posto.', 'medicamentos-alto-custo'],
    ['vc explicou direitinho, melhor do que o pessoal do detran', 'cnh-renovacao'],
    ['voce explica bem demais', 'ipva'],
    ['muito bem explicado, obrigada', 'cin-2a-via'],
    ['entendi, vlw pelo aviso', 'ipva'],
    ['obrigado pelo alerta', 'disque-denuncia'],
    ['obrigada pela orientação sobre o exame', 'cnh-renovacao'],
    ['valeu pelo esclarecimento', 'antecedentes-criminais'],
    ['boa noite ne, esqueci de cumprimentar', 'contracheque-servidor'],
    ['nem dei bom dia, desculpa', 'ipva'],
    ['que falta de educação minha, boa tarde', 'gta'],
  ] as const) {
    it(`"${said}" on ${id} is small talk, and the focus stays`, () => {
      const d = talkOn(id, said);
      expect(kinds(d)).toEqual(['small_talk']);
      expect(d.state.focus).toBe(id);
    });
  }

  it('thanks, a pause, then a request is still the request; a comparison alone is no praise', () => {
    expect(talkOn('ipva', 'obrigado, quero renovar a cnh').state.focus).toBe('cnh-renovacao');
    expect(talkOn('ipva', 'valeu pela ajuda. e a segunda via do rg?').state.focus).toBe('cin-2a-via');
    expect(kinds(talkOn('ipva', 'qual é melhor que o outro, pix ou boleto?'))).not.toEqual(['small_talk']);
  });
});

describe('round 1142: an acknowledgement opening an answer in a form ("tá, Antônio José Ribeiro", "ok, Contagem")', () => {
  for (const [id, said] of [
    ['cin-2a-via', 'ta, antonio jose ribeiro'],
    ['cin-2a-via', 'ah sim, Maria da Silva'],
    ['agendamento-uai', 'entendi, José Carlos Pereira'],
    ['agendamento-uai', 'beleza, Ana Paula Souza'],
  ] as const) {
    it(`"${said}" answers the name on ${id}`, () => {
      const d = talkOn(id, 'quero fazer o pedido');
      expect(d.state.view).toMatchObject({ at: 'form', field: 0 });
      d.say(said);
      expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
    });
  }

  it('"tá, contagem" answers the town, and "ok, 10/12/2026" a date', () => {
    const d = talkOn('agendamento-uai', 'quero fazer o pedido', 'Maria da Silva', '529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form', field: 2 });
    d.say('tá, contagem');
    expect(d.state.view).toMatchObject({ at: 'form', field: 3 });
    const c = talkOn('cin-2a-via', 'quero fazer o pedido', 'Maria da Silva', '529.982.247-25', 'ok, Belo Horizonte');
    expect(c.state.view).toMatchObject({ at: 'form', field: 3 });
    c.say('ok, 10/12/2026');
    expect(c.state.view).toMatchObject({ at: 'form', field: 4 });
  });

  it('a name with no acknowledgement still reads as before; a sentence is still no name', () => {
    const d = talkOn('cin-2a-via', 'quero fazer o pedido', 'Antonio Jose Ribeiro');
    expect(d.state.view).toMatchObject({ at: 'form', field: 1 });
    const s = talkOn('cin-2a-via', 'quero fazer o pedido', 'ta, pra que voce precisa do meu nome');
    expect(s.state.view).toMatchObject({ at: 'form', field: 0 });
  });
});

describe('round 1143: out of scope, asked again ("e a do covid tb?" after the vaccine\'s reply; "ah vai, só uma" after a joke)', () => {
  for (const [first, again] of [
    ['onde tomo vacina da gripe aqui em betim', 'e a do covid tb?'],
    ['onde tomo vacina da gripe', 'e a da dengue?'],
    ['quero vacinar meu filho', 'e a do hpv, tem onde?'],
    ['me conta uma piada', 'ah vai, so uma'],
    ['conta uma piada ai', 'so essa vez, por favorzinho'],
  ] as const) {
    it(`"${again}" after "${first}" is the same subject, answered where it is handled`, () => {
      const d = talk(first);
      expect(kinds(d)).toEqual(['elsewhere']);
      d.say(again);
      expect(kinds(d)).toEqual(['elsewhere']);
      expect(d.state.focus).toBeUndefined();
    });
  }

  for (const said of ['me conta uma piada', 'sabe alguma charada?', 'canta uma musica pra mim']) {
    it(`"${said}" says the bot only helps with public services`, () => {
      expect(kinds(talk(said))).toEqual(['elsewhere']);
    });
  }

  it('another service asked after the vaccine\'s reply or a joke is that service', () => {
    expect(talk('onde tomo vacina da gripe', 'e a renovação da cnh?').state.focus).toBe('cnh-renovacao');
    expect(talk('conta uma piada', 'e a segunda via do rg?').state.focus).toBe('cin-2a-via');
  });
});
