// gov.br Portal de Serviços v1: import of a realistic export, what cannot be mapped, export back and round trips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFeed } from '../../src/catalogue/feed.ts';
import { GovBrService, splitCase, withCase } from '../../src/catalogue/govbr.ts';
import { toGovBr } from '../../src/catalogue/govbr-export.ts';
import { fromGovBr, type ImportedService, importedServiceYaml } from '../../src/catalogue/govbr-import.ts';
import { buildCatalogue, loadCatalogue, parseServiceFile } from '../../src/catalogue/load.ts';
import { lintCatalogue } from '../../src/catalogue/lint.ts';
import type { Service } from '../../src/catalogue/schema.ts';
import { projectRoot } from '../../src/config.ts';

const sample: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'govbr-sample.json'), 'utf8'));
const sampleServices = (sample as { resposta: unknown[] }).resposta;

/** Imports the sample and reads every written file back through the real loader, as staff would. */
function importSample(): { imported: ImportedService[]; services: Service[] } {
  const result = fromGovBr(sample);
  expect(result.rejected).toEqual([]);
  const services = result.services.map((s) => {
    const parsed = parseServiceFile(`${s.id}.yaml`, importedServiceYaml(s, new Date('2026-11-25T12:00:00Z')), s.id);
    expect(parsed.errors).toEqual([]);
    return parsed.service as Service;
  });
  return { imported: result.services, services };
}

