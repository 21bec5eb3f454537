// The thirtieth session's rounds of helper r30a (3000 on): the card in focus against another service. Written from the citizen's side.
import { describe, expect, it } from 'vitest';
import { kinds, said, talkOn } from './real.ts';

describe('round 3000: another thing asked to stand in for one of the card\'s documents', () => {
  it('a bill of another service asked as the proof of address stays on the card, which does not say', () => {
    const cases: [string, string][] = [
      ['passe-livre', 'o comprovante de endereço pode ser a conta da cemig?'],
      ['curso-tecnico', 'serve conta de água como comprovante de residência?'],
      ['cin-1a-via', 'a conta de luz vale como comprovante de endereço?'],
      ['medicamentos-alto-custo', 'posso levar a conta da copasa no lugar do comprovante de residencia?'],
    ];
    for (const [svc, text] of cases) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(kinds(d), text).toContain('unanswered');
      expect(said(d), text).toContain('comprovante de');
      expect(said(d), text).toContain('155');
    }
  });
  it('a thing handled elsewhere (the phone operator, a rental contract) asked as the document stays on the card too', () => {
    for (const text of ['conta de telefone serve como comprovante de endereço?', 'aceitam contrato de aluguel como comprovante de endereço?']) {
      const d = talkOn('cadastro-escolar', text);
      expect(d.state.focus, text).toBe('cadastro-escolar');
      expect(kinds(d), text).toContain('unanswered');
    }
  });
  it('another document asked in place of the birth certificate is asked of the card', () => {
    const d = talkOn('cin-1a-via', 'a certidão de nascimento pode ser substituída pelo passaporte?');
    expect(d.state.focus).toBe('cin-1a-via');
    expect(said(d)).toContain('certidao de nascimento');
  });
  it('where the card names what stands in, its line answers', () => {
    const d = talkOn('cnh-primeira-habilitacao', 'o comprovante de endereço pode ser uma declaração de residência?');
    expect(d.state.focus).toBe('cnh-primeira-habilitacao');
    expect(said(d)).toContain('declaracao de residencia');
  });
  it('a word qualifying the document, a person or a place is no other thing (read as before)', () => {
    for (const [svc, text] of [['ipva-restituicao', 'documento vencido vale?'], ['cin-1a-via', 'comprovante no nome da minha mae serve?'], ['cnh-transferencia-estado', 'minha cnh de goias nao vale aqui em minas?']] as const) {
      const d = talkOn(svc, text);
      expect(d.last?.replies.some((r) => r.text.includes('no lugar desse documento')), text).toBe(false);
    }
  });
  it('the document as the card lists it, its other proofs left out; a proof the card does not ask for is not this question', () => {
    const d = talkOn('passe-livre', 'o comprovante de residência pode ser a conta da copasa?');
    expect(said(d)).toContain('comprovante de endereco');
    expect(said(d)).not.toContain('comprovante de renda');
    const e = talkOn('sine-emprego', 'o comprovante de residencia pode ser conta de luz?');
    expect(e.last?.replies.some((r) => r.text.includes('no lugar desse documento'))).toBe(false);
  });
  it('asked with nothing in focus, the Cemig bill is still found', () => {
    const d = talkOn('cin-1a-via', 'menu', 'segunda via da conta de luz');
    expect(d.state.focus).toBe('cemig-conta');
  });
});

describe('round 3001: a means of paying asked of the card\'s fee', () => {
  it('a debit or credit card asked on a card with a fee stays on it and answers its cost', () => {
    const cases: [string, string][] = [
      ['crlv-licenciamento', 'aceitam cartão de débito?'],
      ['cin-2a-via', 'a taxa aceita cartao de credito?'],
      ['vistoria-veiculo', 'dá pra pagar no cartão de débito?'],
      ['exames-detran', 'posso pagar com pix?'],
    ];
    for (const [svc, text] of cases) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
      expect(d.state.view.at, text).toBe('service');
      expect(said(d), text).toContain('155');
    }
  });
  it('paying the fee in instalments by card is how the fee is paid, not the IPVA instalments', () => {
    for (const [svc, text] of [['cnh-2a-via', 'da pra parcelar a taxa no cartão?'], ['transferencia-veiculo', 'consigo parcelar no credito?']] as const) {
      const d = talkOn(svc, text);
      expect(d.state.focus, text).toBe(svc);
    }
  });
  it('a debt had is no means of paying: "esse carro tem débito?" still finds the vehicle lookup', () => {
    const d = talkOn('transferencia-veiculo', 'como vejo se essa moto tem debito em aberto?');
    expect(d.state.focus).toBe('situacao-veiculo');
  });
  it('instalments asked alone on the IPVA still offer its instalments', () => {
    const d = talkOn('ipva', 'ta atrasado, da pra parcelar?');
    expect(d.state.options.some((o) => o.id === 'svc:ipva-parcelamento')).toBe(true);
  });
});
