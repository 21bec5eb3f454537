// The twenty-second session's rounds of helper r22a (1700 on): "Não tenho essa informação" although the card says it,
// in other words. One `describe` per round; each test was checked to fail on the code before its round. Written from
// the citizen's side, in the informal way people type (or dictate) on a phone, on services no dialogue looked at too.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/conversation/views.ts';
import { kinds, said, talk, talkOn } from './real.ts';

/** Each case: the card in view, the question, what the reply must say. */
type Case = [string, string, RegExp];

function quotes(cases: readonly Case[]): void {
  for (const [id, q, re] of cases) {
    it(`"${q}" on ${id}`, () => {
      const d = talkOn(id, q);
      expect(d.state.focus).toBe(id);
      expect(said(d)).toMatch(re);
    });
  }
}

describe('round 1700: whether it happens by itself, and when it takes effect, asked in the citizen\'s words', () => {
  // Each got "Não tenho essa informação", or the card's first sentence, while the card says "não é automática",
  // "podem ter renovação automática", "é confirmado após o pagamento da primeira parcela", "a matrícula é confirmada".
  quotes([
    ['ipva-restituicao', 'isso cai sozinho na conta ou tenho q pedir?', /nao e automatica/],
    ['ipva-restituicao', 'a devolucao é automatica?', /nao e automatica/],
    ['ipva-restituicao', 'o dinheiro vem sem eu pedir?', /nao e automatica/],
    ['ipva-isencao', 'a isencao vem sozinha?', /nao e automatica/],
    ['cnh-renovacao', 'ela renova sozinha?', /renovacao automatica/],
    ['ipva-parcelamento', 'quando o parcelamento passa a valer?', /primeira parcela/],
    ['curso-tecnico', 'quando a matricula passa a valer?', /matricula e confirmada/],
    ['eja', 'quando a matricula passa a valer?', /matricula e confirmada/],
  ]);

  it('a question with no such words is read as before', () => {
    // "o dinheiro cai onde": where the money goes, not whether it comes by itself.
    const d = talkOn('ipva-restituicao', 'o dinheiro cai onde?');
    expect(said(d)).toMatch(/conta/);
    expect(said(d)).not.toMatch(/nao e automatica/);
  });

  it('a card that says nothing of it still says it does not know', () => {
    const d = talkOn('licenca-pesca', 'a licenca renova sozinha?');
    expect(said(d)).not.toMatch(/automatic/);
  });
});

describe('round 1701: the card\'s word with "re-" before it, and tax said as "imposto"', () => {
  // "Não são aceitos documentos rasurados, danificados ou *replastificados*": "plastificado de novo" is that word;
  // "dívidas de *tributos* estaduais, como ICMS, IPVA e ITCD": "quais impostos" asks which tributos.
  quotes([
    ['visita-presidio', 'meu rg é plastificado de novo, serve?', /replastificados/],
    ['visita-presidio', 'a identidade foi plastificada, aceitam?', /replastificados/],
    ['certidao-debitos', 'Quais impostos essa certidão verifica?', /icms, ipva e itcd/],
    ['certidao-debitos', 'ela ve todos os impostos?', /icms, ipva e itcd/],
  ]);

  it('"curso" is not "recurso": a stem of four letters takes no prefix', () => {
    const d = talkOn('recurso-multa', 'tem algum curso pra fazer?');
    expect(said(d)).not.toMatch(/sobre isso, o servico informa:.*recurso/);
  });

  it('an instalment paid on time still gets "efeitos de negativa": no group joins "dividir", whose light stem is the one of "dívida"', () => {
    const d = talkOn('certidao-debitos', 'to com ipva parcelado e pagando em dia, sai a certidao?');
    expect(said(d)).toMatch(/efeitos de negativa/);
  });
});

describe('round 1702: "acabou ou tem mais coisa?": what the card tells is done last', () => {
  // Each got "Não tenho essa informação": the card's last step every citizen takes says what is left.
  it('after the exemption was granted, the last step (the CRLV at the traffic unit)', () => {
    const d = talk('sou deficiente fisico e consegui a isencao do ipva pelo siare, saiu o deferimento', 'e agora, acabou ou tem mais coisa');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(said(d)).toMatch(/crlv/);
  });

  quotes([
    ['licenciamento-ambiental', 'e depois q sai a licenca acabou ou tem mais coisa?', /condicionantes/],
    ['ipva-restituicao', 'ja mandei tudo, acabou?', /acompanhe a analise/],
    ['cadastro-escolar', 'saiu o resultado, tem mais alguma coisa?', /fazer a matricula na escola indicada/],
    ['acesso-informacao', 'mandei o pedido, acabou?', /acompanhar e receber a resposta/],
    ['gta', 'ja emiti a guia, acabou?', /transportar os animais com a gta/],
  ]);

  it('a step for a case only is not what is left ("Recorrer, se necessário", "Perdeu o prazo?")', () => {
    expect(said(talkOn('acesso-informacao', 'mandei o pedido, acabou?'))).not.toMatch(/recorrer/);
    expect(said(talkOn('cadastro-escolar', 'saiu o resultado, tem mais alguma coisa?'))).not.toMatch(/perdeu o prazo/);
  });

  it('"tem mais coisa pra levar?" asks for a thing to bring, not what is left', () => {
    const d = talkOn('visita-presidio', 'tem mais coisa pra levar?');
    expect(kinds(d)).not.toContain('passage');
  });
});

describe('round 1703: someone else going to fetch it ("meu irmão pode ir buscar?")', () => {
  // Each got "Não tenho essa informação" or another sentence, while the card says "(ou representante com procuração)"
  // or "Procuração, se o pedido for feito por outra pessoa".
  quotes([
    ['veiculo-removido', 'meu irmao pode ir buscar?', /procuracao/],
    ['veiculo-removido', 'posso mandar meu sobrinho buscar o carro?', /procuracao/],
    ['historico-escolar', 'minha mae pode ir buscar o historico?', /procuracao/],
    ['historico-escolar', 'minha tia consegue retirar?', /procuracao/],
    ['baixa-veiculo', 'minha esposa pode ir buscar a certidao?', /procuracao/],
    ['gta', 'meu vizinho pode ir buscar a guia?', /procuracao/],
  ]);

  it('"minha filha pode pegar a carteirinha?" may ask whether she is entitled: not read as an errand', () => {
    const d = talkOn('ciptea', 'minha filha pode pegar a carteirinha?');
    expect(said(d)).not.toMatch(/procuracao/);
  });
});

describe('round 1704: "pra q" asks what it is for, and the card\'s own title in another form keeps the question on it', () => {
  it('"pra q serve isso exatamente", without a mark, is a question', () => {
    expect(isQuestion('pra q serve isso exatamente')).toBe(true);
    expect(isQuestion('para que serve')).toBe(true);
    expect(isQuestion('pra escola da minha filha')).toBe(false);
  });

  quotes([
    ['comunicacao-venda', 'pra q serve isso exatamente', /multas e debitos/],
    ['cin-1a-via', 'pra q serve o cpf nela', /cpf/],
    ['cnh-endereco', 'pra q serve mudar o endereço?', /notificacoes de multa/],
  ]);

  it('"entao pra q transferir?" on the transfer of a CNH does not open the address change', () => {
    // The address change, a related card, says "é por ele que …": its purpose; but the question names the card in view
    // ("transferir" / "Transferência de CNH…").
    const d = talk('minha cnh é da bahia, quero transferir pra minas', 'entao pra q transferir?');
    expect(d.state.focus).toBe('cnh-transferencia-estado');
  });
});
