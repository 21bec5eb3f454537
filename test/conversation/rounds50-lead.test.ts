// The fiftieth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { EngineDriver } from '../support/catalogue.ts';
import { kinds, realCatalogue, said, talk, talkOn } from './real.ts';

/** The UAI booking started from its card, then some answers. */
function uai(...answers: string[]): EngineDriver {
  const d = talkOn('agendamento-uai');
  d.press('Fazer solicitação');
  for (const a of answers) d.say(a);
  return d;
}

/** The form field asked now (its index), or undefined off the form. */
function fieldAt(d: EngineDriver): number | undefined {
  const v = d.state.view;
  return v.at === 'form' ? v.field : undefined;
}

/** The answers the form holds now. */
function answers(d: EngineDriver): Record<string, string> {
  const v = d.state.view;
  return v.at === 'form' || v.at === 'confirm' ? v.answers : {};
}

describe('round 6260: a name written after who the request is for ("Paciente: …") is the name', () => {
  it('"Paciente: Geraldo Antunes Filho" at the name: the name kept, the CPF asked', () => {
    const d = uai('Paciente: Geraldo Antunes Filho');
    expect(answers(d).nome).toBe('Geraldo Antunes Filho');
    expect(fieldAt(d)).toBe(1);
  });
  it('"Meu avô: José Firmino Dias." at the name: the name without the label', () => {
    const d = uai('Meu avô: José Firmino Dias.');
    expect(answers(d).nome).toBe('José Firmino Dias');
  });
  it('"Vou pôr o de solteira: Ana Paula Reis" at the name: the name without the label', () => {
    const d = uai('Vou botar o de solteira: Ana Paula Reis');
    expect(answers(d).nome).toBe('Ana Paula Reis');
  });
  it('guard: "Segue o nome completo: Maria das Dores Pereira" as before', () => {
    const d = uai('Segue o nome completo: Maria das Dores Pereira');
    expect(answers(d).nome).toBe('Maria das Dores Pereira');
  });
  it('guard: a label that is not who the request is for ("Endereço: …") is no name', () => {
    const d = uai('Endereço: Rua das Flores');
    expect(answers(d).nome).toBeUndefined();
    expect(fieldAt(d)).toBe(0);
  });
});

const TO_SERVICE = ['Geraldo Antunes Filho', '123.456.789-09', 'Contagem'];

describe('round 6261: a free-text field asked "pra que serve isso" explains itself', () => {
  it('"pra q serve isso ai" at the UAI service asked: the purpose, the same field again', () => {
    const d = uai(...TO_SERVICE, 'pra q serve isso ai');
    expect(fieldAt(d)).toBe(3);
    expect(answers(d).servico).toBeUndefined();
    expect(said(d)).toContain('cada servico da uai tem seus proprios horarios');
  });
  it('guard: "renovar a identidade" is the answer', () => {
    const d = uai(...TO_SERVICE, 'renovar a identidade');
    expect(answers(d).servico).toBe('renovar a identidade');
    expect(fieldAt(d)).toBe(4);
  });
});

describe('round 6262: a clause ordering an earlier answer changed, in a longer message at a free-text field, amends it', () => {
  it('"esqueci que mudei, moro em Betim agora. troca a cidade pra Betim por favor" at the service: Betim, the service asked again', () => {
    const d = uai(...TO_SERVICE, 'esqueci que mudei, moro em Betim agora. troca a cidade pra Betim por favor');
    expect(answers(d).municipio).toBe('Betim');
    expect(answers(d).servico).toBeUndefined();
    expect(fieldAt(d)).toBe(3);
  });
  it('guard: an account at the Ombudsman that tells of a change ("a escola mudou o horário…") is the account', () => {
    const d = new EngineDriver(realCatalogue);
    d.send({ kind: 'start', payload: 'ouvidoria' });
    d.press('Fazer solicitação');
    d.say('1');
    const before = fieldAt(d);
    d.say('A escola estadual mudou o horário da entrada sem avisar ninguém e as crianças ficaram na rua. Troca de horário assim não pode.');
    expect(fieldAt(d)).toBe((before ?? 0) + 1);
  });
});

