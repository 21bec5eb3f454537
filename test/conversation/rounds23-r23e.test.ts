// The twenty-third session's rounds of r23e (1980 on): the card-sentence answer quoted the wrong sentence of the card.
// One `describe` per round; each test was checked to fail on the code before its round. Written from the citizen's
// side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

/** The reply to one question asked on a service's card. */
const on = (id: string, q: string): string => said(talkOn(id, q));

describe('round 1980: asked whether one will be known or traced, the card\'s sentence saying it is kept secret', () => {
  it('quotes the sentence of secrecy or anonymity, in several wordings, on several services', () => {
    for (const [id, q, want] of [
      ['ouvidoria', 'a escola vai saber meu nome?', /sigilo/],
      ['ouvidoria', 'eles vao descobrir quem sou?', /sigilo/],
      ['ouvidoria-saude', 'o hospital vai saber quem eu sou?', /sigilo/],
      ['denuncia-ambiental', 'o vizinho vai saber que fui eu que denunciei?', /anonim/],
      ['disque-denuncia', 'eles gravam a ligação?', /anonim|sigilo/],
      ['disque-denuncia', 'vao saber quem eu sou?', /anonim|sigilo/],
    ] as const) {
      expect(on(id, q), `${id}: ${q}`).toMatch(want);
    }
  });

  it('a worry told without a question mark asks it too', () => {
    expect(on('denuncia-ambiental', 'to com medo do dono descobrir quem eu sou')).toMatch(/anonim/);
    expect(on('ouvidoria', 'tenho medo deles saberem meu nome')).toMatch(/sigilo/);
  });

  it('asking whether one must give a name is answered as before', () => {
    expect(on('disque-denuncia', 'precisa dar meu nome?')).toMatch(/identificar/);
  });
});

describe('round 1981: a thing paid told as late or pending is a debt, as the cards say', () => {
  it('quotes the sentence about debts', () => {
    for (const [id, q, want] of [
      ['transferencia-veiculo', 'o carro ta com ipva atrasado, consigo passar pro meu nome?', /sem debitos/],
      ['transferencia-veiculo', 'o licenciamento ta vencido, transfere assim?', /sem debitos/],
      // Since round 3440 the card's sentence naming the fines themselves answers ("… as multas vencidas pagos …").
      ['crlv-licenciamento', 'tenho multa atrasada, consigo licenciar?', /debitos quitados|multas vencidas pagos/],
      ['baixa-empresa', 'a empresa tem impostos atrasados, da pra dar baixa?', /debitos de impostos/],
      ['situacao-veiculo', 'mostra se tem multa atrasada?', /mostra debitos/],
    ] as const) {
      expect(on(id, q), `${id}: ${q}`).toMatch(want);
    }
  });

  it('a case put in the negative still finds the sentence of that case', () => {
    expect(on('certidao-debitos', 'se eu nao tiver nenhum debito ela sai na hora?')).toMatch(/se nao houver debitos/);
    expect(on('acesso-informacao', 'e se passar o prazo e ninguem responder')).toMatch(/reclamacao/);
  });
});

describe('round 1983: asked whether a paper goes along with the load, the sentence saying it accompanies the transport', () => {
  it('quotes it on the animal transit guide and the farmer\'s invoice', () => {
    for (const [id, q, want] of [
      ['gta', 'levo a guia no caminhao?', /acompanhar os animais/],
      ['gta', 'a guia fica comigo ou segue junto com o gado?', /acompanhar os animais/],
      ['nota-fiscal-avulsa', 'a nota vai junto com a carga?', /acompanhar o transporte/],
      ['nota-fiscal-avulsa', 'o que vai junto com a mercadoria?', /acompanhar o transporte/],
    ] as const) {
      expect(on(id, q), `${id}: ${q}`).toMatch(want);
    }
  });
});

describe('round 1984: asked whether it is compulsory or what comes of not doing it, the sentence saying it is required', () => {
  it('quotes the sentence saying a thing of the question is required', () => {
    expect(on('passe-livre', 'é obrigatório levar a carteira de beneficiario?')).toMatch(/e preciso ter a carteira/);
    expect(on('ipva-restituicao', 'o boletim de ocorrencia é obrigatório?')).toMatch(/e preciso ter o boletim/);
  });

  it('a word left undone ("desatualizado", "descumprir") answers a negation the question puts', () => {
    expect(on('cnh-endereco', 'e se eu deixar sem atualizar?')).toMatch(/desatualizado e infracao/);
    expect(on('cnh-endereco', 'e se eu nunca atualizar, tem problema?')).toMatch(/desatualizado e infracao/);
    expect(on('medida-protetiva', 'e se ele nao cumprir a medida?')).toMatch(/descumprir/);
  });

  it('without a negation, a word and its "des-" opposite are not one word', () => {
    const d = talkOn('pessoa-desaparecida', 'fiz o registro', 'e se ela aparecer, preciso avisar?');
    expect(said(d)).toMatch(/localiza|encontrad/);
  });
});

describe('round 1982: whether one may ask about what is someone else\'s, and the one who works with a thing', () => {
  it('asked of a thing not one\'s own, the card\'s sentence saying anyone may', () => {
    for (const q of ['consigo pedir certidão de outra pessoa?', 'posso tirar a certidao de uma firma que nao é minha?', 'consigo tirar certidao da empresa do meu ex marido?']) {
      expect(on('certidao-jucemg', q), q).toMatch(/qualquer pessoa pode pedir/);
    }
  });

  it('"taxista" is the one who drives a "táxi"', () => {
    expect(on('ipva-isencao', 'sou taxista, como fica pra mim?')).toMatch(/autonomo/);
  });

  it('a case told with "como fica pra mim" stays on the card in view', () => {
    const d = talkOn('doacao-sangue', 'sou diabetico, como fica pra mim?');
    expect(d.state.focus).toBe('doacao-sangue');
  });
});
