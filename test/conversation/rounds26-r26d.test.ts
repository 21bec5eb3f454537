// The twenty-sixth session's rounds of r26d (2660 on: deadlines, validity, problems, danger now and words of the card),
// one `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in the ways people type on a phone, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 2660: something going on now, told on a card that says what to do in danger, gets those sentences', () => {
  it('a gerund and a word of now, on cards whose texts give an emergency number', () => {
    for (const [svc, q] of [
      ['denuncia-ambiental', 'tao queimando o mato aqui do lado nesse momento'],
      ['disque-denuncia', 'ta tendo um tiroteio agora aqui no bairro'],
      ['medida-protetiva', 'ele ta quebrando tudo aqui em casa agora'],
      ['bo-acidente-sem-vitima', 'o outro motorista ta partindo pra cima de mim agora'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(kinds(d), q).toEqual(['passage']);
      expect(said(d), q).toMatch(/\b190\b/);
    }
  });
  it('the citizen\'s own doing now is no danger: no emergency sentence', () => {
    for (const [svc, q] of [
      ['bo-furto', 'to esperando agora o numero do bo'],
      ['disque-denuncia', 'estou ligando agora'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(said(d), q).not.toMatch(/em perigo, o servico orienta/);
    }
  });
  it('a count of days with 180 in it is no emergency number', () => {
    const d = talkOn('cnh-estrangeiro', 'tão me ameaçando agora na rua');
    expect(said(d)).not.toMatch(/em perigo, o servico orienta/);
  });
});

describe('round 2661: until when, asked in other ways, gets the deadline the card gives; how long it lasts, its validity', () => {
  it('a case put in the imperfect with the time gone by ("ainda podia?") is whether there is still time', () => {
    const d = talkOn('bo-furto', 'e se fosse faz uns 50 dias, ainda podia registrar?');
    expect(said(d)).toMatch(/30 dias/);
  });
  it('"tem prazo" with the thing it counts for ("pro boletim") is a deadline question', () => {
    const d = talkOn('cin-2a-via', 'existe prazo pro boletim?');
    expect(said(d)).toMatch(/60 dias/);
  });
  it('how long ago a thing the card speaks of was done is whether it is still in time; the card stays', () => {
    for (const q of ['registrei o boletim ha 2 meses', 'meu boletim é de 50 dias atras']) {
      const d = talkOn('cin-2a-via', q);
      expect(d.state.focus, q).toBe('cin-2a-via');
      expect(said(d), q).toMatch(/60 dias/);
    }
  });
  it('how long it is valid, with a case told around it, gets the sentence on its validity', () => {
    for (const [svc, q, want] of [
      ['certidao-debitos', 'o banco pediu pro financiamento, vale por quanto tempo?', /validade/],
      ['gta', 'o frigorifico pediu, a guia vale por quanto tempo?', /validade/],
      ['cnh-2a-via', 'perdi a minha no onibus, a nova vale por quanto tempo?', /mesma validade/],
    ] as const) {
      expect(said(talkOn(svc, q)), q).toMatch(want);
    }
  });
});

describe('round 2662: a step\'s title quoted with any topic comes with what its step says', () => {
  it('the title alone says little; its text says what to do', () => {
    for (const [svc, q, want] of [
      ['contracheque-servidor', 'o desconto veio errado no pagamento, quanto custa pra corrigir?', /recursos humanos/],
      ['certidao-debitos', 'depois de emitir, quanto tempo fica dentro da validade?', /data de validade vem impressa/],
    ] as const) {
      expect(said(talkOn(svc, q)), q).toMatch(want);
    }
  });
  it('worn out by trying, with what fails told in the negative in the card\'s words, gets the card\'s sentence, not patience', () => {
    for (const [svc, q, want] of [
      ['consulta-reds', 'ja tentei varias vezes, o boletim nao aparece na consulta', /delegacia/],
      ['contracheque-servidor', 'ja tentei de tudo e nao consigo entrar no portal', /portal do servidor/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(kinds(d), q).not.toContain('small_talk');
      expect(said(d), q).toMatch(want);
    }
  });
  it('worn out with nothing of the card told is still patience', () => {
    const d = talkOn('cin-2a-via', 'ja tentei 3 vezes e nao consigo, to cansada');
    expect(said(d)).toMatch(/sem pressa/);
  });
  it('whether a thing received is safe ("é seguro?", "é confiável?") names no insurance: the card stays, with its warning', () => {
    for (const [svc, q] of [
      ['dae', 'chegou uma guia no meu email, é seguro pagar?'],
      ['ipva', 'recebi um boleto do ipva por sms, é seguro?'],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(/golpe/);
    }
  });
  it('lacking a thing the card asks for, the sentence that says what may stand for it', () => {
    for (const [svc, q, want] of [
      ['denuncia-ambiental', 'e se eu nao souber direito, nao sei o endereco exato da mata', /ponto de referencia/],
      ['consulta-reds', 'nao sei o numero do reds, e agora?', /policial ou pela delegacia/],
    ] as const) {
      expect(said(talkOn(svc, q)), q).toMatch(want);
    }
  });
});

describe('round 2663: a word of the card not understood, glossed or spelt out by the card, is explained by it', () => {
  it('a name glossed in brackets right after it ("Renavam (está no documento do veículo…)", "IMEI (fica na caixa…)")', () => {
    for (const [svc, q, want] of [
      ['ipva', 'oq seria esse renavam', /crlv/],
      ['ipva-parcelamento', 'o que é o renavam?', /crlv/],
      ['bo-furto', 'que que é imei?', /caixa/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
  it('a channel named by the acronym, spelt out after a comma', () => {
    const d = talkOn('acesso-informacao', 'o que significa e-sic?');
    expect(said(d)).toMatch(/sistema eletronico do servico de informacoes/);
  });
  it('a name that the brackets only qualify ("MEI (gratuito)") explains nothing', () => {
    const d = talkOn('abrir-empresa', 'o que é mei?');
    expect(said(d)).not.toMatch(/^mei \(gratuito\)$/m);
  });
});

describe('round 2664: danger told with a question, or a case the card\'s sentence for danger names, gets that sentence', () => {
  it('something going on now asked about with a topic: the emergency sentence comes with the answer', () => {
    const d = talkOn('denuncia-ambiental', 'tao jogando lixo no corrego agora mesmo, como que eu faco?');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toMatch(/\b190\b/);
  });
  it('a case the condition names, told without a question, on the missing person\'s card', () => {
    for (const q of ['ela é uma crianca', 'ele tem deficiencia mental', 'é um senhor idoso']) {
      const d = talkOn('pessoa-desaparecida', q);
      expect(d.state.focus, q).toBe('pessoa-desaparecida');
      expect(said(d), q).toMatch(/\b190\b/);
    }
  });
  it('an age told reads as the word for it: 60 or more, under 12; not a grown-up\'s age', () => {
    expect(said(talkOn('pessoa-desaparecida', 'ela tem 85 anos'))).toMatch(/\b190\b/);
    expect(said(talkOn('pessoa-desaparecida', 'ele tem 7 anos'))).toMatch(/\b190\b/);
    expect(said(talkOn('pessoa-desaparecida', 'ele tem 30 anos'))).not.toMatch(/\b190\b/);
  });
  it('a word of what the card itself is ("crime" on the Disque-Denúncia) names no case', () => {
    const d = talkOn('disque-denuncia', 'é crime de pichação no muro da escola');
    expect(said(d)).not.toMatch(/em perigo, o servico orienta/);
  });
});

describe('round 2665: not in time, told or put as a case, gets the card\'s sentence for it', () => {
  it('told the deadline was missed: the step or sentence for who missed it', () => {
    for (const [svc, q, want] of [
      ['cadastro-escolar', 'esqueci o prazo da inscricao, tem jeito?', /vagas remanescentes/],
      ['renovacao-matricula', 'passou o prazo da renovacao, e agora?', /quem perde o prazo/],
    ] as const) {
      expect(said(talkOn(svc, q)), q).toMatch(want);
    }
  });
  it('a long delay put as a case ("e se eu demorar uns meses") asks what comes of being late', () => {
    const d = talkOn('veiculo-removido', 'e se eu demorar uns 3 meses pra buscar a moto?');
    expect(said(d)).toMatch(/leilao/);
  });
});

describe('round 2666: "bo" said on a card that is not itself a police report reads as the report its texts name in full', () => {
  it('the sentence on the report ("boletim de ocorrência") answers', () => {
    for (const [svc, q, want] of [
      ['ipva-restituicao', 'ainda nao fiz o bo, e agora?', /boletim de ocorrencia/],
      ['cin-2a-via', 'e se eu nao tiver feito o bo?', /boletim de ocorrencia/],
    ] as const) {
      const d = talkOn(svc, q);
      expect(d.state.focus, q).toBe(svc);
      expect(said(d), q).toMatch(want);
    }
  });
});