describe('round 6263: a short free-text answer cut after an article is asked again, not kept', () => {
  it('"vou fazer o" at the UAI service: asked to finish, nothing kept', () => {
    const d = uai(...TO_SERVICE, 'vou fazer o');
    expect(fieldAt(d)).toBe(3);
    expect(answers(d).servico).toBeUndefined();
    expect(said(d)).toContain('pela metade');
  });
  it('guard: "segunda via do RG" is the answer', () => {
    const d = uai(...TO_SERVICE, 'segunda via do RG');
    expect(answers(d).servico).toBe('segunda via do RG');
  });
});

describe('round 6264: a second copy autocorrected to "segunda vida", and a card smudged, named as the citizen types them', () => {
  it('"como faço a segunda vida da identidade?" (autocorrect) is the ID card second copy', () => {
    expect(talk('como faço a segunda vida da identidade?').state.focus).toBe('cin-2a-via');
  });
  it('a card soaked and smudged ("caiu café e ficou tudo borrado") is the damaged document reason', () => {
    const d = talkOn('cin-2a-via');
    d.press('Fazer solicitação');
    for (const a of ['Geraldo Antunes Filho', '123.456.789-09', 'Contagem', '20/05/2027']) d.say(a);
    const v = d.state.view;
    expect(v.at === 'form' ? v.field : -1).toBe(4);
    d.say('caiu café em cima e ficou tudo borrado');
    expect(answers(d).motivo).toBe('Documento danificado');
  });
});

describe('round 6265: a trade said first, its pause lost, does not swallow the story of the one the need is for', () => {
  it('"sou contador, cliente meu tomou uma multa q ele jura de pe junto q nao cometeu, quer recorrer" is the appeal', () => {
    expect(talk('sou contador, cliente meu tomou uma multa q ele jura de pe junto q nao cometeu, quer recorrer').state.focus).toBe('recurso-multa');
  });
  it('"sou despachante, minha cliente recebeu multa que ela jura que não cometeu, quero entrar com recurso pra ela" is the appeal', () => {
    expect(talk('sou despachante, minha cliente recebeu multa que ela jura que não cometeu, quero entrar com recurso pra ela').state.focus).toBe('recurso-multa');
  });
  it('guard: "trabalho no rh de uma empresa e um funcionário perdeu a carteira de trabalho" is the loss report, as before', () => {
    expect(talk('trabalho no rh de uma empresa e um funcionário perdeu a carteira de trabalho').state.focus).toBe('bo-perda-documentos');
  });
});

