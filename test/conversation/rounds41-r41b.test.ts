// The forty-first session's rounds of helper r41b (the need under the feeling). Written from the citizen's side, with
// wordings other than the dialogues'. Guards (things that must not change) are marked "guard" in their names.
import { describe, expect, it } from 'vitest';
import { expectElsewhere, kinds, talk, talkOn } from './real.ts';

describe('round 4920: hoping not to disturb, an old courtesy', () => {
  it('after a hello and "tudo bem?", "espero não estar incomodando" is small talk, no service', () => {
    const d = talk('Boa tarde, meu filho. Como vai? Espero não estar incomodando.');
    expect(kinds(d)).toContain('small_talk');
    expect(d.state.focus).toBeUndefined();
  });
  it('"espero não atrapalhar" alone is small talk, and the need after it still opens its card', () => {
    expect(kinds(talk('oi moça, espero nao atrapalhar'))).toContain('small_talk');
    expect(talk('espero nao atrapalhar, mas preciso renovar minha cnh').state.focus).toBe('cnh-renovacao');
  });
  it('guard: "isso atrapalha?" after a fact told still asks who may ask', () => {
    const d = talkOn('cnh-renovacao', 'tenho umas multas, isso atrapalha?');
    expect(kinds(d)).toEqual(['follow_up']);
  });
});

describe('round 4921: a booking for another service\'s sake starts the booking', () => {
  it('guard (round 4805\'s): "marcar um horário na UAI para ver o seguro-desemprego" is still the UAI booking form', () => {
    const d = talk('gostaria de marcar um horario na uai de uberlandia para resolver meu seguro desemprego');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai', field: 0 });
    expect(kinds(d)).toEqual(['card', 'field']);
  });
  it('asked politely as a question ("vocês podem marcar…?"), the same, though the search opens the purpose\'s card', () => {
    const d = talk('por favor, vcs podem marcar um horario na uai pra eu recuperar a conta gov.br?');
    expect(d.state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    expect(kinds(d)).toEqual(['card', 'field']);
  });
  it('guard: a booking of the service itself is unchanged, and a wish with no booking\'s words opens the need', () => {
    expect(talk('quero agendar na uai pra fazer a carteira de identidade').state.view).toMatchObject({ at: 'form', serviceId: 'agendamento-uai' });
    expect(talk('quero fazer a segunda via do rg').state.focus).toBe('cin-2a-via');
  });
});

describe('round 4922: the citizen\'s own trip, told beside the need', () => {
  it('"vou viajar segunda de ônibus" is why it is urgent, not a bus nor a second copy', () => {
    expect(talk('minha cnh venceu e vou viajar segunda de onibus, socorro').state.focus).toBe('cnh-renovacao');
    expect(talk('perdi a identidade e viajo amanha de carro, como faço?').state.focus).toBe('cin-2a-via');
  });
  it('guard: a question about travelling itself keeps its words', () => {
    expect(talk('idoso pode viajar de onibus de graça?').state.focus).toBe('passe-livre');
  });
});

describe('round 4923: a curse said of a noun', () => {
  it('"essa droga da polícia apreendeu meu carro" finds the pound, not a list with the drug report', () => {
    expect(talk('essa droga da policia apreendeu meu carro').state.focus).toBe('veiculo-removido');
  });
  it('guard: drug dealing reported is still the report line', () => {
    expect(talk('quero denunciar trafico de droga perto da escola, como faço?').state.focus).toBe('disque-denuncia');
  });
});

describe('round 4924: a thing of a subject handled elsewhere gone astray', () => {
  it('"minha encomenda sumiu, era a roupa do meu filho": the Correios, no missing person', () => {
    expectElsewhere('minha encomenda sumiu, era a roupa do meu filho pro aniversario');
  });
  it('guard: a son gone missing is still the missing-person report', () => {
    expect(talk('meu filho sumiu desde ontem, nao atende o celular').state.focus).toBe('pessoa-desaparecida');
  });
});

describe('round 4925: knowing nothing of "these things", having to chase everything', () => {
  it('on a card, "não entendo muito dessas coisas de aplicativo" is small talk and the card stays', () => {
    const d = talkOn('ipva', 'perdoa, nao entendo muito dessas coisas de aplicativo');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('ipva');
  });
  it('"sempre eu que corro atrás" is small talk, the card stays', () => {
    const d = talkOn('cnh-renovacao', 'aff, sempre eu que corro atras');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('guard: "não entendi o preço" is still the cost asked again', () => {
    expect(kinds(talkOn('ipva', 'nao entendi o preço'))).toEqual(['follow_up']);
  });
});

describe('round 4926: suing, and a hole in the street, said in anger', () => {
  it('"vou processar o governo" and a lawyer that cannot be paid: the courts and the Defensoria', () => {
    expectElsewhere('vou processar o governo, isso é um absurdo');
    expectElsewhere('nao tenho como pagar um advogado');
  });
  it('a hole in the street the mayor does not fill: the town', () => {
    expectElsewhere('faz um ano que ninguem vem tapar o buraco da rua, ja furei dois pneus');
  });
  it('guard: a fine contested "na justiça" is still the appeal', () => {
    expect(talk('quero entrar na justica contra essa multa de transito').state.focus).toBe('recurso-multa');
  });
});

describe('round 4927: out of work for months, and seeking a job', () => {
  it('"Fiquei desempregada há um ano. Onde eu procuro emprego?" is the Sine, not the unemployment benefit', () => {
    expect(talk('Fiquei desempregada há um ano. Onde eu procuro emprego?').state.focus).toBe('sine-emprego');
  });
  it('guard: out of work and asking for the benefit is still the benefit', () => {
    expect(talk('fiquei desempregado semana passada, como peço o seguro?').state.focus).toBe('seguro-desemprego');
  });
});
