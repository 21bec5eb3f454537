// The eleventh session's rounds by helper rd (230–239), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

/** A form opened on a service's card, then some answers. */
function formOn(serviceId: string, ...answers: string[]): ReturnType<typeof talkOn> {
  const d = talkOn(serviceId);
  d.press('Fazer solicitação');
  for (const answer of answers) d.say(answer);
  return d;
}

/** The answers held by the form (or its summary) on screen. */
function answers(d: ReturnType<typeof talkOn>): Record<string, string> {
  const view = d.state.view;
  if (view.at === 'leave') return view.form.answers;
  return view.at === 'form' || view.at === 'confirm' ? view.answers : {};
}

describe('round 230: "o certo e Fulano" and "a uai e de Uberlândia" amend an earlier answer, "é" typed without accent', () => {
  it('the name is corrected and the CPF asked again', () => {
    const d = formOn('cin-2a-via', 'Joana Ficitcia Roxa');
    d.say('opa escrevi meu nome errado o certo e Joana Ficticia Rocha');
    expect(answers(d)['nome']).toBe('Joana Ficticia Rocha');
    const view = d.state.view;
    expect(view.at === 'form' ? view.field : -1).toBe(1);
  });

  it('the UAI town is corrected while the service is asked', () => {
    const d = formOn('agendamento-uai', 'Ivone Teste Barbosa', '111.444.777-35', 'patos');
    d.say('digo a uai e de uberlandia nao de patos');
    expect(answers(d)['municipio']).toBe('Uberlândia');
    expect(answers(d)['servico']).toBeUndefined();
  });

  it('"e a segunda via da conta de luz?" does not make Luz the town', () => {
    const d = formOn('agendamento-uai', 'Ana Paula Rodrigues', '111.444.777-35', 'contagem', 'carteira de identidade');
    d.say('pera, e a segunda via da conta de luz?');
    expect(answers(d)['municipio']).toBe('Contagem');
  });
});

describe('round 231: a town after lead-ins one after another ("ah entao betim")', () => {
  it('is taken as the town', () => {
    const d = formOn('agendamento-uai', 'Pedro Exemplo Batista', '752.304.918-41', 'sao paulo');
    d.say('ah entao betim');
    expect(answers(d)['municipio']).toBe('Betim');
  });
});

describe('round 232: "quero mudar o tipo" on the summary asks the type again', () => {
  it('the type field is asked, and the new type comes back to the summary', () => {
    const d = formOn('ouvidoria', 'reclamacao', 'hospital regional', 'teofilo', 'o medico cobrou por fora pela cirurgia', 'pular');
    expect(d.state.view.at).toBe('confirm');
    d.say('quero mudar o tipo');
    const view = d.state.view;
    expect(view.at === 'form' ? view.field : -1).toBe(0);
    d.say('denuncia');
    expect(d.state.view.at).toBe('confirm');
    expect(answers(d)['tipo']).toBe('Denúncia');
  });
});

describe('round 233: a sentence is not a name', () => {
  it('"pra q vc precisa do meu nome" explains the name field and asks it again', () => {
    const d = formOn('cin-2a-via');
    d.say('pra q vc precisa do meu nome');
    const view = d.state.view;
    expect(view.at === 'form' ? view.field : -1).toBe(0);
    expect(text(d)).toContain('LGPD');
  });

  it('"sai disso quero ver a conta de agua" before any answer leaves for the water bill', () => {
    const d = formOn('agendamento-uai');
    d.say('sai disso quero ver a conta de agua');
    expect(d.state.view.at).not.toBe('form');
    expect(d.state.focus).toBe('copasa-conta');
  });

  it('a real name with "de" and "da" is still a name', () => {
    const d = formOn('cin-2a-via', 'Maria da Conceição de Souza');
    expect(answers(d)['nome']).toBe('Maria da Conceição de Souza');
  });
});

describe('round 234: an answer put as a condition ("se for roubo muda alguma coisa") asks what the choice changes', () => {
  it('the reason field is explained from the catalogue and asked again', () => {
    const d = formOn('cin-2a-via', 'Marta Ficticia Lopes', '604.127.893-96', 'ipatinga', '25/01/2027');
    d.say('se for roubo muda alguma coisa');
    expect(answers(d)['motivo']).toBeUndefined();
    expect(text(d)).toMatch(/gratuit/);
    d.say('furto ou roubo');
    expect(answers(d)['motivo']).toBe('Furto ou roubo');
  });
});

describe('round 235: several answers in one message, each introduced by its field', () => {
  it('"meu nome e … e meu cpf e …" fills both and asks the town', () => {
    const d = formOn('agendamento-uai');
    d.say('meu nome e Beltrano Teste Junior e meu cpf e 286.715.390-59');
    expect(answers(d)['nome']).toBe('Beltrano Teste Junior');
    expect(answers(d)['cpf']).toBe('286.715.390-59');
    const view = d.state.view;
    expect(view.at === 'form' ? view.field : -1).toBe(2);
  });

  it('in the other order, with a comma, the same', () => {
    const d = formOn('agendamento-uai');
    d.say('meu cpf é 286.715.390-59, meu nome é Beltrano Teste Junior');
    expect(answers(d)['nome']).toBe('Beltrano Teste Junior');
    expect(answers(d)['cpf']).toBe('286.715.390-59');
  });
});

describe('round 236: after a request, "qual o numero do protocolo mesmo? nao anotei" says it again', () => {
  it('the protocol number given on submission is repeated', () => {
    const d = formOn('ouvidoria', 'denuncia', 'presidio', 'sjdr', 'os agentes maltratam as familias na visita', 'pular');
    d.press('Confirmar');
    const protocol = /ATD-\d{8}-\d{6}/.exec(text(d))?.[0];
    expect(protocol).toBeDefined();
    d.say('qual o numero do protocolo mesmo? nao anotei');
    expect(text(d)).toContain(protocol ?? 'none');
  });
});

describe('round 237: "mudei de endereço dentro de minas" on the transfer from another state is the change of address', () => {
  it('the correction reaches the driver\'s change of address', () => {
    const d = talk('transferir minha cnh pra minas');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
    d.say('digo mudei de endereco dentro de minas mesmo de betim pra contagem');
    expect(d.state.focus).toBe('cnh-endereco');
  });
});
