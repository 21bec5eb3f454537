// The template of `catalogue new`: rejected while it has placeholders, valid once they are filled.
import { describe, expect, it } from 'vitest';
import { buildCatalogue, parseServiceFile } from '../../src/catalogue/load.ts';
import { lintCatalogue, PLACEHOLDER } from '../../src/catalogue/lint.ts';
import { serviceTemplate } from '../../src/catalogue/template.ts';

const file = 'data/services/carteira-exemplo.yaml';

describe('the template with its example values', () => {
  it('parses as a valid service, with the id given', () => {
    const r = parseServiceFile(file, serviceTemplate('carteira-exemplo', { fill: 'examples' }), 'carteira-exemplo');
    expect(r.errors).toEqual([]);
    expect(r.service?.id).toBe('carteira-exemplo');
    expect(r.service?.steps).toHaveLength(2);
    expect(r.service?.form).toBeUndefined();
  });

  it('parses with the form block uncommented, exactly as staff would do it', () => {
    const text = serviceTemplate('carteira-exemplo', { fill: 'examples' });
    const lines = text.split('\n');
    const start = lines.indexOf('# form:');
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('#   ') && l !== '# form:');
    expect(start).toBeGreaterThan(0);
    const uncommented = lines.map((l, i) => (i >= start && i < end ? l.slice(2) : l)).join('\n');
    const r = parseServiceFile(file, uncommented, 'carteira-exemplo');
    expect(r.errors).toEqual([]);
    expect(r.service?.form?.fields.map((f) => f.type)).toEqual(['name', 'cpf', 'choice']);
    // The uncommented text is the same as the template rendered with the form on.
    expect(uncommented).toBe(serviceTemplate('carteira-exemplo', { fill: 'examples', withForm: true }));
  });

  it('raises no lint error once filled in', () => {
    const r = parseServiceFile(file, serviceTemplate('carteira-exemplo', { fill: 'examples' }), 'carteira-exemplo');
    const findings = r.service ? lintCatalogue(buildCatalogue('data', [r.service])) : [];
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('the template as written by "catalogue new"', () => {
  const text = serviceTemplate('carteira-exemplo');

  it('explains every field in Portuguese comments and marks every value to write', () => {
    expect(text).toContain('# Carta de Serviços');
    expect(text.match(new RegExp(PLACEHOLDER, 'g'))?.length).toBeGreaterThan(20);
    for (const field of ['title:', 'popularNames:', 'keywords:', 'description:', 'requesters:', 'agency:', 'category:', 'free:', 'delivery:', 'url:', 'estimatedTime:', 'steps:', 'needsCheck:']) {
      expect(text).toContain(field);
    }
  });

  it('is rejected by the loader, naming the fields still to fill (so a draft never goes live)', () => {
    const r = parseServiceFile(file, text, 'carteira-exemplo');
    expect(r.service).toBeUndefined();
    const paths = r.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['free', 'delivery', 'url', 'estimatedTime.kind']));
    expect(r.errors.every((e) => e.file === file)).toBe(true);
    expect(r.errors.find((e) => e.path === 'delivery')?.message).toContain('"partly_online"');
  });
});
