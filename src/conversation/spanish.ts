// Citizens whose first language is Spanish write to the State in Spanish or in portunhol ("vendi mi carro y sigue en mi
// nombre", "el paso 3", "quien puede inscribirse?"). Before any reader of the engine (search, topics, navigation, form
// fields) sees such a message, its Spanish words are written as the Portuguese words they stand for, so every reader
// understands it as it understands a Portuguese speaker. A general word list (Spanish -> Portuguese), never a phrase of
// a service. Words that are Portuguese too ("sacar", "paso", "pase", "fecha", "padre") are read as Spanish only in a
// message that holds a word no Portuguese message uses ("el", "los", "una", "hay", "quiero", "nombre"…).
import { fold } from './text.ts';

/** Words no Portuguese message uses, as Portuguese: a message holding one is read as Spanish. */
const SPANISH: ReadonlyMap<string, string> = new Map(Object.entries({
  // Articles, contractions, pronouns and small words.
  el: 'o', los: 'os', una: 'uma', unos: 'uns', unas: 'umas', mis: 'meus', hola: 'olá', amable: 'amável', nuestro: 'nosso',
  nuestra: 'nossa', eso: 'isso', esto: 'isto', aca: 'aqui', alla: 'la', ahi: 'ai', hay: 'tem', yo: 'eu',
  usted: 'você', ustedes: 'vocês', nosotros: 'nós', ellos: 'eles', ellas: 'elas', muy: 'muito', mucho: 'muito', mucha: 'muita',
  muchos: 'muitos', muchas: 'muitas', pero: 'mas', hasta: 'até', tambien: 'também', ya: 'já', aun: 'ainda', cuanto: 'quanto',
  cuanta: 'quanta', cuantos: 'quantos', cuantas: 'quantas', donde: 'onde', adonde: 'aonde', cual: 'qual', cuales: 'quais', quien: 'quem',
  quienes: 'quem', cuando: 'quando', otro: 'outro', otra: 'outra', otros: 'outros', otras: 'outras', mismo: 'mesmo', misma: 'mesma',
  despues: 'depois', luego: 'depois', ahora: 'agora', hoy: 'hoje', manana: 'amanhã', ayer: 'ontem', noche: 'noite', bien: 'bem',
  bueno: 'bom', buena: 'boa', buenos: 'bons', buenas: 'boas', mejor: 'melhor', peor: 'pior', malo: 'ruim', nueva: 'nova', nuevo: 'novo',
  viejo: 'velho', vieja: 'velha', lejos: 'longe', gracias: 'obrigado', disculpe: 'desculpe', perdon: 'perdão',
  // Verbs of asking, having, doing and going.
  quiero: 'quero', quisiera: 'queria', necesito: 'preciso', necesita: 'precisa', necesitan: 'precisam',
  necesitamos: 'precisamos', necesario: 'necessário', tengo: 'tenho', tiene: 'tem', tienen: 'têm', tenemos: 'temos', tener: 'ter',
  puedo: 'posso', puede: 'pode', pueden: 'podem', hacer: 'fazer', hago: 'faço', hice: 'fiz', hizo: 'fez', hecho: 'feito', voy: 'vou',
  veo: 'vejo', pido: 'peço', pidio: 'pediu', pidieron: 'pediram', estoy: 'estou', soy: 'sou', 
  llamar: 'ligar', llamo: 'ligo', llegar: 'chegar', llega: 'chega', llegan: 'chegam', llego: 'chegou', llegue: 'cheguei', llegaron: 'chegaram',
  llevar: 'levar', llevo: 'levo', traer: 'trazer', traigo: 'trago', recibir: 'receber', obtener: 'obter', 
  cambiar: 'mudar', cambie: 'mudei', mudarme: 'me mudar', vivir: 'viver', trabajar: 'trabalhar', trabajo: 'emprego', estudiar: 'estudar',
  hablar: 'falar', hablo: 'falo', escribir: 'escrever', leer: 'ler', empezar: 'começar', comenzar: 'começar', volver: 'voltar', vuelvo: 'volto',
  inscribir: 'inscrever', inscribirse: 'se inscrever', inscribirme: 'me inscrever', inscribo: 'inscrevo', siguen: 'continuam',
  dejar: 'deixar', perdio: 'perdeu', robar: 'roubar', robaron: 'roubaram', robado: 'roubado', robada: 'roubada', robaran: 'roubaram',
  fallecio: 'faleceu', murio: 'morreu', muerto: 'morto', muerta: 'morta', muerte: 'morte', desaparecio: 'desapareceu', vendio: 'vendeu',
  vencio: 'venceu', entiendo: 'entendo', cuesta: 'custa', cuestan: 'custam', cobran: 'cobram', pagan: 'pagam',
  conducir: 'dirigir', donar: 'doar', solicitud: 'solicitação', ayuda: 'ajuda', ayudar: 'ajudar', ayudame: 'me ajude',
  dime: 'me diga', digame: 'me diga', dame: 'me dá', muestrame: 'me mostre', mostrame: 'me mostre', explicame: 'me explique', vuelve: 'volta',
  volve: 'volta', regresa: 'volta', regresar: 'voltar', primer: 'primeiro', primera: 'primeira', tercer: 'terceiro', tercera: 'terceira',
  analisis: 'análise', sugerencia: 'sugestão', sugerencias: 'sugestões', llenar: 'preencher', lleno: 'preencho', escucho: 'escuto',
  // Thanks in French and Haitian Creole, from the Haitians living in Minas ("mesi anpil", "merci beaucoup"), and in English.
  merci: 'obrigado', mesi: 'obrigado', anpil: 'muito', beaucoup: 'muito', thanks: 'obrigado', thank: 'obrigado', thx: 'obrigado',
  // People, places and things of a citizen's life.
  hijo: 'filho', hija: 'filha', hijos: 'filhos', hijas: 'filhas', hermano: 'irmão', hermana: 'irmã', hermanos: 'irmãos', mujer: 'mulher',
  hombre: 'homem', nino: 'menino', ninos: 'crianças', abuelo: 'avô', abuela: 'avó', persona: 'pessoa', personas: 'pessoas',
  nombre: 'nome', apellido: 'sobrenome', direccion: 'endereço', calle: 'rua', ciudad: 'cidade', ciudades: 'cidades', extranjero: 'estrangeiro',
  extranjera: 'estrangeira', extranjeros: 'estrangeiros', venezolano: 'venezuelano', venezolana: 'venezuelana', 
  jubilacion: 'aposentadoria', coche: 'carro', camion: 'caminhão', autobus: 'ônibus', omnibus: 'ônibus',
  pasaje: 'passagem', pasajes: 'passagens', datos: 'dados', pasaporte: 'passaporte', embajada: 'embaixada', embajadas: 'embaixadas', impuesto: 'imposto', impuestos: 'impostos',
  herencia: 'herança', pension: 'pensão', pensiones: 'pensões', deuda: 'dívida', deudas: 'dívidas', precio: 'preço', costo: 'custo', dinero: 'dinheiro', cuenta: 'conta', cuentas: 'contas',
  salud: 'saúde', enfermedad: 'doença', vacuna: 'vacina', sangre: 'sangue', edad: 'idade', queja: 'reclamação',
  quejas: 'reclamações', quejarme: 'reclamar', comisaria: 'delegacia', libre: 'livre', discapacitado: 'deficiente', discapacitada: 'deficiente',
  discapacidad: 'deficiência', ciego: 'cego', ciega: 'cega', sordo: 'surdo', sorda: 'surda', empleo: 'emprego', desempleo: 'desemprego',
  desempleado: 'desempregado', desempleada: 'desempregada', tienda: 'loja', permiso: 'licença', atencion: 'atendimento', correo: 'email',
  linea: 'linha', inscripcion: 'inscrição', renovacion: 'renovação', comprobante: 'comprovante',
  penales: 'criminais', nacimiento: 'nascimento', casamiento: 'casamento', defuncion: 'óbito',
  escuela: 'escola', espanol: 'espanhol', plazo: 'prazo', tiempo: 'tempo', pasos: 'passos',
  siguiente: 'próximo', pregunta: 'pergunta', primero: 'primeiro', tercero: 'terceiro', cuatro: 'quatro', siete: 'sete', ocho: 'oito',
  nueve: 'nove', diez: 'dez', lunes: 'segunda', martes: 'terça', miercoles: 'quarta', jueves: 'quinta', viernes: 'sexta', enero: 'janeiro',
  febrero: 'fevereiro', marzo: 'março', mayo: 'maio', junio: 'junho', julio: 'julho', septiembre: 'setembro', setiembre: 'setembro',
  octubre: 'outubro', noviembre: 'novembro', diciembre: 'dezembro',
  // A crash, a prison, a police report, a nationality (blind 91, lead round 5006).
  chocaron: 'bateram', choco: 'bateu', choque: 'batida', nadie: 'ninguém', lastimo: 'machucou', lastimado: 'machucado',
  lastimada: 'machucada', herido: 'ferido', herida: 'ferida', heridos: 'feridos', boletin: 'boletim', ocurrencia: 'ocorrência', carcel: 'presídio',
  prision: 'presídio',
  // Writing to the State's ombudsman (round 5224): "quiero mandar un mensaje a la ouvidoria del gobierno de minas".
  doy: 'dou', mensaje: 'mensagem',
  // A theft and a fraud told (round 5226): "me robaron plata", "no fue en la calle, fue una estafa".
  fue: 'foi', fueron: 'foram', devuelven: 'devolvem', devuelve: 'devolve', habia: 'havia', examen: 'exame', examenes: 'exames', pide: 'pede', piden: 'pedem', actualizar: 'atualizar', estafaron: 'aplicaram um golpe', estafador: 'golpista', robaste: 'roubou', mensajes: 'mensagens', gobierno: 'governo', escribirles: 'escrever',
}));

