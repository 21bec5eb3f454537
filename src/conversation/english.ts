// Exchange students, foreign workers and visitors write to the State in English ("I lost my wallet with all my
// documents", "I'd like to book an appointment at a UAI", "show me the steps"). Before any reader of the engine sees
// such a message, its English words are written as the Portuguese words they stand for, as spanish.ts does for
// Spanish, so the search, the topics, the walkthrough and the forms read it as they read Portuguese. The replies stay
// in Portuguese. A general word list, never a phrase of a service. A message is read as English only when it holds
// two words no Portuguese message uses ("the", "my", "how", "want"…): "i agora?" and "to indo" stay Portuguese.
import { fold } from './text.ts';

/** Words only English uses: two of them make a message English. */
const MARKERS: ReadonlySet<string> = new Set([
  'the', 'my', 'how', 'what', 'where', 'when', 'want', 'need', 'would', 'like', 'can', 'could', 'please', 'with', 'have', 'has',
  'just', 'someone', 'from', 'it', 'this', 'you', 'your', 'is', 'are', 'does', 'did', 'get', 'show', 'skip', 'lost', 'stole',
  'moved', 'and', 'for', 'of', 'if', 'yes', 'hello', 'hi', 'sorry', 'mean', 'again', 'much', 'long', 'which', 'who', 'an', 'any',
]);

/**
 * English phrases, as Portuguese, replaced in this order: a phrase that holds another comes before it ("do i need" before
 * "do i"); "how do I" is "how" (como) and "do I" (dropped).
 */
const PHRASES: readonly [string, string][] = [
  ["driver's license", 'carteira de motorista'], ['drivers license', 'carteira de motorista'], ['driver license', 'carteira de motorista'],
  ['driving licence', 'carteira de motorista'], ['driving license', 'carteira de motorista'], ['police report', 'boletim de ocorrência'],
  ['unemployment insurance', 'seguro-desemprego'], ['unemployment benefit', 'seguro-desemprego'], ['used car', 'carro usado'],
  ['public state school', 'escola estadual'], ['state school', 'escola estadual'], ['public school', 'escola estadual'],
  ['book an appointment', 'agendar atendimento'], ['make an appointment', 'agendar atendimento'], ['book a', 'agendar'],
  ['send a message to', 'registrar uma manifestação na'], ['file a complaint', 'registrar uma reclamação'], ['identity card', 'carteira de identidade'],
  ['id card', 'carteira de identidade'], ['birth certificate', 'certidão de nascimento'], ['criminal record', 'antecedentes criminais'],
  ['what documents do i need', 'quais documentos preciso'], ['what information do i need', 'quais informações preciso'], ['do i need', 'preciso'],
  ['do i have to', 'tenho que'], ['i mean', 'quer dizer'], ['i m', 'eu sou'], ['state ombudsman', 'ouvidoria do estado'], ['work visa', 'visto de trabalho'], ['student visa', 'visto de estudante'], ['how much', 'quanto'], ['how long', 'quanto tempo'], ['what are the steps', 'quais são as etapas'], ['show me', 'me mostra'],
  ['last step', 'última etapa'], ['first step', 'primeira etapa'], ['next step', 'próxima etapa'], ['previous step', 'etapa anterior'],
  ['step by step', 'passo a passo'], ['i would like to', 'quero'], ['i d like to', 'quero'], ['i want to', 'quero'], ['i need to', 'preciso'],
  ['i need', 'preciso de'], ['i want', 'quero'], ['i lost', 'perdi'], ['can i', 'posso'], ['do i', ''],
  ['thank you', 'obrigado'], ['no plates', 'sem placa'], ['brand new', 'zero'],
];

