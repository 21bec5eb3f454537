// The eleventh session's rounds by helper rf (250–259), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

describe('round 250: whether there is still time to ask is a deadline question', () => {
  it('"saí do emprego faz 4 meses, ainda tem tempo?" on the unemployment insurance quotes the 120-day deadline', () => {
    const d = talkOn('seguro-desemprego', 'sai do emprego faz 4 meses, ainda tem tempo?');
    expect(d.state.focus).toBe('seguro-desemprego');
    expect(d.text).toMatch(/120º dia/);
  });
});

describe('round 251: a fear told before a question on a card names no other service', () => {
  it('"to com medo, preciso me identificar?" on the Disque-Denúncia answers who may call, anonymously', () => {
    const d = talkOn('disque-denuncia', 'to com medo, preciso me identificar?');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(d.text).toMatch(/não é preciso se identificar/i);
  });
});

describe('round 252: "e se paga" after another question asks the cost too', () => {
  it('"quais documentos e se paga" on the gov.br account answers the documents and the cost', () => {
    const d = talkOn('conta-govbr', 'quais documentos e se paga');
    expect(asked(d).sort()).toEqual(['cost', 'documents']);
    expect(d.text).toMatch(/gratuito/);
  });
});

describe('round 253: "como entro?" asks how to do it', () => {
  it('"como eu entro?" on the payslip gives the steps', () => {
    const d = talkOn('contracheque-servidor', 'como eu entro?');
    expect(asked(d)).toEqual(['how']);
    expect(d.text).toContain('Entrar no Portal do Servidor');
  });
});

describe('round 254: "posso … assim?" after telling one\'s case asks about the card in view', () => {
  it('"da pra dirigir desse jeito?" on the CNH renewal stays on it and says what it cannot tell', () => {
    const d = talk('minha carteira de motorista venceu mes passado');
    expect(d.state.focus).toBe('cnh-renovacao');
    d.say('da pra dirigir desse jeito?');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(kinds(d)).not.toContain('card');
  });
});

describe('round 255: someone at the door now is a danger now', () => {
  it('"ele esta na minha porta" on domestic violence gives the 190', () => {
    const d = talkOn('medida-protetiva', 'ele esta na minha porta');
    expect(d.state.focus).toBe('medida-protetiva');
    expect(d.text).toMatch(/\b190\b/);
  });
});

describe('round 256: a thing of the catalogue said to be wrong is the citizen\'s case, not a correction', () => {
  it('"acho que essa multa veio errada" on the fines offers the appeal', () => {
    const d = talk('consultar multas');
    expect(d.state.focus).toBe('multas-pontuacao');
    d.say('acho que essa multa veio errada');
    expect(d.state.focus).toBe('recurso-multa');
  });
});

describe('round 257: "passou" (the verb) is no step word', () => {
  it('"vendi mas o comprador nao passou pro nome dele" on the transfer does not start the walkthrough', () => {
    const d = talk('transferencia do carro');
    expect(d.state.focus).toBe('transferencia-veiculo');
    d.say('vendi mas o comprador nao passou pro nome dele');
    expect(d.state.view.at).not.toBe('walkthrough');
  });
});