/** Words that are Spanish in a Spanish message and Portuguese (or a Portuguese typo) in any other: read only there. */
const SPANISH_TOO: ReadonlyMap<string, string> = new Map(Object.entries({
  // Portuguese words too, or their typos ("todavia" is "however"; "ese", "esa" are typed for "esse", "essa").
  todavia: 'ainda', solamente: 'somente', ese: 'esse', esa: 'essa',
  la: 'a', las: 'as', del: 'do', licencia: 'licença', lo: 'o', y: 'e', en: 'em', un: 'um', con: 'com', sin: 'sem', al: 'ao', manejar: 'dirigir', mas: 'mais', solo: 'só', hace: 'faz', va: 'vai',
  paso: 'passo', pase: 'passe', sacar: 'tirar', saco: 'tiro', fecha: 'data', padre: 'pai', madre: 'mãe', padres: 'pais', sigue: 'continua',
  dejo: 'deixou', robo: 'roubo', compre: 'comprei', mude: 'mudei', oficina: 'posto', cerca: 'perto', cerrado: 'fechado', cierra: 'fecha',
  sitio: 'site', listo: 'pronto', despedido: 'demitido', colectivo: 'ônibus', dos: 'dois', tres: 'três', cita: 'agendamento', turno: 'horário',
  partida: 'certidão', acta: 'certidão', constancia: 'comprovante', telefono: 'telefone', enferma: 'doente', enfermo: 'doente', bus: 'ônibus', jubilada: 'aposentada', jubilado: 'aposentado', nina: 'menina', quedar: 'ficar', queda: 'fica', plata: 'dinheiro', entonces: 'então',
  // "la ouvidoria general": the Portuguese "general" is the officer.
  general: 'geral',
  // "una estafa": the Portuguese "estafa" is exhaustion.
  estafa: 'golpe', es: 'é', auto: 'carro', autos: 'carros', case: 'casei',
}));

