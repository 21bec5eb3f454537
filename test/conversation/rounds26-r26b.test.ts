// The twenty-sixth session's rounds of r26b (2620 on: vehicles, driving licences and other states, the citizen's own
// case), one `describe` per round; each test was checked to fail on the code before its round. Written from the
// citizen's side, in the ways people type on a phone.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2620: the citizen\'s own case told on a licence or vehicle card', () => {
  it('a driver who works through an app asks about the psychological exam: the sentence on paid driving, not the app as a channel', () => {
    for (const q of ['eu sou motorista de app, o psicologico é obrigatorio?', 'sou motorista de aplicativo, vou ter q fazer o psicologico tambem?', 'trabalho de uber, faço a avaliacao psicologica?']) {
      const d = talkOn('cnh-renovacao', q);
      expect(d.state.focus, q).toBe('cnh-renovacao');
      expect(said(d), q).toMatch(/atividade remunerada/);
      expect(said(d), q).not.toMatch(/da para fazer pela internet/);
    }
  });
  it('a state of the thing the card\'s own conditions speak of keeps the card (the foreign licence, expired)', () => {
    for (const q of ['a habilitacao dele venceu ano passado, ainda vale?', 'minha carteira do peru ta vencida, aceita?', 'e se a carteira tiver vencida, tem problema?']) {
      const d = talkOn('cnh-estrangeiro', q);
      expect(d.state.focus, q).toBe('cnh-estrangeiro');
      expect(said(d), q).toMatch(/vencida nao e aceita/);
    }
  });
  it('a wish to do the other thing still goes to it', () => {
    const d = talkOn('cnh-estrangeiro', 'quero renovar minha cnh vencida');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('a case the card says follows a rule of its own is answered by that sentence', () => {
    for (const q of ['so vou trocar a cor do carro, preciso pedir autorizacao?', 'e pra mudar so a cor, como fica?', 'vou pintar a moto de outra cor, tem que fazer tudo isso?']) {
      const d = talkOn('vistoria-veiculo', q);
      expect(d.state.focus, q).toBe('vistoria-veiculo');
      expect(said(d), q).toMatch(/regra propria/);
    }
  });
  it('taking the vehicle there asks whether it is done in person, not for papers', () => {
    for (const [svc, q] of [['vistoria-veiculo', 'preciso levar a moto la?'], ['vistoria-veiculo', 'tenho que levar o veiculo?'], ['transferencia-veiculo', 'tem que levar o carro mesmo?']] as const) {
      const d = talkOn(svc, q);
      expect(said(d), q).toMatch(/da para fazer pela internet/);
      expect(said(d), q).not.toMatch(/^\*documentos/);
    }
  });
  it('another state named on a card that says what holds for other states stays on that card', () => {
    for (const q of ['minha habilitacao é do rio grande do sul mas moro em minas, posso pedir aqui?', 'tirei minha carteira na bahia mas agora moro em bh, consigo pedir aqui?']) {
      const d = talkOn('cnh-2a-via', q);
      expect(d.state.focus, q).toBe('cnh-2a-via');
      expect(said(d), q).toMatch(/outro estado precisa primeiro transferir/);
    }
  });
});

describe('round 2621: another state named on a card, and "Rio" said as where one comes from', () => {
  it('asked whether it is done here, on a card whose conditions set the thing in Minas, that condition answers', () => {
    for (const [svc, q, want] of [
      ['bo-furto', 'me roubaram o celular em sao paulo, posso fazer o bo aqui?', /acontecido em minas gerais/],
      ['bo-perda-documentos', 'meu filho perdeu a carteira na bahia, da pra registrar aqui?', /acontecido em minas gerais/],
      ['primeiro-emplacamento', 'comprei o carro zero mas moro no parana, emplaco por aqui?', /sede em minas gerais/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('a trip to see someone in another state, on a card that says what holds for other states, stays on that card', () => {
    for (const q of ['vou pro parana visitar minha filha, serve?', 'quero ir ver meu filho no espirito santo, vale?']) {
      const d = talkOn('passe-livre', q);
      expect(d.state.focus, q).toBe('passe-livre');
      expect(said(d), q).toMatch(/federal/);
    }
  });
  it('"Rio" as where the citizen or the licence comes from is another state; a river is not', () => {
    for (const q of ['sou do rio, faço por aqui mesmo?', 'mas a minha carteira é do rio']) {
      const d = talkOn('cnh-endereco', q);
      expect(d.state.focus, q).toBe('cnh-endereco');
      expect(said(d), q).toMatch(/outro estado precisa transferir/);
    }
    const d = talkOn('licenca-pesca', 'pesco no rio perto de casa, preciso de licenca?');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(said(d)).not.toMatch(/outro estado/);
  });
});

describe('round 2622: a case told in the negative that the card puts in the negative too; doing it oneself', () => {
  it('the card\'s sentence of that negated case answers, and the card stays', () => {
    for (const [svc, q, want] of [
      ['baixa-veiculo', 'na minha cidade nao tem uai', /ciretran/],
      ['cnh-renovacao', 'os correios nao entregaram minha cnh', /unidade de transito/],
      ['cnh-transferencia-estado', 'nao terminei a autoescola ainda, no rio grande do sul. serve pra mim?', /candidato/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('"posso fazer eu mesmo?" after whoever usually does it did not: who may ask, on the card in view', () => {
    for (const [svc, q, want] of [
      ['primeiro-emplacamento', 'a loja nao fez o emplacamento, faço eu mesmo?', /proprietario/],
      ['transferencia-veiculo', 'o despachante sumiu, posso fazer eu mesma?', /comprador/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(/quem pode pedir/);
      expect(said(d), q).toMatch(want);
    }
  });
});
