// The twenty-seventh session's rounds of helper r27d (2780 on: forms, navigation, small talk, first messages), one
// `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { asked, expectElsewhere, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 2780: in the steps, a case or a purpose, or an attempt that failed, points at its step', () => {
  it('"e se…?", "e pra…?", "e quando for…?" go to the one later step whose title holds every word', () => {
    for (const [svc, q, n] of [
      ['cemig-conta', 'e se a energia tiver cortada?', 4],
      ['cnh-renovacao', 'e pro exame medico?', 3],
      ['cin-2a-via', 'e quando for receber a carteira?', 4],
      ['agendamento-uai', 'e pra comparecer?', 3],
    ] as const) {
      const d = talkOn(svc, 'passo a passo', q);
      expect(d.state.view.at, q).toBe('walkthrough');
      expect(stepOf(d), q).toBe(n);
    }
  });
  it('two later steps holding the word tell none apart: no jump', () => {
    // Steps 3 and 4 of the IPVA in instalments both pay.
    const d = talkOn('ipva-parcelamento', 'passo a passo', 'e pra pagar?');
    expect(stepOf(d)).toBe(1);
  });
  it('an attempt told with its failure is the step done: the next one', () => {
    for (const q of ['ja tentei recuperar e nao funcionou', 'ja tentei pela internet mas nao deu certo']) {
      const d = talkOn('conta-govbr', 'passo a passo', q);
      expect(stepOf(d), q).toBe(2);
    }
  });
});

describe('round 2781: in a form, a cancel opened by a wish, and a question held with more than one word', () => {
  const toService = ['pode agendar pra mim', 'maria souza', '111.444.777-35', 'belo horizonte'];
  it('"quero cancelar, vou terminar amanhã" in a free-text field cancels', () => {
    for (const q of ['quero cancelar, vou terminar amanha', 'queria desistir, vou fazer depois']) {
      const d = talkOn('agendamento-uai', ...toService, q);
      expect(d.state.view.at, q).not.toBe('form');
      // Cancelled, not only moved off the form (to the offer to leave it, say): the reply says so.
      expect(said(d), q).toMatch(/cancelad/);
    }
  });
  it('the same words as an answer without a cancel stay the answer', () => {
    const d = talkOn('agendamento-uai', ...toService, 'vou fazer a identidade');
    expect(d.state.view.at).toBe('form');
  });
  it('"pera, antes, …?" and "pera, e o X, …?" ask about another service: leaving is offered', () => {
    for (const q of ['espera, antes, consigo emitir o atestado de antecedentes?', 'pera, e a conta de luz, da pra tirar a segunda via online?']) {
      const d = talkOn('ouvidoria', 'quero reclamar por aqui', 'reclamacao', q);
      expect(d.state.view.at, q).toBe('leave');
    }
  });
  it('"e o X, que…" with no question is the answer of the field', () => {
    const d = talkOn('ouvidoria', 'quero reclamar por aqui', 'reclamacao', 'pera, e o hospital regional, que atende mal');
    expect(d.state.view.at).toBe('form');
  });
  it('"dá pra fazer X por aqui?" is answered with where X is done online, then leaving is offered', () => {
    const d = talkOn('ouvidoria', 'quero reclamar por aqui', 'reclamacao', 'pera, consigo ver as multas do meu carro por aqui?');
    expect(d.state.view.at).toBe('leave');
    expect(said(d)).toMatch(/pela internet/i);
  });
});

describe('round 2782: what is no service — a story told after the question, a pet first, a hope after "tudo bem?"', () => {
  it('a clause of where the citizen worked, after the question about the subject, is the story', () => {
    for (const q of ['como saco o abono salarial, trabalhava numa empresa que fechou', 'quero sacar o pis, trabalhava numa empresa que faliu']) expectElsewhere(q);
  });
  it('a request for the service itself, with the same story, still opens it', () => {
    const d = talk('quero dar baixa na minha empresa, trabalhei sozinho nela 10 anos');
    expect(d.state.focus).toBe('baixa-empresa');
  });
  it("the pet's vaccine said with the animal first, or the owner's animal after it, is the town's", () => {
    for (const q of ['minha gata precisa de vacina, onde levo?', 'onde faço a vacina do meu gato de graça']) expectElsewhere(q);
  });
  it('cattle still go to the animal transit guide', () => {
    expect(talk('precisa vacina pra tirar gta do gado?').state.focus).toBe('gta');
  });
  it('"espero que sim" after asking how the bot is: small talk, not a search', () => {
    for (const q of ['ola, como vai? espero que sim', 'bom dia, tudo bom? espero que sim!']) {
      const d = talk(q);
      expect(kinds(d), q).toContain('small_talk');
      expect(said(d), q).not.toMatch(/nao encontrei/);
    }
  });
});

describe('round 2783: helping someone is no thanks; "anotar os dados" asks for the form', () => {
  it('"tô ajudando…", "vou ajudar…" with a request: the request is searched, no "de nada"', () => {
    // "uai" is also Minas's interjection, which rides along with a social cue: read as thanks, the whole was small talk.
    for (const [q, svc] of [['estou ajudando minha tia com o agendamento na uai', 'agendamento-uai'], ['vou ajudar minha mae a marcar a uai', 'agendamento-uai'], ['estou ajudando meu pai a tirar a segunda via do rg', 'cin-2a-via']] as const) {
      const d = talk(q);
      expect(kinds(d), q).not.toContain('small_talk');
      expect(d.state.focus, q).toBe(svc);
    }
  });
  it('thanks for the help stay thanks', () => {
    const d = talkOn('cnh-renovacao', 'obrigado, ajudou muito');
    expect(kinds(d)).toContain('small_talk');
  });
  it('"pode anotar/pegar os dados" starts the form of the card in view', () => {
    for (const q of ['pode pegar os dados por aqui?', 'sim, pode anotar os dados dela']) {
      const d = talkOn('ouvidoria', q);
      expect(d.state.view.at, q).toBe('form');
    }
  });
});

describe('round 2784: in a correction, why is not what, and a case of the card asked about stays on it', () => {
  it('a clause of the citizen\'s situation after the correction is read apart when the rest finds a service clearly', () => {
    const d = talk('quero visitar meu irmao no presidio', 'na verdade queria fazer por video, moro em outra cidade');
    expect(d.state.focus).toBe('visita-virtual');
  });
  it('"na verdade foi furtada, tem que pagar?": the case is the card\'s own, the question is answered on it', () => {
    for (const [svc, q] of [['cnh-2a-via', 'na verdade foi furtada, tem que pagar?'], ['cin-2a-via', 'na real foi roubado, paga?']] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(asked(d), q).toContain('cost');
    }
  });
  it('a correction to a sibling service still moves: "na verdade é a segunda via, quanto custa?"', () => {
    const d = talkOn('cin-1a-via', 'na verdade é a segunda via, quanto custa?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});
