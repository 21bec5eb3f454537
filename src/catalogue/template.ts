// The commented template that `catalogue new <id>` writes. Pure: returns YAML text.
// Every value staff must write is a "PREENCHA…" placeholder. Some placeholders (free, delivery, url,
// estimatedTime.kind) fail the schema on purpose: a half-written file is rejected by the hot reload
// instead of going live, and `catalogue check` says which fields are still missing.
import { dayOf } from '../core/time.ts';
import { PLACEHOLDER } from './lint.ts';

/** Values written into the template: the placeholders, or the worked example. */
export interface TemplateValues {
  title: string;
  acronym: string;
  popularNames: string[];
  keywords: string[];
  description: string;
  requesterType: string;
  requirements: string;
  agencyAcronym: string;
  agencyName: string;
  category: string;
  free: string;
  delivery: string;
  url: string;
  timeKind: string;
  timeMax: string;
  timeUnit: string;
  steps: { title: string; description: string; document: string; channelType: string; channelDescription: string; channelUrl: string }[];
  complaints: string;
}

const P = PLACEHOLDER;

/** The placeholders a new file starts with. */
export const placeholderValues: TemplateValues = {
  title: `${P}: nome oficial do serviço`,
  acronym: `${P}: sigla (ou apague a linha)`,
  popularNames: [`${P}: como o cidadão chama o serviço`, `${P}: outro jeito de dizer`],
  keywords: [`${P}: palavra-chave`, `${P}: outra palavra-chave`],
  description: `${P}: o que é o serviço e para que serve, em duas ou três frases simples.`,
  requesterType: `${P}: quem pode pedir (ex.: Cidadão)`,
  requirements: `${P}: condições para pedir`,
  agencyAcronym: `${P}: sigla do órgão`,
  agencyName: `${P}: nome do órgão responsável`,
  category: `${P}: categoria`,
  free: `${P}: true ou false`,
  delivery: `${P}: online, partly_online, in_person ou phone`,
  url: `${P}: link oficial, começando com https://`,
  timeKind: `${P}: immediate, up_to, between, average ou not_estimated`,
  timeMax: `${P}`,
  timeUnit: `${P}: dias-uteis`,
  steps: [1, 2].map((n) => ({
    title: `${P}: título da etapa ${n}`,
    description: `${P}: o que o cidadão faz nesta etapa ${n}.`,
    document: `${P}: documento pedido`,
    channelType: `${P}: tipo do canal`,
    channelDescription: `${P}: onde fazer`,
    channelUrl: `${P}: link do canal (ou apague a linha)`,
  })),
  complaints: `${P}: onde reclamar (ex.: Ouvidoria-Geral do Estado, telefone 162)`,
};

/** A filled-in example, shown in the comments and used by the tests to prove the template validates. */
export const exampleValues: TemplateValues = {
  title: 'Certidão de exemplo do Estado',
  acronym: 'CEE',
  popularNames: ['certidão do estado', 'tirar certidão de exemplo'],
  keywords: ['certidão', 'comprovante'],
  description: 'Emissão gratuita, pela internet, de uma certidão que comprova a situação do cidadão junto ao Estado.',
  requesterType: 'Cidadão',
  requirements: 'Ter CPF.',
  agencyAcronym: 'Seplag',
  agencyName: 'Secretaria de Estado de Planejamento e Gestão',
  category: 'Documentos',
  free: 'true',
  delivery: 'online',
  url: 'https://www.mg.gov.br/servico/certidao-de-exemplo',
  timeKind: 'immediate',
  timeMax: '1',
  timeUnit: 'dias-uteis',
  steps: [
    {
      title: 'Acessar o site',
      description: 'Entre no site do serviço e faça login com a conta gov.br.',
      document: 'CPF',
      channelType: 'web',
      channelDescription: 'Site do serviço no Portal MG',
      channelUrl: 'https://www.mg.gov.br/servico/certidao-de-exemplo',
    },
    {
      title: 'Emitir a certidão',
      description: 'Confira os dados e clique em "Emitir". A certidão sai em PDF na hora.',
      document: 'Conta gov.br',
      channelType: 'web-emitir',
      channelDescription: 'Emissão no Portal MG',
      channelUrl: 'https://www.mg.gov.br/servico/certidao-de-exemplo',
    },
  ],
  complaints: 'Ouvidoria-Geral do Estado, telefone 162 ou www.ouvidoriageral.mg.gov.br',
};

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (s: string): string => JSON.stringify(s);

/** A YAML scalar for fields that are numbers or booleans once filled in (placeholders stay quoted). */
const raw = (s: string): string => (s.includes(P) ? q(s) : s);

/** Lines of the optional form block; written commented out in the template. */
function formBlock(): string[] {
  return [
    'form:',
    '  title: "Solicitação de exemplo"',
    '  intro: "Vou anotar seus dados. A resposta chega pelos canais oficiais."',
    '  fields:',
    '    - id: nome',
    '      label: Nome completo',
    '      type: name            # name, cpf, date, municipality, phone, email, text ou choice',
    '      personal: true',
    '    - id: cpf',
    '      label: CPF',
    '      type: cpf',
    '      personal: true',
    '    - id: motivo',
    '      label: Motivo',
    '      type: choice',
    '      options: [Primeira via, Segunda via]',
    '  confirmation: "Seu pedido foi registrado. Você recebe a resposta em até 10 dias úteis."',
  ];
}

