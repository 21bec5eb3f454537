// The thirty-second session's rounds of r32b (3220–3239): the card holds the answer in a sentence, and the reply
// missed it. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 3220: told one cannot go, on a card done in person, who may go for them', () => {
  it('a representative, where the card names one', () => {
    for (const text of ['meu avo ta acamado', 'meu pai nao tem como ir la buscar', 'eu nao posso sair de casa, to de resguardo']) {
      const d = talkOn('medicamentos-alto-custo', text);
      expect(d.state.focus, text).toBe('medicamentos-alto-custo');
      expect(said(d), text).toMatch(/representante/);
    }
  });
  it('a power of attorney, where the card names one', () => {
    for (const text of ['eu nao consigo ir ate a secretaria da escola', 'nao tenho como comparecer, trabalho fora']) {
      const d = talkOn('historico-escolar', text);
      expect(d.state.focus, text).toBe('historico-escolar');
      expect(said(d), text).toMatch(/procura[cç][aã]o/i);
    }
  });
});

describe('round 3221: told one knows nothing of the subject, the sentence naming the professional who does it', () => {
  it('the technician or engineer the card names', () => {
    for (const [svc, text] of [['avcb', 'eu nao entendo nada dessas normas de bombeiro, nao entendo nada de seguranca contra incendio'], ['licenciamento-ambiental', 'olha, nao sei nada sobre licenca de empreendimento'], ['licenciamento-ambiental', 'vou ter que pagar um engenheiro?'], ['avcb', 'tem que contratar arquiteto?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(said(d), text).toMatch(/respons[aá]vel t[eé]cnico/);
    }
  });
  it('not following the reply is still asked again, and the bot is still spoken to', () => {
    expect(said(talkOn('avcb', 'nao entendi nada da sua explicacao'))).toMatch(/outro jeito/);
    expect(said(talkOn('licenciamento-ambiental', 'nao entendo nada do que voce escreve'))).not.toMatch(/respons[aá]vel t[eé]cnico/);
  });
});

describe('round 3222: a document lacked, told first, asks the documents', () => {
  it('over a weak cue of a later clause', () => {
    const d = talkOn('denuncia-ambiental', 'nao tenho video nenhum, so sei o endereco');
    expect(d.state.focus).toBe('denuncia-ambiental');
    expect(said(d)).toMatch(/documentos —/);
  });
  it('a one-word document that is also a name of the service is still the document', () => {
    const d = talkOn('sine-emprego', 'eu ainda nao tenho curriculo feito');
    expect(d.state.focus).toBe('sine-emprego');
    expect(said(d)).toMatch(/documentos —[\s\S]*carteira de trabalho/);
  });
  it('the thing the service is about is no document lacked', () => {
    expect(said(talkOn('cnh-primeira-habilitacao', 'nao tenho carteira nenhuma ainda'))).not.toMatch(/documentos —/);
  });
});

describe('round 3223: a case of danger told before the question, or put by it, gets the card\'s sentence for danger', () => {
  it('a weapon put as a what-if, or told before the question', () => {
    for (const text of ['e se o cara estivesse armado?', 'O ladrão tinha uma faca. Dá pra fazer o boletim online?']) {
      const d = talkOn('bo-furto', text);
      expect(d.state.focus, text).toBe('bo-furto');
      expect(said(d), text).toMatch(/190/);
    }
  });
  it('an illness or an age the sentence for danger names, asked whether it changes anything', () => {
    for (const text of ['meu avo tem demencia, isso muda algo?', 'e se for uma crianca de 8 anos?']) {
      const d = talkOn('pessoa-desaparecida', text);
      expect(d.state.focus, text).toBe('pessoa-desaparecida');
      expect(said(d), text).toMatch(/190/);
    }
  });
  it('a plain question is no danger', () => {
    expect(said(talkOn('pessoa-desaparecida', 'precisa de foto recente?'))).not.toMatch(/em perigo/);
  });
});
