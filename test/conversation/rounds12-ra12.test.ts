// The twelfth session's rounds by helper ra12 (260–269), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

/** A UAI booking filled up to the field asked after `answers`. */
function uaiForm(...answers: string[]): ReturnType<typeof talkOn> {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  for (const answer of answers) d.say(answer);
  return d;
}

/** The index of the form field asked, or undefined outside a form. */
function fieldAsked(d: ReturnType<typeof talkOn>): number | undefined {
  const view = d.state.view;
  return view.at === 'form' ? view.field : undefined;
}

describe('round 260: a short denial of the card in view, a pause, then what it is', () => {
  it('"não é a primeira. Perdi a minha, preciso da segunda via" on the 1st copy of the CIN opens the 2nd copy', () => {
    const d = talk('Quero tirar a carteira de identidade.');
    expect(d.state.focus).toBe('cin-1a-via');
    d.say('Não é a primeira. Eu perdi a minha, preciso da segunda via.');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 261: "não quero X, quero <the card in view>" shows the card again', () => {
  it('"não quero consultar, quero recorrer…" on the appeal against a fine shows that card, not a short line', () => {
    const d = talkOn('recurso-multa');
    d.say('Não quero só consultar, quero recorrer porque a multa veio errada.');
    expect(d.state.focus).toBe('recurso-multa');
    expect(d.events.filter((e) => e.type === 'service_viewed' && e.serviceId === 'recurso-multa').length).toBeGreaterThanOrEqual(2);
  });
});

describe('round 262: in a form, an earlier answer said to be wrong without its new value', () => {
  it('"pera errei a cidade" while the service is asked asks the town again, then goes on to the service', () => {
    const d = uaiForm('Joana Teste Souza', '123.456.789-09', 'Betim');
    expect(fieldAsked(d)).toBe(3);
    d.say('pera errei a cidade');
    expect(fieldAsked(d)).toBe(2);
    d.say('Contagem');
    expect(fieldAsked(d)).toBe(3);
  });

  it('"o cpf saiu errado" while the service (free text) is asked asks the CPF again', () => {
    const d = uaiForm('Joana Teste Souza', '123.456.789-09', 'Betim');
    d.say('o cpf saiu errado');
    expect(fieldAsked(d)).toBe(1);
  });

  it('"pera, quero corrigir o serviço" does not take "pera" as the new service', () => {
    const d = uaiForm('Joana Teste Souza', '123.456.789-09', 'Betim', 'identidade');
    d.say('pera, quero corrigir o servico');
    expect(text(d)).not.toMatch(/agora é \*pera\*/i);
    expect(fieldAsked(d)).toBe(3);
  });
});

describe('round 263: a town answered with a detail after it', () => {
  it('"Contagem mesmo, mas é num distrito" takes Contagem; "Betim, quer dizer, Contagem" is still a correction', () => {
    const d = uaiForm('Joana Teste Souza', '123.456.789-09');
    d.say('Contagem mesmo, mas é num distrito');
    const view = d.state.view;
    expect(view.at === 'form' ? view.answers['municipio'] : undefined).toBe('Contagem');
    const e = uaiForm('Joana Teste Souza', '123.456.789-09');
    e.say('Betim, quer dizer, Contagem');
    const other = e.state.view;
    expect(other.at === 'form' ? other.answers['municipio'] : undefined).toBe('Contagem');
  });
});

describe('round 264: in a form, whether one must say who one is', () => {
  it('"preciso falar meu nome? não quero me identificar" on the Ouvidoria says the form asks no name, and the field stays', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    d.say('denúncia');
    d.say('preciso falar meu nome? nao quero me identificar');
    expect(fieldAsked(d)).toBe(1);
    expect(text(d)).toMatch(/não pede o seu nome/);
  });
});

describe('round 265: small talk about the bot and the wait', () => {
  it('"é do governo mesmo? n é golpe né" is answered about the bot, with no service', () => {
    const d = talk('isso aqui é do governo mesmo? n é golpe né');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
  });

  it('"que demora, to esperando faz tempo" gets an apology; "demora muito pra sair a carteirinha" is still a question', () => {
    const d = talk('que demora, to esperando faz tempo');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
    const e = talkOn('passe-livre', 'e demora muito pra sair a carteirinha');
    expect(kinds(e)).not.toContain('small_talk');
  });
});

describe('round 266: "de volta" is how one gets a thing back, not what', () => {
  it('"onde eu pego ela de volta" after the tow truck took the motorbike asks where, about the impounded vehicle', () => {
    const d = talk('guincho levou minha moto hj cedo pq tava sem licenciamento');
    expect(d.state.focus).toBe('veiculo-removido');
    d.say('e onde pego ela de volta?');
    expect(d.state.focus).toBe('veiculo-removido');
    expect(kinds(d)).toContain('follow_up');
  });
});
