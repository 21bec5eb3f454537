// The thirty-fourth session's rounds by r34c: follow-up questions about the service in focus answered wrong. Written
// from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talkOn } from './real.ts';

describe("round 3640: a term of the card's own, of one stem, said whole", () => {
  it('"ajuda de custo" on the technical course is the allowance the card tells, beside the cost', () => {
    const d = talkOn('curso-tecnico', 'e essa ajuda de custo, existe mesmo?');
    expect(d.state.focus).toBe('curso-tecnico');
    expect(said(d)).toMatch(/ajuda de custo para alimentacao/);
    expect(said(talkOn('curso-tecnico', 'recebe alguma ajuda de custo?'))).toMatch(/alimentacao e transporte/);
  });
});

describe('round 3641: told paid, what to do after paying', () => {
  it('the sentence opening with the payment done, over the one that only names paying', () => {
    const d = talkOn('situacao-veiculo', 'quitei os debitos. como libero o documento?');
    expect(d.state.focus).toBe('situacao-veiculo');
    expect(said(d)).toMatch(/use a opcao "atualizar situacao"/);
    expect(said(talkOn('situacao-veiculo', 'já paguei, mas continua aparecendo débito'))).toMatch(/use a opcao "atualizar situacao"/);
  });
});

describe('round 3642: the missing person comes back', () => {
  it('"quando ela voltar" is a case put, not the chat asked to go back; the card says to report the finding', () => {
    const d = talkOn('pessoa-desaparecida', 'e quando ela voltar, faço o que?');
    expect(d.state.view.at).toBe('service');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    expect(said(d)).toMatch(/localizacao/);
  });
  it('told back home, the sentence on the person found', () => {
    expect(said(talkOn('pessoa-desaparecida', 'minha mae ja voltou pra casa, o que faço agora?'))).toMatch(/for encontrada/);
  });
});

describe('round 3643: not agreeing is disagreeing', () => {
  it('"uma multa que eu não concordo" finds "Se discordar da multa, apresente defesa ou recurso"', () => {
    const d = talkOn('multas-pontuacao', 'tem uma multa aqui que eu nao concordo, faço o que?');
    expect(d.state.focus).toBe('multas-pontuacao');
    expect(said(d)).toMatch(/defesa ou recurso/);
  });
});

describe('round 3644: a minor named in words, asked whether they may', () => {
  it('"um menor de idade pode registrar o boletim?" asks the rules for minors, not the bot to register', () => {
    expect(asked(talkOn('bo-perda-documentos', 'um menor de idade pode registrar o boletim?'))).toEqual(['minors']);
    expect(asked(talkOn('bo-furto', 'quem tem menos de 18 consegue registrar?'))).toEqual(['minors']);
  });
  it('going with someone, said of a child, asks who goes along (not whether to go in person)', () => {
    const d = talkOn('cin-1a-via', 'a menina tem que ir com um adulto?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(asked(d)).toEqual(['minors']);
  });
});

describe('round 3645: whose name the thing may be in', () => {
  it('"o veículo pode estar no nome da mãe?" stays on the exemption and answers who may ask (the legal representative)', () => {
    const d = talkOn('ipva-isencao', 'minha filha tem deficiencia, o veiculo pode estar no nome da mae?');
    expect(d.state.focus).toBe('ipva-isencao');
    expect(asked(d)).toEqual(['requirements']);
    expect(said(d)).toMatch(/representante legal/);
  });
});

describe('round 3646 (data/quase-sinonimos.yaml): drilling a well said as "furar"', () => {
  it('a worry about drilling without a permit finds the sentence on the prior permit, not small talk', () => {
    const d = talkOn('outorga-agua', 'tenho medo de levar multa por furar sem autorizacao');
    expect(d.state.focus).toBe('outorga-agua');
    expect(said(d)).toMatch(/autorizacao previa/);
  });
});

describe('round 3647: a case put, answered by the sentence opening with it', () => {
  it('"e se constar alguma dívida?" on the tax certificate: "Se houver débitos, … pague ou parcele"', () => {
    const d = talkOn('certidao-debitos', 'e se constar alguma divida pra mim?');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(said(d)).toMatch(/parcele/);
  });
});

describe('round 3648: lacking a thing the card asks for only if there is one', () => {
  it('"e se eu não tiver conta antiga nenhuma?" quotes "se possível, o número da instalação, que aparece em qualquer conta antiga"', () => {
    expect(said(talkOn('cemig-conta', 'e se eu nao tiver conta antiga nenhuma?'))).toMatch(/se possivel, o numero da instalacao/);
  });
  it('"e se eu não tiver nota fiscal do celular?" quotes "Nota fiscal dos bens, se tiver"', () => {
    expect(said(talkOn('bo-furto', 'e se eu não tiver nota fiscal do celular?'))).toMatch(/nota fiscal dos bens, se tiver/);
  });
});

describe('round 3649: nobody answering, put as a case', () => {
  it('"mas e se ninguém responder?" is asked of the request, not the chat told it is slow', () => {
    const d = talkOn('acesso-informacao', 'mas e se ninguem responder?');
    expect(kinds(d)).not.toContain('small_talk');
    expect(said(d)).toMatch(/reclamacao/);
  });
});

describe('round 3650 (data/quase-sinonimos.yaml): a copy is a reproduction', () => {
  it('"posso pedir cópia dos papéis também?" quotes the cost of reproducing documents', () => {
    expect(said(talkOn('acesso-informacao', 'posso pedir copia dos papeis tambem?'))).toMatch(/reproducao de documentos/);
  });
});

describe('round 3651: an age asked where the card has no rule for minors but asks for an age', () => {
  it('"tem limite de idade pra tirar a E?" quotes "para E, ter 21 anos"', () => {
    const d = talkOn('cnh-mudanca-categoria', 'tem limite de idade pra tirar a E?');
    expect(d.state.focus).toBe('cnh-mudanca-categoria');
    expect(said(d)).toMatch(/ter 21 anos/);
    expect(said(d)).not.toMatch(/nao informa regras especificas/);
  });
});