describe('importing the gov.br sample', () => {
  let imported: ImportedService[];
  let services: Service[];
  beforeAll(() => {
    ({ imported, services } = importSample());
  });
  const byId = (id: string): Service => services.find((s) => s.id === id) as Service;

  it('turns every service into a valid catalogue file, with ids from the names', () => {
    expect(services.map((s) => s.id)).toEqual(['obter-passaporte-comum-para-brasileiro', 'emitir-certidao-de-antecedentes-criminais', 'solicitar-o-seguro-desemprego']);
    // And the files pass the lint's blocking rules too (no placeholder, no duplicate id).
    expect(lintCatalogue(buildCatalogue('importado', services)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('maps the simple fields, unwrapping gov.br lists', () => {
    const p = byId('obter-passaporte-comum-para-brasileiro');
    expect(p.title).toBe('Obter passaporte comum para brasileiro');
    expect(p.popularNames).toEqual(['tirar passaporte', 'renovar passaporte', 'passaporte vencido']);
    expect(p.keywords).toEqual(['passaporte', 'viagem internacional', 'documento de viagem']);
    expect(p.requesters).toEqual([{ type: 'Cidadão brasileiro', requirements: expect.stringContaining('obrigações eleitorais') }]);
    expect(p.agency).toEqual({ acronym: 'PF', name: 'Polícia Federal (PF)' });
    expect(p.category).toBe('Viagens e turismo');
    expect(p.free).toBe(false);
    expect(p.url).toBe('https://www.gov.br/pt-br/servicos/obter-passaporte-comum-para-brasileiro');
    expect(p.priorityService).toMatch(/^Idosos, gestantes/);
    expect(p.acronym).toBeUndefined(); // "sigla": "" is no acronym
  });

  it('maps the estimated time in its three shapes, with units written with spaces too', () => {
    expect(byId('obter-passaporte-comum-para-brasileiro').estimatedTime).toEqual({ kind: 'up_to', max: 6, unit: 'dias-uteis', description: expect.stringMatching(/^Contados/) });
    expect(byId('emitir-certidao-de-antecedentes-criminais').estimatedTime).toEqual({ kind: 'immediate' });
    expect(byId('solicitar-o-seguro-desemprego').estimatedTime).toMatchObject({ kind: 'between', min: 30, max: 45, unit: 'dias-corridos' });
  });

  it('keeps nested documents with their cases, costs with values and channels with links and phones', () => {
    const [fill, pay, attend] = byId('obter-passaporte-comum-para-brasileiro').steps;
    expect(fill?.channels).toEqual([{ type: 'web-preencher', description: 'https://servicos.dpf.gov.br/sinpa/inicializarRequerimento.do', url: 'https://servicos.dpf.gov.br/sinpa/inicializarRequerimento.do' }]);
    expect(pay?.costs).toEqual([
      { description: 'Taxa de emissão do passaporte comum', amount: 257.25, currency: 'R$', variable: false },
      { description: 'Taxa de emissão do passaporte de emergência (caso: Passaporte de emergência)', amount: 334.42, currency: 'R$', variable: false },
    ]);
    expect(pay?.channels[0]).toMatchObject({ type: 'web-emitir', url: 'https://servicos.dpf.gov.br/gru/gru?nac=1' });
    expect(attend?.documents).toEqual([
      'Documento de identidade original',
      'CPF',
      'Título de eleitor e comprovante de votação na última eleição',
      'Autorização dos pais ou responsáveis, com firma reconhecida (caso: Menor de 18 anos)',
      'Certidão de nascimento (caso: Menor de 18 anos)',
      'Certificado de reservista ou de dispensa de incorporação (caso: Homem de 18 a 45 anos)',
    ]);
    expect(attend?.channels.map((c) => c.type)).toEqual(['web-agendar', 'presencial', 'presencial']);
    expect(attend?.channels[2]?.description).toBe('Consulado ou embaixada do Brasil no país onde mora (caso: Brasileiro morando no exterior)');
    const sd = byId('solicitar-o-seguro-desemprego');
    expect(sd.steps[0]?.channels.map((c) => c.type)).toEqual(['aplicativo-movel', 'web', 'presencial', 'e-mail']);
    expect(sd.steps[1]?.channels[1]).toEqual({ type: 'telefone', description: 'Central Alô Trabalho, ligue 158', phone: '158' });
  });

  it('derives how the service is delivered from the digital share and the channels', () => {
    expect(byId('obter-passaporte-comum-para-brasileiro').delivery).toBe('partly_online');
    expect(byId('emitir-certidao-de-antecedentes-criminais').delivery).toBe('online');
    expect(byId('solicitar-o-seguro-desemprego').delivery).toBe('partly_online');
  });

  it('resolves related services inside the file and reports the ones it cannot', () => {
    expect(byId('obter-passaporte-comum-para-brasileiro').related).toEqual(['emitir-certidao-de-antecedentes-criminais']);
    expect(imported[0]?.notes.some((n) => n.startsWith('servicosRelacionados.1:'))).toBe(true);
  });

  it('reports what it could not map, by gov.br field path', () => {
    expect(imported[0]?.unmapped).toEqual(
      expect.arrayContaining([
        'contato',
        'validadeDocumento',
        'segmentosDaSociedade',
        'legislacoes',
        'condicoesAcessibilidade',
        'tratamentoDispensadoAtendimento',
        'areasDeInteresse.1',
        'orgao.id',
        'etapas.2.tempoTotalEstimado',
        'etapas.2.documentos.casos.1.0.ondeObter',
        'etapas.2.canaisDePrestacao.1.tempoEstimadoEspera',
      ]),
    );
    // Empty or bookkeeping fields are not noise in the report.
    expect(imported[0]?.unmapped).not.toContain('avaliacoes');
    expect(imported[0]?.unmapped).not.toContain('etapas.0.tempoTotalEstimado');
    expect(imported[1]?.unmapped).not.toContain('legislacoes'); // {"item": []}
    expect(imported[1]?.notes).toContain('sem "url" no gov.br: usado o link do serviço digital como página oficial');
    expect(byId('emitir-certidao-de-antecedentes-criminais').url).toBe('https://servicos.pf.gov.br/epol-sinic-publico/');
  });

  it('marks imported fees and guessed acronyms as facts to check', () => {
    expect(byId('obter-passaporte-comum-para-brasileiro').needsCheck.map((n) => n.field)).toEqual(['steps.1.costs']);
    expect(byId('solicitar-o-seguro-desemprego').needsCheck.map((n) => n.field)).toEqual(['agency.acronym']);
    expect(byId('solicitar-o-seguro-desemprego').agency.acronym).toBe('MTE');
  });

  it('writes a header that says where the file came from and what to review', () => {
    const text = importedServiceYaml(imported[0] as ImportedService, new Date('2026-11-25T12:00:00Z'));
    expect(text).toContain('# Importado do gov.br (id https://www.servicos.gov.br/api/v1/servicos/1010) em 2026-11-25. Revise antes de publicar.');
    expect(text).toContain('legislacoes');
  });

  it('rejects an entry it cannot read at all and still imports the rest', () => {
    const r = fromGovBr({ resposta: [sampleServices[1], { nome: 'Quebrado', etapas: 'não é lista' }] });
    expect(r.services).toHaveLength(1);
    expect(r.rejected).toEqual([{ index: 1, message: expect.stringContaining('etapas') }]);
    expect(fromGovBr({ servicos: [] }).rejected[0]?.message).toContain('{"resposta"');
  });
});

/** The fields this project maps, read from a gov.br service in any of its shapes, for comparison. */
function mapped(raw: unknown) {
  const g = GovBrService.parse(raw);
  const time = g.tempoTotalEstimado;
  const prazo = (p: { min?: number | undefined; max?: number | undefined; unidade?: string | undefined } | null | undefined) =>
    p ? { min: p.min, max: p.max, unidade: p.unidade?.replace(/ /g, '-') } : undefined;
  return {
    nome: g.nome,
    sigla: g.sigla,
    descricao: g.descricao,
    gratuito: g.gratuito,
    servicoDigital: g.servicoDigital,
    url: g.url ?? g.linkServicoDigital,
    nomesPopulares: g.nomesPopulares,
    palavrasChave: g.palavrasChave,
    area: g.areasDeInteresse[0],
    solicitantes: g.solicitantes.map((s) => ({ tipo: s.tipo, requisitos: s.requisitos })),
    orgao: g.orgao?.nomeOrgao,
    tratamentoPrioritario: g.tratamentoPrioritario,
    tempo: {
      ate: prazo(time?.ate),
      entre: prazo(time?.entre),
      emMedia: prazo(time?.emMedia),
      imediato: time?.atendimentoImediato !== undefined && time.atendimentoImediato !== null,
      descricao: time?.descricao,
    },
    etapas: g.etapas.map((e) => ({
      titulo: e.titulo,
      descricao: e.descricao,
      documentos: e.documentos.items.map((d) => d.text),
      documentosCasos: e.documentos.casos.map((c) => ({ descricao: c.descricao, itens: c.items.map((d) => d.text) })),
      custos: e.custos.items.map((c) => ({ descricao: c.descricao, valor: c.valor, variavel: c.valorVariavel === true })),
      custosCasos: e.custos.casos.map((c) => ({ descricao: c.descricao, itens: c.items.map((x) => ({ descricao: x.descricao, valor: x.valor })) })),
      canais: e.canaisDePrestacao.items.map((c) => ({ tipo: c.tipo, descricao: c.descricao })),
      canaisCasos: e.canaisDePrestacao.casos.map((c) => ({ descricao: c.descricao, itens: c.items.map((x) => ({ tipo: x.tipo, descricao: x.descricao })) })),
    })),
  };
}

describe('the round trip gov.br → catalogue → gov.br', () => {
  it('keeps every mapped field of every service of the sample', () => {
    const { services } = importSample();
    const exported = toGovBr(services).resposta;
    expect(exported).toHaveLength(sampleServices.length);
    exported.forEach((out, i) => {
      const before = mapped(sampleServices[i]);
      const after = mapped(out);
      // Channel types are normalised to the gov.br spelling ("Aplicativo móvel" → "aplicativo-movel").
      const norm = (m: ReturnType<typeof mapped>) => ({
        ...m,
        etapas: m.etapas.map((e) => ({
          ...e,
          canais: e.canais.map((c) => ({ ...c, tipo: c.tipo?.toLowerCase().replace('aplicativo móvel', 'aplicativo-movel') })),
          canaisCasos: e.canaisCasos.map((cs) => ({ ...cs, itens: cs.itens.map((c) => ({ ...c, tipo: c.tipo?.toLowerCase() })) })),
        })),
      });
      expect(norm(after)).toEqual(norm(before));
    });
  });

  it('keeps related services by name, when they were in the same export', () => {
    const { services } = importSample();
    const exported = toGovBr(services).resposta;
    expect(exported[0]?.servicosRelacionados).toEqual([{ id: 'emitir-certidao-de-antecedentes-criminais', nome: 'Emitir certidão de antecedentes criminais' }]);
  });

  it('is stable: importing the export again gives the same catalogue services', () => {
    const { services } = importSample();
    const again = fromGovBr(toGovBr(services));
    expect(again.services.map((s) => parseServiceFile(`${s.id}.yaml`, importedServiceYaml(s), s.id).service)).toEqual(services);
  });
});

describe('the round trip catalogue → gov.br → catalogue on the bundled data/', () => {
  it('keeps the content of all services (ids, names, steps, documents, costs, channels, links, phones)', async () => {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    const original = loaded.catalogue?.services ?? [];
    expect(original.length).toBeGreaterThan(50);
    const back = fromGovBr(JSON.parse(JSON.stringify(toGovBr(original))));
    expect(back.rejected).toEqual([]);
    const content = (s: { id: string; title: string; acronym?: string | undefined; popularNames?: string[]; keywords?: string[]; description: string; url: string; category: string; free: boolean; steps: unknown; related?: string[]; estimatedTime: unknown }) => ({
      id: s.id,
      title: s.title,
      acronym: s.acronym,
      popularNames: s.popularNames,
      keywords: s.keywords,
      description: s.description,
      url: s.url,
      category: s.category,
      free: s.free,
      estimatedTime: s.estimatedTime,
      related: s.related,
      steps: s.steps,
    });
    const reread = back.services.map((s) => parseServiceFile(`${s.id}.yaml`, importedServiceYaml(s), s.id));
    expect(reread.flatMap((r) => r.errors)).toEqual([]);
    expect(reread.map((r) => content(r.service as Service))).toEqual(original.map(content));
  });
});

describe('withCase / splitCase', () => {
  it('undo each other, and leave ordinary parentheses alone', () => {
    expect(splitCase(withCase('Boletim de ocorrência', 'Furto ou roubo'))).toEqual({ text: 'Boletim de ocorrência', caso: 'Furto ou roubo' });
    expect(splitCase('Certidão de nascimento (original)')).toEqual({ text: 'Certidão de nascimento (original)' });
  });
});

describe('the feed export', () => {
  it('has exactly the feed fields for every service of data/', async () => {
    const loaded = await loadCatalogue(join(projectRoot, 'data'));
    const services = loaded.catalogue?.services ?? [];
    const feed = toFeed(services);
    expect(feed).toHaveLength(services.length);
    const ipva = feed.find((f) => f.id === 'ipva');
    expect(Object.keys(ipva ?? {}).sort()).toEqual(['description', 'id', 'keywords', 'name', 'organization', 'popular_names', 'url']);
    const source = services.find((s) => s.id === 'ipva') as Service;
    expect(ipva).toEqual({ id: 'ipva', name: source.title, description: source.description, url: source.url, organization: source.agency.name, popular_names: source.popularNames, keywords: source.keywords });
  });
});
