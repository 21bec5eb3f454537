// The forty-eighth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { checkField } from '../../src/conversation/fields.ts';
import { said, talk, talkOn } from './real.ts';

describe('round 6080: a clear question naming another service, on a card, is answered there (not its whole card)', () => {
  it('"Como faço uma nova via do RG?" on the CNH renewal gives the CIN copy\'s steps', () => {
    const d = talkOn('cnh-renovacao', 'Como faço uma nova via do RG?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/como fazer/);
    expect(said(d)).toMatch(/agendar o atendimento/);
  });
  it('"Quero colocar kit gás na caminhonete. Como regularizo essa mudança?" on the IPVA gives the inspection\'s steps', () => {
    const d = talkOn('ipva', 'Quero colocar kit gás na caminhonete. Como regularizo essa mudança?');
    expect(d.state.focus).toBe('vistoria-veiculo');
    expect(said(d)).toMatch(/pedir autorizacao previa/);
  });
  it('"Quero rebaixar meu carro. Como regularizo?" on the CNH renewal gives the inspection\'s steps', () => {
    const d = talkOn('cnh-renovacao', 'Quero rebaixar meu carro. Como regularizo?');
    expect(d.state.focus).toBe('vistoria-veiculo');
    expect(said(d)).toMatch(/como fazer/);
  });
  it('guard: a new service named without a question still opens its card', () => {
    const d = talkOn('cnh-renovacao', 'quero a segunda via do rg');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(said(d)).toMatch(/o que e/);
  });
  it('guard: "como faço?" on a card still answers the card in view', () => {
    const d = talkOn('ipva', 'como faço?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/como fazer/);
  });
});

describe('round 6081: where or how to get a thing handled elsewhere that the card only speaks of goes to who handles it', () => {
  it('"e o cpf do meu filho, onde faz?" on the first identity card sends to the Receita Federal', () => {
    const d = talkOn('cin-1a-via', 'e o cpf do meu filho, onde faz?');
    expect(said(d)).toMatch(/receita federal/);
  });
  it('"como eu me inscrevo no cadastro unico?" on the water bill sends to the CRAS', () => {
    expect(said(talkOn('copasa-conta', 'e como eu me inscrevo no cadunico?'))).toMatch(/cras/);
  });
  it('guard: "precisa do cpf?" on the identity card stays on its documents', () => {
    const d = talkOn('cin-1a-via', 'precisa do cpf?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(said(d)).not.toMatch(/receita federal/);
  });
  it('guard: "quem tem cadunico paga menos?" on the water bill stays on its card', () => {
    const d = talkOn('copasa-conta', 'quem tem cadunico paga menos?');
    expect(d.state.focus).toBe('copasa-conta');
    expect(said(d)).toMatch(/tarifa social/);
  });
});

describe('round 6082: "aliás" opening a clear question changes the subject, it corrects nothing', () => {
  it('"aliás, como faço a 2ª via da conta de luz?" on the water use grant gives the Cemig bill\'s steps', () => {
    const d = talkOn('outorga-agua', 'aliás, como faço a 2ª via da conta de luz?');
    expect(d.state.focus).toBe('cemig-conta');
    expect(said(d)).toMatch(/separar os dados da conta/);
  });
  it('guard: "aliás, é a cnh" still corrects the service', () => {
    const d = talkOn('cin-2a-via', 'aliás, é a cnh');
    expect(d.state.focus).not.toBe('cin-2a-via');
  });
});

describe('round 6083: another one of a document told spoilt is its second copy', () => {
  it('"o cachorro mordeu meu rg, preciso de outro" opens the CIN\'s second copy', () => {
    expect(talk('o cachorro mordeu meu rg, preciso de outro').state.focus).toBe('cin-2a-via');
  });
  it('guard: "meu filho rasgou a identidade dele, como faz outra?" opens the CIN\'s second copy (read before the round too)', () => {
    expect(talk('meu filho rasgou a identidade dele, como faz outra?').state.focus).toBe('cin-2a-via');
  });
  it('guard: "quero tirar minha primeira identidade" stays the first copy', () => {
    expect(talk('quero tirar minha primeira identidade').state.focus).toBe('cin-1a-via');
  });
});

describe('merge review: round 6061 (a vocative and a name of the focus in a correction) narrowed', () => {
  it('"ah nao, nem fui eu dirigindo, era meu filho" on the fine appeal is who drove (the driver indication), no vocative', () => {
    expect(talkOn('recurso-multa', 'ah nao, nem fui eu dirigindo, era meu filho').state.focus).toBe('indicacao-condutor');
  });
  it('"nao, perdi foi o rg, a cnh ta comigo" on the CNH copy moves to the CIN copy: the CNH named is the one kept', () => {
    expect(talkOn('cnh-2a-via', 'nao, perdi foi o rg, a cnh ta comigo').state.focus).toBe('cin-2a-via');
  });
});

describe('round 6090 (after the blind figure, declared): a town or a date pasted from elsewhere', () => {
  const town = { id: 'municipio', label: 'Município', type: 'municipality' as const, optional: false, purpose: 'Para a unidade.' };
  const date = { id: 'data', label: 'Data', type: 'date' as const, optional: false, purpose: 'Para o dia.' };
  const now = new Date('2026-12-07T12:00:00-03:00');
  it('an address with the town, the state and the CEP gives the town', () => {
    expect(checkField(town, 'Av. Brasil, 500, Centro, Juiz de Fora - MG, CEP 36010-000', now)).toEqual({ ok: true, value: 'Juiz de Fora' });
    expect(checkField(town, 'Uberlândia/MG - CEP 38400-000', now)).toEqual({ ok: true, value: 'Uberlândia' });
  });
  it('a date year first ("2027-04-20") is read', () => {
    expect(checkField(date, '2027-04-20', now)).toEqual({ ok: true, value: '20/04/2027' });
  });
  it('a question which town to give, naming two, is no address (merge review)', () => {
    expect(checkField(town, 'Moro em Betim, mas o posto fica em Sabará. Qual eu coloco?', now).ok).toBe(false);
  });
  it('guard: an address with no town of Minas is still not a town', () => {
    expect(checkField(town, 'Rua das Flores, 12, Centro', now).ok).toBe(false);
  });
});
