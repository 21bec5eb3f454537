// The thirteenth session's rounds by helper rb13 (340–359), one `describe` per round; each test was checked to fail on
// the code before the round.
import { describe, expect, it } from 'vitest';
import { asked, kinds, talk, talkOn } from './real.ts';

const text = (d: ReturnType<typeof talkOn>): string => (d.last?.replies ?? []).map((r) => r.text).join('\n');

describe('round 340: a chat hello, and what the citizen calls the bot by', () => {
  it('"eae, tudo certo?" is a hello, not a search', () => {
    const d = talk('eae, tudo certo?');
    expect(kinds(d)).not.toContain('no_results');
    expect(d.state.focus).toBeUndefined();
  });

  it('"boa noite querida" and "oi flor do dia" are a hello', () => {
    for (const hello of ['boa noite querida', 'oi flor do dia', 'e ai parceiro']) {
      const d = talk(hello);
      expect(kinds(d), hello).not.toContain('no_results');
      expect(d.state.focus, hello).toBeUndefined();
    }
  });
});

describe('round 341: everyday ways of asking the cost, the time, the booking and the phone', () => {
  it('"e qnto que tá pagando" on the 2nd copy of the CIN answers its cost', () => {
    const d = talkOn('cin-2a-via', 'e qnto que tá pagando');
    expect(asked(d)).toEqual(['cost']);
  });

  it('"sai na hr msm?" on the tax certificate answers its time ("hr" is "hora")', () => {
    const d = talkOn('certidao-debitos', 'sai na hr msm?');
    expect(asked(d)).toEqual(['time']);
  });

  it('"tenho q marcar?" on the high-cost medicines answers how to book', () => {
    const d = talkOn('medicamentos-alto-custo', 'tenho q marcar?');
    expect(asked(d)).toEqual(['appointment']);
  });

  it('"o numero qual e?" on the Disque-Denúncia gives its number', () => {
    const d = talkOn('disque-denuncia', 'o numero qual e?');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(asked(d)).toEqual(['contact']);
    expect(text(d)).toMatch(/181/);
  });

  it('"tenho diabetes posso doar msm assim" without a question mark asks who may give blood', () => {
    const d = talkOn('doacao-sangue', 'tenho diabetes posso doar msm assim');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(asked(d)).toContain('requirements');
  });
});

describe('round 342: what the card says of waiting, and of a number or password lost', () => {
  it('"devo esperar um dia antes de avisar a policia?" on a missing person quotes that one need not wait', () => {
    const d = talkOn('pessoa-desaparecida', 'devo esperar um dia antes de avisar a policia?');
    expect(d.state.focus).toBe('pessoa-desaparecida');
    expect(text(d)).toMatch(/Não é preciso esperar/);
  });

  it('"perdi o numero do bo e agora?" on the REDS lookup says where the number comes from, not the loss report', () => {
    const d = talkOn('consulta-reds', 'perdi o numero do bo e agora?');
    expect(d.state.focus).toBe('consulta-reds');
    expect(text(d)).toMatch(/vem no e-mail/);
  });
});

describe('round 343: "desse portal" points at the card in view', () => {
  it('"me passa o site desse portal" on the fishing licence steps stays on the licence', () => {
    const d = talkOn('licenca-pesca');
    d.press('Passo a passo');
    d.say('me passa o site desse portal');
    expect(d.state.focus).toBe('licenca-pesca');
    expect(text(d)).toMatch(/ecosistemas/);
  });
});

