// The eighteenth session's rounds of r18a (1100 on): the card-sentence reader (`passages` and its scoring table, the
// rare-word retrieval under it). One `describe` per round; each test was checked to fail on the code before its round
// (round 1100 is a reshaping that changes no reply: its tests hold the behaviour it must keep). Written from the
// citizen's side, in several wordings, on several services.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 1100: the bonuses of passages() are one scoring table, and every row still answers', () => {
  it('asked whether it may be anonymous, the sentence saying so answers before any other', () => {
    expect(text(talkOn('denuncia-ambiental', 'posso denunciar sem me identificar?'))).toMatch(/anônim/);
    expect(text(talkOn('disque-denuncia', 'da pra fazer sem dar meu nome?'))).toMatch(/identificar|nome|anônim/i);
  });

  it('asked for a number in a unit, the sentence with that number answers', () => {
    expect(text(talkOn('licenca-pesca', 'quantos kg posso trazer'))).toContain('10 kg');
  });

  it('asked for a number with no sentence giving one, the card does not invent one', () => {
    expect(text(talkOn('licenca-pesca', 'quantos peixes de cada tamanho posso levar?'))).not.toMatch(/\b\d+ peixes\b/);
  });
});

describe('round 1101: new ways of asking in the table (will they know, for me, no address, validity, result, optional)', () => {
  it('"vão saber que fui eu?" asks whether it is anonymous, on every reporting service', () => {
    expect(text(talkOn('disque-denuncia', 'vao saber q fui eu?'))).toMatch(/identificar|sigilo|anônim/i);
    expect(text(talkOn('denuncia-ambiental', 'o dono da fazenda vai saber que fui eu?'))).toMatch(/anonimato|anônim/i);
    expect(text(talkOn('ouvidoria-saude', 'meu nome aparece pro hospital?'))).toContain('sigilo');
    expect(text(talkOn('ouvidoria', 'vão saber q fui eu?'))).toContain('sigilo');
  });

  it('"… pode pegar por mim?" quotes who may act for the citizen', () => {
    expect(text(talkOn('medicamentos-alto-custo', 'minha filha pode pegar o remedio por mim?'))).toContain('representante');
    expect(text(talkOn('medicamentos-alto-custo', 'meu filho pode retirar o remedio pra mim?'))).toContain('representante');
    expect(text(talkOn('gta', 'meu vizinho pode tirar a guia pra mim?'))).toContain('procuração');
  });

  it('a place without an address gets the sentence on reference points and GPS', () => {
    expect(text(talkOn('denuncia-ambiental', 'nao sei o endereco certo e no meio do mato'))).toMatch(/referência|GPS/);
    expect(text(talkOn('denuncia-ambiental', 'nao tem endereco, é no meio do mato, como informo?'))).toMatch(/referência|GPS/);
    expect(text(talkOn('disque-denuncia', 'e se eu nao sei o endereco certo?'))).toMatch(/referência/);
    expect(text(talkOn('denuncia-ambiental', 'e se eu nao souber o endereco?'))).toMatch(/referência|coordenadas/);
  });

  it('"até quando vale?" and "quando vence?" quote the sentence on validity', () => {
    expect(text(talkOn('certidao-debitos', 'Até quando ela vale?'))).toContain('validade');
    expect(text(talkOn('certidao-debitos', 'quando ela vence?'))).toContain('validade');
    expect(text(talkOn('gta', 'até quando a guia vale?'))).toContain('validade');
  });

  it('"como fico sabendo do resultado?" quotes where the result is told (published, or how to ask for it)', () => {
    expect(text(talkOn('equivalencia-estudos', 'E como fico sabendo do resultado?'))).toContain('Diário Oficial');
    expect(text(talkOn('equivalencia-estudos', 'como vou saber do resultado'))).toContain('Diário Oficial');
    expect(text(talkOn('disque-denuncia', 'como sei se deu em alguma coisa'))).toContain('protocolo');
    expect(text(talkOn('disque-denuncia', 'como fico sabendo se deu em algo?'))).toContain('protocolo');
  });

  it('"é obrigatória?" is answered by a sentence saying it is optional', () => {
    expect(text(talkOn('ipsemg', 'A adesão é obrigatória para todo servidor?'))).toContain('opcional');
    expect(text(talkOn('ipsemg', 'a adesão é obrigatoria?'))).toContain('opcional');
    expect(text(talkOn('ipsemg', 'sou obrigado a aderir?'))).toContain('opcional');
  });
});