/** Two Spanish words read as one Portuguese word or phrase ("en la" is "na", "hay que" is "tem que"). */
const PAIRS: ReadonlyMap<string, string> = new Map(Object.entries({
  'en el': 'no', 'en la': 'na', 'en los': 'nos', 'en las': 'nas', 'de la': 'da', 'de las': 'das', 'de los': 'dos', 'por el': 'pelo',
  'por la': 'pela', 'a la': 'à', 'me llamo': 'meu nome é', 'hace falta': 'precisa', 'en linea': 'online', 'buenos dias': 'bom dia',
  'buenas tardes': 'boa tarde', 'muchas gracias': 'muito obrigado', 'thank you': 'obrigado', 'buenas noches': 'boa noite', 'de nuevo': 'de novo', 'lo hago': 'faço', 'lo pido': 'peço',
}));

/** Articles: read as such only before a word ("de la, posso" is the Portuguese "de lá"); "del Rei" is a town's name. */
const ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'las', 'lo', 'los', 'del', 'al', 'un', 'una', 'mi', 'mis']);
const NAMES_AFTER: ReadonlySet<string> = new Set(['rei', 'rey']);

/** Words before "de trabajo" that make it work itself, not a job ("carteira de trabajo", "accidente de trabajo"). */
const WORK_BEFORE: ReadonlySet<string> = new Set(['carteira', 'cartera', 'accidente', 'acidente', 'ministerio', 'horario', 'contrato', 'libreta']);

