// The twenty-second session's rounds of the lead (1780 on). One `describe` per round; each test was checked to fail on
// the code before its round. Written from the citizen's side, in wordings and on services other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 1780: in the steps, a step asked for by what it is about, with a verb of showing or a "which step"', () => {
  it('goes to the step whose title holds what is asked', () => {
    for (const [id, q, want] of [
      ['cnh-renovacao', 'em qual etapa eu faço o exame medico?', 3],
      ['doacao-sangue', 'que passo fala do agendamento?', 2],
      ['abrir-empresa', 'quero ver o passo de assinar', 4],
      ['cnh-renovacao', 'quero ver a etapa do exame medico', 3],
      ['avcb', 'qual etapa fala da vistoria?', 4],
    ] as const) {
      const d = talkOn(id, 'passo a passo', q);
      expect(stepOf(d), `${id}: ${q}`).toBe(want);
    }
  });

  it('a question about the step on screen, or the documents, is answered as before', () => {
    const d = talkOn('doacao-sangue', 'passo a passo', 'proximo', 'que passo é esse?');
    expect(stepOf(d)).toBe(2);
    expect(said(d)).toMatch(/etapa 2 de 4/);
    expect(kinds(talkOn('doacao-sangue', 'passo a passo', 'quais documentos levo?'))[0]).toBe('follow_up');
    expect(stepOf(talkOn('doacao-sangue', 'passo a passo', 'proximo', 'qual etapa é a ultima?'))).toBe(4);
  });
});

describe('round 1781: a first message asking for the steps one at a time opens them, a topic\'s ordinary word beside it', () => {
  it('opens the service found at its first step', () => {
    for (const [q, id] of [
      ['tenho um sitio e quero usar agua do corrego pra irrigar, me passa o passo a passo', 'outorga-agua'],
      ['troquei a cor do carro que uso no app, como regularizo? quero o passo a passo', 'vistoria-veiculo'],
      ['me explica passo a passo como tirar a segunda via do rg', 'cin-2a-via'],
    ] as const) {
      const d = talk(q);
      expect(d.state.focus, q).toBe(id);
      expect(stepOf(d), q).toBe(1);
    }
  });

  it('a question with a real topic besides the steps is answered, not walked', () => {
    const d = talk('quanto custa e qual o passo a passo da renovação da cnh?');
    expect(stepOf(d)).toBeUndefined();
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(asked(d)).toEqual(['cost', 'how']);
  });
});

describe('round 1782: in a free-text field, quitting with no time now cancels the request', () => {
  const upToAccount = ['faz o registro pra mim', 'reclamacao', 'detran', 'uberlandia'];
  it('cancels, whatever the words for later or no time', () => {
    for (const q of ['desisti, to sem tempo agora', 'esquece, faço depois', 'cancela, to ocupada agora, volto outro dia', 'deixa pra la, termino amanha']) {
      const d = talkOn('ouvidoria', ...upToAccount, q);
      expect(d.state.view.at, q).not.toBe('form');
      expect(said(d), q).toMatch(/cancelad|nenhum dado/);
    }
  });

  it('an account that opens with "desisti de …" is still the account', () => {
    const d = talkOn('ouvidoria', ...upToAccount, 'desisti de esperar na fila, ninguem me atendeu');
    expect(d.state.view.at).toBe('form');
    expect(said(d)).toMatch(/e-mail/);
  });
});

describe('round 1783: dismay at one\'s own situation gets a word of comfort, and the card stays', () => {
  it('answers calmly, the focus kept, never with the hours ("ferrado" is no "feriado")', () => {
    for (const [id, q] of [
      ['multas-pontuacao', 'to ferrado'],
      ['ipva', 'que droga'],
      ['cnh-renovacao', 'affe, to ferrada'],
      ['itcd', 'nossa, to lascado'],
    ] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(/sinto muito/);
      expect(said(d), q).not.toMatch(/horario/);
    }
  });

  it('a question after the dismay is still answered, not comforted', () => {
    for (const [q, answer] of [['que azar, quanto custa?', /quanto custa/], ['que saco, da pra parcelar?', /parcelas/]] as const) {
      const d = talkOn('ipva', q);
      expect(said(d), q).not.toMatch(/sinto muito/);
      expect(said(d), q).toMatch(answer);
      expect(d.state.focus, q).toBe('ipva');
    }
  });
});

