// The thirty-sixth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../support/catalogue.ts';
import { kinds, realCatalogue, said, stepOf, talk, talkOn } from './real.ts';

/** The id of the form field asked on screen, or undefined off a form. */
function fieldOf(d: EngineDriver): string | undefined {
  const v = d.state.view;
  if (v.at !== 'form') return undefined;
  return realCatalogue.services.find((s) => s.id === v.serviceId)?.form?.fields[v.field]?.id;
}

/** The UAI booking's form, its name answered, on the CPF. */
function uaiOnCpf(): EngineDriver {
  const d = talkOn('agendamento-uai');
  d.send({ kind: 'option', id: 'card:form' });
  d.say('Sebastião Ferreira Lopes');
  expect(fieldOf(d)).toBe('cpf');
  return d;
}

describe('round 4100: answers dictated by voice in a form', () => {
  it('a CPF dictated digit by digit, with nothing between the groups, is taken', () => {
    const d = uaiOnCpf();
    d.say('sete um quatro seis zero dois três oito zero zero um');
    expect(fieldOf(d)).toBe('municipio');
  });
  it('a CPF dictated after a few words leading to it is taken', () => {
    const d = uaiOnCpf();
    d.say('ok o meu cpf é zero quatro seis quatro cinco zero um três zero zero nove');
    expect(fieldOf(d)).toBe('municipio');
  });
  it('a dictated CPF whose check digits fail is asked again', () => {
    const d = uaiOnCpf();
    d.say('sete um quatro seis zero dois três oito zero zero dois');
    expect(fieldOf(d)).toBe('cpf');
  });
  it('a town after an "é" or a "lá em", as dictated, is taken', () => {
    const d = uaiOnCpf();
    d.say('714.602.380-01');
    d.say('é montes claros');
    expect(fieldOf(d)).toBe('servico');
    const e = uaiOnCpf();
    e.say('714.602.380-01');
    e.say('lá em uberlândia');
    expect(fieldOf(e)).toBe('servico');
  });
  it('a phone dictated with its DDD as a number ("trinta e um") is taken', () => {
    const d = talkOn('cin-2a-via');
    d.send({ kind: 'option', id: 'card:form' });
    for (const answer of ['Marta Souza Lima', '390.533.447-05', 'Betim', '20/03/2027', 'perda']) d.say(answer);
    expect(fieldOf(d)).toBe('telefone');
    d.say('trinta e um nove oito sete seis cinco quatro três dois um');
    expect(d.state.view.at).toBe('confirm');
    expect(said(d)).toContain('(31) 98765-4321');
  });
  it('a date with its year said in words is taken', () => {
    const d = uaiOnCpf();
    for (const answer of ['714.602.380-01', 'Contagem', 'carteira de identidade']) d.say(answer);
    expect(fieldOf(d)).toBe('data_preferida');
    d.say('três de março de dois mil e vinte e sete');
    expect(fieldOf(d)).toBe('telefone');
  });
  it('an e-mail dictated with "arroba" and "ponto" is taken as written', () => {
    const d = talkOn('ouvidoria');
    d.send({ kind: 'option', id: 'card:form' });
    for (const answer of ['sugestão', 'Secretaria de Saúde', 'Uberaba', 'podiam abrir o posto de saúde também aos sábados de manhã']) d.say(answer);
    expect(fieldOf(d)).toBe('email');
    d.say('carlos ponto mendes arroba hotmail ponto com');
    expect(d.state.view.at).toBe('confirm');
    expect(said(d)).toContain('carlos.mendes@hotmail.com');
  });
  it('a dictated e-mail whose words before "arroba" are not joined by a mark is asked again, not cut short', () => {
    const d = talkOn('ouvidoria');
    d.send({ kind: 'option', id: 'card:form' });
    for (const answer of ['sugestão', 'Secretaria de Saúde', 'Uberaba', 'podiam abrir o posto de saúde também aos sábados de manhã']) d.say(answer);
    d.say('carlos mendes arroba hotmail ponto com');
    expect(fieldOf(d)).toBe('email');
  });
});

