// The fortieth session's r40b rounds: first messages with places, numbers and privacy. Written from the citizen's side,
// with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 4720: a request made elsewhere asked after (a protocol, "já saiu?")', () => {
  it('on the card, the number of the request: no status made up, where to follow it, and how long it takes', () => {
    const d = talkOn('ciptea', 'a carteirinha ja ficou pronta? o protocolo é 2025.444.321');
    expect(d.state.focus).toBe('ciptea');
    expect(asked(d)).toEqual(['time']);
    expect(said(d)).toContain('155');
    expect(said(d)).not.toMatch(/foi aprovad|esta pronta/);
  });
  it('a service named with the request: that service, and its time', () => {
    const d = talk('meu pedido da segunda via da identidade ta em analise ainda?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(asked(d)).toEqual(['time']);
    expect(kinds(d)[0]).toBe('notice');
  });
  it('no service: the bot cannot see requests, says where they are followed, and asks which service', () => {
    const d = talk('protocolo 77123, ja foi aprovado?');
    expect(d.state.focus).toBeUndefined();
    expect(said(d)).toContain('155');
    expect(kinds(d)).not.toContain('card');
  });
  it('the bot\'s own protocol is still looked up by its own words', () => {
    expect(kinds(talk('consultar protocolo'))).toEqual(['protocol']);
  });
});

describe('round 4721: what becomes of the citizen\'s data, asked in words of their own', () => {
  it('selling, passing on or keeping data, asked of the chat: the privacy reply, no service', () => {
    for (const text of ['voces vendem minhas informacoes?', 'vcs repassam os dados pra alguem?', 'ce guarda o meu cpf?', 'quem le o que eu escrevo por aqui?']) {
      const d = talk(text);
      expect(kinds(d), text).toEqual(['small_talk']);
      expect(said(d), text).toContain('lgpd');
      expect(d.state.focus, text).toBeUndefined();
    }
  });
  it('data sent by mistake: the privacy reply, the card kept', () => {
    const d = talkOn('ipva', 'mandei meu celular por engano');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('ipva');
  });
  it('whether the chat is safe: who the bot is and what becomes of the data', () => {
    const d = talk('isso aqui é seguro?');
    expect(said(d)).toContain('lgpd');
  });
  it('a service named beside the data is that service', () => {
    expect(talk('vc consegue ver minhas multas pelo cpf?').state.focus).toBe('multas-pontuacao');
  });
});

describe('round 4722: where the citizen lives or got a licence, told with the need', () => {
  it('a street, a number and a neighbourhood before the need: the need finds its service', () => {
    expect(talk('moro na avenida amazonas, 1200, bairro centro, em contagem. preciso tirar a segunda via do rg').state.focus).toBe('cin-2a-via');
    expect(talk('Moro na Rua da Bahia, 300, bairro Lourdes, em Belo Horizonte. Tem UAI perto de mim?').state.focus).toBe('agendamento-uai');
  });
  it('a licence issued in another state, by one who lives here: its transfer', () => {
    expect(talk('minha carteira de motorista foi expedida na bahia e agora moro em ipatinga').state.focus).toBe('cnh-transferencia-estado');
  });
  it('a licence from abroad, by one who lives here: the foreign licence', () => {
    expect(talk('fiz minha carta na italia e agora moro em betim').state.focus).toBe('cnh-estrangeiro');
    expect(talk('tenho habilitacao do paraguai e moro aqui em uberaba').state.focus).toBe('cnh-estrangeiro');
  });
  it('one who lives abroad is not told they live here', () => {
    expect(talk('moro na espanha e minha cnh vai vencer').state.focus).not.toBe('cnh-estrangeiro');
  });
});

describe('round 4723: a police report said to be of the citizen\'s case, with its number', () => {
  it('the report is made already: a copy of it is its lookup, not a new report', () => {
    expect(talk('meu boletim 2026-000123456-001 é do roubo do celular, onde eu baixo ele?').state.focus).toBe('consulta-reds');
    expect(talk('o bo que eu fiz é da batida de sabado, como imprimo?').state.focus).toBe('consulta-reds');
  });
  it('a report asked for is still made', () => {
    expect(talk('preciso fazer um boletim do roubo do meu celular').state.focus).not.toBe('consulta-reds');
  });
});

describe('round 4724: a number of the citizen\'s records typed with the need', () => {
  it('the service of the need, and first that nothing is looked up by the number here', () => {
    const d = talk('cpf 046.450.130-09, tenho pontos na carteira?');
    expect(d.state.focus).toBe('multas-pontuacao');
    expect(kinds(d)[0]).toBe('notice');
    expect(said(d)).toContain('155');
    expect(said(d)).not.toContain('046');
  });
  it('the need alone gets no such word', () => {
    expect(kinds(talk('tenho pontos na carteira?'))[0]).not.toBe('notice');
  });
  it('in a form the number is the answer', () => {
    const d = talkOn('cin-2a-via', 'pre agendamento', 'Joana Dias Pereira', 'cpf 529.982.247-25');
    expect(kinds(d)).not.toContain('notice');
  });
});

describe('round 4725: the citizen introducing themselves, with a greeting or a home town', () => {
  it('a name and a town among courtesies: a greeting back, no search', () => {
    for (const text of ['Muito prazer, aqui é a Sebastiana, de Itabira.', 'boa noite, me chamo Tereza, sou de Governador Valadares', 'prazer, sou o Juvenal']) {
      const d = talk(text);
      expect(kinds(d), text).not.toContain('no_results');
      expect(d.state.focus, text).toBeUndefined();
      expect(d.state.options.some((o) => o.id.startsWith('svc:')), text).toBe(false);
    }
  });
  it('a trade is no name, and a need after the town is searched', () => {
    expect(talk('sou servidora').state.options.some((o) => o.id === 'svc:contracheque-servidor')).toBe(true);
    expect(talk('oi, sou de Itabira e preciso renovar a cnh').state.focus).toBe('cnh-renovacao');
  });
  it('a name with a number, in the first field under its card, is the form\'s answer', () => {
    const d = talkOn('cin-2a-via', 'pre agendamento', 'sou a Marlene Alves Prado, cpf 529.982.247-25');
    expect(d.state.view).toMatchObject({ at: 'form' });
    expect(d.state.view.at === 'form' ? d.state.view.field : -1).toBeGreaterThan(0);
  });
});
