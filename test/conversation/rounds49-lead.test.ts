// The forty-ninth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
// Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

const SIX = ['quero renovar minha cnh', 'e o ipva, quanto custa?', 'preciso da segunda via da conta de agua', 'e a conta de luz da cemig?', 'como faço o licenciamento do carro?', 'quero tirar a carteira de identidade pela primeira vez'];

describe('round 6160: "o primeiro" is the first service talked about, however many came after', () => {
  it('after six services, "o primeiro, onde é feito?" is the CNH renewal again', () => {
    const d = talk(...SIX);
    expect(d.state.talked?.[0]).toBe('cnh-renovacao');
    const e = talk(...SIX, 'o primeiro, onde é feito?');
    expect(e.state.focus).toBe('cnh-renovacao');
    expect(asked(e)).toEqual(['where']);
  });
  it('guard: the list stays at five ids, the latest four after the first', () => {
    const d = talk(...SIX);
    expect(d.state.talked).toHaveLength(5);
    expect(d.state.talked?.at(-1)).toBe(d.state.focus);
  });
});

describe('round 6161: the bot asked to fill in or file the card\'s request for the citizen says it cannot, and how they do it', () => {
  it('"vc consegue preencher a declaração pra mim?" on the ITCD: no access, then the steps', () => {
    const d = talkOn('itcd', 'vc consegue preencher a declaração pra mim?');
    expect(d.state.focus).toBe('itcd');
    expect(said(d)).toMatch(/nao consigo/);
    expect(asked(d)).toEqual(['how']);
  });
  it('guard: "o senhor consegue preencher o formulário pra mim?" on the Ciptea: the request declined and the steps, as before', () => {
    const d = talkOn('ciptea', 'o senhor consegue preencher o formulário pra mim?');
    expect(said(d)).toMatch(/nao consigo/);
    expect(asked(d)).toEqual(['how']);
  });
  it('"dá entrada no pedido pra mim" on the IPVA restitution: no access, then the steps', () => {
    const d = talkOn('ipva-restituicao', 'dá entrada no pedido pra mim');
    expect(d.state.focus).toBe('ipva-restituicao');
    expect(said(d)).toContain('nao consigo fazer isso por voce');
    expect(asked(d)).toEqual(['how']);
  });
  it('"vc pode fazer o pedido de isenção por mim?" on the IPVA exemption: the bot is asked, not who may ask', () => {
    const d = talkOn('ipva-isencao', 'vc pode fazer o pedido de isenção por mim?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toEqual(['how']);
  });
  it('guard: "meu filho pode fazer o pedido por mim?" asks who may ask (someone else named)', () => {
    const d = talkOn('ipva-isencao', 'meu filho pode fazer o pedido por mim?');
    expect(asked(d)).not.toEqual(['how']);
    expect(said(d)).not.toContain('nao consigo fazer isso por voce');
  });
  it('guard: "da pra preencher pelo celular?" asks whether it is online', () => {
    const d = talkOn('ciptea', 'da pra preencher pelo celular?');
    expect(said(d)).not.toContain('nao consigo fazer isso por voce');
  });
});

describe('round 6162: missing the deadline, on a card that charges for lateness, is asked what it costs', () => {
  it('"e se eu passar dos 60 dias?" on the notice of sale: its costs (free until then, a fee after)', () => {
    const d = talkOn('comunicacao-venda', 'e se eu passar dos 60 dias?');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toContain('taxa');
  });
  it('"e se o comprador demorar mais de 30 dias?" on the transfer: its costs, and the fine its description tells', () => {
    const d = talkOn('transferencia-veiculo', 'e se o comprador demorar mais de 30 dias?');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(asked(d)).toEqual(['cost']);
    expect(said(d)).toContain('multa');
  });
  it('guard: "e se passar do prazo?" on the CNH renewal (no charge for lateness on its card) keeps its reading', () => {
    const d = talkOn('cnh-renovacao', 'e se passar do prazo?');
    expect(asked(d)).not.toContain('cost');
  });
  it('guard: "tem prazo pra comunicar?" on the notice of sale is the deadline', () => {
    const d = talkOn('comunicacao-venda', 'tem prazo pra comunicar?');
    expect(asked(d)).toEqual(['time']);
  });
});

describe('round 6162 (lateness told): "já passaram os 60 dias" on a card that charges for lateness', () => {
  it('"já passaram os 60 dias, e agora?" on the notice of sale: its costs', () => {
    const d = talkOn('comunicacao-venda', 'já passaram os 60 dias, e agora?');
    expect(asked(d)).toEqual(['cost']);
  });
});

describe('round 6163: "precisa de qual número?" asks which number the request needs, not a phone', () => {
  it('"preciso de que numero pra consultar?" on the vehicle check: its documents', () => {
    const d = talkOn('situacao-veiculo', 'preciso de que numero pra consultar?');
    expect(asked(d)).toEqual(['documents']);
  });
  it('"qual número eles pedem?" on the Cemig bill: its documents', () => {
    const d = talkOn('cemig-conta', 'qual número eles pedem?');
    expect(asked(d)).toEqual(['documents']);
  });
  it('guard: "qual o número pra ligar?" on the Cemig bill is its phone', () => {
    const d = talkOn('cemig-conta', 'qual o número pra ligar?');
    expect(asked(d)).not.toContain('documents');
  });
});

describe('round 6164: whether it is quick or done the same day, asked, is how long it takes (not the citizen\'s hurry)', () => {
  it('"a certidão sai rapidinho?" on the tax debt certificate: its time', () => {
    const d = talkOn('certidao-debitos', 'a certidão sai rapidinho?');
    expect(asked(d)).toEqual(['time']);
  });
  it('"a renovação tem data certa?" on the enrolment renewal: its time', () => {
    const d = talkOn('renovacao-matricula', 'a renovação tem data certa?');
    expect(asked(d)).toEqual(['time']);
  });
  it('guard: "seja rapidinho por favor" is the citizen\'s hurry, no topic answered', () => {
    const d = talkOn('cin-1a-via', 'seja rapidinho por favor');
    expect(asked(d)).toEqual([]);
    expect(d.state.focus).toBe('cin-1a-via');
  });
});

describe('round 6165: "sair" alone in the steps leaves the steps back to the card (a second "sair" ends the conversation)', () => {
  it('"sair" on step 2 of the IPVA restitution shows its card, the service kept', () => {
    const d = talk('quero a restituição do ipva do carro roubado', 'passo a passo', 'próxima', 'sair');
    expect(kinds(d)).toEqual(['card']);
    expect(d.state.focus).toBe('ipva-restituicao');
  });
  it('guard: then "sair" on the card ends the conversation', () => {
    const d = talk('quero a restituição do ipva do carro roubado', 'passo a passo', 'sair', 'sair');
    expect(kinds(d)).toEqual(['bye']);
  });
  it('guard: "tchau" in the steps ends the conversation', () => {
    expect(kinds(talk('quero a restituição do ipva do carro roubado', 'passo a passo', 'tchau'))).toEqual(['bye']);
  });
});

describe('round 6180 (declared, after the blind figure): a distance or the citizen\'s working hours name no service', () => {
  it('"moro em uberlândia, uns 540 km de bh, preciso ir até lá?" on the school transcript keeps the transcript', () => {
    const d = talkOn('historico-escolar', 'moro em uberlândia, uns 540 km de bh, preciso ir até lá?');
    expect(d.state.focus).toBe('historico-escolar');
  });
  it('"eu trabalho até as 19h, consigo fazer online?" on the enrolment renewal keeps the renewal', () => {
    const d = talkOn('renovacao-matricula', 'eu trabalho até as 19h, consigo fazer online?');
    expect(d.state.focus).toBe('renovacao-matricula');
    expect(asked(d)).toEqual(['online']);
  });
  it('"tenho 66 anos mas ainda trabalho, sou isento?" on the fishing licence keeps the licence', () => {
    const d = talkOn('licenca-pesca', 'tenho 66 anos mas ainda trabalho, sou isento?');
    expect(d.state.focus).toBe('licenca-pesca');
  });
  it('guard: "comprei um carro 0 km, como emplaco?" is still the first plate', () => {
    expect(talk('comprei um carro 0 km, como emplaco?').state.focus).toBe('primeiro-emplacamento');
  });
  it('guard: "procuro trabalho em contagem" is still the job search', () => {
    expect(talk('procuro trabalho em contagem').state.focus).toBe('sine-emprego');
  });
});

describe('round 6181 (declared): the citizen\'s own role ("sou síndico") is who asks, not a subject handled elsewhere', () => {
  it('"sou síndica, preciso da segunda via da conta de luz das áreas comuns" is the Cemig bill', () => {
    expect(talk('sou síndica, preciso da segunda via da conta de luz das áreas comuns').state.focus).toBe('cemig-conta');
  });
  it('guard: "sou síndico e o vizinho do 302 faz barulho toda noite" is still the condominium\'s matter', () => {
    const d = talk('sou síndico e o vizinho do 302 faz barulho toda noite');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('condominio');
  });
});

describe('round 6181 (merge of the declared rounds): the role with where it is held asks nothing', () => {
  it('guard: "bom dia, sou a síndica aqui do residencial" opens no service', () => {
    const d = talk('bom dia, sou a síndica aqui do residencial');
    expect(d.state.focus).toBeUndefined();
  });
});

describe('round 6182 (declared): the CREAS (social assistance) is no CREA (the engineers\' council)', () => {
  it('"Preciso marcar a 2ª via da carteira de identidade de uma jovem que atendemos no CREAS." is the ID card\'s 2nd copy', () => {
    expect(talk('Preciso marcar a 2ª via da carteira de identidade de uma jovem que atendemos no CREAS.').state.focus).toBe('cin-2a-via');
  });
  it('guard: "como pago a anuidade do crea?" is still the professional council\'s matter', () => {
    const d = talk('como pago a anuidade do crea?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('conselho profissional');
  });
});