describe('round 4101: a request asked to be made here, in the chat', () => {
  it('"pelo chat", "pelo zap", "por este canal" with a request start the form at once', () => {
    expect(fieldOf(talk('queria agendar atendimento na uai pelo chat'))).toBe('nome');
    expect(fieldOf(talk('marcar horário na uai pelo whatsapp'))).toBe('nome');
    expect(fieldOf(talk('Desejo registrar uma manifestação na Ouvidoria-Geral por esse canal.'))).toBe('tipo');
  });
  it('the same request without the chat named shows the card first, then the form (round 4501)', () => {
    const d = talk('queria agendar atendimento na uai');
    expect(kinds(d)).toEqual(['card', 'field']);
  });
  it('"pelo whatsapp" asked as a question is still a question', () => {
    const d = talkOn('agendamento-uai', 'tem whatsapp pra falar com eles?');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 4102: small talk of someone new to the chat, or dictating', () => {
  it('"alô alô, tá me ouvindo?" is a hello', () => {
    const d = talk('alô alô tá me ouvindo aí');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
  });
  it('"como você funciona?" explains how to use the bot', () => {
    const d = talk('oi, como vc funciona? é minha primeira vez que uso');
    expect(kinds(d)).toContain('help');
  });
  it('what was to be asked, forgotten for a moment, is met with patience', () => {
    const e = talk('boa tarde', 'tinha uma dúvida mas esqueci agora o que era, pera aí');
    expect(e.state.focus).toBeUndefined();
    expect(kinds(e)).toContain('small_talk');
  });
});

describe('round 4103: the steps asked for with no verb of showing', () => {
  it('"etapas pra …" opening the message shows the first step', () => {
    const d = talk('etapas para tirar a primeira habilitação');
    expect(d.state.focus).toBe('cnh-primeira-habilitacao');
    expect(stepOf(d)).toBe(1);
  });
  it('"quais são as etapas para …" and "quero saber as etapas pra …" too', () => {
    expect(stepOf(talk('Quais são as etapas para transferir um veículo?'))).toBe(1);
    expect(stepOf(talk('eu queria saber as etapas pra pedir a isenção do ipva'))).toBe(1);
  });
});

describe('round 4104: a step named by its number, dictated', () => {
  it('"agora o quatro" after a step goes to step 4; "treis" is three', () => {
    const d = talkOn('medicamentos-alto-custo');
    d.send({ kind: 'option', id: 'card:steps' });
    d.say('vai pro passo dois');
    expect(stepOf(d)).toBe(2);
    d.say('agora o quatro');
    expect(stepOf(d)).toBe(4);
    d.say('vai pro passo treis');
    expect(stepOf(d)).toBe(3);
  });
});

describe('round 4105: hearsay about a fee, checked on the card', () => {
  it('a fee heard of, with the service named in the claim, is answered with the cost', () => {
    const d = talkOn('cin-1a-via', 'minha vizinha disse que a primeira via da identidade nova custa 50 reais, é verdade?');
    expect(kinds(d)).toContain('follow_up');
    expect(said(d)).toMatch(/gratuit/);
  });
  it('(kept) "cobram pra …, procede?" on a free service says it is free', () => {
    const d = talkOn('certidao-debitos', 'o despachante falou que cobram pra tirar a certidão de débitos, procede?');
    expect(said(d)).toMatch(/gratuit/);
  });
});

describe('round 4106: done on paper, as heard of an old rule', () => {
  it('"ainda é tudo no papel?" asks whether it is done online', () => {
    const d = talkOn('gta', 'meu tio disse que ainda é tudo no papel, é isso?');
    expect(said(d)).toMatch(/internet/);
  });
});

describe('round 4107: WhatsApp by its everyday names', () => {
  it('"clonaram meu zap" finds the scam report', () => {
    expect(talk('golpe pelo zap 😭 perdi 300 reais').state.focus).toBe('bo-estelionato');
  });
});

describe('round 4108: a thing said to be wrong in a first message is the case told', () => {
  it('"a multa que tá errada, como recorro?" finds the appeal, not a correction of nothing', () => {
    expect(talk('recebi uma multa que tá errada porque eu nem passei nessa estrada como que eu recorro').state.focus).toBe('recurso-multa');
  });
});

describe('round 4109: a "não" dictated with no pause, then what is meant', () => {
  it('"não não é da X é da Y" opens Y\'s service of the same kind', () => {
    const d = talk('preciso da segunda via da identidade');
    expect(d.state.focus).toBe('cin-2a-via');
    d.say('não não é da identidade é da carteira de motorista');
    expect(d.state.focus).toBe('cnh-2a-via');
  });
  it('"não é X … é só pra Y" opens Y\'s service', () => {
    const d = talk('quero fazer o cadastro escolar da minha filha');
    expect(d.state.focus).toBe('cadastro-escolar');
    d.say('não é vaga nova ela já estuda na escola é só pra renovar a matrícula');
    expect(d.state.focus).toBe('renovacao-matricula');
  });
});

describe('round 4110: the steps asked for whole, in the steps', () => {
  it('"o passo a passo completo" on a later step shows the first step, not a search', () => {
    const d = talkOn('visita-presidio');
    d.send({ kind: 'option', id: 'card:steps' });
    d.send({ kind: 'option', id: 'walk:next' });
    d.say('me mostra o passo a passo completo');
    expect(d.state.focus).toBe('visita-presidio');
    expect(stepOf(d)).toBe(1);
  });
});

describe('round 4112: young children taken along', () => {
  it('"posso levar meus filhos pequenos?" asks the rules for minors', () => {
    const d = talk('meu irmão tá preso e quero me cadastrar pra visitar ele', 'quais documentos eu levo?', 'dá pra levar meus filhos pequenos na visita?');
    expect(said(d)).toMatch(/criancas e adolescentes/);
  });
});
