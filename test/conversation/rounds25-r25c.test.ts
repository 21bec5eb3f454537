// The twenty-fifth session's rounds of r25c (2340 on): the card's own sentence that answers the citizen, one `describe`
// per round; each test was checked to fail on the code before its round. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 2340: "nem" in a condition is a negation, and "corrigir" is what the card calls "alterar"', () => {
  it('"e se nem responderem" finds the sentence for no answer', () => {
    for (const q of ['e se eles nem responderem?', 'e caso nem respondam?', 'e quando nem respondem, faço o que?']) {
      expect(said(talkOn('acesso-informacao', q)), q).toMatch(/nao houver resposta no prazo, registre reclamacao/);
    }
    expect(said(talkOn('agendamento-uai', 'e se eu nem puder ir?'))).toMatch(/se nao puder ir, cancele/);
  });
  it('asked whether a mistake can be corrected, the sentence saying the data cannot be altered', () => {
    for (const q of ['da pra corrigir os dados depois de enviar?', 'depois de mandar o boletim posso corrigir alguma informação?']) {
      expect(said(talkOn('bo-perda-documentos', q)), q).toMatch(/nao podem ser alterados/);
    }
  });
});

describe('round 2341: whether one must do a thing, said with a subject, and the sentence of whom the thing is required', () => {
  it('"ele precisa fazer aula?" is a bare need, as "precisa fazer aula?" is: the step that does it answers', () => {
    expect(said(talkOn('cnh-primeira-habilitacao', 'ele precisa fazer aula?'))).toMatch(/sim: a etapa 4, \*fazer as aulas praticas/);
    expect(said(talkOn('cnh-primeira-habilitacao', 'ela precisa fazer exame toxicologico?'))).toMatch(/sim: a etapa 2/);
  });
  it('asked whether one must do the exam, the sentence saying of whom it is required', () => {
    for (const q of ['preciso fazer psicologico de novo?', 'vou ter que fazer o psicotecnico?']) {
      expect(said(talkOn('cnh-renovacao', q)), q).toMatch(/so e exigida de quem exerce atividade remunerada/);
    }
  });
});

describe('round 2342: the sentence that names the thing asked about: a document describing it, where it is, and "Deixe-o"', () => {
  it('asked what a thing must be like, the document that describes it', () => {
    for (const q of ['como deve ser a foto?', 'a foto precisa ser como?']) {
      expect(said(talkOn('ciptea', q)), q).toMatch(/foto 3x4 recente/);
    }
    expect(said(talkOn('ciptea', 'o que tem que constar no laudo?'))).toMatch(/numero do crm/);
  });
  it('asked where a thing is found, the sentence holding the thing, not one holding only the verb asking', () => {
    for (const q of ['a versão digital eu encontro onde?', 'e a identidade digital, onde vejo?']) {
      expect(said(talkOn('cin-2a-via', q)), q).toMatch(/acessada no aplicativo gov\.br/);
    }
  });
  it('a sentence opening "Deixe-o", "Guarde-o" speaks of the thing of the sentence before', () => {
    expect(said(talkOn('avcb', 'o certificado eu deixo onde?'))).toMatch(/deixe-o em local visivel/);
    expect(said(talkOn('pescador-profissional', 'onde eu guardo a carteirinha?'))).toMatch(/guarde-o e leve-o durante a pesca/);
  });
});

describe('round 2343: a debt told is the case put, and "não saiu ainda" asks how long it takes', () => {
  it('told a tax is overdue, the sentence for the case of debts', () => {
    for (const q of ['to com icms atrasado, a certidao sai?', 'meu ipva ta vencido, consigo tirar a certidao mesmo assim?']) {
      expect(said(talkOn('certidao-debitos', q)), q).toMatch(/se houver debitos, o sistema avisa: pague ou parcele/);
    }
  });
  it('a debt being paid in instalments is not the bare debt: the sentence on instalments in order answers', () => {
    expect(said(talkOn('certidao-debitos', 'parcelei o ipva atrasado, a certidao sai?'))).toMatch(/positiva com efeitos de negativa/);
  });
  it('told it was paid and has not come out, or asked when one downloads it, the time it takes', () => {
    expect(said(talkOn('certidao-jucemg', 'paguei faz dois dias e nao saiu ainda'))).toMatch(/quanto tempo leva.*\n.*confirmacao do pagamento/);
    expect(said(talkOn('certidao-jucemg', 'ja paguei, quando baixo a certidao?'))).toMatch(/confirmacao do pagamento/);
    expect(said(talkOn('cin-2a-via', 'paguei a taxa semana passada e a carteira nao saiu ainda'))).toMatch(/quanto tempo leva/);
  });
});

describe('round 2344: questions about the service itself: what to do after it, and why do it', () => {
  it('"depois de <the service\'s verb>, o que faço…?": the last step, quoted with its text', () => {
    const reply = said(talkOn('conta-govbr', 'E depois de recuperar, o que eu faço para não perder o acesso outra vez?'));
    // Since r34b's round 3621 (keeping it from happening again), the step list with the sentence on keeping the account
    // safe from that same step 4 ("Nunca passe sua senha…") may answer instead.
    expect(reply).toMatch(/etapa 4, criar a nova senha e proteger a conta:\* crie uma senha nova|4\. criar a nova senha e proteger a conta[^]*nunca passe sua senha/);
  });
  it('asked why do it, the sentence saying what it must come before', () => {
    for (const q of ['mas pra que eu vou transferir entao?', 'por que preciso transferir?']) {
      expect(said(talkOn('cnh-transferencia-estado', q)), q).toMatch(/precisa fazer a transferencia antes de renovar/);
    }
  });
});

describe('round 2345: "ainda dá pra…?" asks whether the citizen, in the case told, may; "não avisar" is leaving it "desatualizado"', () => {
  it('told the licence expired long ago, "ainda da pra renovar?" gets the condition on who may renew', () => {
    expect(said(talkOn('cnh-renovacao', 'minha carteira venceu ano passado, ainda da pra renovar?'))).toMatch(/vencida ou perto de vencer/);
  });
  it('"e se eu não avisar?" finds what the card says of leaving the record out of date', () => {
    for (const q of ['e se eu nao avisar que mudei?', 'troquei de endereço, e se eu nem avisar o detran?']) {
      expect(said(talkOn('cnh-endereco', q)), q).toMatch(/desatualizado e infracao/);
    }
  });
});