/** "mi" before a word that ends as a feminine noun does ("mi casa", "mi cedula"): "minha"; otherwise "meu". */
function mine(next: string | undefined): string {
  return next !== undefined && /(a|as|cion|dad)$/.test(next) ? 'minha' : 'meu';
}

/** Words around a Spanish "no" that make it the negation, not the Portuguese "no" (in the): "ya no tengo", "no puedo". */
const NOT_BEFORE: ReadonlySet<string> = new Set(['ya', 'yo', 'que', 'pero', 'todavia', 'aun', 'y', 'si', 'porque', 'se', 'me', 'te', 'lo', 'la', 'le', 'eso', 'esto', 'mejor']);
const NOT_AFTER: ReadonlySet<string> = new Set(['tengo', 'tiene', 'tienen', 'tenemos', 'puedo', 'puede', 'pueden', 'se', 'es', 'esta', 'estoy', 'hay', 'quiero', 'me', 'lo', 'la', 'le', 'les', 'entiendo', 'entendi', 'sirve', 'funciona', 'encuentro', 'llego', 'llega', 'llegan', 'soy', 'fui', 'hice', 'sabia', 'tenia', 'necesito', 'gracias', 'mas', 'mucho', 'hace', 'pasa', 'vino', 'aparece', 'consigo', 'quiere', 'era']);

/** "no" first in the message or around a verb of a Spanish message: "não"; otherwise the Portuguese "no". */
function negation(words: readonly string[], i: number): string {
  return i === 0 || NOT_BEFORE.has(words[i - 1] ?? '') || NOT_AFTER.has(words[i + 1] ?? '') ? 'não' : 'no';
}

