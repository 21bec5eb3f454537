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
  it('asked with nothing in focus, the Cemig bill is still found', () => {
    const d = talkOn('cin-1a-via', 'menu', 'segunda via da conta de luz');
    expect(d.state.focus).toBe('cemig-conta');
  });
});
