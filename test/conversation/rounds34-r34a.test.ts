// The thirty-fourth session's r34a rounds: first messages that found the wrong service or none. Written from the
// citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { talk } from './real.ts';

describe('round 3600: a complaint, praise or suggestion about a public body is made to an ombudsman', () => {
  it('praise or a suggestion about a body a service is named after goes to the general ombudsman', () => {
    expect(talk('quero mandar um elogio pros bombeiros que salvaram meu gato').state.focus).toBe('ouvidoria');
    expect(talk('gostaria de deixar uma sugestão sobre o detran').state.focus).toBe('ouvidoria');
    expect(talk('quero elogiar a diretora da escola estadual do meu filho').state.focus).toBe('ouvidoria');
  });
  it('a complaint after a story that names another service, with nothing after the complaint', () => {
    expect(talk('a policia me tratou mal na blitz, quero reclamar disso').state.focus).toBe('ouvidoria');
    expect(talk('queria reclamar da vistoria do detran, o rapaz foi grosso').state.focus).toBe('ouvidoria');
  });
  it('the story naming a health unit goes to the SUS ombudsman; a complaint about what a service is about stays there', () => {
    expect(talk('fiquei horas no hospital e ninguem me atendeu, quero reclamar').state.focus).toBe('ouvidoria-saude');
    expect(talk('quero reclamar da conta de luz').state.focus).toBe('cemig-conta');
  });
});

describe('round 3601: what the State spent, paid or keeps is asked of the access-to-information request', () => {
  it('a sum the State spent or paid, said with the State as subject or in the passive, whatever the story names', () => {
    expect(talk('quero saber quanto o governo investiu na estrada da minha cidade').state.focus).toBe('acesso-informacao');
    expect(talk('a obra do posto de saude parou, quanto foi repassado pra construtora?').state.focus).toBe('acesso-informacao');
    // What the citizen paid is their own bill, not the State's.
    expect(talk('quanto foi pago no meu ipva').state.focus).toBe('ipva');
  });
  it('how many people work somewhere, and asking the State for information, though a topic is asked', () => {
    expect(talk('quantas enfermeiras trabalham no hospital do estado aqui?').state.focus).toBe('acesso-informacao');
    expect(talk('preciso dos dados da merenda escolar, como faço pra pedir essa informação pro estado?').state.focus).toBe('acesso-informacao');
  });
});

describe('round 3602: a driving licence brought from another state by one who moved here is its transfer', () => {
  it('"de lá" after the state the citizen came from, or the state itself after the licence', () => {
    expect(talk('sai de curitiba e agora moro em uberlandia, minha habilitação é do parana, o que faço?').state.focus).toBe('cnh-transferencia-estado');
    expect(talk('viemos de goiania ano passado e minha cnh ainda é de la').state.focus).toBe('cnh-transferencia-estado');
  });
  it('not the other state’s Detran when the citizen tells of having moved; still so for one who lives there', () => {
    expect(talk('minha carteira de motorista é do detran de goias, mudei pra divinopolis').state.focus).toBe('cnh-transferencia-estado');
    expect(talk('moro em sp e quero renovar minha cnh do detran sp').state.focus).toBeUndefined();
    expect(talk('minha cnh é do detran da bahia e to morando la ainda').state.focus).toBeUndefined();
  });
});

describe('round 3603: a pupil moved to another school is the school transfer', () => {
  it('"pra outra escola", "de escola" after a verb of changing, whatever the story names', () => {
    expect(talk('a diretora vive implicando com meu filho, quero colocar ele em outra escola estadual').state.focus).toBe('transferencia-escola');
    expect(talk('preciso trocar minha filha de colegio, a escola dela fechou o noturno').state.focus).toBe('transferencia-escola');
  });
  it('asked as a question, and a move of home after which the children go on studying', () => {
    expect(talk('como faço pra passar minha filha pra outra escola estadual mais perto?').state.focus).toBe('transferencia-escola');
    expect(talk('vamos mudar pra ipatinga e minha filha tem que continuar estudando na rede estadual').state.focus).toBe('transferencia-escola');
  });
});

describe('round 3604: a police report already made, asked for again, is its lookup', () => {
  it('a copy, a print or a download of the report asked for', () => {
    expect(talk('o seguro quer uma copia do boletim do roubo do meu carro, onde consigo?').state.focus).toBe('consulta-reds');
    expect(talk('preciso imprimir o bo da batida de ontem').state.focus).toBe('consulta-reds');
  });
  it('the report told as made, and the paper lost or the insurer asking for it', () => {
    expect(talk('o policial registrou o bo do acidente mas perdi a folha que ele me deu').state.focus).toBe('consulta-reds');
    // Two things asked, the report and another document's copy: not a copy of the report.
    expect(talk('perdi o rg, quero fazer o bo e a segunda via').state.focus).not.toBe('consulta-reds');
  });
});

describe('round 3605: violence or threats at home, by one of the household, is the protective order', () => {
  it('told by the one who suffers it, whatever else the story names', () => {
    expect(talk('meu ex marido nao para de me ameaçar, ontem ficou rondando a casa de novo').state.focus).toBe('medida-protetiva');
    expect(talk('meu companheiro me agrediu e saiu de casa, to com medo dele voltar').state.focus).toBe('medida-protetiva');
    // Not a household word beside violence done to something else.
    expect(talk('meu marido bateu o carro ontem').state.focus).not.toBe('medida-protetiva');
  });
});

describe('round 3606: money sent and a deceit told is a scam', () => {
  it('someone who pretended to be another, or a seller gone once paid', () => {
    expect(talk('mandei 800 reais pra um numero novo achando que era meu irmao').state.focus).toBe('bo-estelionato');
    expect(talk('transferi dinheiro pra um cara que fingiu ser do banco').state.focus).toBe('bo-estelionato');
  });
  it('a purchase told as a scam is no subject handled elsewhere; a purchase alone still is', () => {
    expect(talk('comprei uma bicicleta na olx, fiz o pix e o vendedor me bloqueou').state.focus).toBe('bo-estelionato');
    expect(talk('paguei um curso pelo instagram e a moça sumiu com meu dinheiro').state.focus).toBe('bo-estelionato');
    expect(talk('quero comprar um celular').state.focus).toBeUndefined();
  });
});

describe('merge review of round 3603: the change of school as what a paper is for', () => {
  it('"preciso do histórico pra trocar ele de escola" asks for the transcript', () => {
    expect(talk('meu filho precisa da 2 via do historico escolar para trocar de colegio').state.focus).toBe('historico-escolar');
    expect(talk('quero trocar meu filho de escola estadual ano que vem').state.focus).toBe('transferencia-escola');
  });
});
