// The forty-sixth session's rounds of helper r46d (the need inside a story). Written from the citizen's side, with wordings
// other than the dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, talk, talkOn } from './real.ts';

describe('round 5860: a story that tells a thing lost or taken and asks another one: its 2nd copy', () => {
  it('guard: a policeman said the licence "vence no mês que vem", then how to renew: the renewal stays', () => {
    const d = talk('bom dia. sou motorista de aplicativo faz 10 anos. ontem um policial parou meu carro, olhou minha habilitação e disse que ela vence no mês que vem. como faço pra renovar sem parar de trabalhar?');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('guard: trees cut by a stream the community drinks from, then how to report: the environmental report stays', () => {
    const d = talk('boa tarde. moro num sitio perto de Diamantina e tem uns homens cortando as arvores da beira do corrego faz uma semana. o corrego é de onde a gente tira agua. tenho medo de falar com eles. como faço pra denunciar?');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
  it('guard: a certificate lost in a flood, "Como consigo outra via?", is no power bill\'s 2nd copy', () => {
    const d = talk('Boa tarde. Conclui o ensino médio numa escola estadual de Teófilo Otoni há muitos anos. Agora a empresa pediu o certificado, que eu perdi numa mudança. Como consigo outra via?');
    expect(d.state.focus).not.toBe('cemig-conta');
  });
  it('a bag taken on the bus, the report already made, "preciso de outra identidade": the CIN\'s 2nd copy', () => {
    const d = talk('Bom dia. Estava no ônibus voltando do trabalho e quando desci percebi que tinham levado minha bolsa, com a carteira de identidade dentro. O boletim eu já fiz pela internet. Agora preciso de outra identidade. Como faço?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: a short request with its question keeps what it names ("Quero tirar a CIN. Quanto custa?")', () => {
    const d = talk('Quero tirar a CIN. Quanto custa?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(asked(d)).toContain('cost');
  });
  it('guard: a story whose asking sentence agrees with what it names stays ("…está no presídio… Como faço para visitar ele?")', () => {
    const d = talk('Meu filho foi preso na semana passada e está no presídio de Ribeirão das Neves. A família toda está muito abalada. Como faço para visitar ele?');
    expect(d.state.focus).toBe('visita-presidio');
  });
  it('guard: "Oi, tudo bem? Preciso pagar o IPVA. Onde emito a guia?" is the IPVA', () => {
    expect(talk('Oi, tudo bem? Preciso pagar o IPVA. Onde emito a guia?').state.focus).toBe('ipva');
  });
});

describe('round 5861: threats by a former partner at one\'s work, asked with a question, are the protective order', () => {
  it('"ele fica rondando o meu serviço… O que eu faço pra ele me deixar em paz?" opens the protective order', () => {
    const d = talk('Meu ex-namorado não aceita o fim. Ele fica rondando o meu serviço e me liga toda hora. O que eu faço pra ele me deixar em paz?');
    expect(d.state.focus).toBe('medida-protetiva');
  });
  it('guard: "meu marido me ameaça… como eu faço pra ele ficar longe?" still opens the protective order', () => {
    const d = talk('meu marido me ameaça toda noite quando chega bebado, como eu faço pra ele ficar longe de mim?');
    expect(d.state.focus).toBe('medida-protetiva');
  });
});

describe('round 5862: results the search is not sure of, the one the citizen\'s own asking words find clearly first', () => {
  it('a scam denied, then drug dealers on the street and "quero denunciar sem me identificar": the Disque-Denúncia, no list', () => {
    const d = talk('fui vitima de golpe no whatsapp', 'me expliquei errado, nao fui enganado nao. é que tem uns caras vendendo droga numa casa aqui da rua, todo mundo sabe. quero denunciar sem me identificar');
    expect(d.state.focus).toBe('disque-denuncia');
  });
  it('robbed at the market, the report already made, "Agora preciso de outra identidade." (no question): the CIN\'s 2nd copy', () => {
    const d = talk('Fui roubada na saída do mercado, levaram bolsa, celular e documentos. O boletim eu já registrei. Agora preciso de outra identidade.');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "quero denunciar" alone still lists the reports to choose from', () => {
    const d = talk('quero denunciar');
    expect(d.state.view.at).toBe('results');
  });
  it('guard: on the environmental report, a story told with "quero denunciar" keeps it', () => {
    const d = talkOn('denuncia-ambiental', 'tem uma fazenda aqui perto jogando veneno no rio, os peixes estão morrendo. quero denunciar');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
});
