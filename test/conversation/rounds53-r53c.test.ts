// The fifty-third session's rounds of helper r53c (the focus on a later turn, and the tracking questions). Written from
// the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must NOT change (they
// pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 6540: how a request made is followed gets the card\'s step of following it', () => {
  it('guard: "dei entrada semana passada, como posso acompanhar?" on the IPVA refund: its step of following the request (its sentence answered already)', () => {
    const d = talkOn('ipva-restituicao', 'dei entrada semana passada, como posso acompanhar?');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toContain('acompanhe a analise pelo site');
  });
  it('"ja mandei tudo, em que pé que tá?" on the ITCD: its step of following the analysis, not the first step', () => {
    const d = talkOn('itcd', 'ja mandei tudo, em que pé que tá?');
    expect(d.state.focus).toBe('itcd');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toContain('acompanhe pelo proprio sistema');
  });
  it('"tenho o protocolo 55821, como acompanho?" on the information request: the steps with the one of following, not how long it takes', () => {
    const d = talkOn('acesso-informacao', 'tenho o protocolo 55821, como acompanho?');
    expect(said(d)).toContain('nao consigo ver o andamento');
    expect(said(d)).toMatch(/como fazer/);
    expect(said(d)).toContain('acompanhe pelo protocolo no e-sic');
  });
  it('"e como vejo o resultado?" on the technical course: its step of consulting the result', () => {
    const d = talkOn('curso-tecnico', 'e como vejo o resultado?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(said(d)).toContain('consulte no site se voce foi selecionado');
  });
  it('"onde eu acompanho a denuncia do desmatamento que registrei?" on the environmental report: its step of following it, not the step of registering', () => {
    const d = talkOn('denuncia-ambiental', 'onde eu acompanho a denuncia do desmatamento que registrei?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toContain('com o numero de protocolo, acompanhe o andamento');
  });
  it('guard: "protocolo 2026.555, já saiu?" on the IPVA exemption still says it cannot see the request, with how long it takes', () => {
    const d = talkOn('ipva-isencao', 'protocolo 2026.555, já saiu?');
    expect(said(d)).toContain('nao consigo ver o andamento');
    expect(said(d)).toMatch(/quanto tempo leva/);
  });
  it('guard: "como faço?" on the ITCD still walks from the first step', () => {
    const d = talkOn('itcd', 'como faço?');
    expect(d.state.view.at).toBe('walkthrough');
  });
});

describe('round 6541: how one learns what came of the request gets the card\'s step of following it', () => {
  it('"e como eu fico sabendo se a policia aceitou?" on the theft report: its step of receiving the report by e-mail', () => {
    const d = talkOn('bo-furto', 'e como eu fico sabendo se a policia aceitou?');
    expect(d.state.focus).toBe('bo-furto');
    expect(d.state.view.at).toBe('service');
    expect(said(d)).toContain('voce recebe por e-mail o link e o numero do reds');
  });
  it('guard: "como sei se deu certo o pedido?" on the autism card: its step of following the analysis (its sentence answered already)', () => {
    const d = talkOn('ciptea', 'como sei se deu certo o pedido?');
    expect(said(d)).toContain('avisa o andamento por e-mail');
  });
  it('guard: "depois que mandar no sucem, como vou ficar sabendo pra qual escola ela vai?" on the school transfer stays on that card', () => {
    const d = talkOn('transferencia-escola', 'depois que mandar no sucem, como vou ficar sabendo pra qual escola ela vai?');
    expect(d.state.focus).toBe('transferencia-escola');
  });
  it('guard: "como sei se sou obrigado a fazer?" on the theft report is no question of following', () => {
    const d = talkOn('bo-furto', 'como sei se sou obrigado a fazer?');
    expect(said(d)).not.toContain('voce recebe por e-mail o link e o numero do reds');
  });
});