describe('round 1784: a word for kin is never corrected as a typo (found by r22d: "neta" read as "nota")', () => {
  it('finds the service asked for someone in the family', () => {
    for (const [q, id] of [
      ['quero fazer a identidade da minha neta', 'cin-1a-via'],
      ['rg da minha enteada', 'cin-1a-via'],
      ['ciptea da minha neta', 'ciptea'],
    ] as const) {
      const d = talk(q);
      const shown = [d.state.focus, ...d.state.options.map((o) => o.id.replace(/^svc:/, ''))];
      expect(kinds(d), q).not.toContain('no_results');
      expect(shown, q).toContain(id);
    }
  });
});

describe('round 1785: two questions, each with its mark, are both answered when one asks with a weak word', () => {
  it('answers the weak question beside the clear one', () => {
    for (const [id, q, both] of [
      ['cnh-endereco', 'paga? faço pelo site?', ['cost', 'online']],
      ['ipva', 'tem taxa? demora pra sair?', ['cost', 'time']],
      ['cin-2a-via', 'e o valor? precisa agendar?', ['cost', 'appointment']],
    ] as const) {
      expect(asked(talkOn(id, q)), `${id}: ${q}`).toEqual(both);
    }
  });

  it('one question with a weak word beside a clear cue asks only the clear one, as before', () => {
    expect(asked(talkOn('ipva', 'o valor demora quanto tempo pra atualizar?'))).toEqual(['time']);
    expect(asked(talkOn('cnh-endereco', 'oi? quanto tempo demora?'))).toEqual(['time']);
  });
});

describe('round 1786: a fee by the month asked of the card in view is its cost, not a private school', () => {
  it('answers the card\'s cost', () => {
    for (const [id, q] of [['eja', 'paga mensalidade?'], ['curso-tecnico', 'tem que pagar mensalidade?'], ['eja', 'tem mensalidade?']] as const) {
      const d = talkOn(id, q);
      expect(d.state.focus, q).toBe(id);
      expect(said(d), q).toMatch(/gratuito/);
    }
  });

  it('with nothing in focus, a private college\'s fee is still handled elsewhere', () => {
    expect(kinds(talk('quanto é a mensalidade da faculdade particular?'))).toEqual(['elsewhere']);
  });
});

describe('round 1787: someone else doing "the citizen\'s own" ("meu pai pode pagar o meu?") asks who may', () => {
  it('answers who may ask, not the cost', () => {
    for (const [id, q] of [['ipva', 'meu pai pode pagar o meu?'], ['cin-2a-via', 'minha irma pode tirar a minha?'], ['crlv-licenciamento', 'meu irmao pode emitir o meu?']] as const) {
      expect(asked(talkOn(id, q)), `${id}: ${q}`).toEqual(['requirements']);
    }
    expect(said(talkOn('ipva', 'meu pai pode pagar o meu?'))).toMatch(/outra pessoa pode pagar/);
  });

  it('the citizen\'s own asked about with no one else, or someone else\'s own, is read as before', () => {
    expect(asked(talkOn('ipva', 'quanto custa o meu?'))).toEqual(['cost']);
    expect(asked(talkOn('ipva', 'meu pai pode pagar o dele?'))).toEqual(['cost']);
  });
});

describe('round 1788: "a nova" is the new one, not "novamente" (again)', () => {
  it('answers the question about the new one from the card, not the card again', () => {
    for (const id of ['cnh-2a-via', 'cnh-renovacao']) {
      const d = talkOn(id, 'e a nova vence quando?');
      expect(d.state.focus, id).toBe(id);
      // A passage, or since round 4543 ("vence quando" a time cue) the time answer quoting the same sentence.
      expect(kinds(d), id).not.toContain('card');
    }
    expect(said(talkOn('cnh-2a-via', 'e a nova vence quando?'))).toMatch(/mesma validade/);
  });

  it('asking again is still asking again', () => {
    for (const q of ['manda novamente', 'fala de novo', 'repete a nova por favor']) {
      const d = talkOn('cnh-2a-via', q);
      expect(said(d), q).toMatch(/o que e:/);
    }
  });
});

describe('round 1789: slang for not following ("boiei", "viajei") counts only as typed', () => {
  it('the ox and travelling are no request to explain again', () => {
    for (const [id, q] of [['gta', 'e pra boi?'], ['cnh-2a-via', 'posso viajar sem ela?'], ['doacao-sangue', 'posso viajar depois?']] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).not.toMatch(/vou explicar de outro jeito/);
      expect(d.state.focus, `${id}: ${q}`).toBe(id);
    }
  });

  it('the slang as typed still asks to explain again', () => {
    for (const q of ['boiei', 'viajei aqui, nao entendi', 'hein? boiei']) {
      expect(said(talkOn('gta', q)), q).toMatch(/vou explicar de outro jeito/);
    }
  });
});
