// Shared test doubles: a small hand-made catalogue and a conversation driver over the pure engine.
import { buildCatalogue, type Catalogue } from '../../src/catalogue/load.ts';
import { Service, type ServiceInput } from '../../src/catalogue/schema.ts';
import { step, type EngineContext } from '../../src/conversation/engine.ts';
import { initialState, type ConversationState, type EngineEvent, type Incoming, type NewRequest, type Reply, type RequestStatus, type Turn } from '../../src/conversation/types.ts';
import { buildSearchIndex } from '../../src/search/index.ts';

const base: Pick<ServiceInput, 'requesters' | 'free' | 'delivery' | 'estimatedTime' | 'category'> = {
  requesters: [{ type: 'Cidadão', requirements: 'Ter CPF.' }],
  free: true,
  delivery: 'online',
  estimatedTime: { kind: 'immediate' },
  category: 'Documentos',
};

const stepsOf = (n: number, what: string): ServiceInput['steps'] =>
  Array.from({ length: n }, (_, i) => ({
    title: `${what} etapa ${i + 1}`,
    description: `Descrição da etapa ${i + 1} de ${what}, com detalhes.`,
    documents: i === 0 ? ['CPF', 'Comprovante de residência'] : [],
    costs: i === 1 ? [{ description: 'Taxa paga por DAE (valor atualizado anualmente)', variable: true }] : [],
    channels: [{ type: 'web', description: `Site de ${what}`, url: `https://www.mg.gov.br/${what}/${i + 1}` }],
  }));

/** Four services: one with a form, one paid, one in another category, one related. */
export const fixtureServices: ServiceInput[] = [
  {
    ...base,
    id: 'agendamento-uai',
    title: 'Agendar atendimento na UAI',
    popularNames: ['marcar horário na UAI', 'agendar UAI'],
    keywords: ['agendamento', 'UAI', 'horário', 'atendimento presencial'],
    description: 'Agendamento gratuito de atendimento presencial nas Unidades de Atendimento Integrado.',
    agency: { acronym: 'Seplag', name: 'Secretaria de Planejamento e Gestão' },
    category: 'Atendimento',
    url: 'https://www.mg.gov.br/agendamento',
    steps: stepsOf(3, 'agendamento'),
    related: ['cin-2a-via'],
    form: {
      title: 'Agendamento na UAI',
      fields: [
        { id: 'nome', label: 'Nome completo', type: 'name', personal: true },
        { id: 'cpf', label: 'CPF', type: 'cpf', personal: true },
        { id: 'municipio', label: 'Município', type: 'municipality' },
        { id: 'data', label: 'Data preferida', type: 'date' },
        { id: 'tipo', label: 'Tipo', type: 'choice', options: ['Identidade', 'Trânsito'] },
        { id: 'email', label: 'E-mail', type: 'email', optional: true, personal: true },
      ],
      confirmation: 'Seu pedido foi registrado e será confirmado pelos canais oficiais.',
    },
  },
  {
    ...base,
    id: 'cin-2a-via',
    title: 'Carteira de Identidade – 2ª via',
    popularNames: ['segunda via do RG', 'perdi meu RG'],
    keywords: ['identidade', 'RG', 'CIN'],
    description: 'Emissão de nova via da carteira de identidade para quem perdeu o documento.',
    agency: { acronym: 'PCMG', name: 'Polícia Civil de Minas Gerais' },
    free: false,
    delivery: 'partly_online',
    url: 'https://www.mg.gov.br/servico/cin',
    estimatedTime: { kind: 'not_estimated', description: 'Informado no atendimento.' },
    steps: stepsOf(4, 'identidade'),
    related: ['agendamento-uai'],
  },
  {
    ...base,
    id: 'ipva',
    title: 'Consultar e pagar IPVA',
    popularNames: ['imposto do carro'],
    keywords: ['IPVA', 'imposto', 'veículo', 'pagar'],
    description: 'Consulta e pagamento do imposto anual sobre a propriedade de veículos.',
    agency: { acronym: 'SEF-MG', name: 'Secretaria de Estado de Fazenda' },
    category: 'Impostos',
    free: false,
    url: 'https://www.fazenda.mg.gov.br',
    steps: stepsOf(2, 'ipva'),
  },
  {
    ...base,
    id: 'ipva-isencao',
    title: 'Isenção de IPVA',
    popularNames: ['isenção do imposto do carro'],
    keywords: ['IPVA', 'isenção', 'deficiência', 'táxi'],
    description: 'Pedido de isenção de IPVA para pessoa com deficiência, táxi e outros casos previstos em lei.',
    agency: { acronym: 'SEF-MG', name: 'Secretaria de Estado de Fazenda' },
    category: 'Impostos',
    url: 'https://www.fazenda.mg.gov.br/isencao',
    steps: stepsOf(2, 'isencao'),
  },
];

/** The fixture catalogue, validated through the real schema. */
export function fixtureCatalogue(services: ServiceInput[] = fixtureServices): Catalogue {
  return buildCatalogue('test-fixture', services.map((s) => Service.parse(s)));
}

/** Drives the pure engine like a citizen would, keeping state, events and requests between turns. */
export class EngineDriver {
  state: ConversationState = initialState();
  events: EngineEvent[] = [];
  requests: NewRequest[] = [];
  last: Turn | undefined;
  private protocolSeq = 0;
  readonly ctx: EngineContext;

  constructor(catalogue: Catalogue = fixtureCatalogue(), now = new Date('2026-11-25T12:00:00-03:00')) {
    const index = buildSearchIndex(catalogue);
    this.ctx = {
      catalogue,
      search: index,
      now,
      newProtocol: () => `ATD-20261125-${String(++this.protocolSeq).padStart(6, '0')}`,
      findRequest: (protocol): RequestStatus | undefined => {
        const r = this.requests.find((q) => q.protocol === protocol);
        return r ? { protocol: r.protocol, serviceId: r.serviceId, serviceTitle: catalogue.byId.get(r.serviceId)?.title ?? r.serviceId, status: 'Recebida', createdAt: now.getTime() } : undefined;
      },
    };
  }

  send(input: Incoming): Reply[] {
    const turn = step(this.state, input, this.ctx);
    this.last = turn;
    this.state = turn.state;
    this.events.push(...turn.events);
    if (turn.request) this.requests.push(turn.request);
    return turn.replies;
  }

  /** The citizen types text. */
  say(text: string): Reply[] {
    return this.send({ kind: 'text', text });
  }

  /** The citizen presses the button whose label contains `label` (case-insensitive). */
  press(label: string): Reply[] {
    const option = this.state.options.find((o) => o.label.toLowerCase().includes(label.toLowerCase()));
    if (!option) throw new Error(`no option "${label}" among: ${this.state.options.map((o) => o.label).join(' | ')}`);
    return this.send({ kind: 'option', id: option.id });
  }

  /** All reply texts of the last turn, joined. */
  get text(): string {
    return (this.last?.replies ?? []).map((r) => r.text).join('\n');
  }
}
