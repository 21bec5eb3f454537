// The forty-ninth session's rounds of helper r49b (the question inside a feeling, and text the citizen did not write).
// Written from the citizen's side, with wordings other than the dialogues'. Tests named "guard" are things that must
// NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 6120: asking leave to send or paste a message received gets what the chat reads, and an invitation to paste it', () => {
  it('"posso encaminhar o email que a receita me mandou?": text is read, paste or type it; no service', () => {
    const d = talk('posso encaminhar o email que a receita me mandou?');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(said(d)).toContain('colar ou escrever');
    expect(d.state.focus).toBeUndefined();
  });
  it('"ola, posso copiar e colar o texto que veio no whatsapp?": a hello and the invitation', () => {
    const d = talk('ola, posso copiar e colar o texto que veio no whatsapp?');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(said(d)).toContain('colar ou escrever');
  });
  it('"Posso colar a mensagem que chegou pra vc me explicar?": the explaining asked of the bot is no question of a service', () => {
    const d = talk('Posso colar a mensagem que chegou pra vc me explicar?');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(d.state.view.at).toBe('menu');
  });
  it('"da pra mandar o audio que meu pai recebeu?": audio is not heard, the text of it may be typed', () => {
    const d = talk('da pra mandar o audio que meu pai recebeu?');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(said(d)).toContain('nao consigo ouvir audio');
    expect(said(d)).toContain('colar ou escrever');
  });
  it('"fiz print do sms da cemig, posso mandar print aqui?": no file is taken, the text may be pasted', () => {
    const d = talk('fiz print do sms da cemig, posso mandar print aqui?');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(said(d)).toContain('nao consigo receber fotos');
    expect(said(d)).toContain('colar ou escrever');
  });
  it('"perai esqueci o que eu ia colar rs" after a hello: no service, no correction', () => {
    const d = talk('bom dia', 'perai esqueci o que eu ia colar rs');
    expect(kinds(d)[0]).toBe('small_talk');
    expect(d.state.focus).toBeUndefined();
  });
  it('then the pasted text itself is searched', () => {
    const d = talk('posso colar aqui o texto que minha tia recebeu?');
    expect(kinds(d)[0]).toBe('small_talk');
    d.say('Secretaria de Fazenda: o IPVA do seu veiculo esta disponivel para pagamento.');
    expect(d.state.focus).toBe('ipva');
  });
  it('guard: "posso mandar audio?" keeps its one line, with no invitation to paste', () => {
    const d = talk('posso mandar audio?');
    expect(said(d)).toContain('nao consigo ouvir audio');
    expect(said(d)).not.toContain('colar');
  });
  it('guard: "posso mandar fotos junto?" on the Ouvidoria asks what the service takes, not the chat', () => {
    const d = talkOn('ouvidoria', 'posso mandar fotos junto?');
    expect(kinds(d)).not.toContain('small_talk');
  });
  it('guard: "pera, não é esse, é o ipva" on the CNH renewal still corrects', () => {
    const d = talkOn('cnh-renovacao', 'pera, não é esse, é o ipva');
    expect(d.state.focus).toBe('ipva');
  });
});

describe('round 6121: a report of a loss told (or its text quoted), then the 2nd copy asked by name: that copy, on the question asked', () => {
  it('"…Documentos extraviados: CNH e RG". Quanto custa a segunda via da CNH?": the licence\'s copy, its cost only', () => {
    const d = talk('Registrei o BO de perda ontem. No comprovante diz: "Documentos extraviados: CNH e RG". Quanto custa a segunda via da CNH?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(asked(d)).toEqual(['cost']);
  });
  it('"…perdi a carteira de motorista no ônibus ontem. Como tiro a segunda via da CNH?": the licence\'s copy, how', () => {
    const d = talk('Fiz o boletim de ocorrência porque perdi a carteira de motorista no ônibus ontem. Como tiro a segunda via da CNH?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(asked(d)).toEqual(['how']);
  });
  it('"Registrei o boletim de roubo da minha bolsa… Como faço pra tirar outra identidade?": the identity\'s 2nd copy', () => {
    const d = talk('Registrei o boletim de roubo da minha bolsa ontem no centro da cidade. Como faço pra tirar outra identidade?');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('guard: "Fiz o BO de perda… Como consulto e imprimo o boletim?" is the report\'s lookup', () => {
    const d = talk('Fiz o BO de perda ontem à noite no site da delegacia virtual. Como consulto e imprimo o boletim?');
    expect(d.state.focus).toBe('consulta-reds');
  });
});

describe('round 6122: a fear laughed off before the question ("to com medo kkk …") names no service', () => {
  it('"tenho medo kkk precisa falar meu nome?" on the Disque-Denúncia: asked of it, not the protective order', () => {
    const d = talkOn('disque-denuncia', 'tenho medo kkk precisa falar meu nome?');
    expect(d.state.focus).toBe('disque-denuncia');
  });
  it('"to com um pouco de medo kkkk qual a idade minima?" after asking to give blood: the card\'s minors', () => {
    const d = talk('quero doar sangue pela primeira vez', 'to com um pouco de medo kkkk qual a idade minima?');
    expect(d.state.focus).toBe('doacao-sangue');
    expect(asked(d)).toEqual(['minors']);
  });
  it('guard: "to com medo do meu ex kkk" alone is the protective order', () => {
    expect(talk('to com medo do meu ex kkk').state.focus).toBe('medida-protetiva');
  });
});

describe('round 6123: sent away from an office gone to ("fui no detran e me mandaram embora") is turned away, not a job lost', () => {
  it('"fui no detran e me mandaram embora, disseram que tinha que agendar. como eu agendo na uai?": the UAI booking', () => {
    const d = talk('fui no detran e me mandaram embora, disseram que tinha que agendar. como eu agendo na uai?');
    expect(d.state.focus).toBe('agendamento-uai');
  });
  it('guard: "trabalhei 3 anos na empresa e me mandaram embora, como peço o seguro desemprego?" is the unemployment insurance', () => {
    expect(talk('trabalhei 3 anos na empresa e me mandaram embora, como peço o seguro desemprego?').state.focus).toBe('seguro-desemprego');
  });
});