/** English words, as Portuguese ('' drops a word that carries nothing a reader needs). */
const WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  the: '', an: 'um', a: 'um', of: 'de', to: 'para', for: 'para', from: 'de', with: 'com', in: 'em', at: 'em', on: 'em', and: 'e', or: 'ou',
  my: 'meu', your: 'seu', i: 'eu', me: 'me', it: 'isso', this: 'isso', is: 'é', are: 'são', d: '', m: '', s: '', ll: '', ve: '',
  how: 'como', what: 'qual', where: 'onde', when: 'quando', who: 'quem', which: 'qual', why: 'por que', can: 'pode', want: 'quero',
  need: 'preciso', please: 'por favor', yes: 'sim', no: 'não', not: 'não', hello: 'olá', hi: 'oi', sorry: 'desculpe', thanks: 'obrigado',
  lost: 'perdi', lose: 'perder', wallet: 'carteira', documents: 'documentos', document: 'documento', stole: 'roubaram', stolen: 'roubado',
  robbed: 'roubado', bike: 'bicicleta', bicycle: 'bicicleta', car: 'carro', motorcycle: 'moto', job: 'emprego', school: 'escola',
  son: 'filho', daughter: 'filha', wife: 'esposa', husband: 'marido', mother: 'mãe', father: 'pai', brother: 'irmão', sister: 'irmã',
  place: 'vaga', moved: 'mudei', move: 'mudar', drive: 'dirigir', check: 'consultar', debts: 'débitos', debt: 'débito', buy: 'comprar',
  sell: 'vender', sold: 'vendi', cost: 'custa', costs: 'custa', fee: 'taxa', pay: 'pagar', tax: 'imposto', fine: 'multa', fines: 'multas',
  renew: 'renovar', register: 'registrar', report: 'registrar', apply: 'pedir', appointment: 'agendamento', book: 'agendar',
  schedule: 'agendar', ombudsman: 'ouvidoria', complaint: 'reclamação', steps: 'etapas', step: 'etapa', next: 'próxima',
  previous: 'anterior', back: 'voltar', again: 'de novo', skip: 'pular', cancel: 'cancelar', online: 'online', internet: 'internet',
  information: 'informações', help: 'ajuda', blood: 'sangue', donate: 'doar', prison: 'presídio', jail: 'presídio', visit: 'visitar',
  medicine: 'medicamento', hospital: 'hospital', police: 'polícia', house: 'casa', home: 'casa', yearly: 'anual', licensing: 'licenciamento',
  plates: 'placa', plate: 'placa', new: 'novo', old: 'velho', free: 'grátis', long: 'tempo', much: 'quanto', last: 'última', first: 'primeira',
  visa: 'visto', passport: 'passaporte', brazil: 'brasil', work: 'trabalho', get: 'tirar', do: 'fazer', does: '', did: '', have: 'tenho', has: 'tem', just: '', any: 'algum', someone: 'alguém',
}));

/** Each phrase as a whole-words pattern on the folded text (apostrophes read as spaces), built once. */
const PHRASE_PATTERNS: readonly RegExp[] = PHRASES.map(([en]) => new RegExp(`(?<=[^\\p{L}])${en.replace(/'/g, ' ')}(?=[^\\p{L}])`, 'gu'));

/** A word of the message (letters only). */
const WORD = /\p{L}+/gu;

/**
 * The message with its English words written in Portuguese, when it holds two words only English uses; otherwise the
 * message unchanged. Numbers, marks and words with no entry (a town's name, "UAI", "CPF") stay as typed.
 */
export function fromEnglish(text: string): string {
  const words = [...text.matchAll(WORD)].map((s) => fold(s[0]));
  if (new Set(words.filter((w) => MARKERS.has(w))).size < 2) return text;
  // Letters and apostrophes as words, every other run (digits, marks) kept as typed.
  let out = ` ${text.replace(/[’']/g, ' ').split(/(\p{L}+)/u).map((part) => (/^\p{L}+$/u.test(part) ? fold(part) : part)).join('')} `;
  // Phrases first, held as numbered marks so that the word list never rewrites their Portuguese ("passo a passo").
  PHRASE_PATTERNS.forEach((pattern, i) => {
    out = out.replace(pattern, `\u0001${i}\u0001`);
  });
  out = out.replace(/\p{L}+/gu, (w) => WORDS.get(w) ?? w);
  out = out.replace(/\u0001(\d+)\u0001/g, (_, i: string) => PHRASES[Number(i)]?.[1] ?? '');
  return out.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
}