/**
 * The template for a new service. `fill: 'examples'` writes the worked example instead of placeholders;
 * `withForm` writes the form block uncommented (both for tests: the template must validate once filled).
 */
export function serviceTemplate(id: string, options: { fill?: 'placeholders' | 'examples'; withForm?: boolean; today?: Date } = {}): string {
  const v = options.fill === 'examples' ? exampleValues : placeholderValues;
  const e = exampleValues;
  const today = dayOf((options.today ?? new Date()).getTime());
  const form = options.withForm ? formBlock() : formBlock().map((l) => `# ${l}`);
  const steps = v.steps.flatMap((st, i) => [
    `  - title: ${q(st.title)}`,
    `    description: ${q(st.description)}`,
    ...(i === 0 ? ['    # Documentos pedidos nesta etapa, um por linha.'] : []),
    '    documents:',
    `      - ${q(st.document)}`,
    ...(i === 0
      ? [
          '    # Custos desta etapa. Sem certeza do valor, NÃO escreva amount: diga onde consultar e use variable: true.',
          '    costs: []',
          '    #  - description: "Taxa de expedição (valor atualizado todo ano; consulte no site)"',
          '    #    variable: true',
          '    # Onde a etapa é feita. type: web, web-agendar, web-emitir, web-preencher, presencial, telefone,',
          '    # aplicativo-movel, e-mail… (lista completa em docs/catalogue.md). Telefone vai em phone: "155".',
        ]
      : ['    costs: []']),
    '    channels:',
    `      - type: ${q(st.channelType)}`,
    `        description: ${q(st.channelDescription)}`,
    `        url: ${q(st.channelUrl)}`,
  ]);
  return [
    '# Carta de Serviços — um arquivo por serviço. Campos explicados em docs/catalogue.md.',
    `# Troque cada "${P}…" pelo conteúdo real e rode: npm start -- catalogue check`,
    '# Enquanto houver campos por preencher, o bot continua com o catálogo anterior (nada quebra).',
    '',
    '# Identificador: igual ao nome do arquivo; não mude depois de publicado.',
    `id: ${id}`,
    `# Nome oficial, como no Portal MG. Ex.: ${q(e.title)}`,
    `title: ${q(v.title)}`,
    `# Sigla conhecida do serviço (opcional). Ex.: ${q(e.acronym)}`,
    `acronym: ${q(v.acronym)}`,
    '# Como o cidadão fala do serviço: a busca dá muito peso a estes nomes. Um nome não pode estar em dois serviços.',
    'popularNames:',
    ...v.popularNames.map((n) => `  - ${q(n)}`),
    '# Outras palavras que o cidadão usaria ao procurar.',
    'keywords:',
    ...v.keywords.map((k) => `  - ${q(k)}`),
    '# O que é e para que serve (pelo menos 30 caracteres). Linguagem simples.',
    `description: ${q(v.description)}`,
    '# Quem pode pedir e em que condições (pode haver mais de um tipo).',
    'requesters:',
    `  - type: ${q(v.requesterType)}`,
    `    requirements: ${q(v.requirements)}`,
    '# Órgão responsável. Se o nome do órgão mudar, troque aqui.',
    'agency:',
    `  acronym: ${q(v.agencyAcronym)}`,
    `  name: ${q(v.agencyName)}`,
    `# Categoria do menu. Use uma que já existe (ex.: Documentos, Trânsito, Veículos, Impostos, Saúde, Educação).`,
    `category: ${q(v.category)}`,
    '# true = gratuito; false = tem alguma taxa.',
    `free: ${raw(v.free)}`,
    '# online = tudo pela internet; partly_online = parte online, parte presencial; in_person = presencial; phone = por telefone.',
    `delivery: ${raw(v.delivery)}`,
    '# Página oficial do serviço.',
    `url: ${q(v.url)}`,
    '# Prazo total. kind: immediate (na hora), up_to (até max), between (entre min e max), average (em média max)',
    '# ou not_estimated (sem prazo: apague max e unit e explique em description).',
    '# unit: minutos, horas, dias, dias-corridos, dias-uteis ou meses.',
    'estimatedTime:',
    `  kind: ${raw(v.timeKind)}`,
    `  max: ${raw(v.timeMax)}`,
    `  unit: ${raw(v.timeUnit)}`,
    '# As etapas, na ordem (pelo menos 2).',
    'steps:',
    ...steps,
    '# Ids de serviços relacionados (opcional). Ex.: [cin-2a-via, agendamento-uai]',
    'related: []',
    '# Onde e como reclamar (Lei 13.460/2017).',
    `complaints: ${q(v.complaints)}`,
    '# Formulário que o bot pode preencher com o cidadão (opcional). Para usar, tire o "# " do começo das linhas.',
    ...form,
    '# Fatos a conferir na fonte oficial (valores, prazos, links). Aparecem como aviso no catalogue check.',
    'needsCheck: []',
    '#  - field: steps.0.costs',
    '#    note: Conferir o valor da taxa deste ano.',
    '# Data da última revisão (AAAA-MM-DD).',
    `updatedAt: ${q(today)}`,
    '',
  ].join('\n');
}
