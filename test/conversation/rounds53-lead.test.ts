// The fifty-third session's rounds of the lead. Written from the citizen's side, with wordings other than the
// dialogues'. Tests named "guard" are things that must NOT change (they pass with or without the rounds).
import { describe, expect, it } from 'vitest';
import { kinds, said, stepOf, talk, talkOn } from './real.ts';

describe('round 6560: what is left to do, asked with "fazer" and "mais", gets the card\'s last step', () => {
  it('"quando eu tiver a licença, vou ter que fazer mais algo?": the conditions and the renewal of the licence', () => {
    const d = talkOn('licenciamento-ambiental', 'quando eu tiver a licença, vou ter que fazer mais algo?');
    expect(d.state.focus).toBe('licenciamento-ambiental');
    expect(said(d)).toContain('condicionantes');
  });
  it('"com a outorga na mão nao tem mais nada a fazer ne": the water meter and the renewal', () => {
    const d = talkOn('outorga-agua', 'com a outorga na mão nao tem mais nada a fazer ne');
    expect(said(d)).toContain('renove antes do vencimento');
  });
  it('guard: "tem mais alguma coisa pra fazer?" still gets the last step (round 5801)', () => {
    const d = talkOn('outorga-agua', 'tem mais alguma coisa pra fazer?');
    expect(said(d)).toContain('renove antes do vencimento');
  });
});

describe('round 6561: on a card, the next step asked after a step told done or named opens the steps on the one after it', () => {
  it('"já assinei a atpv, e agora?" on the transfer: the step after the ATPV-e (the form and the DAE)', () => {
    const d = talkOn('transferencia-veiculo', 'já assinei a atpv, e agora?');
    expect(stepOf(d)).toBe(2);
    expect(said(d)).toContain('preencher a ficha');
  });
  it('"já paguei o dae da transferencia" then "qual a proxima etapa?": the inspection, told in the message before', () => {
    const d = talk('comprei um carro e já paguei o dae da transferencia', 'qual a proxima etapa?');
    expect(d.state.focus).toBe('transferencia-veiculo');
    expect(stepOf(d)).toBe(3);
    expect(said(d)).toContain('vistoria');
  });
  it('"depois de consultar a viabilidade, qual é o próximo passo?" on opening a company: the DBE step', () => {
    const d = talkOn('abrir-empresa', 'depois de consultar a viabilidade, qual é o próximo passo?');
    expect(stepOf(d)).toBe(2);
    expect(said(d)).toContain('dbe');
  });
  it('"ja paguei a conta atrasada, e agora?" on the water bill: the steps open on asking for the reconnection', () => {
    const d = talkOn('copasa-conta', 'ja paguei a conta atrasada, e agora?');
    expect(stepOf(d)).toBe(4);
    expect(said(d)).toContain('religamento');
  });
  it('guard: "ainda nao paguei a conta atrasada, e agora?" opens no step as done', () => {
    const d = talkOn('copasa-conta', 'ainda nao paguei a conta atrasada, e agora?');
    expect(stepOf(d)).toBeUndefined();
  });
  it('guard: "depois de pagar o dae, demora quanto?" is a question of time, not the next step', () => {
    const d = talkOn('transferencia-veiculo', 'depois de pagar o dae, demora quanto?');
    expect(stepOf(d)).toBeUndefined();
    expect(said(d)).toContain('quanto tempo leva');
  });
});

describe('round 6562: "não a de X, a Y", the thing denied with its article and the thing meant after a pause, is a correction', () => {
  it('"não a de motorista, a identidade" on the CNH\'s 2nd copy: the identity card\'s 2nd copy', () => {
    const d = talkOn('cnh-2a-via', 'não a de motorista, a identidade');
    expect(d.state.focus).toBe('cin-2a-via');
  });
  it('"segunda via da conta de luz" then "não a de luz, a de água": the water bill\'s 2nd copy', () => {
    const d = talk('segunda via da conta de luz', 'não a de luz, a de água');
    expect(d.state.focus).toBe('copasa-conta');
  });
  it('guard: "não dá, o site tá fora do ar" on the power bill is a trouble told, the card stays', () => {
    const d = talkOn('cemig-conta', 'não dá, o site tá fora do ar');
    expect(d.state.focus).toBe('cemig-conta');
  });
});

describe('round 6563: back in the chat, or where the citizen is and reading later, is small talk whatever the story names', () => {
  it('"foi mal a demora, fui buscar as crianças na escola. pronto, voltei" on the IPVA: the card stays, no school service', () => {
    const d = talkOn('ipva', 'foi mal a demora, fui buscar as crianças na escola. pronto, voltei');
    expect(d.state.focus).toBe('ipva');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('"to na fila do banco agora, depois eu vejo direitinho" on the identity card: the card stays, no word on banks', () => {
    const d = talkOn('cin-2a-via', 'to na fila do banco agora, depois eu vejo direitinho');
    expect(d.state.focus).toBe('cin-2a-via');
    expect(kinds(d)).toEqual(['small_talk']);
  });
  it('guard: "perdi a identidade, depois eu vejo" on the water bill is no small talk (a need told)', () => {
    const d = talkOn('copasa-conta', 'perdi a identidade, depois eu vejo');
    expect(kinds(d)).not.toEqual(['small_talk']);
  });
});
