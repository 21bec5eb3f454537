// The thirty-ninth session, helper r39a: the bare wish to book (card and form together). Written from the citizen's
// side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, said, talk, talkOn } from './real.ts';

/** The field asked, by its index, or undefined off a form. */
function fieldAt(d: EngineDriver): number | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.field : undefined;
}

/** A card opened, then its request's button pressed: the form's first field, the card under it. */
function formFromCard(id: string, ...messages: string[]): EngineDriver {
  const d = talkOn(id);
  d.send({ kind: 'option', id: 'card:form' });
  for (const m of messages) d.say(m);
  return d;
}

describe('round 4500: the form\'s first field, opened from its card, reads what the card reads', () => {
  it('a question about the service is answered from the card, and the field is asked again', () => {
    const d = formFromCard('agendamento-uai', 'qualquer unidade faz todos os serviços?');
    expect(said(d)).toContain('nem toda');
    expect(fieldAt(d)).toBe(0);
  });
  it('a question the card\'s sentences answer, in a choice field', () => {
    const d = formFromCard('ouvidoria', 'posso mandar umas foto junto?');
    expect(said(d)).toContain('anex');
    expect(d.state.focus).toBe('ouvidoria');
    expect(fieldAt(d)).toBe(0);
  });
  it('two questions in a row, then the name: each is read in its place', () => {
    const d = formFromCard('agendamento-uai', 'e de graca mesmo?', 'toda unidade atende tudo?', 'José Carlos Pereira');
    expect(fieldAt(d)).toBe(1);
  });
  it('a correction towards a sibling leaves the form for the sibling\'s card', () => {
    const d = formFromCard('ouvidoria', 'não, é queixa do postinho de saúde do sus');
    expect(d.state.focus).toBe('ouvidoria-saude');
    expect(d.state.view.at).toBe('service');
  });
  it('the request said again carries on with the field, the button too', () => {
    const d = formFromCard('agendamento-uai', 'pode fazer o pedido pra mim');
    expect(fieldAt(d)).toBe(0);
    d.send({ kind: 'option', id: 'card:form' });
    expect(fieldAt(d)).toBe(0);
    expect(said(d)).not.toContain('mensagem antiga');
  });
  it('guards: a name, a choice by number, and "what do you need my name for" stay the field\'s', () => {
    expect(fieldAt(formFromCard('agendamento-uai', 'Ana Paula de Souza'))).toBe(1);
    expect(fieldAt(formFromCard('ouvidoria', '3'))).toBe(1);
    const d = formFromCard('agendamento-uai', 'por que vocês precisam do meu nome?');
    expect(fieldAt(d)).toBe(0);
    expect(kinds(d)).not.toContain('follow_up');
  });
});

describe('round 4501: a bare wish to book or register shows the card and starts the form', () => {
  it('a wish to book at the UAI, the service placed clearly: card, then the first field', () => {
    const d = talk('gostaria de marcar um atendimento presencial na UAI');
    expect(kinds(d)).toContain('card');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
  });
  it('a wish to register with the ombudsman named in its title words', () => {
    const d = talk('queria registrar um elogio pra ouvidoria geral do estado');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'ouvidoria', field: 0 });
  });
  it('a wish to book the 2nd copy of the identity card', () => {
    const d = talk('preciso agendar a segunda via da minha carteira de identidade');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'cin-2a-via', field: 0 });
  });
  it('the card\'s buttons still work right after: the steps', () => {
    const d = talk('quero marcar um horario na uai');
    d.send({ kind: 'option', id: 'card:steps' });
    expect(d.state.view.at).toBe('walkthrough');
  });
  it('guards: a question, and a service with no form, open the card alone', () => {
    expect(talk('como faço pra agendar na uai?').state.view.at).not.toBe('form');
    expect(talk('quero agendar doação de sangue').state.view.at).not.toBe('form');
  });
});