describe('round 6266: a trade introduced with what it does for others is an introduction, no request', () => {
  it('"Boa tarde, sou assistente social e sempre oriento as pessoas com os serviços do estado." gets a welcome, no card', () => {
    const d = talk('Boa tarde, sou assistente social e sempre oriento as pessoas com os serviços do estado.');
    expect(d.state.focus).toBeUndefined();
    expect(d.state.view.at).toBe('menu');
  });
  it('guard: "sou despachante e preciso do licenciamento do carro de um cliente" is the licensing', () => {
    expect(talk('sou despachante e preciso do licenciamento do carro de um cliente').state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 6280 (declared): who the chat serves, asked of the channel, is answered, no card', () => {
  it('"Sou agente de saúde. Esse canal atende a população diretamente?" says it serves anyone, no service', () => {
    const d = talk('Sou agente de saúde. Esse canal atende a população diretamente?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('atendo qualquer pessoa');
  });
  it('"que serviços esse canal presta?" is the same answer, no Ouvidoria', () => {
    const d = talk('que serviços esse canal presta?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('atendo qualquer pessoa');
  });
  it('guard: "quero renovar a cnh" is still the renewal', () => {
    expect(talk('quero renovar a cnh').state.focus).toBe('cnh-renovacao');
  });
});

describe('round 6281 (declared): asked whether it remembers an earlier conversation, the chat says it does not', () => {
  it('"vc se lembra do que a gente falou ontem?" gets the honest answer', () => {
    const d = talk('vc se lembra do que a gente falou ontem?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nao lembro de conversas anteriores');
  });
});

describe('round 6282 (declared, on blind 107): the chat asked whether it charges, is all a scam, can be trusted, or will phone', () => {
  it('"usar esse chat é gratuito mesmo?" gets the chat never asks for payment, no card', () => {
    const d = talk('usar esse chat é gratuito mesmo?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nunca peco senha');
  });
  it('"o povo fala que esses chat do governo é tudo golpe" gets the same, no fraud report', () => {
    const d = talk('o povo fala que esses chat do governo é tudo golpe');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('governo de minas gerais');
  });
  it('"dá pra confiar nesse chat?" gets the LGPD note', () => {
    const d = talk('dá pra confiar nesse chat?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('lgpd');
  });
  it('"alguém vai me ligar depois?" gets that the chat never phones', () => {
    const d = talk('alguém vai me ligar depois?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('nao ligo para ninguem');
  });
  it('guard: "caí num golpe do pix, quero fazer o bo" is the fraud report', () => {
    expect(talk('caí num golpe do pix, quero fazer o bo').state.focus).toBe('bo-estelionato');
  });
});

describe('round 6282 (declared), guards: a question of a service\'s cost is no question about the chat', () => {
  it('guard: "o sine cobra alguma coisa?" on the Sine is its cost', () => {
    const d = talkOn('sine-emprego', 'o sine cobra alguma coisa?');
    expect(d.state.focus).toBe('sine-emprego');
    expect(said(d)).not.toContain('nunca peco senha');
  });
  it('guard: "o atendimento é gratuito?" on the UAI scheduling is its cost', () => {
    const d = talkOn('agendamento-uai', 'o atendimento é gratuito?');
    expect(said(d)).not.toContain('nunca peco senha');
  });
});

describe('round 6283 (declared, on blind 108): a paper held, asked whether it serves for the card in view, is asked of that card', () => {
  it('"o guri so tem certidao de nascimento, nao tem rg ainda. serve?" on the fishing licence: the card says nothing of it, honestly; no registry office, no ID card', () => {
    const d = talk('quero tirar a licença de pesca do meu neto de 8 anos', 'o guri so tem certidao de nascimento, nao tem rg ainda. serve?');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(kinds(d)).toContain('unanswered');
  });
  it('guard: "quero tirar a identidade dele, só tem a certidão de nascimento" on the fishing licence asks for the ID card', () => {
    const d = talkOn('licenca-pesca', 'quero tirar a identidade dele, só tem a certidão de nascimento');
    expect(d.state.focus).not.toBe('licenca-pesca');
  });
});

describe('round 6283 (declared), narrowed: an obligation ("tem que", "tenho q") is no paper held', () => {
  it('guard: "a empresa aceita cópia ou tenho que autenticar no cartório?" on the criminal record certificate is not the honest silence', () => {
    const d = talkOn('antecedentes-criminais', 'a empresa aceita cópia ou tenho que autenticar no cartório?');
    expect(kinds(d)).not.toContain('unanswered');
  });
});

describe('round 6284 (declared, on blind 107): a message received claiming a debt or a fine, asked how to check it, is its lookup', () => {
  it('"recebi no zap q tenho multa de transito pra pagar com link, como eu vejo se tenho multa msm" is the fines lookup, not the fraud report', () => {
    expect(talk('recebi no zap q tenho multa de transito pra pagar com link, como eu vejo se tenho multa msm').state.focus).toBe('multas-pontuacao');
  });
  it('"chegou sms dizendo q meu ipva ta atrasado e mandou link pra pagar, como vejo isso direito" is the IPVA, not a list', () => {
    expect(talk('chegou sms dizendo q meu ipva ta atrasado e mandou link pra pagar, como vejo isso direito').state.focus).toBe('ipva');
  });
  it('guard: "recebi um link no whatsapp, paguei a multa e era golpe" is the fraud report', () => {
    expect(talk('recebi um link no whatsapp, paguei a multa e era golpe, o que eu faço?').state.focus).toBe('bo-estelionato');
  });
});

describe('round 6284 (declared), narrowed: a claim of what the State does not handle is answered with who does', () => {
  it('guard: "mandaram link dizendo q tenho pis esquecido pra sacar, e verdade?" gets the federal government, no card', () => {
    const d = talk('mandaram link dizendo q tenho pis esquecido pra sacar, e verdade?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('governo federal');
  });
});
