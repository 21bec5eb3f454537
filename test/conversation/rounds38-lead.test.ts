// The thirty-eighth session's lead rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { fromMineiro } from '../../src/conversation/mineiro.ts';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 4400: trouble on the way keeps the service in view', () => {
  it('a site that will not load, on a card: stays, no fix invented, the page and 155', () => {
    const d = talkOn('certidao-debitos', 'a pagina da fazenda nao carrega de jeito nenhum');
    expect(d.state.focus).toBe('certidao-debitos');
    expect(said(d)).toContain('155');
    expect(said(d)).toContain('nao consigo resolver');
  });
  it('an error on sending, asked what to do: the card\'s other ways, not the one that failed', () => {
    const d = talkOn('ciptea', 'deu erro na hora de enviar pelo cidadao mg, o que eu faço?');
    expect(d.state.focus).toBe('ciptea');
    expect(said(d)).toContain('outros caminhos');
    expect(said(d)).toContain('uai');
  });
  it('a phone no one answers: where to complain, as the card says', () => {
    const d = talkOn('disque-denuncia', 'ja tentei ligar umas 4 vezes e fica so tocando');
    expect(d.state.focus).toBe('disque-denuncia');
    expect(said(d)).toContain('162');
  });
  it('no slot in the booking: the card\'s sentence on the slots comes first', () => {
    const d = talkOn('exames-detran', 'fui marcar a prova pratica e nao tem vaga nenhuma, e agora?');
    expect(d.state.focus).toBe('exames-detran');
    expect(said(d)).toContain('vagas disponiveis');
    expect(said(d)).toContain('nao consigo resolver');
  });
  it('another question beside the trouble is answered as that question', () => {
    const d = talkOn('passe-livre', 'mandei o cadastro e ate agora nada, quanto tempo demora?');
    expect(kinds(d)).not.toContain('unanswered');
    expect(d.state.focus).toBe('passe-livre');
  });
  it('no trouble told, no trouble reply', () => {
    const d = talkOn('ipva', 'o site aceita cartao de credito?');
    expect(said(d)).not.toContain('transtorno');
  });
});

describe('round 4401: the spoken language of the interior of Minas', () => {
  it('writes the spoken forms as the standard words', () => {
    expect(fromMineiro('cê num sabe se eu consigo pagá na lotérica?')).toBe('você não sabe se eu consigo pagar na lotérica?');
    expect(fromMineiro('e dispois ocê me fala')).toBe('e depois você me fala');
    expect(fromMineiro('vô vendê umas galinha')).toBe('vou vender umas galinha');
  });
  it('leaves standard words, names of towns and the contraction "num" alone', () => {
    expect(fromMineiro('moro num sítio perto de Itajubá')).toBe('moro num sítio perto de Itajubá');
    expect(fromMineiro('você está aí? meu vô tem 90 anos')).toBe('você está aí? meu avô tem 90 anos');
    expect(fromMineiro('sô eu mesmo')).toBe('senhor eu mesmo');
  });
  it('a correction said with "num … não" corrects', () => {
    const d = talk('quero pagar o ipva do carro', 'num é do carro não, é da caminhonete');
    expect(d.state.focus).toBe('ipva');
  });
  it('a hello of the interior is a hello', () => {
    for (const text of ['bença', 'ocê tá aí?', 'muito prazer']) {
      const d = talk(text);
      expect(kinds(d)).not.toContain('no_results');
      expect(d.state.focus).toBeUndefined();
    }
  });
});

describe('round 4402: "e depois de pagar?" in the steps', () => {
  it('goes to the step after the one that does the act', () => {
    const d = talkOn('cin-2a-via', 'me mostra o passo a passo', 'e depois de pagar a taxa?');
    expect(stepOf(d)).toBe(2);
  });
  it('in spoken form too', () => {
    const d = talkOn('cin-2a-via', 'me mostra o passo a passo', 'e dispois de agendá?');
    expect(stepOf(d)).toBe(3);
  });
});
