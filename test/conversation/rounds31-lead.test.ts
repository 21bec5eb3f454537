// The thirty-first session's lead round 3180: a worry said as a statement on a card ("não tenho como pagar",
// "trabalho o dia todo", "tenho medo de demorar") asks the topic it worries about. Written from the citizen's side, with
// wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { fromSpanish } from '../../src/conversation/spanish.ts';
import { said, talkOn } from './real.ts';

describe('round 3180: a worry said as a statement asks its topic', () => {
  it('money: what it costs, and whether it is free', () => {
    for (const [svc, text] of [['cin-1a-via', 'olha, eu nao tenho dinheiro nenhum'], ['bo-furto', 'to sem grana pra isso'], ['ipva', 'nao consigo pagar agora'], ['passe-livre', 'tô quebrada esse mês']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/quanto custa/);
    }
  });
  it('time: how long it takes', () => {
    for (const [svc, text] of [['cnh-renovacao', 'tenho medo de demorar demais'], ['historico-escolar', 'tenho pressa, a matricula da faculdade é semana que vem'], ['acesso-informacao', 'nao quero ficar esperando meses']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/quanto tempo leva/);
    }
  });
  it('no time, far away or no computer: whether it is done online, and the ways without the internet', () => {
    for (const [svc, text] of [['antecedentes-criminais', 'trabalho o dia inteiro'], ['certidao-debitos', 'moro muito longe da cidade'], ['ipva', 'minha mae mora longe e nao tem carro'], ['cin-2a-via', 'não sei mexer no celular']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/pela internet|presencial/);
    }
    expect(said(talkOn('antecedentes-criminais', 'nao sei usar o computador'))).toMatch(/sem internet/);
  });
  it('"direito" as "properly" names no service ("outorga de direito de uso")', () => {
    const d = talkOn('cnh-renovacao', 'eu nao sei mexer em computador direito');
    expect(d.state.focus).toBe('cnh-renovacao');
  });
  it('a question after the worry stays on the card ("sem dinheiro pra pagar, parcela?")', () => {
    const d = talkOn('cemig-conta', 'estou sem dinheiro pra pagar ela agora, parcela?');
    expect(d.state.focus).toBe('cemig-conta');
  });
  it('missing the day booked is a what-if, not a constraint ("e se eu não conseguir ir no dia?")', () => {
    expect(said(talkOn('agendamento-uai', 'e se eu nao conseguir ir no horario marcado?'))).not.toMatch(/pela internet\?/);
  });
  it('in a hurry, said as small talk, is no question of time', () => {
    expect(said(talkOn('bo-furto', 'to com pressa viu'))).not.toMatch(/quanto tempo leva/);
  });
});

describe('round 3181: one of the card\'s documents told missing is the card\'s documents', () => {
  it('"não tenho / não sei" and one of the card\'s documents, said as a statement, lists the documents', () => {
    for (const [svc, text] of [['recurso-multa', 'eu nao tenho mais a notificacao que chegou'], ['passe-livre', 'Ainda não tenho o laudo.'], ['pessoa-desaparecida', 'nao tenho nenhuma foto dela'], ['bo-furto', 'nao sei o imei do aparelho']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/documentos —/);
    }
  });
  it('the thing the service is about, lacked, is no document ("não tenho cnh ainda" on the change of category; "não tenho carro" on the IPVA)', () => {
    expect(said(talkOn('cnh-mudanca-categoria', 'nao tenho cnh ainda, quero a primeira'))).not.toMatch(/documentos —/);
    expect(said(talkOn('ipva', 'nao tenho carro'))).not.toMatch(/documentos —/);
  });
  it('a thing the card does not ask for is no documents question', () => {
    expect(said(talkOn('recurso-multa', 'nao tenho paciencia pra isso'))).not.toMatch(/documentos —/);
  });
});

describe('round 3182: the fear of being named, said as a statement, asks whether one may stay anonymous', () => {
  it('"medo de me identificar" / "medo de represália" gets what the card says of anonymity or secrecy', () => {
    for (const [svc, text, fact] of [['denuncia-ambiental', 'olha, eu tenho receio de me identificar', /anonim|identificar/], ['ouvidoria-saude', 'tenho medo de retaliacao no hospital', /sigilo/]] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(fact);
    }
  });
});

describe('round 3183: "onde a gente parou?" in a form asks where things stand; it cancels nothing', () => {
  it('back after a pause, the question keeps the request and its answers', () => {
    for (const [svc, back] of [['agendamento-uai', 'voltei, onde a gente parou?'], ['ouvidoria', 'em que parte paramos?'], ['cin-2a-via', 'onde eu parei']] as const) {
      const d = talkOn(svc, 'pode começar', 'Joana Dias Prado', back);
      expect(d.state.view.at, back).toBe('form');
      expect(said(d), back).not.toMatch(/cancelad/);
    }
  });
  it('the field is asked again with a word of going on, not turned down as an answer (round 3188)', () => {
    const d = talkOn('ouvidoria', 'pode começar', 'oi de novo, onde paramos?');
    expect(d.state.view.at).toBe('form');
    expect(said(d)).toMatch(/continuar de onde paramos/);
  });
  it('"parar" still cancels ("quero parar com isso")', () => {
    const d = talkOn('agendamento-uai', 'pode começar', 'quero parar com isso');
    expect(d.state.view.at).not.toBe('form');
  });
});

describe('round 3184: a moment asked, with what is going on now as its reason, is a pause', () => {
  it('"pera que …-ando/-endo" keeps the card and asks nothing', () => {
    for (const [svc, text] of [['ipva-isencao', 'peraí que o neném ta chorando'], ['cin-2a-via', 'um minuto q to dirigindo']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/sem pressa/);
    }
  });
  it('a question after "pera que" is still answered', () => {
    expect(said(talkOn('ipva', 'pera que eu quero saber quanto custa'))).toMatch(/quanto custa/);
  });
});

describe('round 3185: the fear of missing the deadline, said as a statement, gets the card\'s deadline', () => {
  it('"medo/receio de perder (passar do) prazo" quotes the card\'s dated deadline', () => {
    for (const [svc, text, fact] of [['transferencia-veiculo', 'to com medo de estourar o prazo', /30 dias/], ['comunicacao-venda', 'tenho receio de perder o prazo', /60 dias/]] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(fact);
    }
  });
});

describe('round 3186: whether it is free, asked in the negative with a tag, and a phone with no credit', () => {
  it('"não paga nada, né?", "não cobra nada né", "não tenho crédito" answer the cost', () => {
    for (const [svc, text] of [['historico-escolar', 'nao cobra nada ne'], ['cin-1a-via', 'e não paga nada, né'], ['disque-denuncia', 'nao tenho credito pra ligar']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/quanto custa/);
    }
  });
});

describe('round 3187: not knowing the computer well, with "bem/muito" between, is round 3180\'s constraint', () => {
  it('"não sei mexer muito bem no computador" answers whether it is online, with the ways without the internet', () => {
    const d = talkOn('ipva', 'nao sei mexer muito bem no computador');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/pela internet/);
  });
});

describe('review: Portuguese words are no sign of Spanish', () => {
  it('"todavia", "solamente" and the typos "ese/esa" leave a Portuguese message as typed', () => {
    for (const text of ['todavia, vou la no posto amanha', 'solamente la no posto?', 'ese documento tem q levar la?']) expect(fromSpanish(text), text).toBe(text);
  });
  it('in a Spanish message they are read as Spanish', () => {
    expect(fromSpanish('todavia no tengo el documento')).toBe('ainda não tenho o documento');
  });
});
