// The thirty-ninth session's r39c rounds. Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 4540: a van or a fleet is a vehicle', () => {
  it('the licensing of a company van puts the vehicle licensing first, not the environmental licence', () => {
    const d = talk('licenciamento atrasado da van da empresa, como regularizo?');
    expect(d.state.focus ?? d.state.options.find((o) => o.id.startsWith('svc:'))?.id.slice(4)).toBe('crlv-licenciamento');
  });
  it('the licensing of a van alone opens the vehicle licensing', () => {
    const d = talk('o licenciamento da van da firma ta atrasado, como resolvo');
    expect(d.state.focus).toBe('crlv-licenciamento');
  });
  it('a fleet to license opens the vehicle licensing', () => {
    const d = talk('cuido da frota da empresa e preciso regularizar o licenciamento anual dos carros');
    expect(d.state.focus ?? d.state.options.find((o) => o.id.startsWith('svc:'))?.id.slice(4)).toBe('crlv-licenciamento');
  });
});

describe('round 4541: the steps asked for with a verb of wanting', () => {
  it('"quero as etapas" after the subject starts the steps', () => {
    const d = talk('renovar a carteira de motorista, quero as etapas');
    expect(d.state.focus).toBe('cnh-renovacao');
    expect(stepOf(d)).toBe(1);
  });
  it('"preciso das etapas" before the subject starts the steps', () => {
    const d = talk('preciso das etapas pra tirar a segunda via da identidade');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(stepOf(d)).toBe(1);
  });
});

describe('round 4542: money in slang is an amount, and an amount asks the cost', () => {
  it('"uns 40 conto" on a card asks the cost, not the gov.br account', () => {
    const d = talkOn('cin-2a-via', 'me falaram q paga uns 40 conto, é isso msm?');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).toContain('follow_up');
    expect(said(d)).toContain('quanto custa');
  });
  it('"cinquenta pila" asks the cost', () => {
    const d = talkOn('cnh-2a-via', 'sai por volta de cinquenta pila?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toContain('quanto custa');
  });
  it('an amount in reais asks the cost', () => {
    const d = talkOn('cin-2a-via', 'fica uns 60 reais?');
    expect(said(d)).toContain('quanto custa');
  });
});

describe('round 4543: when a bill falls due', () => {
  it('"quando vence a guia?" on the IPVA stays and tells the plate calendar', () => {
    const d = talkOn('ipva', 'e a guia vence que dia?');
    expect(d.state.focus).toBe('ipva');
    expect(said(d)).toMatch(/final da placa|calendario/);
  });
  it('"qual o vencimento?" on the DAE tells the due date of the guide', () => {
    const d = talkOn('dae', 'qual o vencimento dela?');
    expect(d.state.focus).toBe('dae');
    expect(said(d)).toContain('vencimento');
  });
});

describe('round 4545: fishing in a river is the fishing licence', () => {
  it('"quero pescar no rio" opens the amateur fishing licence, not a denunciation', () => {
    const d = talk('tenho que ter carteira pra pescar no rio?');
    expect(d.state.focus).toBe('licenca-pesca');
  });
  it('a denunciation of fishing in the river is still the environmental denunciation', () => {
    const d = talk('quero denunciar pesca ilegal no rio');
    expect(d.state.focus).toBe('denuncia-ambiental');
  });
});

describe('round 4546: a request waited on with no answer gets the card\'s time', () => {
  it('months with no call on the job vacancies: the time the card gives, the bot cannot fix it', () => {
    const d = talkOn('sine-emprego', 'faz 3 meses que me cadastrei e ninguem me chamou');
    expect(d.state.focus).toBe('sine-emprego');
    expect(said(d)).toContain('prazo');
    expect(said(d)).toContain('depende das vagas');
  });
  it('stuck in analysis on the ITCD: the time the card gives', () => {
    const d = talkOn('itcd', 'minha declaracao ta parada em analise faz 2 meses');
    expect(said(d)).toContain('tempo de analise');
  });
  it('a site that does not open gets no time', () => {
    const d = talkOn('sine-emprego', 'o site nao abre de jeito nenhum');
    expect(said(d)).not.toContain('prazo:');
  });
});

describe('round 4547: typing or reading that is hard, said beside another social turn', () => {
  it('"nao consigo digitar direito" with a question on audio: understood, no search', () => {
    const d = talk('da pra mandar audio? nao consigo digitar direito');
    expect(kinds(d)).toEqual(['small_talk']);
    expect(said(d)).toContain('audio');
  });
  it('"enxergo mal" alone: patience, no search', () => {
    const d = talk('eu enxergo mal');
    expect(kinds(d)).toEqual(['small_talk']);
  });
});

describe('round 4549: where the fee is paid', () => {
  it('"onde eu pago essa taxa?" on the CNH copy: the cost, paid by DAE', () => {
    const d = talkOn('cnh-2a-via', 'e onde eu pago essa taxa?');
    expect(d.state.focus).toBe('cnh-2a-via');
    expect(said(d)).toContain('dae');
  });
});