/** The word as the citizen typed it, with its first letter's case. */
function cased(typed: string, word: string): string {
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** A word of the message (letters only) and where it stands. */
const WORD = /\p{L}+/gu;

/**
 * Endings only Spanish writes, as Portuguese writes them: "-ción" is "-ção" ("reclamación", "información", "infracción"),
 * "-dad" is "-dade" ("ciudad", "edad"; their plurals are Portuguese already). No Portuguese word ends so, so a word with one of them is Spanish.
 */
const ENDINGS: readonly [RegExp, string][] = [
  [/c?cion$/, 'ção'],
  [/c?ciones$/, 'ções'],
  [/dad$/, 'dade'],
  // "-miento" is "-mento" ("licenciamiento", "agendamiento", "procedimiento"), round 5227.
  [/miento$/, 'mento'],
  [/mientos$/, 'mentos'],
  // An infinitive with its pronoun joined ("buscarlo", "pedirla"): the infinitive, as Portuguese says it ("buscar").
  [/(?<=\p{L}{3}[aei]r)(lo|la|los|las)$/u, ''],
];

/** A Spanish word by its ending ("-ción", "-dad"), or undefined. */
function endingOf(word: string): string | undefined {
  if (word.length < 6) return undefined;
  for (const [re, ending] of ENDINGS) if (re.test(word)) return word.replace(re, ending);
  return undefined;
}

/** A word of Spanish as Portuguese writes it, or undefined. */
function spanishWord(word: string): string | undefined {
  return SPANISH.get(word) ?? SPANISH_TOO.get(word) ?? endingOf(word);
}

/**
 * "que necesito para buscarlo?", "que tengo que llevar?": Spanish opens a question of what with a bare "qué" before a
 * verb of its own; Portuguese says "o que" ("que preciso" alone is also "acho que preciso").
 */
function whatAsked(words: readonly string[]): string | undefined {
  return words[0] === 'que' && SPANISH.has(words[1] ?? '') && /^(necesit|teng|tien|deb|hag|hac)/.test(words[1] ?? '') ? 'o que' : undefined;
}

/**
 * Quick test: a message holds a Spanish letter or a word of SPANISH at all? Most Portuguese messages stop here. Also a
 * message opening with the Spanish negation before its verb ("no entendi", which Portuguese writes "não entendi") and
 * holding another word Spanish shares with Portuguese ("no entendi este *paso*, mas facil por favor"); not "mas" alone, the
 * Portuguese "but" ("no entendi, mas tudo bem").
 */
function mayBeSpanish(words: readonly string[]): boolean {
  for (const w of words) if (SPANISH.has(w) || endingOf(w) !== undefined) return true;
  return words[0] === 'no' && NOT_AFTER.has(words[1] ?? '') && words.slice(2).some((w) => SPANISH_TOO.has(w) && w !== 'mas');
}

/**
 * The message with its Spanish words written in Portuguese, when it holds at least one word that only Spanish uses (or
 * a "ñ", "¿", "¡"); otherwise the message unchanged.
 */
export function fromSpanish(text: string): string {
  const spans = [...text.matchAll(WORD)];
  if (spans.length === 0) return text;
  const words = spans.map((s) => fold(s[0]));
  // A lone "no" or "sí" answers: Portuguese never says "no" alone (it is "no" + a noun, "in the").
  if (words.length === 1 && (words[0] === 'no' || (/^s[íi]$/i.test(spans[0]?.[0] ?? '') && /í/i.test(text)))) return text.replace(WORD, words[0] === 'no' ? 'não' : 'sim');
  if (!mayBeSpanish(words) && !/[ñ¿¡]/i.test(text)) return text;
  // A message in capitals ("QUIERO EL PASO 3") has no acronyms to tell apart.
  const shouted = text === text.toUpperCase();
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as RegExpMatchArray;
    const typed = span[0];
    const start = span.index ?? 0;
    const word = words[i] ?? '';
    const next = spans[i + 1];
    const between = next === undefined ? '' : text.slice(start + typed.length, next.index ?? 0);
    const before = next !== undefined && /^\s+$/.test(between);
    // An acronym is no word ("o que é LAS?"), and an article stands before a word of its own.
    if ((!shouted && typed.length >= 2 && typed === typed.toUpperCase()) || (ARTICLES.has(word) && (!before || NAMES_AFTER.has(words[i + 1] ?? '')))) continue;
    const after = spans[i + 2];
    const articleAlone = ARTICLES.has(words[i + 1] ?? '') && (after === undefined || !/^\s+$/.test(text.slice((next?.index ?? 0) + (next?.[0].length ?? 0), after.index ?? 0)));
    const pair = before && !articleAlone ? PAIRS.get(`${word} ${words[i + 1] ?? ''}`) : undefined;
    if (pair !== undefined && next !== undefined) {
      out += text.slice(at, start) + cased(typed, pair);
      at = (next.index ?? 0) + next[0].length;
      i++;
      continue;
    }
    // The job sought is "emprego" ("busco trabajo"); the labour card and an accident at work keep "trabalho".
    if (word === 'trabajo' && words[i - 1] === 'de' && WORK_BEFORE.has(words[i - 2] ?? '')) {
      out += text.slice(at, start) + cased(typed, 'trabalho');
      at = start + typed.length;
      continue;
    }
    // "cancela todo, gracias": "todo" before a pause or at the end is everything ("tudo"); before a noun it is "todo" ("todo el dia").
    const everything = word === 'todo' && !before ? 'tudo' : undefined;
    const portuguese = everything ?? (word === 'mi' ? mine(words[i + 1]) : word === 'no' ? negation(words, i) : i === 0 ? (whatAsked(words) ?? spanishWord(word)) : spanishWord(word));
    if (portuguese === undefined || portuguese === word) continue;
    out += text.slice(at, start) + cased(typed, portuguese);
    at = start + typed.length;
  }
  return out + text.slice(at);
}
