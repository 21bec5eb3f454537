// A service's documents, once each, and the município nickname list.
import { describe, expect, it } from 'vitest';
import { Service } from '../../src/catalogue/schema.ts';
import { documentKey, serviceDocuments } from '../../src/conversation/documents.ts';
import { readNicknames } from '../../src/conversation/places.ts';
import { fixtureServices } from '../support/catalogue.ts';
import { realCatalogue, talk } from './real.ts';

const withDocuments = (...perStep: string[][]): Service =>
  Service.parse({ ...fixtureServices[1], steps: perStep.map((documents, i) => ({ title: `Etapa ${i + 1}`, description: 'Descrição da etapa, com detalhes.', documents })) });

describe('the documents of a service', () => {
  it('list a document repeated in a later step once, keeping the line with the note', () => {
    const s = withDocuments(['Número do Renavam (no CRLV)', 'CPF'], ['Número do Renavam', 'Comprovante de pagamento']);
    expect(serviceDocuments(s)).toEqual(['Número do Renavam (no CRLV)', 'CPF', 'Comprovante de pagamento']);
  });

  it('keep the longer line in the place of the first mention', () => {
    const s = withDocuments(['Documento de identidade com CPF'], ['Documento de identidade com CPF (original)']);
    expect(serviceDocuments(s)).toEqual(['Documento de identidade com CPF (original)']);
  });

  it('keep different documents apart, even when one is part of another', () => {
    const s = withDocuments(['CPF do estudante'], ['Identidade e CPF do responsável']);
    expect(serviceDocuments(s)).toHaveLength(2);
  });

  it('see through accents, case and word order', () => {
    expect(documentKey('Documento com foto de identidade')).toBe(documentKey('documento de IDENTIDADE com foto'));
  });

  it('on the IPVA card, Renavam appears once', () => {
    const d = talk('ipva', 'quais documentos?');
    expect(d.text.match(/Renavam/g)).toHaveLength(1);
    expect(serviceDocuments(realCatalogue.byId.get('ipva') as Service).filter((x) => x.includes('Renavam'))).toHaveLength(1);
  });
});

describe('the município nickname list', () => {
  it('accepts nicknames that point to municípios of Minas Gerais', () => {
    expect(readNicknames('apelidos:\n  Beagá: belo horizonte\n').get('beaga')).toBe('Belo Horizonte');
  });

  it('refuses a nickname for a place that is not a município of Minas Gerais, naming it', () => {
    expect(() => readNicknames('apelidos:\n  sp: São Paulo\n')).toThrow(/São Paulo/);
  });

  it('refuses a file of another shape', () => {
    expect(() => readNicknames('bh: Belo Horizonte\n')).toThrow();
  });
});