describe('round 344: choosing from a list by a word of the request, or asking about the first listed', () => {
  it('"e onde eu faço a inscrição" on the schools listed asks where to register (the first listed), not the EJA', () => {
    const d = talk('oi queria matricular meu filho numa escola estadual pro ano q vem, ele vai pro 1 ano');
    d.say('e onde eu faço a inscrição');
    expect(d.state.focus).toBe('cadastro-escolar');
    expect(asked(d)).toEqual(['where']);
  });

  it('"o documento" after "pagar o ipva e tirar o documento da moto" opens the vehicle licence', () => {
    const d = talk('quero pagar o ipva e tirar o documento da moto');
    d.say('o documento');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
});

describe('round 345: leaving the steps, or asking to be shown another service, on a step', () => {
  it('"tenho q pagar o ipva primeiro, me mostra ele" on the licence steps opens the IPVA', () => {
    const d = talkOn('crlv-licenciamento');
    d.press('Passo a passo');
    d.say('tenho q pagar o ipva primeiro, me mostra ele');
    expect(d.state.focus).toBe('ipva');
  });

  it('"sai do passo a passo, quero ver o resumo" shows the card of the service in view again', () => {
    const d = talkOn('comunicacao-venda');
    d.press('Passo a passo');
    d.say('sai do passo a passo, quero ver o resumo');
    expect(d.state.focus).toBe('comunicacao-venda');
    expect(d.state.view.at).toBe('service');
  });
});

describe('round 346: a name told before the request is no word of the search', () => {
  it('"oi meu nome é Geraldo Exemplo tenho 70 anos quero a licença de pesca" opens the fishing licence', () => {
    const d = talk('oi meu nome é Geraldo Exemplo tenho 70 anos quero a licença de pesca');
    expect(d.state.focus).toBe('licenca-pesca');
  });
});

describe('round 347: a loan for a vehicle, or credit with a bad record, is the banks\'', () => {
  it('"qual financeira aprova moto com nome negativado" says whom to turn to and opens no vehicle service', () => {
    const d = talk('qual financeira aprova moto com nome negativado');
    expect(kinds(d)).toEqual(['elsewhere']);
    expect(d.state.focus).toBeUndefined();
  });
});

/** The Ouvidoria's form filled up to the e-mail, after a complaint about a hospital. */
function ouvidoriaAtEmail(): ReturnType<typeof talkOn> {
  const d = talkOn('ouvidoria');
  d.press('Fazer solicitação');
  for (const answer of ['reclamacao', 'hospital', 'uberlandia', 'demora no atendimento']) d.say(answer);
  return d;
}

describe('round 348: changing a free-text answer, with why, asks it again', () => {
  it('"quero corrigir o relato, faltou dizer que foi ontem" at the e-mail asks the account again, not storing the reason', () => {
    const d = ouvidoriaAtEmail();
    d.say('quero corrigir o relato, faltou dizer que foi ontem');
    const view = d.state.view;
    expect(view.at).toBe('form');
    expect(view.at === 'form' ? view.field : -1).toBe(3);
    expect(text(d)).not.toMatch(/Corrigido/);
  });
});

describe('round 349: another one of a document lost or taken is its second copy', () => {
  it('"minha filha foi assaltada e levaram o rg dela, como tira outro?" opens the 2nd copy of the CIN, not the 1st', () => {
    const d = talk('minha filha foi assaltada e levaram o rg dela, como tira outro?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
});

describe('round 350: "oi, beleza?" asks how the bot is', () => {
  it('"opa, tranquilo?" and "oi, blz?" are answered as "tudo bem?", not with an "ok"', () => {
    for (const hello of ['opa, tranquilo?', 'oi, blz?']) {
      const d = talk(hello);
      expect(text(d), hello).toMatch(/Tudo bem/);
      expect(text(d), hello).not.toMatch(/Combinado/);
    }
  });
});

describe('round 351: an option of a choice field typed on the summary changes that field', () => {
  it('"denúncia" typed on the Ouvidoria summary makes it a denúncia and shows the summary again', () => {
    const d = talkOn('ouvidoria');
    d.press('Fazer solicitação');
    for (const answer of ['sugestao', 'detran', 'juiz de fora', 'o atendente cobrou um valor por fora', 'pular']) d.say(answer);
    expect(d.state.view.at).toBe('confirm');
    d.say('denúncia');
    expect(d.state.view.at).toBe('confirm');
    expect(text(d)).toMatch(/Denúncia/);
  });
});

describe('round 352: "de boa" is an "all good"', () => {
  it('"e ai, de boa?" is a hello asking how the bot is, not a search', () => {
    const d = talk('e ai, de boa?');
    expect(kinds(d)).not.toContain('no_results');
    expect(text(d)).toMatch(/Tudo bem/);
  });
});
