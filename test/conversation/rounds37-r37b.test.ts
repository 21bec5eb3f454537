// The thirty-seventh session's r37b rounds: questions asked about the service in focus, after the first message.
// Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talkOn, said } from './real.ts';

describe('round 4220: "antes" asked, "primeiro" written (and the other way round)', () => {
  it('asked whether the vacancy is seen to before, the sentence saying to look first for the vacancy answers', () => {
    const d = talkOn('transferencia-escola', 'preciso olhar se tem vaga antes?');
    expect(d.state.focus).toBe('transferencia-escola');
    expect(said(d)).toMatch(/primeiro a escola de destino/);
  });
  it('asked whether the police report comes first, the sentence saying to go to the bank before it answers', () => {
    const d = talkOn('bo-estelionato', 'primeiro eu faço o bo?');
    expect(d.state.focus).toBe('bo-estelionato');
    expect(said(d)).toMatch(/banco imediatamente/);
  });
});

describe('round 4221: a case put alone ("e se …?") on the topic just answered', () => {
  it('after the documents of the CNH copy, "and if it had expired?" gets the sentence on an expired licence', () => {
    const d = talkOn('cnh-2a-via', 'tem que levar boletim?', 'e se ela tiver vencida?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toMatch(/renovacao/);
  });
  it('after the documents of the prison visit, "and if he is moved?" gets the sentence on a transferred prisoner', () => {
    const d = talkOn('visita-presidio', 'quais documentos?', 'e se ele for transferido?');
    expect(d.state.focus).toBe('visita-presidio');
    expect(said(d)).toMatch(/transferido/);
  });
});

describe('round 4222: asked what a paper must hold, said last or before it ("tem q ter o q?", "o que precisa ter no laudo?")', () => {
  it('the autism card\'s medical report, asked what it must contain, is the document that describes it', () => {
    const d = talkOn('ciptea', 'o relatório precisa conter o quê?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toMatch(/crm/);
  });
  it('asked the other way round ("o que tem que ter no laudo?"), the same document answers', () => {
    const d = talkOn('ciptea', 'o que tem que ter no laudo?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toMatch(/crm/);
  });
});

describe('round 4223: "tem como …?" asks whether it can be done, as "dá pra …?" does, not for the steps', () => {
  it('"tem como pagar parcelado?" on the IPVA answers about the instalments, no walkthrough', () => {
    const d = talkOn('ipva', 'tem como pagar parcelado?');
    expect(d.state.view.at).not.toBe('walkthrough');
    expect(said(d)).toMatch(/parcela/);
  });
  it('"da pra pegar o dinheiro de volta?" on the scam report is no "go back": the card stays in focus', () => {
    const d = talkOn('bo-estelionato', 'da pra pegar o dinheiro de volta?');
    expect(d.state.view.at).not.toBe('menu');
    expect(d.state.focus).toBe('bo-estelionato');
  });
});
