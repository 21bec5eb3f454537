// An emergency going on now (declared round 6681, from blind 115, "a bad moment, just now"): a fire in a home, someone
// collapsed or not breathing, flood water coming in, someone breaking in or threatening the citizen right now. No
// service of the State answers it in time: the emergency number comes first, whatever view the citizen is in (a card,
// a form: the form stays where it was). The numbers are Brazil's national emergency lines: 190 (Polícia Militar), 192
// (SAMU), 193 (Corpo de Bombeiros), 199 (Defesa Civil).
import { fold } from '../search/normalize.ts';

export type Emergency = 'crime' | 'medical' | 'fire' | 'flood';

/** A building or a vehicle on fire now ("tá pegando fogo no apartamento", "incêndio aqui no prédio"); not a wildfire told. */
const FIRE = /\b(pegando fogo|pega fogo agora)\b|\bincendio\b.*\b(agora|neste momento)\b/;
const FIRE_PLACE = /\b(casa|apartamento|apto|ap|predio|vizinho|vizinha|loja|carro|moto|cozinha|quarto|escola|galpao|incendio)\b/;
/** Someone collapsed, not breathing or fitting now. */
const MEDICAL = /\b(nao (esta|ta|tah) respondendo|nao responde mais|(desmaiou|desmaiad[oa]) agora|nao (esta|ta) respirando|nao respira|parou de respirar|infartando|tendo (um )?infarto|convulsionando|tendo (uma )?convulsao|engasgad[oa]|sangrando muito|overdose)\b/;
/** Flood water or a landslide reaching the home now. */
const FLOOD = /\b((enchente|agua|alagamento|rio|correnteza)\b.{0,40}\b(entrando|subindo|invadindo|levando)|desabando|deslizamento|soterrad[oa])\b/;
/** Someone breaking in, or trying to, now. */
const BREAKING_IN = /\b(tentando|querendo|forcando) (entrar|abrir|arrombar|roubar|invadir|pular)\b|\b(arrombando|invadindo)\b/;
/** Violence or a threat to the citizen's life said (the words of followup.ts's danger, the strongest only). */
const THREAT = /\b(vai me matar|quer me matar|vou morrer|ta armado|esta armado|com uma faca|com uma arma|me batendo|me agredindo|me espancando)\b/;
/** A word of now. */
const NOW = /\b(agora(?! (pouco|ha pouco|a pouco))|agorinha|neste momento|nesse momento|neste instante|nesse instante|aqui na porta|na minha porta|na porta agora)\b/;
/** Asked as a case or about a service ("e se pegar fogo?", "como faço o boletim de incêndio?"): no emergency now. */
const PUT_AS_CASE = /\b(e se|se (ele|ela|alguem|pegar|tiver|acontecer)|caso|quando (ele|ela)|boletim|bo|ocorrencia|medida protetiva|laudo|atestado|seguro)\b/;

/** The emergency the message tells as going on now, if it does. */
export function emergencyNow(text: string): Emergency | undefined {
  const folded = fold(text);
  if (PUT_AS_CASE.test(folded)) return undefined;
  if (FIRE.test(folded) && FIRE_PLACE.test(folded)) return 'fire';
  if (MEDICAL.test(folded)) return 'medical';
  if (FLOOD.test(folded) && (NOW.test(folded) || /\bsocorro\b/.test(folded) || /ando\b/.test(folded))) return 'flood';
  if (BREAKING_IN.test(folded) && (NOW.test(folded) || /\b(janela|porta|portao)\b/.test(folded))) return 'crime';
  if (THREAT.test(folded) && NOW.test(folded)) return 'crime';
  return undefined;
}