describe('round 1102: near-synonyms of the staff for horses, drinks and picking up', () => {
  it('a horse is an equine, on the animal transit guide', () => {
    expect(text(talkOn('gta', 'cavalo precisa de exame?'))).toMatch(/anemia|mormo/);
    expect(text(talkOn('gta', 'meus cavalos tem que fazer algum exame?'))).toMatch(/anemia|mormo/);
  });

  it('a beer or a cachaça is an alcoholic drink, on blood donation', () => {
    expect(text(talkOn('doacao-sangue', 'E posso beber cerveja na véspera?'))).toContain('12 horas');
    expect(text(talkOn('doacao-sangue', 'tomei uma cachaça ontem, posso?'))).toContain('12 horas');
    expect(text(talkOn('doacao-sangue', 'pode tomar vinho antes?'))).toContain('12 horas');
  });
});

describe('round 1103: a rare word of the question says which sentence (BM25 over the card, its documents too)', () => {
  it('a question re-naming the service in focus with a word of one sentence quotes it, not the card again', () => {
    for (const q of ['na piracema pode?', 'e no periodo da piracema?']) {
      const d = talkOn('licenca-pesca', q);
      expect(kinds(d)).toContain('passage');
      expect(text(d)).toContain('piracema');
    }
    expect(text(talkOn('gta', 'e o mormo?'))).toContain('mormo em equinos');
    expect(text(talkOn('equivalencia-estudos', 'e a apostila de haia?'))).toContain('Apostila de Haia');
  });

  it('where the fields say nothing, the one document or sentence holding the rare word is quoted', () => {
    expect(text(talkOn('inscricao-estadual', 'terra arrendada vale?'))).toContain('arrendamento');
    expect(text(talkOn('inscricao-estadual', 'e se for terra arrendada?'))).toContain('arrendamento');
  });

  it('with a topic\'s answer, a rare word of a longer question adds its sentence', () => {
    expect(text(talkOn('ouvidoria-saude', 'e do ipsemg reclamo no mesmo lugar?'))).toContain('Fazenda');
  });

  it('the topic\'s own word alone adds nothing, and "por mim" is left to who may ask', () => {
    const d = talkOn('disque-denuncia', 'qual o numero');
    expect(text(d)).not.toContain('Anote o número de protocolo');
    const mine = talkOn('primeiro-emplacamento', 'A concessionária pode fazer o emplacamento por mim?');
    // Round 2362: "por mim" asks who may ask at once (it showed the card, whose summary holds who may ask).
    expect(asked(mine)).toContain('requirements');
    expect(kinds(mine)).not.toContain('passage');
  });
});

describe('round 1103b: a verb of asking is no rare word', () => {
  it('"ela precisa ir junto?" on the identity card does not quote "não precisa levar foto"', () => {
    expect(text(talkOn('cin-1a-via', 'Ela precisa ir junto?'))).not.toContain('foto é tirada');
  });
});

describe('round 1104: asked how, the step that does it comes before any sentence quoted', () => {
  it('"como coloco … de dependente" on the IPSEMG gives the step with the forms', () => {
    for (const q of ['ta, voltando no ipsemg, como coloco meu filho de dependente', 'como coloco minha esposa de dependente', 'como eu incluo meu marido de dependente?']) {
      expect(text(talkOn('ipsemg', q))).toContain('formulários');
    }
  });
});
