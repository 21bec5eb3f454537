// The thirty-eighth session's rounds of r38c (4340–4359). Written from the citizen's side, with wordings other than the dialogues'.
import { describe, expect, it } from 'vitest';
import { asked, kinds, said, talk, talkOn } from './real.ts';

describe('round 4340: a job looked for, with "carteira assinada"', () => {
  it('looking for a job with a signed work card is the Sine, not a worker\'s rights', () => {
    for (const text of ['tô buscando um emprego com carteira assinada', 'quero procurar trabalho de carteira assinada']) {
      const d = talk(text);
      expect(d.state.focus).toBe('sine-emprego');
      expect(kinds(d)).not.toContain('elsewhere');
    }
  });
  it('a worker\'s rights with the same words are still handled elsewhere', () => {
    const d = talk('trabalho sem carteira assinada, tenho direito a férias?');
    expect(kinds(d)).toContain('elsewhere');
  });
});

describe('round 4342: the form a paper is taken or carried in', () => {
  it('asked whether the animal transit guide goes printed, its document "impressa ou eletrônica" answers, not the sentence on carrying it', () => {
    const d = talkOn('gta', 'a gta vai impressa no caminhao?');
    expect(said(d)).toContain('impressa ou eletronica');
  });
  it('a copy or the original of the driver\'s CNH: the document asking a copy of the licence answers', () => {
    const d = talkOn('indicacao-condutor', 'a cnh do meu irmao vai em copia ou original?');
    expect(said(d)).toContain('copia da habilitacao');
  });
  it('a photocopy asked about: the document saying which copies are taken answers', () => {
    const d = talkOn('cin-1a-via', 'serve xerox comum da certidao?');
    expect(said(d)).toContain('copia autenticada');
  });
});

describe('round 4344: a topic asked in a word another service\'s names hold', () => {
  it('the time to completion, on the vehicle transfer, stays on the transfer', () => {
    for (const text of ['e o prazo de conclusão, qual é?', 'quanto tempo pra conclusão?']) {
      const d = talkOn('transferencia-veiculo', text);
      expect(d.state.focus).toBe('transferencia-veiculo');
      expect(asked(d)).toContain('time');
    }
  });
  it('a bar asked for a partner under age, on the company registration, stays on it', () => {
    for (const text of ['existe restrição quanto a sócio de 16 anos?', 'alguma restrição quanto a sócio menor de idade?']) {
      const d = talkOn('abrir-empresa', text);
      expect(d.state.focus).toBe('abrir-empresa');
      expect(asked(d)).toContain('minors');
    }
  });
  it('a used car\'s restrictions asked before buying are still the vehicle lookup', () => {
    const d = talk('quero comprar um carro usado, como vejo se ele tem alguma restrição?');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
});

describe('round 4346: a means of paying asked by name', () => {
  it('asked whether the water bill is paid at a lottery shop, the place of its paying step that names lottery shops answers', () => {
    const d = talkOn('copasa-conta', 'dá pra pagar em lotérica?');
    expect(said(d)).toContain('lotericas');
  });
  it('a means the card does not name still gets the card\'s means of paying', () => {
    const d = talkOn('copasa-conta', 'aceita pix?');
    expect(said(d)).toContain('pix');
  });
});

describe('round 4348: a firm\'s certificates and invoices that are not the State\'s', () => {
  it('the labour-debt certificate (CNDT) is the Labour Court\'s, not the State\'s tax certificate', () => {
    const d = talk('bom dia, como tiro a certidão de débitos trabalhistas da empresa?');
    expect(kinds(d)).toContain('elsewhere');
    expect(d.state.focus).toBeUndefined();
  });
  it('the service invoice (NFS-e) is the town\'s or the national issuer\'s', () => {
    const d = talk('preciso emitir uma nfse pra um cliente');
    expect(kinds(d)).toContain('elsewhere');
    expect(d.state.focus).toBeUndefined();
  });
  it('the State\'s tax certificate and the rural invoice are still found', () => {
    expect(talk('preciso da certidão negativa de débitos estaduais').state.focus).toBe('certidao-debitos');
    expect(talk('preciso emitir nota fiscal de venda de gado').state.focus).toBe('nota-fiscal-avulsa');
  });
});
