// The twenty-second session's rounds of helper r22c (1740 on): the card-sentence answer quoting the sentence that
// answers. One `describe` per round; each test was checked to fail on the code before its round. Written from the
// citizen's side, in wordings and on services other than the dialogues' own where the mechanism applies.
import { describe, expect, it } from 'vitest';
import { said, talkOn } from './real.ts';

describe('round 1740: whether the citizen, being who they are, may ask is answered by the card\'s sentence of who may ask', () => {
  it('a condition of the person ("tenho que ser dono…?", "precisa saber ler…?") quotes who may ask', () => {
    for (const [id, q, re] of [
      ['certidao-jucemg', 'tenho que ser dono da empresa pra tirar a certidao?', /qualquer pessoa pode pedir/],
      ['certidao-jucemg', 'precisa ser socio pra puxar a certidão?', /qualquer pessoa pode pedir/],
      ['certidao-jucemg', 'tenho q ser o titular da empresa pra pedir a certidao?', /qualquer pessoa pode pedir/],
      ['cnh-primeira-habilitacao', 'tem que saber ler pra tirar a carteira?', /saber ler e escrever/],
    ] as const) {
      const d = talkOn(id, q);
      expect(said(d), `${id}: ${q}`).toMatch(re);
    }
  });

  it('the citizen telling where they live and asking whether they may ("moro no rio, posso…?") gets "Não precisa ser morador"', () => {
    for (const q of ['moro no rio, posso registrar reclamação de um hospital estadual?', 'sou de goias, consigo reclamar de uma delegacia daqui?']) {
      expect(said(talkOn('ouvidoria', q)), q).toMatch(/nao precisa ser morador/);
    }
  });

  it('"precisa ser <particípio>" asks about the thing, not the person: the renewal is still answered', () => {
    expect(said(talkOn('pescador-profissional', 'O registro precisa ser renovado todo ano?'))).toMatch(/anual|todo ano/);
    // Nearby: a question about something else on the same card is not answered with who may ask.
    expect(said(talkOn('certidao-jucemg', 'a certidao simplificada mostra os socios?'))).not.toMatch(/qualquer pessoa pode pedir/);
  });
});

describe('round 1741: a case put in the negative is answered by the card\'s sentence putting that case in the negative', () => {
  it('"e se eu não tiver…?", "nunca/não tenho…" quote "Se não…", "Onde não há…", "Quem não…"', () => {
    for (const [id, q, re] of [
      ['cnh-transferencia-estado', 'na minha cidade nao tem uai, e agora?', /ciretran/],
      ['baixa-veiculo', 'e se eu nao tiver mais o crv?', /boletim de ocorrencia de perda/],
      ['certidao-debitos', 'e se a empresa nao tiver nenhum debito?', /emitida na hora/],
      ['contracheque-servidor', 'nao tenho email cadastrado, como entro?', /recursos humanos/],
      ['curso-tecnico', 'fui aprovado, e se eu nao aparecer pra matricula?', /perde a vaga/],
    ] as const) {
      expect(said(talkOn(id, q)), `${id}: ${q}`).toMatch(re);
    }
  });

  it('the same case put in the affirmative still quotes the sentence that holds it', () => {
    const d = talkOn('cnh-transferencia-estado', 'e se na minha cidade tiver uai?');
    expect(said(d)).toMatch(/agende o atendimento na uai da sua cidade/);
    expect(said(d)).not.toMatch(/ciretran/);
  });
});
