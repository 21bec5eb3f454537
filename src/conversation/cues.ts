// The words and phrases that signal each intent, as citizens type them: with slang ("vc", "pq", "q",
// "prox", "obg"), without accents, and with the politeness around them. They are folded and stemmed
// like search text (see reading.ts), so plurals, verb forms and accents need no separate entries, and a
// typo of one letter in a word of 4+ letters is forgiven. Written from how people ask, not from replies.
import type { Topic } from './types.ts';

/**
 * Cue words a token meets only as itself or its plural, never through the short stem they share with other words:
 * "grato" is not "grátis", "saber" not "sábado", "gostaria" not "gostei", "vale" not "valeu".
 */
export const WHOLE_WORDS: ReadonlySet<string> = new Set(['gratis', 'sabado', 'gostei', 'valeu',
  // "o começo" (the start, a way back to the menu) is not the verb: "pode começar" is a go-ahead.
  'comeco',
  // "o pessoal da prefeitura falou" (the people) asks nothing of going in person.
  'pessoalmente',
  // Words of the subjects handled elsewhere whose stem is another word's: "mensal" is no "mensalidade", "ingressar"
  // no "ingresso" (data/fora-do-escopo.yaml).
  'mensalidade', 'ingresso',
  // The citizen back in the chat ("voltei", "cheguei") is not someone else who came back or not ("meu filho não
  // voltou", "a carteira já chegou?").
  'voltei', 'retornei', 'cheguei',
  // Round 3101: "quanta demora!" (impatience) is not "quanto demora a entrega?" (a question of time), though both stem to "quant".
  'quanta',
  // Round 4262: "aff demorou", "tá demorando" (impatience at the chat) are not "demora?" (a question of time).
  'demorou', 'demorando']);

/** Leaving a form: checked before the form reads the message as an answer. */
export const CANCEL_FORM = [
  'cancelar', 'cancela', 'cancele', 'para tudo', 'pare tudo', 'desisti', 'desisto', 'desiste', 'desistir', 'deixa pra la', 'deixa quieto', 'deixa', 'esquece', 'esquece isso',
  'nao quero mais', 'nao quero continuar', 'parar', 'pare', 'chega', 'mudei de ideia', 'nao vou fazer', 'nao precisa mais', 'sair do formulario', 'sair do pedido',
  'prefiro nao continuar', 'nao continuar', 'nao vou continuar', 'prefiro parar', 'cancelamento', 'interromper', 'interrompe', 'abandonar', 'largar', 'larga', 'para de perguntar', 'chega de pergunta', 'para com isso', 'encerrar o pedido', 'esquece o pedido', 'deixa para depois', 'fica pra outro dia', 'outra hora', 'prefiro interromper', 'nao quero prosseguir', 'nao prosseguir', 'nao desejo prosseguir', 'nao desejo continuar', 'nao quero seguir', 'nao vou prosseguir',
  // Wiping what was typed ("apaga tudo q eu escrevi", round 3306).
  'apaga tudo', 'apaga tudo que eu escrevi', 'apaga o que eu escrevi', 'apaga tudo isso', 'apagar tudo',
];

/**
 * Putting the request off, said in a form ("Pensando bem, agora não. Depois eu vejo isso.", "vejo isso outro dia"),
 * round 4261: giving it up for now. Only there: elsewhere the same words are the talk put off ("to no trabalho, depois vejo").
 */
export const PUT_OFF_FORM = ['depois eu vejo', 'depois vejo', 'vejo depois', 'vejo isso depois', 'depois eu vejo isso', 'vejo outro dia', 'vejo isso outro dia', 'outro dia eu vejo', 'depois eu resolvo', 'resolvo depois'];

/** Words naming the request itself around a cancel cue ("quero cancelar este pedido"): even in a free-text field, that is cancelling. */
export const FORM_REFS = new Set([
  'quero', 'queria', 'vou', 'pode', 'podemos', 'este', 'esta', 'estes', 'pedido', 'solicitacao', 'agendamento', 'formulario', 'inscricao', 'cadastro', 'tudo', 'mais', 'operacao',
  'preenchimento', 'requerimento', 'processo', 'por', 'enquanto', 'melhor', 'acho', 'agora', 'depois', 'faco', 'outra', 'hora', 'dia', 'registro', 'manifestacao', 'favor',
  // "aff, esquece isso, n vou mais registrar": giving up on the request in other words, and the sighs around it.
  'nao', 'registrar', 'fazer', 'pedir', 'continuar', 'preencher', 'terminar', 'aff', 'ah', 'ai', 'ah', 'puts', 'affe', 'ja', 'era',
]);

/** Asked whether to leave a form for another service: staying. */
export const STAY_IN_FORM = ['continuar', 'quero continuar', 'continuar o pedido', 'seguir com o pedido', 'terminar o pedido', 'ficar', 'nao quero sair', 'vou continuar', 'continuar aqui'];

/** Asked whether to leave a form for another service: leaving ("pode sair sim", "quero ver o outro"). Said with the YES cues. */
export const LEAVE_FORM = ['sair', 'pode sair', 'quero sair', 'sai', 'deixa', 'pode deixar', 'deixar', 'quero ver', 'ver o outro', 'mostra', 'pode mostrar', 'vai', 'pode ir', 'pode largar', 'larga'];

export const MENU = ['menu', 'menu principal', 'inicio', 'voltar ao inicio', 'voltar pro inicio', 'voltar ao menu', 'voltar pro menu', 'voltar para o menu', 'comecar de novo', 'recomecar', 'tela inicial', 'comeco',
  // Starting over in other words ("recomeçar de novo", "começa tudo de novo", "do zero"); in a walkthrough past step 1 they go to step 1.
  'recomecar de novo', 'comeca de novo', 'comecar denovo', 'comeca denovo', 'comecar tudo de novo', 'comeca tudo de novo', 'comecar do zero', 'recomecar do zero',
  // The first screen named with "inicial" ("volta pro menu inicial", "página inicial").
  'menu inicial', 'pagina inicial',
  // "cardápio", the menu in everyday words ("volta pro cardapio inicial").
  'cardapio', 'cardapio inicial', 'cardapio principal'];

/** "Como funciona?": how the bot works with no service in focus; on a service, how that service works. */
export const HOW_IT_WORKS = ['como funciona', 'como que funciona', 'como isso funciona', 'como funciona isso', 'como funciona aqui',
  // The bot asked how it works by someone new to it ("Como você funciona? Eu nunca usei isso aqui."), round 4102.
  'como voce funciona', 'como vc funciona', 'como ce funciona', 'como que voce funciona', 'como que vc funciona', 'nunca usei isso aqui', 'nunca usei isso', 'primeira vez que eu uso', 'primeira vez que uso'];

export const HELP = [
  // Asking for information, guidance or a question with nothing yet said of what ("queria uma informação", "Gostaria de
  // uma orientação, por gentileza.", "posso fazer uma pergunta?"): the bot says what it does and waits (lead, round 5700).
  'uma informacao', 'umas informacoes', 'uma informacaozinha', 'uma orientacao', 'umas orientacoes', 'uma pergunta', 'fazer uma pergunta', 'saber uma coisa', 'perguntar uma coisa',
  'queria uma informacao', 'quero uma informacao', 'gostaria de uma informacao', 'preciso de uma informacao', 'queria umas informacoes', 'gostaria de umas informacoes',
  'queria uma orientacao', 'gostaria de uma orientacao', 'preciso de uma orientacao', 'gostaria de orientacao', 'preciso de orientacao',
  'queria saber uma coisa', 'quero saber uma coisa', 'gostaria de saber uma coisa', 'queria perguntar uma coisa', 'quero perguntar uma coisa',
  'queria fazer uma pergunta', 'quero fazer uma pergunta', 'gostaria de fazer uma pergunta', 'posso fazer uma pergunta',
  'ajuda', 'estou perdido', 'estou perdida', 'estou meio perdido', 'estou meio perdida', 'estou confuso', 'estou confusa', 'estou meio confuso', 'estou meio confusa', 'nao sei o que fazer', 'help', 'socorro', 'como usar', 'como te uso', 'o que voce faz', 'o que vc faz', 'o que voce sabe fazer', 'quais comandos', 'me ajuda', 'preciso de ajuda', 'comandos', 'vc faz oq', 'voce faz o que', 'voce faz o que exatamente', 'o que voce faz exatamente', 'pra que voce serve', 'vc serve pra que', 'voce serve pra que', 'vc resolve oq', 'vc resolve o que', 'voce resolve o que', 'o que vc resolve', 'o que voce resolve', 'oq vc resolve', 'vc ajuda com oq', 'vc ajuda com o que', 'voce ajuda com o que', 'o que vc consegue fazer', 'o que voce consegue fazer', 'vc consegue fazer oq', 'tenho uma duvida', 'tenho duvida', 'tenho outra duvida', 'to com uma duvida', 'estou com uma duvida', 'uma duvida', 'tirar uma duvida', 'posso tirar uma duvida', 'queria tirar uma duvida', 'quero tirar uma duvida', 'duvida',
  // What the chat does, asked in a letter ("Poderiam informar quais serviços este canal está apto a prestar?"), round 4156.
  'quais servicos este canal', 'quais servicos esse canal', 'quais servicos o canal', 'que servicos este canal', 'quais servicos voces prestam', 'quais servicos sao prestados', 'quais servicos estao disponiveis', 'quais servicos oferecem',
  'quais servicos voces oferecem', 'apto a prestar', 'aptos a prestar', 'servicos prestados por este canal', 'servicos disponiveis neste canal', 'o que este canal oferece', 'o que esse canal faz'];

/** Asking for a person, in a phrase (anywhere in the message). */
export const HANDOFF = [
  'falar com atendente', 'falar com um atendente', 'falar com uma pessoa', 'falar com alguem', 'falar com humano', 'falar com um humano', 'falar com gente',
  'quero um atendente', 'quero atendente', 'quero um humano', 'chama um atendente', 'chamar atendente', 'me passa pra um atendente', 'atendimento humano',
  'falar com uma pessoa de verdade', 'atendente humano', 'transferir para atendente', 'falar com o suporte',
  // A person said to be real ("um atendente de verdade", "uma pessoa real"): the same request.
  'atendente de verdade', 'um atendente de verdade', 'humano de verdade', 'gente de verdade', 'pessoa real', 'atendente real', 'falar com gente de verdade',
  // "conversar" is how one talks too ("tem algum número pra eu conversar com alguém?", "queria conversar com uma pessoa").
  'conversar com alguem', 'conversar com uma pessoa', 'conversar com atendente', 'conversar com um atendente', 'conversar com um humano',
];
/** Asking for a person in one word (only as the whole message: "o atendente foi grosso" is a complaint). */
export const HANDOFF_WORD = ['atendente', 'humano', 'pessoa', 'suporte', 'atendimento'];

export const QUIT = ['sair', 'tchau', 'tchauzinho', 'encerrar', 'fim', 'ate logo', 'ate mais', 'flw', 'falou', 'adeus', 'bye', 'ate a proxima', 'pode encerrar', 'encerra'];

/** Asking where the conversation stopped, back after a pause: the last question again, never "parar" (stop). */
export const WHERE_STOPPED = ['onde a gente parou', 'onde agente parou', 'onde paramos', 'onde parei', 'onde eu parei', 'onde estavamos', 'onde a gente estava', 'onde a gente tava', 'em que parte a gente esta', 'em que parte a gente ta', 'em que parte paramos', 'ate onde a gente foi', 'aonde a gente parou', 'aonde paramos',
  // Said of the bot ("continua de onde parou", "volta onde tinha parado").
  'onde parou', 'de onde parou', 'onde voce parou', 'onde tinha parado', 'onde tinhamos parado',
  // Asked whole, or as what the bot was saying ("onde a gente tinha parado?", "volta pro que vc tava falando"), lead round
  // 3903.
  'onde a gente tinha parado', 'onde agente tinha parado', 'onde a gente tinha ficado', 'onde a gente ficou', 'onde nos paramos',
  'que voce tava falando', 'que vc tava falando', 'q vc tava falando', 'oq vc tava falando', 'que voce estava falando', 'que estava falando', 'que tava falando',
  'que voce tava dizendo', 'que vc tava dizendo', 'que voce estava dizendo', 'o assunto de antes', 'no assunto de antes',
  // The step asked for by its word ("em que etapa a gente parou?", "qual etapa mesmo a gente tá?"), round 6364.
  'em que etapa a gente parou', 'em que etapa paramos', 'em que etapa parei', 'em que etapa eu parei', 'em que etapa a gente esta', 'em que etapa a gente ta', 'em que etapa estamos',
  'qual etapa a gente ta', 'qual etapa a gente esta', 'qual etapa mesmo a gente ta', 'qual etapa mesmo a gente esta', 'qual etapa estamos', 'qual etapa mesmo', 'em que passo a gente parou', 'em que passo paramos'];

/**
 * Back with the question left open ("voltei, ainda estou com a mesma dúvida", "é sobre o mesmo assunto"), round 4264:
 * where things stood, like WHERE_STOPPED, but only as (nearly) the whole message, never a rephrase.
 */
export const SAME_QUESTION = ['mesma duvida', 'a mesma duvida', 'com a mesma duvida', 'mesma pergunta', 'a mesma pergunta', 'aquela duvida', 'aquela mesma duvida', 'mesmo assunto', 'o mesmo assunto', 'aquele assunto'];

/** Asked to say it shorter ("resume", "em resumo", "em poucas palavras"): a summary (round 5964 reads them on a card). */
export const SHORTER = ['resume', 'resuma', 'resumir', 'resumindo', 'em resumo', 'mais resumido', 'em poucas linhas', 'poucas linhas', 'em poucas palavras', 'em topicos', 'mais curto', 'mais curta', 'mais curtinho', 'mais curtinha'];
/**
 * Asked to say it shorter or in plain words ("resume isso pra mim", "em português claro", "de maneira simples"), r40c.
 * With the steps named ("fala de um jeito simples o passo a passo"), the steps are what is asked (see 'rephrase').
 * "resume em poucas linhas": the lines of the answer, never the bus lines (round 5901), through SHORTER.
 */
export const MANNER = [...SHORTER, 'portugues claro', 'em portugues claro', 'de maneira simples', 'de forma simples', 'de um jeito simples', 'de um jeito mais simples', 'mais facil de entender', 'mais claro'];

/** Ways of saying it otherwise ("de outro jeito", "mais fácil"): beside a topic, how to say it, naming no service (round 5961). */
export const OTHER_WAYS = ['de outro jeito', 'de outra forma', 'de outra maneira', 'com outras palavras', 'mais simples', 'mais facil'];

/** The citizen did not understand the last answer. */
export const REPHRASE = [
  ...OTHER_WAYS,
  'nao entendi', 'nao entendi nada', 'nao compreendi', 'ha', 'han', 'que', 'oque', 'o que', 'como assim', 'explica melhor', 'explica de novo', 'pode explicar',
  'explica direito', 'nao ficou claro', 'confuso', 'q', 'hein', 'ue', 'boiei', 'nao peguei', 'nao peguei nada', 'viajei', 'nao captei', 'nao saquei',
  ...MANNER,
  'nao tendi', 'tendi nada', 'tendi foi nada', 'entendi foi nada', 'entendi nada', 'nao entendi foi nada', 'nao to entendendo', 'nao estou entendendo',
  // "não consegui entender": its "consegui" is no step done (r40 lead).
  'nao consegui entender', 'nao consegui compreender', 'nao consegui acompanhar', 'nao to conseguindo entender', 'nao estou conseguindo entender', 'nao consigo entender',
  // Back after a pause, asking where things stand ("onde a gente parou?", "em que parte a gente tava?"): the last question
  // or answer again (in a form, the field asked; never a cancel by "parar"'s stem: round 3183).
  ...WHERE_STOPPED,
];

export const BACK = ['voltar', 'volta', 'anterior', 'etapa anterior', 'passo anterior', 'volta uma', 'voltar uma etapa', 'a de antes',
  'o de antes', 'o passo de antes', 'a etapa de antes',
  'pergunta anterior', 'volta um', 'retornar', 'back', 'go back', 'previous'];

/** The service before the last change of subject was the right one ("nao nao, tava certo antes"). */
export const PREVIOUS_SERVICE = [
  'tava certo antes', 'estava certo antes', 'tava certo o de antes', 'o anterior tava certo', 'a anterior tava certa', 'o anterior estava certo', 'a anterior estava certa',
  'o de antes', 'a de antes', 'era o anterior', 'era a anterior', 'o outro tava certo', 'era o outro mesmo', 'era a outra mesmo', 'o primeiro tava certo', 'a primeira tava certa', 'servico anterior',
  // Going back to it in everyday words ("volta lá naquele de antes", "volta no anterior"), round 4260.
  'no de antes', 'na de antes', 'naquele de antes', 'naquela de antes', 'aquele de antes', 'aquela de antes', 'pro de antes', 'pra de antes',
  'volta no anterior', 'volta na anterior', 'volta pro anterior', 'volta pra anterior', 'volta naquele outro', 'volta naquela outra', 'volta pro outro', 'volta pra outra',
];

/**
 * Asking what the citizen's case changes ("sou caminhoneiro, categoria e, *muda alguma coisa?*", "se for roubo *faz
 * diferença?*"): the case is the rest of the message, and the question is about what is in view (a field, a card).
 */
export const WHAT_CHANGES = ['muda alguma coisa', 'muda algo', 'muda em que', 'muda o que', 'o que muda', 'faz diferenca', 'tem diferenca', 'qual a diferenca',
  'muda em alguma coisa', 'muda em algo', 'muda alguma coisa pra mim', 'altera alguma coisa', 'altera algo', 'muda nada', 'isso muda'];

/** A question about the form field being asked. */
export const FIELD_QUESTION = [
  'pra que', 'para que', 'pra q', 'por que', 'porque', 'pq', 'porq', 'serve pra que', 'e seguro', 'seguro', 'seguranca', 'confiavel', 'golpe', 'com que finalidade', 'qual a finalidade', 'finalidade', 'por que motivo', 'por qual motivo', 'qual o motivo', 'qual motivo', 'e necessario informar', 'necessario informar', 'por qual razao', 'qual a razao', 'e garantida', 'e garantido', 'pode mudar', 'vai mudar',
  'e obrigatorio', 'obrigatorio', 'sou obrigado', 'sou obrigada', 'obrigado a dar', 'obrigada a dar', 'obrigado a informar', 'obrigada a informar', 'preciso informar', 'precisa mesmo', 'tenho que informar', 'tenho que dar', 'vao usar', 'vai usar', 'o que vao fazer',
  'nao quero informar', 'nao quero dar', 'nao quero passar', 'prefiro nao', 'meus dados', 'dados pessoais', 'lgpd', 'privacidade', 'sigilo', 'vazar', 'nao tenho', 'nao sei', 'nao lembro', 'posso nao informar', 'precisa disso',
  // Not knowing what is asked, said to the bot ("sei lá moço, o que é isso que vc tá perguntando"), round 4263.
  'sei la', 'o que e isso', 'vc ta perguntando', 'voce ta perguntando', 'voce esta perguntando', 'vc esta perguntando', 'ce ta perguntando', 'o que vc quer saber', 'o que voce quer saber',
  'nao entendi a pergunta', 'nao entendi essa pergunta', 'nao entendi o que vc quer', 'nao entendi o que voce quer',
  // Where the data goes and who sees it ("vai ficar guardado onde?", "quem tem acesso?", "não quero ninguém usando").
  'guardado', 'guardar', 'armazenado', 'armazenar', 'fica salvo', 'vai ficar salvo', 'quem vai ver', 'quem ve', 'quem tem acesso', 'tem acesso', 'ninguem usando',
  'ninguem usar', 'usar meu', 'usar meus', 'usando meu', 'usando meus', 'compartilhado', 'compartilhar', 'repassado', 'repassar', 'divulgado', 'divulgar', 'clonado',
  'clonar', 'fraude', 'medo', 'receio', 'protegido', 'protecao', 'apagado', 'apagar', 'excluido', 'confianca', 'e confiavel', 'pra onde vai', 'para onde vai',
  // Whether one must say who one is ("tem q falar meu nome?", "n quero me identificar", "pode ser anônimo?").
  'me identificar', 'se identificar', 'identificar', 'identificacao', 'anonimo', 'anonima', 'anonimato', 'tem que falar', 'tem que informar', 'ter que informar', 'tenho que falar', 'falar meu nome', 'dar meu nome', 'por meu nome', 'colocar meu nome',
  // Whether those complained of will know who wrote ("a escola vai saber q fui eu?", "meu nome aparece pra eles?", "vão
  // saber quem mandou?"): the same question of identity, put from the side of who reads the request.
  'saber que fui eu', 'sabendo que fui eu', 'descobrir que fui eu', 'saber quem', 'descobrir quem', 'quem mandou', 'quem reclamou', 'quem denunciou', 'quem fez a reclamacao', 'quem fez a denuncia', 'meu nome aparece', 'aparece meu nome', 'aparecer meu nome',
  'mostrar meu nome', 'mostra meu nome', 'ver meu nome', 'saber meu nome', 'sabendo meu nome', 'ficar sabendo', 'ficam sabendo',
  // … of someone else's name ("o nome da minha mãe vai aparecer pro presídio?"), and whether the request reaches anyone
  // ("isso chega mesmo em alguém ou vai pra gaveta?", "alguém lê isso?", "adianta?") (round 3862).
  'vai aparecer', 'vao aparecer', 'nome aparece', 'chega mesmo', 'chega em alguem', 'chega pra alguem', 'alguem le', 'alguem vai ler', 'alguem ler', 'vai pra gaveta', 'fica na gaveta',
  'adianta', 'adianta alguma coisa', 'adianta mesmo', 'resolve mesmo', 'alguem responde', 'alguem vai responder', 'vai dar em nada', 'da em nada', 'vai dar em alguma coisa',
  // What a choice changes ("se for roubo muda alguma coisa?", "faz diferença?").
  ...WHAT_CHANGES,
  // What to write or put in the field ("o que devo escrever aqui?", "o que eu coloco?", "como preencho isso?").
  'o que devo escrever', 'o que eu devo escrever', 'o que escrevo', 'o que eu escrevo', 'o que escrever', 'o que preciso escrever', 'o que tenho que escrever', 'o que e pra escrever',
  'o que devo colocar', 'o que eu devo colocar', 'o que coloco', 'o que eu coloco', 'o que colocar', 'o que preciso colocar', 'o que tenho que colocar', 'o que e pra colocar',
  'o que devo por', 'o que ponho', 'o que eu ponho', 'o que devo responder', 'o que respondo', 'o que eu respondo', 'como preencho', 'como eu preencho', 'como preencher', 'o que vai aqui',
];

export const YES = [
  'sim', 's', 'ss', 'sim sim', 'isso', 'isso mesmo', 'claro', 'claro que sim', 'pode', 'pode sim', 'pode ser', 'confirmo', 'confirmar', 'confirma', 'ok', 'okay', 'certo',
  'correto', 'ta certo', 'esta certo', 'tudo certo', 'ajudou', 'ajudou sim', 'sim ajudou', 'com certeza', 'aham', 'uhum', 'yes', 'positivo', 'quero', 'bora', 'vamos',
  'perfeito', 'exato', 'beleza', 'blz', 'continuar', 'continua', 'sim quero', 'sim por favor', 'pode mandar', 'manda', 'pode enviar', 'envia', 'enviar', 'muito', 'demais',
  // Confirming a summary in full words ("Confirmo os dados.", "os dados estão corretos").
  'confirmo os dados', 'confirmo o pedido', 'confirmo o agendamento', 'pode confirmar',
  // In a letter's words ("Confirmo os dados informados.", "Confirmo as informações acima."), round 4153.
  'confirmo os dados informados', 'confirmo os dados acima', 'confirmo as informacoes', 'confirmo as informacoes acima', 'confirmo as informacoes prestadas', 'confirmo os dados prestados', 'dados conferidos', 'ratifico os dados', 'ratifico as informacoes', 'dados corretos', 'dados certos', 'os dados estao corretos', 'os dados estao certos', 'tudo correto',
  // Go-aheads of everyday speech ("manda ver", "bora lá", "fechou").
  'manda ver', 'pode mandar ver', 'manda bala', 'bora la', 'fechou', 'fechado', 'partiu', 'pode ir',
  // Yes in the languages of the citizens who came to Minas: Spanish "sí" ("si, confirmo"), Haitian Creole "wi" and French
  // "oui" ("wi, sim"). Whole-message cues only, as every yes: "si" is never read so inside a sentence ("para si").
  'si', 'wi', 'oui',
];
export const NO = [
  'nao', 'n', 'nn', 'nao ajudou', 'negativo', 'nada', 'nem', 'nop', 'no', 'errado', 'ta errado', 'esta errado', 'nao quero', 'nao obrigado', 'de jeito nenhum', 'nunca',
  'ajudou nao', 'nao ajudou nada', 'recomecar', 'nao mesmo', 'nao continuar', 'agora nao', 'depois',
];

/**
 * Walkthrough: the next step. "pronto" and "feito" mean "done, go on" here. A bare acknowledgement ("ok",
 * "blz") is only "next" together with a real cue ("blz, próximo"): alone it keeps the step (ACK_ONLY).
 */
export const NEXT = [
  'pro outro', 'vai pro outro', 'ir pro outro', 'pode ir pro outro', 'passa pro outro', 'outro passo', 'pra outra', 'vai pra outra', 'passa pra outra',
  'proxima', 'proximo', 'prox', 'px', 'proxima etapa', 'proximo passo', 'seguinte', 'passo seguinte', 'avancar', 'avanca', 'continua', 'continuar', 'continue', 'segue',
  'prossiga', 'prosseguir', 'prossegue', 'pode prosseguir', 'passa', 'passa ai', 'pode passar', 'pula', 'pular', 'pula essa', 'pode pular', 'pula essa etapa', 'pula essa parte', 'seguir', 'e depois', 'e agora', 'depois', 'dps', 'e dps', 'e ai', 'e dai', 'anda', 'anda logo', 'vai logo', 'e agora o que eu faco', 'e agora o que faco', 'o que eu faco agora', 'e depois disso', 'e depois disso o que eu faco', 'e depois disso o que faco', 'e depois disso o que fazer', 'depois disso o que eu faco', 'depois disso o que faco', 'e depois o que eu faco', 'e depois o que faco', 'o que eu faco depois', 'o que faco depois', 'o que eu faco depois disso', 'bora', 'vai', 'manda', 'manda a proxima', 'pode continuar', 'ok', 'okay', 'sim', 'blz', 'beleza',
  'pronto', 'feito', 'fiz', 'ja fiz', 'certo', 'entendi', 'next', 'vamos', 'o que vem depois', 'proxima por favor', 'mais', 'vai pra proxima', 'pode ir',
  'depois disso', 'e depois disso', 'qual o proximo passo', 'qual a proxima etapa', 'qual e o proximo', 'qual e a proxima', 'qual o proximo', 'qual a proxima',
  'o que faco depois', 'o que faco agora', 'proximo passo', 'e o proximo', 'e a proxima', 'etapa seguinte', 'a etapa seguinte', 'e a etapa seguinte',
  // "Siga, por favor.", "Adiante.", "pode seguir em frente": the same move in the imperative of a formal register (lead,
  // round 3901).
  'siga', 'pode seguir', 'siga em frente', 'seguir em frente', 'pode seguir em frente', 'adiante', 'vai adiante', 'siga adiante', 'em frente', 'avante',
  'pra frente', 'pode ir pra frente', 'vai pra frente', 'segue pra frente', 'continua de onde parou', 'de onde parou', 'de onde paramos', 'qual a outra', 'qual e a outra', 'e a outra etapa', 'a outra etapa',
  // The one after, said as "the other one" ("e o outro?", "e a outra?") or as what is left ("me mostra o resto").
  'e o outro', 'e a outra', 'e o outro passo', 'o outro', 'a outra', 'o outro passo', 'mostra o resto', 'manda o resto', 'o resto das etapas', 'o resto dos passos',
  // "Seguinte" as it is misspelt or said in Spanish by a foreign citizen ("sigiente", "siguiente", "seginte"), two letters
  // off, beyond what the reading's typo correction takes.
  'sigiente', 'siguiente', 'seginte', 'seguiente', 'siginte',
];
/** Verbs that may come with a next cue ("passa pra próxima", "pode ir pra seguinte"): never "next" alone. */
export const NEXT_VERBS = new Set(['passa', 'passar', 'vai', 'va', 'ir', 'manda', 'mostra', 'pode', 'bora', 'vamos', 'segue', 'partiu', 'agora', 'entao', 'etapa', 'passo', 'parte', 'fase']);
/** Acknowledgements among the NEXT cues: on their own they are small talk, and the step stays. */
export const ACK_ONLY = new Set(['ok', 'okay', 'blz', 'beleza', 'certo', 'entendi']);
export const REPEAT = ['repete', 'repetir', 'repita', 'pode repetir', 'de novo', 'denovo', 'outra vez', 'mais uma vez', 'manda de novo', 'nao vi', 'qual etapa', 'onde eu estava', 'mostra de novo', 'novamente', 'nao li', 'me perdi', 'perdi a mensagem', 'perdi o que', 'perdi a parte', 'perdi essa', 'mais devagar', 'devagar'];
/** Verbs of saying or showing that may come with a repeat cue ("fala de novo", "me mostra outra vez"): never a repeat alone. */
export const REPEAT_VERBS = new Set(['fala', 'falar', 'fale', 'diz', 'dizer', 'diga', 'mostra', 'mostrar', 'mostre', 'manda', 'mandar', 'mande', 'explica', 'explicar', 'le', 'ler', 'escreve', 'escreva', 'escrever', 'poderia', 'consegue', 'envia', 'essa', 'etapa', 'passo', 'parte']);
/** After a request is sent, asking what is left to do ("e agora, tenho q fazer mais alguma coisa?", "qual o próximo passo?"). */
export const AFTER_REQUEST = [
  'e agora', 'e depois', 'e dai', 'mais alguma coisa', 'falta alguma coisa', 'falta mais alguma coisa', 'o que falta', 'proximo passo', 'o que eu faco agora', 'o que faco agora',
  'tenho que fazer mais', 'preciso fazer mais', 'tenho que fazer algo', 'preciso fazer algo', 'e so esperar', 'so esperar', 'ja esta marcado', 'ja ta marcado', 'ja esta agendado', 'ja ta agendado', 'ja esta confirmado', 'ja ta confirmado',
];

/** How far the walkthrough has come ("quantas etapas faltam?", "falta muito?", "em qual etapa eu to?"): where one is, and how many are left. */
export const PROGRESS = [
  'quantas etapas faltam', 'quantas faltam', 'faltam quantas', 'faltam quantas etapas', 'quantos passos faltam', 'quantas etapas ainda faltam', 'quantas ainda faltam',
  'falta muito', 'ainda falta muito', 'falta muita coisa', 'ainda falta muita coisa', 'falta quanto', 'ta acabando', 'esta acabando', 'ja ta acabando', 'ta no fim', 'esta no fim',
  'em qual etapa estou', 'em que etapa estou', 'em qual etapa eu to', 'em que etapa eu to', 'qual etapa eu to', 'em qual passo estou', 'em que passo estou',
];
/** The words for a step of a walkthrough ("vai pra *etapa* 3", "essa *parte*", "nesse *passo*"). */
export const STEP_WORDS: ReadonlySet<string> = new Set(['etapa', 'etapas', 'passo', 'passos', 'parte', 'fase',
  // The step in Spanish ("ir al *paso* 5", "segundo paso") and as it sounds ("*pasu* 3"): words no other sense has.
  'paso', 'pasos', 'pasu', 'passu']);

export const FINISH = ['concluir', 'conclui', 'concluido', 'terminei', 'acabei', 'terminar', 'finalizar', 'finalizei', 'acabou', 'ja terminei'];
/** Asking for the steps of the service in focus, one at a time. */
export const START_WALK = [
  'passo a passo', 'explica o passo a passo', 'me explica o passo a passo', 'ver o passo a passo', 'mostra o passo a passo', 'quero o passo a passo', 'quero ver o passo a passo',
  'manda o passo a passo', 'ver as etapas', 'mostra as etapas', 'quais as etapas', 'quais sao as etapas', 'me explica as etapas', 'comecar o passo a passo', 'me guia', 'me guia ai', 'me guie', 'me orienta', 'me oriente',
  'me explica passo a passo', 'explica passo a passo', 'etapas', 'ver etapas', 'me mostra as etapas', 'me mostra o passo a passo',
  // In English, as some citizens mix it ("show me the steps pf", "step by step pls").
  'step by step', 'show me the steps', 'the steps', 'steps',
  'etapa por etapa', 'passo por passo', 'caminho das pedras', 'caminho das pedra', 'explica as etapas', 'descreva as etapas',
  // Doing it together with the bot ("vamos fazer juntos?", "faz comigo?"): its steps, one at a time (round 5901).
  // Not "fazer junto" alone: "meu sobrinho pode fazer junto?" asks who may (round 703).
  'vamos fazer juntos', 'vamos fazer junto', 'bora fazer junto', 'bora fazer juntos', 'faz comigo', 'faca comigo',
];
export const LEAVE_WALK = [
  'sair do passo a passo', 'parar o passo a passo', 'voltar ao cartao', 'voltar para o servico', 'ver o servico', 'chega de etapas', 'sair das etapas', 'chega de passo',
  'chega', 'para', 'parar', 'pare', 'pode parar', 'para com isso', 'basta', 'cansei', 'nao quero mais', 'nao precisa mais', 'chega de passo a passo', 'sair do passo', 'sai disso', 'sair disso', 'sai daqui',
  // Leaving the steps named in the plural or as a whole ("sai dos passos", "sai do passo a passo").
  // A letter's "Encerre o passo a passo, por favor" (round 4154).
  'encerre o passo a passo', 'encerrar o passo a passo', 'encerre as etapas', 'encerrar as etapas', 'interrompa o passo a passo', 'interromper o passo a passo',
  'sai dos passos', 'sair dos passos', 'sai das etapas', 'sai do passo a passo', 'sai do passo', 'fecha os passos', 'fecha o passo a passo',
  // The steps pointed at ("sai desse passo a passo", "sair dessas etapas").
  'sai desse passo a passo', 'sair desse passo a passo', 'sai dessas etapas', 'sair dessas etapas',
  // The service's own start or summary, not the menu's ("voltar ao início do serviço", "volta pro resumo do serviço").
  'inicio do servico', 'comeco do servico', 'voltar ao inicio do servico', 'voltar pro inicio do servico', 'voltar pro comeco do servico', 'resumo do servico', 'voltar ao resumo', 'voltar pro resumo', 'pagina do servico',
];

/** Asking the bot to look the citizen's own data up ("vc consegue ver pra mim?"): it has no access to the State's systems. */
export const CONSULT_FOR_ME = [
  'ver pra mim', 'ver por mim', 'ver para mim', 've pra mim', 'olhar pra mim', 'olha pra mim', 'olhar por mim', 'consultar pra mim', 'consulta pra mim', 'consultar por mim', 'consultar para mim',
  'verificar pra mim', 'verifica pra mim', 'checar pra mim', 'checa pra mim', 'pesquisar pra mim', 'pesquisa pra mim', 'puxar pra mim', 'puxa pra mim', 'conferir pra mim', 'confere pra mim',
  'consegue ver', 'consegue olhar', 'consegue consultar', 'consegue verificar', 'consegue puxar', 'pode consultar', 'pode verificar', 'pode olhar', 'da uma olhada', 'voce consulta', 'vc consulta',
  'tem acesso', 'consegue acessar', 've ai', 'olha ai', 'consulta ai', 'verifica ai',
];

/** Checking something heard about the service ("é vdd q tem q esperar 24h?", "me falaram que…, procede?"). */
export const CLAIM = [
  'e verdade que', 'e verdade q', 'e verdade isso', 'isso e verdade', 'sera que e verdade', 'ouvi dizer', 'ouvi falar que', 'me disseram que', 'me disseram q', 'me falaram que', 'me falaram q',
  'disseram que', 'falaram que', 'dizem que', 'procede', 'e mito', 'e lenda',
];

export const CATEGORIES = ['categorias', 'categoria', 'ver categorias', 'lista de servicos', 'todos os servicos', 'quais servicos', 'servicos disponiveis', 'catalogo', 'o que tem', 'lista',
  // "Which services" asked with "que" or its texting "q" ("ta, q servicos vcs tem?", "que serviços tem aqui?").
  'que servicos', 'q servicos', 'quais os servicos', 'que tipo de servico', 'que tipos de servico', 'q tipo de servico'];

/** Asking the bot to take the request itself ("pode marcar pra mim?"), for a service with a form. */
export const START_FORM = [
  'pode marcar', 'pode agendar', 'marca pra mim', 'agenda pra mim', 'marcar pra mim', 'agendar pra mim', 'faz pra mim', 'fazer pra mim', 'faca pra mim',
  'quero agendar', 'quero marcar', 'quero fazer o pedido', 'quero fazer a solicitacao', 'quero solicitar', 'quero pedir', 'fazer o pedido', 'fazer a solicitacao',
  'fazer por aqui', 'fazer pelo chat', 'pelo chat', 'aqui pelo chat', 'aqui no chat', 'pedir por aqui', 'agendar por aqui', 'marcar por aqui', 'consegue agendar', 'consegue marcar', 'voce agenda', 'vc agenda', 'voce marca',
  'vc marca', 'registrar o pedido', 'preencher', 'formulario', 'fazer a solicitacao por aqui', 'quero registrar', 'pode fazer o pedido', 'pode registrar',
  'quero me inscrever', 'me inscrever', 'fazer a inscricao', 'fazer minha inscricao', 'quero fazer a inscricao', 'quero participar',
  // Asking the bot to take one's details down ("pode anotar meus dados?", "anota aí meus dados pro agendamento").
  'pode anotar pra mim', 'pode anotar ai', 'pode anotar meus dados', 'pode anotar os meus dados', 'anota meus dados', 'anotar meus dados', 'anota ai meus dados', 'pega meus dados', 'pegar meus dados', 'pode pegar meus dados', 'registra meus dados', 'cadastra meus dados',
  // The details named by their article ("pode anotar os dados por aqui", "pega os dados dela"): one glue word apart.
  'anotar dados', 'anota dados', 'pegar dados', 'pega dados',
  // Letting the bot take them down as it goes ("pode ir anotando", "vai marcando aí") (round 3504).
  'pode anotar', 'pode ir anotando', 'vai anotando', 'ja pode anotar', 'anota ai', 'anota pra mim', 'pode ir marcando', 'vai marcando', 'pode ir agendando',
  // A request verb said with "aqui" ("tem como registrar aqui?"): done here, by the bot.
  'registrar aqui', 'registrar por aqui', 'agendar aqui', 'marcar aqui', 'fazer aqui', 'pedir aqui', 'solicitar aqui', 'solicitar por aqui', 'me inscrever aqui', 'me inscrever por aqui', 'inscrever aqui',
];
/**
 * A go-ahead with nothing else ("bora", "pode começar", "vamos lá"): on a card with a form, what the citizen lets go
 * ahead is its request, the one thing the card offers to do in the chat.
 */
export const GO_AHEAD = ['bora', 'vamos', 'vamo', 'bora la', 'vamos la', 'vamo la', 'vamos nessa', 'vamo nessa', 'bora entao', 'vamos entao', 'partiu', 'simbora', 'vambora',
  'manda ver', 'pode mandar ver', 'manda bala', 'pode ir', 'pode seguir', 'pode prosseguir', 'prossiga', 'pode comecar', 'pode iniciar', 'comeca', 'comecar', 'comece', 'inicia', 'iniciar',
  'vamos comecar', 'bora comecar', 'vamos fazer', 'bora fazer', 'vamos fazer isso', 'pode fazer entao', 'pode dar andamento', 'da andamento', 'segue', 'segue ai', 'toca', 'toca ai',
  // Asking the bot to ask ("manda as perguntas", "pode perguntar"): the go-ahead for the form's questions.
  'manda as perguntas', 'pode mandar as perguntas', 'manda a primeira pergunta', 'pode perguntar', 'pode fazer as perguntas', 'faz as perguntas', 'faca as perguntas', 'me pergunta', 'pergunta ai', 'pode comecar as perguntas'];
/**
 * Agreeing in words, with nothing else ("pode ser", "quero sim", "manda"): on a card, the same go-ahead (round 3307). Not
 * in a form, where "pode ser" may answer a field.
 */
export const AGREE_ON_CARD = ['pode ser', 'pode ser sim', 'quero sim', 'sim quero', 'quero sim por favor', 'pode ser por aqui', 'pode ser aqui', 'pode sim', 'sim pode', 'manda', 'pode mandar', 'quero fazer', 'quero fazer sim', 'sim quero fazer', 'faz sim', 'faz pra mim', 'pode fazer', 'fechado', 'beleza vamos'];
/** The same in one word, only as the whole message. */
export const START_FORM_WORD = ['agendar', 'marcar', 'marcacao', 'registrar', 'agendamento', 'solicitar', 'solicitacao', 'pedido', 'inscrever', 'inscricao', 'preagendamento', 'requerimento', 'cadastrar', 'reservar'];
/** Words that ask for it around such a word ("quero fazer o pré-agendamento", "bora marcar logo"): never a request alone. */
export const REQUEST_WORDS = new Set(['quero', 'queria', 'gostaria', 'fazer', 'faz', 'faca', 'faco', 'pode', 'podemos', 'consegue', 'vamos', 'bora', 'preciso', 'pre', 'logo', 'entao', 'meu', 'minha', 'um', 'uma', 'ja', 'agora', 'aqui', 'hoje', 'rapidinho', 'dar', 'entrada', 'abrir', 'iniciar', 'comecar', 'ajuda', 'ajude', 'ajudar', 'me', 'favor', 'por']);

/**
 * Words of taking a request up again around a request word, on its card ("quero retomar o pré-agendamento", "volta pro
 * agendamento", "continua aquele pedido", "pensei melhor, faz o pedido de novo"), round 5142: never a request alone.
 */
export const TAKE_UP_WORDS = new Set(['retomar', 'retoma', 'retome', 'retomo', 'voltar', 'volta', 'volte', 'volto', 'continuar', 'continua', 'continue', 'continuo', 'seguir', 'segue', 'recomecar', 'recomeca', 'refazer', 'refaz', 'novo', 'novamente', 'pensei', 'mudei', 'decidi']);
/** Words that may stand around TAKE_UP_WORDS ("continua *aquele* pedido", "pensei *melhor*", "mudei de *ideia*"), never alone. */
export const TAKE_UP_AROUND = new Set(['aquele', 'aquela', 'esse', 'essa', 'melhor', 'ideia', 'afinal']);

/** Roles in which one asks for another ("mãe", "responsável", "cuidador", "procurador"). */
const ROLES = ['mae', 'pai', 'responsavel', 'responsavel legal', 'tutor', 'tutora', 'curador', 'curadora', 'cuidador', 'cuidadora', 'procurador', 'procuradora', 'avo', 'vo'];

/** Relatives and others a child may go with, besides the parents ("com a avó", "com o tio", "com outra pessoa"). */
/** The citizen's close family, who may run an errand for them ("meu pai", "minha esposa"). */
const ERRAND_KIN = ['meu pai', 'minha mae', 'meu filho', 'minha filha', 'meu marido', 'minha esposa', 'minha mulher', 'meu irmao', 'minha irma', 'meu neto', 'minha neta'];
const KIN = ['a tia', 'o tio', 'a avo', 'o avo', 'a vo', 'o vo', 'a madrinha', 'o padrinho', 'a irma', 'o irmao', 'a prima', 'o primo', 'a vizinha', 'o vizinho', 'outra pessoa', 'outro parente', 'um parente', 'uma parente'];

/**
 * Follow-up questions by topic. `strong`: phrases that are questions about a service ("quanto custa",
 * "precisa agendar"); `weak`: words that are also ordinary nouns ("documento", "telefone", "filho"). With a
 * weak word and another service named, the message is a new search rather than a question.
 */
/**
 * Doing it from where the citizen is, away from any desk, or at an hour no desk is open ("consigo fazer daqui?", "dá pra
 * pedir de longe?", "tem como tirar agora de noite?", "consigo resolver de outro estado?"): whether it is done online
 * (lead, round 3701). A verb of doing and the place or hour together; the place alone ("a uai daqui") asks nothing.
 */
export const REMOTE_VERBS = ['fazer', 'faco', 'faz', 'pedir', 'peco', 'tirar', 'tiro', 'resolver', 'resolvo', 'pegar', 'pego', 'baixar', 'baixo', 'emitir', 'imprimir', 'solicitar', 'desbloquear', 'recuperar', 'agendar', 'marcar', 'registrar', 'consigo', 'da pra', 'da para', 'tem como', 'posso'];
export const REMOTE_WHERE = ['daqui', 'daqui mesmo', 'de longe', 'daqui de longe', 'a distancia', 'sem viajar', 'de fora', 'do exterior', 'de fora do brasil', 'de outro estado', 'de outro pais', 'de onde estou', 'de onde eu estou', 'de onde eu to', 'de noite', 'a noite', 'agora a noite', 'agora de noite', 'de madrugada', 'no fim de semana', 'no final de semana', 'no feriado'];
/** The hours among REMOTE_WHERE: asked side by side with the verb only ("tirar de noite"). */
export const REMOTE_HOURS: ReadonlySet<string> = new Set(['de noite', 'a noite', 'agora a noite', 'agora de noite', 'de madrugada', 'no fim de semana', 'no final de semana', 'no feriado']);
const REMOTE_DOING = [...REMOTE_VERBS.flatMap((v) => REMOTE_WHERE.map((w) => `${v} ${w}`)), 'sem viajar', 'a distancia', 'remotamente', 'daqui de longe', 'so tenho o celular', 'so tenho celular', 'so pelo celular', 'so com o celular', 'so tenho um celular'];

export const TOPICS: Record<Topic, { strong: string[]; weak: string[] }> = {
  cost: {
    strong: [
      'quanto custa', 'onde vejo o valor', 'onde eu vejo o valor', 'onde vejo quanto', 'ver o valor', 'vejo o valor', 'saber o valor', 'consultar o valor', 'consulto o valor', 'qnto custa', 'qto custa', 'quanto que custa', 'quanto e', 'quanto fica', 'quanto sai', 'quanto pago', 'quanto vou pagar', 'qual o valor', 'qual valor',
      'qual o preco', 'tem custo', 'tem taxa', 'price', 'the fee', 'fee', 'how much', 'the cost', 'cost', 'e gratis', 'e gratuito', 'e de graca', 'de graca', 'tem que pagar', 'preciso pagar', 'precisa pagar', 'paga alguma coisa',
      'e pago', 'cobra', 'cobrado', 'gastar', 'vou gastar', 'quanto vou gastar', 'quanto gasto', 'quanto gasta', 'gasta quanto', 'gasta muito', 'quanto se gasta', 'custa', 'custo', 'quanto custo', 'valor da taxa', 'tem que pagar alguma coisa', 'pagar quanto', 'quanto esta saindo', 'esta saindo quanto', 'sai por quanto', 'sai quanto', 'saindo quanto',
      'cobranca', 'ha cobranca', 'tem cobranca', 'cobranca de taxa', 'sai caro', 'e caro', 'paga algo', 'pago algo', 'cobra algo',
      // A tax on it asked as a charge, like "tem taxa" ("tem imposto na nota?", "tem icms?"): the costs the card lists.
      'tem imposto', 'tem icms', 'incide imposto', 'incide icms', 'cobra imposto', 'cobra icms',
      'tenho que pagar', 'tenho q pagar', 'tem q pagar', 'vou ter que pagar', 'vou ter q pagar', 'vou precisar pagar', 'preciso pagar alguma',
      // Where the fee is paid ("onde pago a taxa disso?"): the costs say how each is paid (by DAE…), round 4549. Said of a
      // fee, not of a thing ("onde eu pago o ITCD?" on the tax certificate asks the ITCD's own card).
      'onde pago a taxa', 'onde eu pago a taxa', 'onde pagar a taxa', 'onde se paga a taxa', 'onde paga a taxa', 'onde pago essa taxa', 'onde eu pago essa taxa',
      'onde pago o valor', 'onde pago isso', 'onde eu pago isso', 'onde pago ela', 'onde pago essa', 'onde eu pago essa',
      // How it is paid ("tem desconto à vista?", "aceita cartão?").
      'tem desconto', 'desconto', 'a vista', 'no cartao', 'aceita cartao', 'cartao de credito', 'aceita pix', 'no pix', 'pagar no pix',
      'cartao de credito parcelado', 'credito parcelado', 'parcelado no cartao', 'parcelar no cartao', 'parcela no cartao', 'em quantas vezes', 'quantas vezes no cartao',
      // Asked after another question, as whether one pays ("o que levo e se paga").
      // "A consulta é paga?": the feminine of "é pago", and being charged for it.
      'e paga', 'sera paga', 'e cobrada', 'e cobrado',
      // Whether "this" is paid for, the verb on the service itself ("peraí, isso paga?", "isso se paga?", "isso cobra?").
      'isso paga', 'isso se paga', 'isso cobra', 'isso tem custo', 'paga ou e gratis', 'paga ou e de graca',
      'e se paga', 'e se tem que pagar', 'e se tem q pagar', 'e se cobra', 'e se e pago', 'e se e gratis', 'e se e de graca',
      // What it costs now, with "que" before the verb ("qnto q tá pagando isso", "quanto que está custando").
      'quanto que esta pagando', 'quanto que esta custando', 'quanto que esta cobrando', 'quanto que esta saindo', 'quanto que ta pagando', 'quanto que ta custando',
      // "qnto tá?", "quanto está a taxa?": what it is at now (a time word after it makes it the time's, see topics.ts).
      'quanto esta', 'quanto ta',
      // A fee by the month or the year asked of the card in view ("paga mensalidade?" on the adult-education course).
      'paga mensalidade', 'tem mensalidade', 'cobra mensalidade', 'pagar mensalidade', 'tem anuidade', 'paga anuidade',
      // Money worry said as a statement, not a question ("não tenho como pagar nada", "tô sem grana esse mês", "tô quebrado"):
      // what it costs, and whether it is free (lead, round 3180).
      'nao tenho dinheiro', 'nao tenho como pagar', 'nao tem como pagar', 'nao posso pagar', 'nao consigo pagar', 'nao tenho condicoes de pagar', 'sem condicoes de pagar',
      'sem grana', 'nao tenho grana', 'to quebrado', 'to quebrada', 'estou quebrado', 'estou quebrada',
      // Whether it is free, asked in the negative with a tag ("não paga nada, né?", "não custa nada né"), and a phone with
      // no credit ("não tenho crédito no celular"): the cost (round 3186).
      'nao paga nada', 'nao pago nada', 'nao custa nada', 'nao cobra nada', 'nao cobram nada', 'nao tem que pagar nada', 'nao tem custo nenhum', 'nao tenho credito', 'sem credito no celular',
    ],
    // A fee by the month or the year, named alone ("tem alguma mensalidade?", "vou pagar alguma anuidade?"): the card in
    // view's cost; beside a private school's words it is still their subject (elsewhere.ts), round 6241.
    weak: ['valor', 'preco', 'taxa', 'gratis', 'gratuito', 'quanto', 'pago', 'tarifa', 'dinheiro', 'caro', 'barato', 'reais', 'mensalidade', 'anuidade'],
  },
  time: {
    strong: [
      // How often it must be done ("tem que fazer todo ano?", "é anual?"): the period the card tells (lead, round 3906).
      'todo ano', 'todos os anos', 'de ano em ano', 'uma vez por ano', 'e anual', 'anualmente',
      // When a bill or a guide falls due ("e o boleto vence quando?", "qual o vencimento?"), round 4543.
      'vence quando', 'quando vence', 'qnd vence', 'quando que vence', 'vence que dia', 'vence em que dia', 'vence qual dia', 'qual o vencimento', 'qual e o vencimento', 'data de vencimento', 'data do vencimento', 'quando e o vencimento', 'dia do vencimento', 'dia de vencimento',
      'quanto tempo', 'tem que renovar', 'renovar todo ano', 'de quanto em quanto tempo', 'vale por quanto tempo', 'vale quanto tempo', 'tem validade', 'qual a validade', 'quando cai', 'quando vai cair', 'quando vou receber', 'quando libera', 'quando comeca a cair', 'quando eu recebo', 'qnto tempo', 'qto tempo', 'demora', 'demorar', 'demorado', 'quando fica pronto', 'quando fica pronta', 'quando sai', 'quando chega', 'fica pronto',
      // Told it has not come out yet, or asking when one may download it ("paguei e a certidão não saiu ainda", "quando
      // baixo?"): how long it takes (round 2343).
      'nao saiu', 'nao saiu ainda', 'ainda nao saiu', 'quando baixo', 'quando posso baixar', 'quando consigo baixar',
      'fica pronta', 'leva quanto', 'na hora', 'sai na hora', 'no mesmo dia', 'na mesma hora', 'no mesmo momento', 'no mesmo instante', 'em quantos dias', 'quantos dias', 'qual o prazo', 'tem prazo', 'prazo', 'e rapido', 'quanto tempo leva', 'quando recebo', 'duracao', 'qual a duracao', 'duracao media', 'tempo medio',
      // How long until it is done, said as its completion ("qual o prazo para conclusão?", "quando fica concluído?"): how long
      // it takes; "conclusão" alone is a word of the school certificate's title (round 4344).
      'prazo de conclusao', 'prazo para conclusao', 'prazo pra conclusao', 'prazo da conclusao', 'prazo para concluir', 'prazo pra concluir', 'tempo de conclusao', 'tempo para conclusao', 'tempo pra concluir', 'tempo para concluir', 'quando fica concluido', 'quando fica concluida', 'quando e concluido', 'quando e concluida',
      // Whether one must wait before asking ("tem q esperar 24 horas pra avisar a polícia?").
      // Whether it must be renewed, said in the passive ("o cadastro precisa ser renovado?", "tem q ser renovada?"). Not
      // "precisa renovar": cues match "preciso renovar a CNH", which asks for the renewal itself.
      'precisa ser renovado', 'precisa ser renovada', 'tem que ser renovado', 'tem que ser renovada', 'tem q ser renovado', 'tem q ser renovada', 'deve ser renovado', 'deve ser renovada', 'e renovavel',
      // Whether it is quick, or done the same day, asked ("isso sai rapidinho né?", "resolve no dia?", "tem data certa?"):
      // how long it takes, not the citizen's hurry (round 6164).
      'sai rapidinho', 'sai rapido', 'e rapidinho', 'sai logo', 'fica pronto rapido', 'fica pronta rapido', 'fica pronto rapidinho', 'fica pronta rapidinho', 'resolve no dia', 'resolve na hora', 'resolvo no dia', 'resolvo na hora', 'sai no dia', 'tem data certa', 'qual a data certa',
      // Whether it can be had today ("da pra tirar hj ainda?", "sai hoje?", "consigo hoje?"): how long it takes.
      'hoje ainda', 'hj ainda', 'ainda hoje', 'ainda hj', 'sai hoje', 'sai hj', 'tirar hoje', 'tirar hj', 'consigo hoje', 'consigo hj', 'fica pronto hoje', 'fica pronta hoje', 'da pra hoje', 'pra hoje', 'pra hj',
      // Missing the deadline, asked of the service in view ("e se eu perder o prazo?", "passei do prazo, e agora?"): the
      // deadline, not the loss report ("perder") nor another service.
      'perder o prazo', 'perdi o prazo', 'perdeu o prazo', 'perdesse o prazo', 'passar do prazo', 'passei do prazo', 'passou do prazo', 'passar o prazo', 'depois do prazo', 'fora do prazo',
      // A worry about time said as a statement ("tenho medo de demorar", "tenho pressa, preciso pra amanhã", "medo de ficar
      // esperando"): how long it takes (lead, round 3180).
      'medo de demorar', 'receio de demorar', 'medo que demore', 'receio que demore', 'medo de que demore', 'receio de que demore', 'tenho pressa', 'ficar esperando', 'esperando resposta',
      'tem que esperar', 'tem q esperar', 'preciso esperar', 'precisa esperar', 'tenho que esperar', 'tenho q esperar', 'devo esperar', 'esperar quanto tempo', 'quanto tempo esperar',
      // How the result arrives ("e a resposta chega como?", "o número do boletim chega como?"): the time field tells when and how.
      'chega como', 'como chega',
      'chega quando', 'sai quando', 'fica pronto quando', 'fica pronta quando', 'vem quando', 'quando vem',
      'quando libera', 'quando liberam', 'quando vai liberar', 'libera quando', 'quando vai sair', 'quando sai o', 'quando fica liberado', 'quando e liberado', 'em quanto tempo libera',
      // When a period opens ("qnd abre as inscrição?", "até quando posso pedir?").
      'quando abre', 'qnd abre', 'quando abrem', 'quando saem', 'quando sera', 'quando vai ser', 'quando e o periodo', 'qual e o periodo', 'qnd abrem', 'quando vai abrir', 'quando comeca', 'quando comecam', 'qnd comeca', 'ate quando', 'ate que dia', 'ate q dia', 'ate qual dia', 'ate que data', 'ate q data', 'ate qual data', 'qual o ultimo dia', 'ultimo dia', 'data limite', 'prazo final', 'tem q renovar', 'qual o periodo', 'periodo de inscricao', 'quando sao as inscricoes', 'quando e a inscricao', 'quando sao as datas', 'quais sao as datas', 'quais as datas', 'datas de inscricao', 'datas da inscricao', 'data da inscricao',
    ],
    weak: ['tempo', 'dias', 'rapido'],
  },
  documents: {
    strong: [
      'e preciso', 'precisa de', 'quais documentos', 'que documentos', 'quais os documentos', 'qual documento', 'que documento', 'documentos necessarios', 'precisa de documento', 'preciso de documento',
      // Which number the request needs ("precisa de qual número?", "qual número eu preciso?"): a document's number (the
      // matrícula, the Renavam), not a phone to call (round 6163).
      'precisa de qual numero', 'preciso de qual numero', 'precisa de que numero', 'preciso de que numero', 'qual numero precisa', 'qual numero preciso', 'qual numero eu preciso', 'que numero precisa', 'que numero preciso', 'qual numero pede', 'qual numero pedem', 'qual numero eles pedem',
      // What is said to be enough to bring ('basta levar o CPF', 'é só levar a identidade', round 4364).
      'basta levar', 'so levar', 'e so levar', 'so preciso levar', 'basta apresentar', 'e so apresentar',
      'o que levar', 'o que preciso levar', 'preciso levar', 'precisa levar', 'tenho que levar', 'levar o que', 'quais papeis', 'que papeis', 'papelada', 'documentacao',
      'o que tenho que levar', 'o que eu levo', 'levo o que', 'que docs', 'quais docs', 'o que precisa levar', 'tem que levar', 'levar alguma coisa', 'levar algum',
      'preciso apresentar', 'precisa apresentar', 'tem que apresentar', 'apresentar o que', 'preciso entregar', 'tem que entregar', 'preciso anexar', 'tem que anexar', 'anexar o que',
      'quais dados', 'que dados', 'quais dados preciso', 'quais informacoes', 'que informacoes', 'quais provas', 'que provas', 'prints servem', 'print serve', 'print vale', 'vale print', 'servem como prova', 'serve como prova', 'preciso juntar', 'tem que juntar', 'juntar o que', 'o que juntar',
      // Gathering said with "reunir" ('o que devo reunir para ajudar nas buscas?', 'o que preciso reunir?'), round 4043 (r36c).
      'preciso reunir', 'devo reunir', 'tenho que reunir', 'tem que reunir', 'o que reunir', 'reunir o que', 'o que eu reuno', 'o que reuno',
      'tenho que apresentar', 'tenho que entregar', 'tenho que anexar', 'tenho que juntar',
      // What to attach or hand in, asked in the first person ('e o q eu anexo junto com o recurso?', 'o que eu entrego la?'), round 4241 (r37c).
      'o que eu anexo', 'o que anexo', 'anexo o que', 'devo anexar', 'o que anexar', 'o que eu entrego', 'o que entrego', 'entrego o que', 'o que eu apresento', 'o que apresento', 'apresento o que',
      'o que eu envio', 'o que envio', 'envio o que', 'o que eu mando junto', 'o que mando junto', 'o que vai junto', 'o que eu junto', 'o que junto',
      'devo levar', 'devo apresentar', 'devo entregar', 'o que precisa', 'o que preciso', 'o que eu preciso', 'preciso de que', 'precisa de que', 'preciso do que', 'precisa do que', 'tem que mandar', 'o que mandar', 'preciso mandar', 'preciso enviar', 'tem que enviar', 'o que enviar', 'mandar o que', 'enviar o que',
      // What to tell in a report or a request ('E o que eu devo informar?', 'o que preciso informar na denúncia?'), round 5443.
      'o que devo informar', 'o que preciso informar', 'o que tenho que informar', 'o que informar', 'o que eu informo', 'o que informo', 'informo o que', 'informar o que',
      'preciso separar', 'o que separar', 'tenho que separar', 'devo separar', 'separar o que', 'em maos', 'ter em maos', 'o que eu levo la', 'oq levo', 'oque levo', 'o que levo',
      // Texting drops the plural after "quais" ("quais papel", "quais documento"): the same question.
      'quais papel', 'que papel', 'quais documento', 'quais doc',
    ],
    weak: ['documentos', 'documento', 'docs', 'doc', 'papeis', 'papel', 'papelada', 'comprovante', 'comprovantes'],
  },
  where: {
    strong: [
      'onde faco', 'onde fazer', 'onde e', 'onde fica', 'onde vou', 'onde tiro', 'onde tirar', 'onde pedir', 'onde eu vou', 'onde posso', 'qual lugar', 'qual endereco',
      'em que lugar', 'qual posto', 'aonde', 'onde', 'qual uai', 'onde eu faco', 'onde resolvo', 'onde consigo',
      // Which of the places to go to ("não sei qual unidade escolher", "em que unidade eu marco?").
      'qual unidade', 'que unidade', 'qual a unidade', 'qual das unidades', 'que uai', 'qual a uai',
      // The channels asked for ("Por quais canais posso registrar?", "qual o canal pra reclamar?"), round 5444.
      'quais canais', 'quais os canais', 'que canais', 'qual canal', 'qual o canal', 'que canal',
    ],
    weak: ['endereco', 'local', 'lugar', 'posto'],
  },
  online: {
    strong: [
      'pela internet', 'online', 'on line', 'pelo site', 'pelo celular', 'pelo app', 'pelo aplicativo', 'tem que ir', 'preciso ir', 'precisa ir', 'ir pessoalmente',
      'pessoalmente', 'presencial', 'fazer de casa', 'faco de casa', 'faz de casa', 'imprimir de casa', 'pedir de casa', 'resolver de casa', 'de casa mesmo', 'sem sair de casa', 'tenho que ir', 'tenho que comparecer', 'preciso comparecer', 'precisa comparecer', 'tem que comparecer',
      'tenho que ir la', 'preciso ir ate', 'tenho que ir ate', 'da para fazer online', 'da pra fazer online', 'virtual', 'digital', 'por email', 'pelo email', 'por e mail', 'pelo e mail', 'eletronico', 'todo eletronico', 'e eletronico', 'tem que ir la', 'preciso ir la', 'so pela internet', 'pela net', 'pelo computador', 'do celular', 'no celular', 'funciona no celular', 'pelo telefone celular', 'no meu celular', 'do meu celular', 'pelos correios', 'pelo correio', 'comparecer', 'necessario comparecer', 'ir na delegacia', 'ir ate a delegacia', 'por correio', 'via correios', 'pelo correios',
      // Having no internet or not knowing how to use it ("nao tenho internet", "minha mae nao usa computador"): asks the
      // other ways to do it (followup.ts' offline part of the answer).
      // Asked how to avoid the trip ("tem como fazer sem ir até a unidade?", "dá pra resolver sem ir lá?"): whether it is
      // done online, and the steps before the desk that are.
      // Going there asked in the future ("vou ter que ir em BH?", "vou precisar ir lá?", "terei que comparecer?"): whether it
      // is done in person, and where (round 3842).
      'vou ter que ir', 'vou precisar ir', 'vou ter que comparecer', 'vou precisar comparecer', 'terei que ir', 'terei que comparecer', 'vai ter que ir', 'vai precisar ir', 'vamos ter que ir',
      // The trip avoided, the place after "à/ao/em" ("dá pra recuperar sem ir à UAI?", "resolvo sem ir ao posto?", "sem
      // comparecer lá?"): whether it is done online, and the steps before the desk that are (round 3848).
      'sem ir a', 'sem ir ao', 'sem ir aos', 'sem ir as', 'sem ir em', 'sem ir no', 'sem ir na', 'sem precisar ir a', 'sem precisar ir ao', 'sem ter que ir a', 'sem ter que ir ao', 'sem comparecer', 'sem precisar comparecer', 'sem ter que comparecer',
      'sem ir ate', 'sem ir la', 'sem precisar ir', 'sem ter que ir', 'sem ter q ir', 'sem ir pessoalmente', 'sem ir na unidade', 'sem ir no posto', 'sem ir na uai',
      // Done on paper, as heard of an old rule ("ainda é tudo em papel?", "meu pai falou q isso é no papel"): whether it is
      // done online (round 4106).
      'em papel', 'no papel', 'feito em papel', 'feito no papel', 'tudo em papel', 'tudo no papel',
      'sem internet', 'nao tenho internet', 'nao tiver internet', 'nao tem internet', 'sem ser pela internet', 'sem ser online', 'sem computador', 'nao tenho computador', 'nao tem computador',
      // A way the citizen lacks or cannot use, told with whether it can be done ("não tenho e-mail, consigo pedir assim
      // mesmo?", "sou surda, não consigo ligar, tem outro jeito?"): the card's ways of doing it, not its telephone (the
      // contact's weak "email" and "ligar" name the way lacked); without an e-mail, the ways without the internet too
      // (followup.ts ASKS_OFFLINE), round 6600. Deafness alone is no cue ("meu filho é surdo, tem vaga pra ele?" asks
      // of the person, b41-fu-21).
      'nao tenho email', 'nao tenho e mail', 'nao tem email', 'nao tem e mail', 'nao tiver email', 'nao tiver e mail', 'nao possuo email', 'nao possuo e mail',
      'nao tenho conta de email', 'nao tenho conta de e mail', 'sem email', 'sem e mail',
      'nao consigo ligar', 'nao posso ligar', 'nao tenho como ligar', 'nao da pra ligar', 'nao da para ligar', 'nao consigo telefonar', 'nao consigo falar no telefone', 'nao escuto no telefone',
      // The citizen's own constraint said as a statement ("eu trabalho o dia todo", "moro longe", "não tenho como ir até lá",
      // "não sei mexer em computador"): whether it is done online, and where in person (lead, round 3180).
      'trabalho o dia todo', 'trabalho o dia inteiro', 'nao tenho tempo', 'moro longe', 'moro muito longe', 'nao tenho como ir', 'nao consigo ir', 'nao posso ir', 'nao da pra ir', 'nao da para ir',
      'nao tenho como sair de casa', 'nao consigo sair de casa', 'nao consigo acessar',
      'nao sei mexer em computador', 'nao sei mexer no computador', 'nao sei mexer com computador', 'nao sei mexer em aplicativo', 'nao sei mexer no aplicativo', 'nao sei mexer no celular', 'nao sei mexer em celular',
      'nao sei usar computador', 'nao sei usar o computador', 'nao sei mexer na internet', 'nao sei mexer em internet',
      ...REMOTE_DOING,
      'nao sei mexer bem em computador', 'nao sei mexer muito bem em computador', 'nao sei mexer bem no computador', 'nao sei mexer muito bem no computador', 'nao sei mexer muito em computador', 'nao sei mexer muito no computador',
      'nao usa computador', 'nao uso computador', 'nao sabe mexer no celular', 'nao sabe mexer com celular', 'nao sabe mexer com internet', 'nao sei mexer com internet', 'nao sabe mexer no computador', 'nao sei usar internet', 'nao sabe usar internet', 'nao sei usar o celular', 'nao sabe usar o celular', 'nao entendo de internet', 'nao mexo com internet', 'nao mexe com internet',
    ],
    weak: ['internet', 'site', 'app', 'aplicativo'],
  },
  requirements: {
    strong: [
      'quem pode', 'tem que ser o dono', 'precisa ser o dono', 'so o dono', 'tem que ser o proprietario', 'precisa ser o proprietario', 'tem que ser o titular', 'precisa ser o titular', 'so o titular', 'tem que ser eu', 'quem paga', 'quem tem que pagar', 'quem deve pagar', 'quem precisa pagar', 'quem e que paga', 'no lugar dela', 'no lugar dele', 'no meu lugar', 'outra pessoa pode', 'alguem pode pegar', 'alguem pode retirar', 'posso pegar', 'posso retirar', 'procuracao', 'quem tem direito', 'tem direito', 'quem pode pedir', 'quem pode fazer', 'posso pedir', 'eu posso', 'quais os requisitos', 'quais requisitos',
      'qual requisito', 'preciso ter', 'posso me inscrever', 'posso me cadastrar', 'posso participar', 'pode visitar', 'podem visitar', 'quem pode visitar', 'quem consegue', 'quais as condicoes', 'quais condicoes', 'qual a condicao', 'qualquer pessoa pode', 'tenho direito', 'e pra quem',
      'quem precisa', 'quem deve', 'quem e obrigado', 'quais pessoas podem', 'que pessoas podem', 'quem pode receber', 'qualquer um pode', 'da familia pode', 'qualquer parente pode', 'qualquer familiar pode', 'outro parente pode', 'parente pode', 'familiar pode', 'podem receber', 'pode receber', 'quem recebe', 'quem tem que', 'sou obrigado', 'e obrigado a', 'quem pode se', 'pra quem e', 'para quem e', 'serve pra quem',
      // "Quem é responsável por pagar?" asks who owes it, not which body runs it; "da certo mesmo assim?" asks whether
      // the citizen's case still qualifies; "ela pode se inscrever…?" who may enrol.
      // Who usually asks ("quem normalmente faz esse pedido?", "quem costuma fazer?"): who may ask, and who does it for them.
      'quem costuma', 'quem normalmente', 'quem geralmente',
      // Whether there is any bar as to someone ("Há alguma restrição quanto ao sócio menor?", "existe algum impedimento?"):
      // who may ask, on the card in view. Not "tem alguma restrição?" alone: a vehicle's restrictions are the vehicle
      // lookup's ("como vejo se ele tem alguma restrição?" before buying a used car), round 4344.
      'restricao quanto', 'restricoes quanto', 'alguma limitacao', 'algum impedimento', 'ha impedimento', 'existe impedimento',
      // Whether a fact of the citizen's own bars them ("levei umas multas, isso atrapalha?", "ter nome sujo impede?",
      // "ser aposentado prejudica?"): who may ask and its conditions, on the card in view.
      'isso atrapalha', 'isso impede', 'isso prejudica', 'atrapalha', 'atrapalham', 'impede', 'impedem', 'prejudica', 'prejudicam',
      // Whether it is for the one who tells a fact about themselves ("sou estrangeiro, serve pra mim?", "vale pro meu
      // caso?"): who may ask, where the card says whom it is for.
      'serve pra mim', 'serve para mim', 'vale pra mim', 'vale para mim', 'serve pro meu caso', 'serve para o meu caso', 'vale pro meu caso', 'vale para o meu caso', 'se aplica a mim', 'se aplica pra mim', 'se aplica ao meu caso',
      // Doing it alone ("posso fazer o pedido sozinho?", "dá pra pedir sozinha?"): who may ask on their own.
      'pedido sozinho', 'pedido sozinha', 'pedir sozinho', 'pedir sozinha', 'inscricao sozinho', 'inscricao sozinha',
      // Doing it oneself instead of whoever usually does it ("a concessionária não fez, posso fazer eu mesmo?"): who may ask.
      'fazer eu mesmo', 'fazer eu mesma', 'fazer eu msm', 'faco eu mesmo', 'faco eu mesma', 'faco eu msm', 'pedir eu mesmo', 'pedir eu mesma', 'pedir eu msm', 'eu mesmo posso', 'eu mesma posso', 'eu msm posso', 'eu mesmo consigo', 'eu mesma consigo',
      // The same, with the verb after ("eu mesmo faço ou precisa de contador?", "a concessionária faz ou sou eu que tenho que
      // fazer?"): who does it, the citizen or someone else (round 4040, r36c).
      'eu mesmo faco', 'eu mesma faco', 'eu msm faco', 'eu mesmo que faco', 'eu mesma que faco', 'sou eu que faco', 'sou eu q faco', 'sou eu que tenho', 'sou eu q tenho', 'sou eu mesmo que', 'sou eu mesma que',
      'responsavel por pagar', 'responsavel pelo pagamento', 'quem e responsavel por pagar', 'da certo mesmo assim', 'da certo assim', 'serve mesmo assim', 'vale mesmo assim', 'funciona mesmo assim',
      // Who must do it, a person, not the body in charge ("Quem é responsável por fazer?", "quem fica responsável por declarar?"):
      // who may ask (round 3627); "quem é responsável?" alone still asks the body (agency), and the longer cue wins, so the
      // forms with "quem e" are listed too.
      'responsavel por fazer', 'responsavel por declarar', 'responsavel pela declaracao', 'responsavel por pedir', 'responsavel pelo pedido', 'quem e responsavel por fazer', 'quem e responsavel por declarar', 'quem e responsavel pela declaracao', 'quem e responsavel por pedir', 'quem e responsavel pelo pedido', 'quem fica responsavel por',
      // Asking to stay anonymous without "é" or "posso" ("tem como ser anonimo?", "dá pra fazer anonimamente?", "fica em
      // sigilo?"): whether one may ask without being named.
      'ser anonimo', 'ser anonima', 'anonimamente', 'de forma anonima', 'de forma anonimo', 'no anonimato', 'manter anonimato', 'fica em sigilo', 'ficar em sigilo', 'meu nome em sigilo', 'nome em sigilo',
      // The same fear said as a statement ("tenho medo de me identificar", "medo de sofrer represália"): whether one may ask
      // without being named, and what the card says of secrecy (lead, round 3182).
      'medo de me identificar', 'receio de me identificar', 'medo de dar meu nome', 'medo de represalia', 'receio de represalia', 'medo de sofrer represalia', 'medo de retaliacao', 'medo de descobrirem', 'medo de saberem que fui eu',
      // Having something as a condition, asked impersonally ("tem que ter cnh?", "é obrigatório ter seguro?").
      'tem que ter', 'tem q ter', 'e obrigatorio ter', 'e necessario ter',
      'consigo mesmo assim', 'posso mesmo assim', 'pode mesmo assim', 'pode se inscrever', 'podem se inscrever', 'ela pode se inscrever', 'ele pode se inscrever',
      'preciso me identificar', 'tenho que me identificar', 'tem que se identificar', 'precisa se identificar', 'e anonimo', 'e anonima', 'posso ser anonimo', 'fica anonimo', 'sem me identificar', 'sem dar meu nome', 'sem falar meu nome', 'sem falar o nome', 'sem dizer meu nome', 'sem informar meu nome', 'sem colocar meu nome', 'sem por meu nome', 'sem falar quem sou', 'preciso falar meu nome', 'tenho que falar meu nome', 'tenho que dar meu nome', 'preciso dar meu nome', 'preciso informar meu nome', 'qualquer um pode', 'todo mundo pode', 'pode pedir', 'ele pode pedir', 'ela pode pedir', 'ele tem direito', 'ela tem direito', 'ele pode fazer', 'ela pode fazer', 'eles podem fazer', 'ja posso', 'posso comecar', 'ja posso comecar', 'pra se inscrever', 'para se inscrever', 'pra me inscrever', 'para me inscrever', 'pra poder participar', 'precisa ter', 'tem que ter feito', 'consegue pedir', 'quem faz jus', 'quem se encaixa', 'me encaixo', 'eu me encaixo', 'tenho que ter',
      // Whether one must give one's name, or may stay anonymous, said with "tem q"/"pode ser" ("tem q dar meu nome?",
      // "pode ser anonimo?"): asked on a card, a question about who may ask it, not a search for the anonymous hotline.
      'tem que dar meu nome', 'tem q dar meu nome', 'tem que falar meu nome', 'tem q falar meu nome', 'tem que me identificar', 'tem q me identificar', 'tem q se identificar',
      'pode ser anonimo', 'pode ser anonima', 'pode ser anonimamente', 'da pra ser anonimo', 'da para ser anonimo', 'posso fazer anonimo', 'fazer anonimamente', 'precisa do meu nome', 'precisa dar meu nome', 'precisa falar meu nome',
      // Other verbs of one's name being shown or given ("sem aparecer meu nome", "sem revelar o nome"): the same question
      // as followup.ts' ASKS_ANONYMOUS reads (whether it may be anonymous).
      'sem aparecer meu nome', 'sem aparecer o nome', 'sem aparecer o meu nome', 'sem revelar meu nome', 'sem revelar o nome', 'sem mostrar meu nome', 'sem botar meu nome', 'sem passar meu nome', 'sem meu nome', 'sem o meu nome',
      // Whether one must say why ("preciso explicar por que quero?", "tenho q dizer o motivo?", "tem que justificar?"):
      // a condition of asking, as followup.ts' ASKS_REASON reads it (the sentence saying so follows who may ask).
      'explicar o motivo', 'explicar por que', 'explicar porque', 'explicar pq', 'explicar pra que', 'explicar para que', 'explicar pra q',
      'dizer o motivo', 'dizer por que', 'dizer pq', 'falar o motivo', 'falar por que', 'falar pq', 'dar o motivo', 'informar o motivo', 'dar satisfacao',
      'preciso justificar', 'precisa justificar', 'tenho que justificar', 'tenho q justificar', 'tem que justificar', 'tem q justificar',
      // Asking on someone's behalf ("posso fazer por ele?", "tenho que fazer o pedido por ela?") asks who may ask;
      // an upper age limit ("tem idade máxima pra doar?") is among the requirements, not the rules for minors.
      'fazer por ele', 'fazer por ela', 'fazer pra ele', 'fazer pra ela', 'fazer para ele', 'fazer para ela', 'pedir por ele', 'pedir por ela', 'pedido por ele', 'pedido por ela',
      'ele mesmo tem que', 'ela mesma tem que', 'ele mesmo precisa', 'ela mesma precisa', 'fazer no nome dele', 'fazer no nome dela',
      'idade maxima', 'tem idade maxima', 'qual a idade maxima', 'idade limite', 'velho demais', 'muito velho', 'muito velha', 'velha demais',
      // The ages at which one may ("qual idade pode doar?", "com que idade posso?", "até que idade pode?"): the limits
      // among the conditions of who may ask, not only the rules for minors (round 3024).
      'qual idade pode', 'qual idade posso', 'que idade pode', 'que idade posso', 'com que idade', 'ate que idade', 'a partir de que idade',
      // Asking for someone said in the first person ("eu que peço por ele?", "peço pra ela?"): who may ask, as "pedir por ele".
      'peco por ele', 'peco por ela', 'peco pra ele', 'peco pra ela',
      // Who files it ("quem faz a inscrição, eu ou a escola?", "quem faz o pedido?"): who may ask.
      'quem faz a inscricao', 'quem faz o pedido', 'quem faz o cadastro', 'quem faz a matricula', 'quem faz a rematricula', 'quem faz a solicitacao', 'quem faz o requerimento', 'quem pede', 'quem solicita', 'quem inscreve', 'quem matricula',
      // Someone else fetching it ("e se outra pessoa for buscar pra mim?", "alguém pode retirar por mim?").
      'outra pessoa for', 'outra pessoa buscar', 'outra pessoa pegar', 'outra pessoa retirar', 'alguem buscar', 'alguem for buscar', 'alguem retirar', 'alguem for retirar',
      'buscar pra mim', 'buscar por mim', 'buscar para mim', 'pegar pra mim', 'pegar por mim', 'retirar pra mim', 'retirar por mim', 'retirar para mim',
      // Any errand done for the citizen ("minha filha pode ir lá resolver por mim?"), and paying what is in another's name
      // ("tá no nome do meu pai, posso pagar eu?"): who may do it, not the rules for minors nor the cost (round 2362).
      // Not "no nome do meu…" alone: "e se o comprovante estiver no nome do meu pai?" asks about a document.
      'por mim', 'ta no nome', 'esta no nome',
      // A relative settling it for the citizen, said with "pra mim" ("da pra meu pai resolver pra mim?", round 6462); not
      // anyone ("o despachante resolve isso pra mim, né?" is a belief the card does not settle, round 5100).
      ...[...ERRAND_KIN, ...KIN].flatMap((who) => [`${who} resolver pra mim`, `${who} resolver para mim`, `${who} ir resolver pra mim`]),
      // Whose name the thing may be in ("o carro pode ficar no meu nome?", "pode estar no nome do pai?"): who may ask and
      // in whose name (round 3645, r34c).
      'pode ficar no meu nome', 'pode estar no meu nome', 'pode ser no meu nome', 'pode ficar no nome', 'pode estar no nome', 'pode ser no nome', 'pode ficar em meu nome', 'pode estar em meu nome',
      // Being able to fetch it, like "posso pegar" ("eu consigo pegar o remedio por ela?", "da pra eu buscar por ele?").
      'consigo pegar', 'consigo retirar', 'consigo buscar', 'posso buscar', 'da pra eu pegar', 'da pra eu retirar', 'da pra eu buscar',
      // Whether another may do it instead ("a minha tia q tem q registrar ou pode ser eu?", "pode ser outra pessoa?").
      'pode ser eu', 'posso ser eu', 'pode ser outra pessoa', 'pode ser outro', 'tem que ser ela', 'tem que ser ele', 'tem q ser ela', 'tem q ser ele',
      // Whose it may be ("posso tirar da empresa de outra pessoa ou só da minha?", "dá pra ver a de terceiros?").
      'de outra pessoa ou', 'de outras pessoas ou', 'ou so da minha', 'ou so do meu', 'ou so a minha', 'ou so o meu', 'de terceiros', 'de qualquer pessoa',
      // The one asking says in what role ("eu, como mãe, posso pedir?", "sendo o responsável, consigo fazer?", "sou o
      // cuidador dele"): whether that role may ask (round 2860).
      ...['como', 'sendo', 'sou', 'sou a', 'sou o', 'sendo a', 'sendo o'].flatMap((as) => ROLES.map((role) => `${as} ${role}`)),
    ],
    weak: ['direito', 'requisito', 'requisitos', 'condicao', 'condicoes', 'exigencia', 'criterio', 'criterios'],
  },
  appointment: {
    strong: [
      'necessario agendar', 'e necessario agendar', 'necessario marcar', 'obrigatorio agendar', 'precisa agendar', 'tem que agendar', 'preciso agendar', 'precisa marcar', 'tem que marcar', 'preciso marcar', 'com hora marcada', 'sem agendamento',
      'precisa de horario', 'precisa de agendamento', 'tem agendamento', 'e so chegar', 'posso ir direto', 'ordem de chegada', 'tem fila', 'como agendar', 'como marcar',
      'onde agendar', 'onde marcar', 'agendamento e obrigatorio', 'precisa marcar horario', 'tem que marcar horario', 'hora marcada', 'horario marcado', 'so ir',
      'e so ir', 'so chegar', 'ir direto', 'chegar direto', 'sem marcar', 'sem agendar',
      // Said of oneself, or of booking first ("tenho q marcar antes de ir na farmácia?", "devo agendar antes?").
      'tenho que marcar', 'tenho que agendar', 'devo marcar', 'devo agendar', 'marcar antes', 'agendar antes',
      // A booking undone or moved, in everyday words ("tem como desmarcar?", "tenho q desmarcar ou só falto?", "dá pra
      // remarcar?"): what the card says of its booking, where "cancele o agendamento" is said (round 4762).
      'desmarcar', 'desmarco', 'desmarca', 'desmarque', 'desmarcou', 'remarcar', 'remarco', 'reagendar', 'reagendo', 'cancelar o agendamento', 'cancelar o horario', 'cancelar meu horario', 'cancelar meu agendamento',
    ],
    weak: ['agendamento', 'horario', 'fila'],
  },
  minors: {
    strong: [
      'menor de idade', 'e se for menor', 'se for menor', 'sendo menor', 'pra menor', 'para menor', 'menores de', 'de menor', 'sou menor', 'nao tenho 18', 'meu filho pode',
      'minha filha pode', 'pro meu filho', 'para o meu filho', 'pra minha filha', 'para minha filha', 'crianca pode', 'adolescente pode', 'menor pode', 'e pra crianca',
      'e para crianca', 'menor de 18', 'menor de 16', 'os pais estejam', 'presenca dos pais', 'com os pais', 'acompanhado dos pais', 'acompanhada dos pais', 'acompanhado do responsavel', 'acompanhada do responsavel', 'pai ou mae', 'pai e mae', 'os pais precisam', 'os pais tem que', 'idade minima', 'tem idade', 'qual a idade', 'quantos anos', 'a partir de quantos anos', 'limite de idade',
      // Under an age said with "menos de" ("quem tem menos de 18 pode?", "com menos de 16 anos"): the rules for minors; not
      // months or years of something else ("trabalhei menos de 18 meses") (round 3644, r34c).
      'menos de 18 anos', 'menos de 16 anos', 'menos de 17 anos', 'quem tem menos de 18', 'quem tem menos de 16', 'quem tem menos de 17',
      // Taking young children along ("posso levar meus filhos pequenos na visita?", "levar criança junto"), round 4112.
      'levar meus filhos', 'levar meu filho', 'levar minha filha', 'levar as criancas', 'levar a crianca', 'levar crianca', 'levar criancas', 'filhos pequenos', 'filho pequeno', 'filha pequena', 'criancas pequenas', 'crianca pequena', 'levar o bebe', 'levar meu bebe',
      // A grandchild, nephew or niece taken along ("posso levar meu neto?"), round 6462.
      ...['meu neto', 'minha neta', 'meus netos', 'minhas netas', 'o neto', 'a neta', 'meu sobrinho', 'minha sobrinha'].map((who) => `levar ${who}`),
      // Going without a parent ("e ele pode ir sozinho?", "ela vai desacompanhada?"): the rules for who goes along.
      'ir sozinho', 'ir sozinha', 'vai sozinho', 'vai sozinha', 'ir desacompanhado', 'ir desacompanhada', 'sem os pais', 'sem responsavel', 'sem o responsavel',
      // Who goes along with a child ("precisa ir com minha mãe?", "criança precisa ir junto com quem?").
      'ir com minha mae', 'ir com meu pai', 'ir com a mae', 'ir com o pai', 'ir com os pais', 'ir com o responsavel', 'ir junto', 'junto com quem', 'ir com quem', 'ir acompanhado', 'ir acompanhada',
      // Going with someone, not named ("ela precisa ir com alguém?", "tem que ir com um adulto?") (round 3644, r34c).
      'ir com alguem', 'ir com um adulto', 'ir com algum adulto', 'acompanhado de alguem', 'acompanhada de alguem',
      // Whether it must be the parents who go with the child ("eu sou a avó, posso levar ele ou tem q ser os pais?").
      'ser os pais', 'ser o pai ou a mae', 'ser a mae ou o pai', 'so os pais', 'so pai ou mae', 'so o pai ou a mae', 'somente os pais', 'apenas os pais', 'sem os pais', 'sem o pai', 'sem a mae',
      // A young citizen asking whether the parents are needed ("consigo sozinho ou preciso dos meus pais?", "dá pra fazer
      // sem meus pais?", "meus pais tem que autorizar?"): the rules for minors (round 3844).
      'sem meus pais', 'sem os meus pais', 'sem minha mae', 'sem meu pai', 'sem a minha mae', 'sem o meu pai', 'precisa dos meus pais', 'preciso dos meus pais', 'precisa dos pais', 'preciso dos pais',
      'precisa da minha mae', 'preciso da minha mae', 'precisa do meu pai', 'preciso do meu pai', 'meus pais precisam', 'meus pais tem que', 'meus pais tem q', 'autorizacao dos meus pais', 'autorizacao dos pais',
      'acompanhado de quem', 'acompanhada de quem', 'precisa de acompanhante', 'precisa acompanhante', 'responsavel legal',
      // A child said to be little ("criança pequena pode tirar?", "bebê de colo precisa?"): the rules for minors.
      'crianca pequena', 'criancas pequenas', 'crianca de colo', 'bebe de colo', 'recem nascido', 'recem nascida', 'crianca bem pequena',
      // Whether the child must come along, said of oneself or of the child ("tenho que levar ela junto?", "ele vai
      // comigo?", "precisa levar a criança?"): who goes with a minor (round 2860).
      'levar ele junto', 'levar ela junto', 'levar junto', 'ir comigo', 'vir comigo', 'ir junto comigo', 'vai comigo', 'vem comigo',
      'levar a crianca', 'levar o menino', 'levar a menina', 'levar meu filho', 'levar minha filha', 'levar o filho', 'levar a filha', 'levar o bebe',
      // Going with a relative other than the parents ("pode ir só com a avó?", "vai com o tio, pode?"): the same rule.
      ...['ir', 'ir so', 'ir somente', 'ir apenas', 'vai', 'vai so'].flatMap((go) => KIN.map((who) => `${go} com ${who}`)),
    ],
    weak: ['menor', 'menores', 'crianca', 'criancas', 'filho', 'filha', 'adolescente', 'bebe', 'idade'],
  },
  link: {
    strong: ['algum site', 'tem site', 'que site', 'site que mostra', 'site q mostra', 'qual o site', 'qual site', 'manda o link', 'me manda o link', 'tem link', 'qual o link', 'pagina oficial', 'endereco do site', 'site oficial', 'link oficial', 'endereco eletronico', 'endereco eletronico oficial', 'qual o endereco eletronico', 'qual e o endereco eletronico', 'o endereco eletronico', 'qual o endereco na internet', 'endereco na internet'],
    weak: ['link', 'url', 'pagina', 'site'],
  },
  how: {
    strong: [
      'como faco', 'como faz', 'como fazer', 'como que funciona', 'como isso funciona', 'o que faco', 'o que faco agora', 'e agora o que faco', 'como que faz', 'como pedir', 'como solicitar', 'como tirar', 'como eu faco', 'o que eu faco', 'o que fazer', 'qual o procedimento',
      'como que eu faco', 'como proceder', 'como funciona isso', 'como resolvo', 'como resolver', 'como consigo', 'qual o passo a passo', 'o que eu tenho que fazer', 'como pago',
      'como pagar', 'como emitir', 'como renovar', 'como funciona', 'explica como funciona', 'me explica', 'como e que funciona', 'como e o processo', 'como e feito',
      'como eu peco', 'como que eu peco', 'por onde comeco', 'como comeco', 'como dou entrada', 'como da entrada',
      'como gera', 'como gero', 'como gerar', 'como emito', 'como eu emito', 'como vejo', 'como eu vejo', 'como ver', 'como consulto', 'como eu consulto', 'como consultar',
      'como acesso', 'como acessar', 'como tiro', 'como eu tiro', 'como imprimo', 'como imprimir', 'como baixo', 'como baixar', 'como agendo', 'como agendar', 'como marco',
      'como pego', 'como eu pego', 'como que eu pego', 'como pegar', 'como retiro', 'como eu retiro', 'como me cadastro', 'como cadastrar', 'como me inscrevo', 'como inscrever', 'como registro', 'como registrar', 'como envio', 'como enviar', 'como recorro', 'como recorrer',
      // "como" and a verb in the first person: "como peço esse dinheiro de volta", "como solicito?", "como eu denuncio?".
      'como peco', 'como solicito', 'como eu solicito', 'como requeiro', 'como eu requeiro', 'como recebo', 'como eu recebo',
      'como comunico', 'como eu comunico', 'como informo', 'como aviso', 'como declaro', 'como transfiro', 'como eu transfiro', 'como troco', 'como eu troco', 'como mudo', 'como atualizo', 'como eu atualizo',
      'como cancelo', 'como eu cancelo', 'como parcelo', 'como eu parcelo', 'como renovo', 'como eu renovo', 'como recupero', 'como eu recupero', 'como faco pra', 'como faco para',
      'como coloco', 'como eu coloco', 'como incluo', 'como eu incluo', 'como adiciono', 'como eu adiciono', 'como tiro', 'como excluo', 'como eu excluo',
      'como preencho', 'como acompanho', 'como eu acompanho', 'como comprovo', 'como eu comprovo',
      // How a request made is followed ("como posso acompanhar?", "em que pé tá?", "serve pra acompanhar depois?", "e pra
      // ver o resultado?"): the card's step of following it, in full (followup.ts followingStepText, round 6540).
      'como posso acompanhar', 'como acompanhar', 'como faco pra acompanhar', 'como faco para acompanhar', 'onde acompanho', 'onde eu acompanho', 'como eu posso acompanhar',
      'em que pe', 'em que pe esta', 'serve para acompanhar', 'serve pra acompanhar', 'pra ver o resultado', 'para ver o resultado', 'como vejo o resultado', 'como eu vejo o resultado',
      // How one learns what came of it ("como fico sabendo?", "como sei se deu certo?"): that step too (round 6541).
      'como fico sabendo', 'como eu fico sabendo', 'como vou ficar sabendo', 'como eu vou ficar sabendo', 'como sei se deu certo', 'como eu sei se deu certo', 'como vou saber se deu certo',
      'como sei se ja foi', 'como eu sei se ja foi', 'como sei se foi', 'como eu sei se foi', 'como sei se aceitaram', 'como sei se aprovaram', 'como sei se saiu', 'como eu sei se saiu',
      // What to note or gather before doing it ("o que eu anoto antes de ligar?", "quais informações eu separo?"): the
      // card's step of gathering, in full (followup.ts preparingStep, round 6245). Not "o que eu separo" alone: the papers
      // set apart are the documents ("oq eu separo pra ajudar na busca?": the photos).
      'o que anoto', 'o que eu anoto', 'o que anotar', 'o que devo anotar', 'o que preciso anotar', 'o que tenho que anotar',
      'quais informacoes eu separo', 'quais informacoes separo', 'que informacoes eu separo', 'quais informacoes eu anoto', 'quais informacoes anoto',
      'o que preparo', 'o que eu preparo', 'o que devo preparar', 'o que preciso preparar',
      // How to get into a portal or an app ("como entra?", "como eu entro no sistema").
      'como entra', 'como entro', 'como eu entro', 'como entrar', 'como acessa', 'como eu acesso', 'como loga', 'como logo', 'como faz login', 'como faco login',
      // How to find something the service lists ("como acho os médicos credenciados", "como encontro a unidade").
      'como acho', 'como eu acho', 'como achar', 'como encontro', 'como eu encontro', 'como encontrar', 'como localizo', 'como localizar',
      // How to report or complain ("como denuncio?", "como eu faço a denúncia", "como reclamo").
      'como denuncio', 'como eu denuncio', 'como denunciar', 'como faco a denuncia', 'como reclamo', 'como eu reclamo', 'como reclamar', 'como faco a reclamacao',
      // The procedure asked for in a letter ("Descreva, por gentileza, o procedimento completo.", "Qual o procedimento?"), round 4154.
      'descreva o procedimento', 'descrever o procedimento', 'descreva o processo', 'explique o procedimento', 'detalhe o procedimento', 'informe o procedimento', 'informar o procedimento',
      'qual o procedimento', 'qual e o procedimento', 'quais os procedimentos', 'quais sao os procedimentos', 'procedimento completo', 'o procedimento a ser adotado', 'procedimento a ser seguido',
      // The impersonal "how" ("como se faz?", "como se pede?", and the Spanish "¿cómo se pide?" read through spanish.ts), round 5227.
      ...['faz', 'pede', 'tira', 'solicita', 'consegue', 'agenda', 'marca', 'renova', 'emite', 'gera', 'consulta', 'acessa', 'cadastra', 'inscreve', 'registra', 'pega', 'retira', 'recebe', 'resolve'].map((verb) => `como se ${verb}`),
    ],
    weak: ['procedimento'],
  },
  contact: {
    strong: ['algum telefone', 'tem algum telefone', 'algum contato', 'qual o telefone', 'qual telefone', 'numero de telefone', 'tem telefone', 'tem whatsapp', 'qual o whatsapp', 'pra quem ligo', 'pra onde ligo', 'onde ligo', 'qual o contato', 'tem contato', 'telefone de contato',
      'por telefone', 'pelo telefone', 'por whatsapp', 'pelo whatsapp', 'ligando', 'da para ligar', 'posso ligar', 'tem como ligar', 'numero para ligar',
      'qual o numero', 'qual numero', 'qual e o numero', 'que numero', 'numero pra ligar', 'pra qual numero', 'qual o numero pra ligar',
      // The question put after the thing asked ("e o numero qual é", "o telefone qual é?").
      'numero qual', 'numero qual e', 'telefone qual', 'telefone qual e', 'whatsapp qual', 'contato qual',
      // "Existe telefone para pedir?": "existe" and "há" ask as "tem" does.
      // Something happening now ("e se tiver pegando fogo agora?", "e em flagrante?"): whom to call.
      'pegando fogo', 'acontecendo agora', 'acontecendo neste momento', 'acontecendo nesse momento', 'em flagrante', 'for emergencia', 'e emergencia', 'caso de emergencia', 'for urgente',
      // Someone at the door now ("ele ta aqui na porta agora"): a danger now, whom to call.
      'esta aqui agora', 'aqui na porta', 'na minha porta', 'na porta agora', 'tentando entrar aqui', 'esta me seguindo',
      'existe telefone', 'existe algum telefone', 'existe um telefone', 'ha telefone', 'ha algum telefone', 'tem um telefone', 'existe whatsapp', 'existe algum contato', 'existe um numero', 'telefone para pedir', 'telefone pra pedir', 'telefone para solicitar', 'telefone pra solicitar'],
    weak: ['telefone', 'contato', 'whatsapp', 'fone', 'ligar', 'email'],
  },
  // Opening days and hours of the place ("a clínica abre sábado?"). Not "abre" alone: "como abro um CNPJ".
  agency: {
    strong: [
      'quem emite', 'quem expede', 'quem e responsavel', 'quem e o responsavel', 'qual orgao', 'qual o orgao', 'que orgao', 'orgao responsavel', 'quem cuida disso',
      'qual secretaria', 'qual a secretaria', 'que secretaria', 'de quem e a responsabilidade', 'quem fornece', 'quem concede',
      // Who does the State's part of it ("quem faz a vistoria?", "quem analisa o pedido?"): the responsible body; who files
      // the request ("quem faz o pedido?") is who may ask.
      'quem faz a vistoria', 'quem faz a analise', 'quem faz a pericia', 'quem faz a fiscalizacao', 'quem faz a avaliacao', 'quem analisa', 'quem aprova', 'quem fiscaliza', 'quem julga', 'quem vistoria', 'quem avalia',
    ],
    weak: ['orgao', 'secretaria'],
  },
  hours: {
    strong: [
      'abre sabado', 'abre domingo', 'abre feriado', 'abre aos sabados', 'funciona sabado', 'funciona domingo', 'funciona feriado', 'atende sabado', 'atende domingo',
      'que horas abre', 'que horas fecha', 'ate que horas', 'que horas', 'horario de funcionamento', 'horario de atendimento', 'fim de semana', 'final de semana',
      'abre que horas', 'fecha que horas', 'qual o horario', 'que horario', 'qual horario', 'horario de abertura', 'fica aberto', 'esta aberto', 'esta aberta', 'fica aberta', 'funciona que dia', 'que dias funciona', 'dias de atendimento',
      // Whether it works at a part of the day or round the clock ("funciona de madrugada?", "atende a noite?", "é 24 horas?").
      'funciona de madrugada', 'atende de madrugada', 'funciona a noite', 'funciona de noite', 'atende a noite', 'atende de noite', 'abre a noite', 'abre de noite',
      'funciona 24 horas', 'funciona 24h', 'atende 24 horas', 'atende 24h', 'e 24 horas', 'e 24h', 'funciona a qualquer hora', 'atende a qualquer hora', 'qualquer hora do dia',
    ],
    weak: ['sabado', 'domingo', 'feriado'],
  },
};

/** Social turns, by kind: they keep the conversation where it is. */
export const SOCIAL = {
  thanks: ['obrigado', 'obrigada', 'obg', 'brigado', 'brigada', 'valeu', 'vlw', 'grato', 'grata', 'agradeco', 'muito obrigado', 'obrigadao', 'thanks', 'tks', 'thank you', 'thank you so much', 'thx', 'merci', 'deus te abencoe', 'deus abencoe', 'deus te pague', 'deus lhe pague', 'deus lhe abencoe', 'deus o abencoe', 'ajudou muito', 'ajudou', 'me ajudou', 'gratidao', 'gracias', 'muchas gracias', 'muy amable', 'muito amavel',
    // A letter's closing ("Atenciosamente, Roberto", "Desde já agradeço."), round 4150. Not "respeitosamente", whose stem
    // is "respeitar"'s ("e se ele não respeitar a medida?").
    'atenciosamente', 'cordialmente', 'desde ja agradeco', 'agradeco desde ja', 'agradeco a atencao', 'agradeco a atencao dispensada', 'grato pela atencao', 'grata pela atencao'],
  ack: [
    // A short "oh, I see" ("ah bom", "ah sim", "a bom").
    'ah bom', 'a bom', 'ah sim', 'ah ok', 'ah entendi', 'ah tendi', 'joinha',
    // "Bom" alone, the citizen taking in what was said before going on ("bom", then "deixa eu te perguntar").
    'bom', 'bom entao',
    // "All good" in slang ("de boa", "tudo de boa"); asked after a hello, it asks how the bot is (handlers.ts ASKED_HOW).
    'de boa', 'tudo de boa', 'ta de boa',
    // Just passing by, nothing needed ('to de boa so passando msm'), round 4401.
    'so passando', 'to so passando', 'so passando mesmo', 'so de passagem',
    // Saying how one will take it from here, told where to go ("entendi, vou ligar lá", "vou lá amanhã então").
    'vou ligar la', 'vou ligar pra la', 'vou ligar pra eles', 'vou ligar entao', 'entao vou ligar', 'vou ligar', 'vou la', 'vou la entao', 'vou passar la', 'vou procurar eles', 'vou procurar la', 'vou tentar la', 'vou tentar entao', 'vou fazer isso', 'vou fazer assim',
    'terminei', 'acabei', 'ja fiz', 'pronto', 'feito', 'fiz', 'ok', 'okay', 'blz', 'beleza', 'certo', 'entendi', 'ta bom', 'ta', 'show', 'joia', 'massa', 'tranquilo', 'perfeito', 'combinado', 'otimo', 'legal', 'ah ta', 'entendido', 'suave', 'fechou', 'sim', 'uhum', 'aham', 'beleza entao', 'ok entendi', 'bacana', 'hum', 'hmm',
    // Agreeing or reacting in a word, as people do in chat ("exato", "ata", "claro", "firmeza"): alone, each
    // was searched, and "Não encontrei um serviço para 'exato'" came mid-conversation, or a word of a name opened a
    // service ("claro" the high-cost medicines). Not "verdade" ("na verdade" corrects) nor "jura" (read as "juros").
    'exato', 'exatamente', 'isso mesmo', 'pois e', 'pois', 'ata', 'ah', 'claro', 'claro que sim', 'com certeza', 'firmeza', 'ta certo', 'ta otimo'],
  howAreYou: ['espero que esteja tudo bem', 'espero que esteja bem', 'espero que estejam bem',
    // A letter's wish ("Espero que esta mensagem os encontre bem."), round 4150.
    'espero que esta mensagem os encontre bem', 'espero que esta os encontre bem', 'espero que os encontre bem', 'espero que estejam todos bem',
    // Hoping the answer to "tudo bem?" is yes ("Boa tarde, tudo bem? Espero que sim.").
    'espero que sim', 'espero que tudo bem', 'espero que esteja tudo certo', 'espero que esteja otimo', 'espero que esteja tudo otimo',
    'tudo bem', 'td bem', 'tudo bom', 'td bom', 'tudo bao', 'tudo bao com voce', 'ta tudo bao', 'como vai', 'como voce esta', 'como vc ta', 'como vc esta', 'tudo certo', 'td certo', 'tudo joia', 'e ai tudo bem', 'como esta', 'tudo certinho', 'tudo certinho com vc', 'tudo certo com vc', 'tudo tranquilo', 'tudo em paz', 'bao', 'e ai bao', 'tudo bao', 'ta bao', 'como ce ta'],
  greeting: ['voltei', 'to de volta', 'estou de volta', 'cheguei', 'ainda esta ai', 'esta ai', 'tem alguem ai', 'alguem ai', 'oi', 'ola', 'oie', 'bom dia', 'boa tarde', 'boa noite', 'e ai', 'eai', 'opa', 'salve', 'hello', 'hi', 'hey', 'alo', 'start', 'comecar', 'paz do senhor', 'a paz do senhor', 'bom dia a todos', 'boa tarde a todos', 'boa noite a todos', 'hola', 'buenos dias', 'buenas tardes', 'buenas noches',
    // A bare call for attention ("ei", "eii", "psiu"): a hello that waits for an answer.
    'ei', 'eii', 'ei ei', 'psiu',
    // Still there? asked of the bot with "você" ("ocê tá aí ainda?", "vc ta ai?"), and the blessing asked of an elder
    // ("bença") or the courtesy on meeting ("muito prazer"), as people from the interior greet (round 4401).
    'voce ta ai', 'voce ta ai ainda', 'voce ainda ta ai', 'vc ta ai', 'vc ta ai ainda', 'ta ai ainda', 'ainda ta ai', 'benca', 'a benca', 'sua benca', 'bencao', 'a bencao', 'muito prazer', 'prazer em conhecer',
    // "E aí" run together as typed in chat ("eae", "eaí", "iae").
    'eae', 'eaee', 'iae', 'iai',
    // The hello of a friend not seen for a while ("oi sumido kkkk", "e aí, sumida"): no one has gone missing (round 6362).
    'oi sumido', 'oi sumida', 'oie sumido', 'oie sumida', 'ola sumido', 'ola sumida', 'e ai sumido', 'e ai sumida', 'eai sumido', 'eai sumida',
    // A voice-call style check that someone is there ("tá me ouvindo?", "alô, me escuta?"): a hello that waits for an answer.
    'ta me ouvindo', 'esta me ouvindo', 'me ouve', 'me ouviu', 'consegue me ouvir', 'ta me escutando', 'esta me escutando', 'me escuta', 'me escutou', 'consegue me escutar',
    // The same with "tá" dropped as a stopword, and the "alô" of a call said twice ("alô alô tá me ouvindo"), round 4102.
    'me ouvindo', 'me escutando', 'alo alo',
    // The opening of a letter or an e-mail ("Prezados, boa tarde.", "Prezada equipe, bom dia.", "Cumprimento-os
    // cordialmente."), round 4150.
    // ("equipe", "pessoal", "senhores" after it are words the citizen calls the bot by: ADDRESS_TERMS.)
    'prezados', 'prezadas', 'prezado', 'prezada', 'caros senhores', 'a quem possa interessar', 'a quem interessar possa',
    'cumprimento os cordialmente', 'cumprimento as cordialmente', 'cumprimento a todos', 'cumprimento cordialmente', 'cordiais cumprimentos', 'cordiais saudacoes', 'saudacoes'],
  bot: [
    // Fear of a scam said with the question whether the chat is official ("tenho medo de golpe", "com receio de ser golpe").
    'medo de golpe', 'medo de ser golpe', 'medo de cair em golpe', 'medo de cair num golpe', 'receio de golpe', 'receio de ser golpe', 'com medo de golpe',
    // Asking to be reassured it is no scam ("n é golpe né?").
    'nao e golpe', 'n e golpe',
    'do governo mesmo ou e golpe', 'do governo msm ou e golpe', 'e do governo ou e golpe', 'e do governo mesmo', 'e do governo msm', 'isso aqui e do governo', 'isso e do governo', 'voce e oficial', 'vc e oficial', 'e oficial mesmo', 'isso aqui e oficial', 'isso aqui e confiavel', 'isso e confiavel', 'isso aqui e seguro', 'voce e golpe', 'vc e golpe',
    'voce e um robo', 'vc e robo', 'e robo', 'robo', 'bot', 'voce e humano', 'vc e humano', 'e uma pessoa', 'e gente', 'to falando com quem', 'quem e voce', 'quem e vc', 'quem ta falando',
    'robo ou gente', 'robo ou humano', 'robo ou pessoa', 'gente ou robo', 'humano ou robo', 'pessoa ou robo', 'bot ou humano', 'humano ou bot', 'e robo ou',
    // Asking whom the bot works for ("você trabalha para o governo de Minas?", "vc é do governo?").
    // Asked in the plural, or of the State ("vocês são do estado?", "vcs são do governo mesmo?"), round 6740.
    'voces sao do estado', 'vcs sao do estado', 'voces sao do governo', 'vcs sao do governo', 'voce e do estado', 'vc e do estado', 'sao do governo mesmo', 'e do estado mesmo',
    'voce trabalha para o governo', 'voce trabalha pro governo', 'vc trabalha para o governo', 'vc trabalha pro governo', 'trabalha para o governo', 'trabalha pro governo', 'trabalha no governo', 'voce e do governo', 'vc e do governo', 'voce e funcionario do governo', 'e funcionario do governo',
    // Or where ("vc trabalha la na uai?", "você é atendente do detran?", "trabalha aí no posto?"), round 2405.
    'vc trabalha', 'voce trabalha', 'ce trabalha', 'tu trabalha', 'vc trabalha la', 'voce trabalha la', 'vc trabalha ai', 'voce trabalha ai', 'vc e funcionario', 'voce e funcionario', 'vc e funcionaria', 'voce e funcionaria', 'vc e atendente', 'voce e atendente', 'vc e servidor', 'voce e servidor', 'vc e servidora', 'voce e servidora',
    // Whether the chat itself is an official channel ("você é um serviço oficial?", "esse canal é oficial?").
    'servico oficial', 'um servico oficial', 'canal oficial', 'atendimento oficial', 'e um canal oficial', 'esse canal e oficial', 'esse numero e oficial', 'numero oficial do governo',
    // Asking whether this is the place for the State's matters ("é aqui q resolve as coisas do governo de minas?",
    // "aqui que atende o governo?"): who the bot is answers it.
    'e aqui que resolve', 'e aqui q resolve', 'aqui que resolve', 'aqui q resolve', 'e aqui que atende', 'e aqui q atende', 'aqui que atende', 'aqui q atende',
    'e aqui que cuida', 'e aqui q cuida', 'e aqui o atendimento', 'aqui e o atendimento', 'as coisas do governo', 'coisas do governo', 'do governo de minas', 'do governo de mg',
    'qual seu nome', 'qual o seu nome', 'como voce se chama', 'como voce chama', 'seu nome', 'com quem eu falo', 'com quem falo', 'com quem estou falando', 'com quem tenho a honra de falar', 'com quem tenho o prazer de falar', 'quem esta me respondendo', 'quem esta respondendo', 'quem me responde', 'quem responde', 'e um atendente humano', 'e humano', 'inteligencia artificial', 'ia', 'chatgpt', 'maquina', 'de verdade', 'robozinho', 'voce e de verdade', 'e um bot', 'voce e uma ia', 'voce e real', 'quem criou', 'quem te criou', 'quem criou voce', 'quem fez voce', 'quem te fez', 'quem desenvolveu', 'quem te programou', 'assistente oficial', 'voce e oficial', 'e oficial', 'e do governo', 'voce e do governo',
    // The chat said to be automatic ("vc é automático?", "é resposta automática?"); "a isenção é automática ou preciso
    // pedir?" asks about the service, not the bot.
    // What the bot knows, asked of it ("vc sabe de tudo?", "você entende de tudo mesmo?", "cê é inteligente?").
    'vc sabe tudo', 'voce sabe tudo', 'ce sabe tudo', 'vc sabe de tudo', 'voce sabe de tudo', 'ce sabe de tudo', 'vc entende de tudo', 'voce entende de tudo', 'vc conhece tudo', 'voce conhece tudo',
    'vc sabe mesmo', 'voce sabe mesmo', 'vc e inteligente', 'voce e inteligente', 'ce e inteligente', 'vc e esperto', 'voce e esperto', 'vc e esperta', 'voce e esperta', 'vc pensa', 'voce pensa',
    'voce e automatico', 'vc e automatico', 'tu e automatico', 'isso aqui e automatico', 'e resposta automatica', 'resposta automatica', 'mensagem automatica', 'atendimento automatico'
  ],
  compliment: [
    // Gladness that the chat exists ("que bom que tem isso agora", "ainda bem que existe isso").
    'que bom', 'que bom que tem', 'que bom que existe', 'ainda bem que tem', 'ainda bem que existe', 'que otimo', 'que maravilha', 'que legal',
    // Praise for how the bot explains or answers ("você explica muito bem", "explicou direitinho", "respondeu rapidinho").
    'explica bem', 'explicou bem', 'explicando bem', 'explica direitinho', 'explicou direitinho', 'bem explicado', 'bem explicadinho', 'explica melhor que', 'explicou melhor que',
    'responde bem', 'respondeu bem', 'atende bem', 'atendeu bem', 'me atendeu bem', 'respondeu rapidinho', 'responde rapidinho', 'voce e melhor que', 'vc e melhor que',
    'voce e otimo', 'muito bom', 'voce e muito bom', 'trem bao', 'bom demais', 'bao demais', 'muito bao', 'top demais', 'voce e bom', 'ajudou demais', 'voce e fera', 'adorei', 'amei', 'parabens', 'excelente', 'gostei', 'show de bola', 'muito util', 'maravilha', 'sensacional', 'top', 'voce e demais', 'bom trabalho', 'arrasou',
    // Emoji spoken by voice typing ("nossa q rápido, carinha feliz").
    'carinha feliz', 'carinha sorrindo', 'carinha sorridente', 'rostinho feliz', 'emoji feliz', 'emoji sorrindo', 'coracaozinho'],
  insult: [
    'burro', 'burra', 'idiota', 'imbecil', 'lixo', 'inutil', 'porcaria', 'merda', 'bosta', 'droga', 'horrivel', 'pessimo', 'ruim', 'nao serve pra nada', 'nao entende nada',
    // "esse trem nao presta pra nada sô, so enrola a gente": worthless, or stalling the citizen.
    'nao presta', 'nao presta pra nada', 'nao presta para nada', 'so enrola', 'so enrolam', 'enrola a gente', 'so enrola a gente', 'enrolacao', 'so enrolacao', 'esse trem nao presta',
    'bot burro', 'que bot ruim', 'aff', 'de brincadeira', 'ta de brincadeira', 'sem condicao', 'nao acredito', 'otario', 'vagabundo', 'vsf', 'pqp', 'fdp', 'caralho', 'porra', 'nao ajuda em nada', 'que raiva', 'palhacada', 'ridiculo', 'estupido', 'inutil demais',
    // Frustration at the service rather than a word against the bot ("vcs não resolvem nada mesmo", "sem graça vc").
    // "vc nao sabe nada hein", "não sabe de nada mesmo": the bot's knowing nothing, said against it.
    // Said to the bot ("vc"): "meu filho não sabe nada de matemática" is no insult.
    'vc nao sabe nada', 'voce nao sabe nada', 'vc nao sabe de nada', 'voce nao sabe de nada', 'tu nao sabe nada', 'vc nao sabe responder', 'voce nao sabe responder',
    'vc nao entende nada', 'voce nao entende nada', 'vc nao entende de nada', 'voce nao entende de nada',
    'ninguem resolve nada', 'nao resolve nada', 'nao resolvem nada', 'nunca resolve nada', 'nunca resolvem nada', 'nao resolve', 'sem graca', 'bot inutil', 'que bot inutil',
    // Despair at getting no help anywhere ("ngm me ajuda", "ninguém quer me ajudar"): "ninguém" is no missing person.
    'ninguem me ajuda', 'ninguem ajuda', 'ninguem me ajudou', 'ninguem quer me ajudar', 'ninguem quer ajudar', 'ninguem me atende', 'ninguem me responde',
    // Venting at red tape ("aff q burocracia, esse governo so atrapalha a vida da gente").
    'que burocracia', 'quanta burocracia', 'muita burocracia', 'burocracia demais', 'so atrapalha', 'so atrapalham', 'atrapalha a vida', 'atrapalham a vida', 'atrapalha a vida da gente', 'atrapalham a vida da gente',
  ],
  laugh: ['kkk', 'kk', 'rs', 'rsrs', 'haha', 'hahaha', 'hehe', 'kkkk', 'kkkkk', 'huahua', 'lol'],
  declined: ['nao', 'nada', 'nao obrigado', 'agora nao', 'nao precisa', 'nao quero', 'por enquanto nao', 'so isso', 'era so isso', 'mais nada', 'nada nao', 'deixa', 'deixa pra la', 'deixa quieto', 'esquece'],
  /** Goodbyes said with something else ("até mais, agradeço a ajuda"); alone they are the quit intent. */
  /** Apologies for the citizen's own delay or mistake ('foi mal a demora'): nothing to correct. */
  sorry: [
    // Apologising for not greeting first ("boa noite né, esqueci de cumprimentar", "nem dei bom dia, desculpa").
    'esqueci de cumprimentar', 'esqueci de te cumprimentar', 'esqueci de cumprimentar voce', 'nem cumprimentei', 'nem te cumprimentei', 'nem cumprimentei voce', 'esqueci de dar bom dia', 'esqueci de dar boa tarde', 'esqueci de dar boa noite', 'esqueci de dar oi', 'esqueci do bom dia', 'esqueci do boa tarde', 'esqueci do boa noite',
    'nem dei bom dia', 'nem dei boa tarde', 'nem dei boa noite', 'nem dei oi', 'nem falei oi', 'nem falei bom dia', 'que falta de educacao', 'falta de educacao minha', 'que feio', 'que feio da minha parte',
    // Hoping not to disturb, or sorry to ("Espero não estar atrapalhando.", "desculpe incomodar"),
    // an old courtesy before the need: "espero" is no wait and "atrapalhar" no bar asked (round 4920).
    'espero nao estar atrapalhando', 'espero nao estar incomodando', 'espero nao atrapalhar', 'espero nao incomodar', 'desculpe atrapalhar', 'desculpa atrapalhar', 'desculpe incomodar', 'desculpa incomodar', 'perdao incomodar', 'perdao atrapalhar',
    // A message meant for someone else ("sorry era pra outra pessoa kkk", "foi mal, mandei no chat errado"), round 5940.
    'era pra outra pessoa', 'era para outra pessoa', 'era pra outro contato', 'mandei pra pessoa errada', 'mandei pra outra pessoa', 'mandei na conversa errada', 'mandei no chat errado', 'conversa errada', 'chat errado',
    'errei o numero', 'numero errado', 'foi engano', 'mensagem errada', 'mandei errado',
    // The citizen's own bad connection, the cause of a delay ("desculpa a demora, o sinal aqui na roça vai e volta",
    // "minha internet tá caindo"), round 6443.
    'o sinal aqui', 'sinal vai e volta', 'sinal ta ruim', 'sinal ta fraco', 'sinal fraco', 'sinal ruim', 'sem sinal', 'o sinal caiu', 'caiu o sinal', 'internet vai e volta', 'minha internet ta ruim', 'minha internet caiu', 'minha internet ta caindo', 'internet ta caindo', 'caiu a internet', 'internet fraca',
    'desculpa a demora', 'desculpe a demora', 'foi mal a demora', 'perdao pela demora', 'desculpa pela demora', 'foi mal pela demora', 'desculpa', 'desculpe', 'foi mal', 'perdao'],
  /** A citizen who says the chat is hard for them ("sou idosa e não sei mexer nessas coisas"): patience and a way in. */
  struggling: [
    // Lost in the chat itself ("to meio perdido aqui", "nunca usei isso", "é a primeira vez que uso").
    'to perdido', 'to perdida', 'estou perdido', 'estou perdida', 'meio perdido', 'meio perdida', 'to meio perdido', 'to meio perdida', 'nunca usei', 'primeira vez que uso', 'primeira vez usando',
    // Typing or reading that is hard ("n sei digitar direito", "nao enxergo direito as letra"), round 4547.
    'nao sei digitar', 'nao sei digitar direito', 'nao consigo digitar', 'nao consigo digitar direito', 'dificuldade pra digitar', 'dificuldade de digitar', 'nao sei escrever direito', 'nao sei ler direito', 'nao enxergo direito', 'nao enxergo bem', 'enxergo mal', 'nao enxergo as letras',
    'nao sei mexer', 'nao sei usar', 'nao sei mexer nisso', 'nao sei mexer nessas coisas', 'nao sei mexer direito', 'nao sei mexer bem', 'tenho dificuldade', 'tenho muita dificuldade',
    // The first contact said in a letter ("registro que este é meu primeiro contato por este canal"), round 4156.
    'primeiro contato', 'meu primeiro contato', 'primeira vez que entro em contato', 'primeira vez que escrevo',
    'sou idosa', 'sou idoso', 'nao entendo disso', 'nao entendo dessas coisas',
    // Knowing nothing of "these things" (the phone, the internet), with "nada" or "muito" ("não entendo nada dessas coisas de
    // internet"), round 4925.
    'nao entendo nada dessas coisas', 'nao entendo muito dessas coisas', 'nao entendo bem dessas coisas', 'nao sei nada dessas coisas', 'nao sei dessas coisas', 'nao manjo dessas coisas', 'nao manjo nada dessas coisas', 'nao entendo nada disso', 'sou leigo', 'sou leiga', 'nao sou bom com', 'nao sou boa com', 'nao tenho pratica',
    // Little practice, or taught by someone to use the chat ("não tenho muita prática com essas coisas de internet", "meu
    // neto que me ensinou a usar isso aqui"), round 6443.
    'nao tenho muita pratica', 'tenho pouca pratica', 'pouca pratica', 'nao tenho muita intimidade', 'me ensinou a usar', 'me ensinou a mexer', 'me ensinaram a usar', 'me ensinaram a mexer', 'me mostrou como usa', 'me mostrou como mexe',
    'nao enxergo direito', 'nao sei ler direito', 'nao sei escrever direito',
    // Retired, said beside not knowing how to use the chat ("sou aposentado e nao sei mexer nisso direito"): the age.
    'sou aposentado', 'sou aposentada',
    // Worn out by trying ("já tentei 3 vezes e nada funciona, tô cansada disso").
    'ja tentei', 'tentei de tudo', 'nada funciona', 'nao funciona nada', 'to cansada', 'to cansado', 'estou cansada', 'estou cansado', 'cansei de tentar',
    'to tao cansada', 'to tao cansado', 'estou exausta', 'estou exausto', 'to exausta', 'to exausto', 'correndo atras disso',
    // Worn out by the job ('to morto de cansado, sai do plantao agora', 'sextou, semana pesada no servico'), declared round 6580.
    'morto de cansado', 'morta de cansada', 'to morto', 'to morta', 'semana pesada', 'semana puxada', 'dia pesado', 'dia puxado', 'plantao puxado', 'sai do plantao', 'saindo do plantao',
    // Reading or typing slowly ("eu digito devagar porque tenho deficiência visual").
    // Asking the chat for patience ("vc tem paciência com velho?", "tenha paciência comigo").
    'tem paciencia', 'tenha paciencia', 'paciencia comigo', 'paciencia com idoso', 'paciencia com velho', 'calma comigo', 'tenha calma comigo',
    'digito devagar', 'escrevo devagar', 'leio devagar', 'sou lento', 'sou lenta', 'deficiencia visual', 'baixa visao', 'enxergo pouco', 'nao enxergo', 'sou cego', 'sou cega',
    // Still learning the phone or the language ("to aprendendo a mexer no celular", "ainda estou aprendendo portugues",
    // a foreigner's "estoy aprendiendo", "escribo mezclado").
    'to aprendendo', 'estou aprendendo', 'ainda to aprendendo', 'ainda estou aprendendo', 'aprendendo a usar', 'aprendendo a mexer', 'comecei a usar', 'aprendendo portugues',
    'estoy aprendiendo', 'aprendiendo portugues', 'escribo mezclado', 'escrevo misturado', 'nao falo bem portugues', 'falo pouco portugues',
    // A paper from the government that the citizen cannot make out ("não entendi nada dessa carta que chegou", "sou meio
    // leiga nesses assuntos de papelada", "o governo escreve umas coisas que ninguém entende", "minha vista tá ruim, vou
    // pedir meu neto pra ler a carta"), declared round 6781 (blind 117, "the paper in hand").
    'nao entendi nada dessa carta', 'nao entendi essa carta', 'nao entendo essa carta', 'nao entendi nada da carta', 'nao entendi o que a carta diz', 'nao entendi o papel', 'nao entendi nada desse papel',
    'leiga nesses assuntos', 'leigo nesses assuntos', 'assuntos de papelada', 'essas coisas de papelada',
    'ninguem entende', 'coisa que ninguem entende', 'coisa q ninguem entende', 'coisas que ninguem entende', 'umas coisa q ninguem entende',
    'minha vista ta ruim', 'minha vista esta ruim', 'vista ruim', 'ler a carta pra mim', 'ler a carta para mim', 'ler pra mim', 'ler para mim',
    'nunca recebi uma carta', 'nunca recebi carta',
  ],
  // In a hurry ("to no horario de almoço, seja rapido"): the answer stays short.
  hurry: ['seja rapido', 'seja rapida', 'rapidinho', 'to com pressa', 'estou com pressa', 'tenho pressa', 'com pressa', 'to sem tempo', 'estou sem tempo', 'tenho pouco tempo', 'horario de almoco', 'hora do almoco', 'no almoco', 'vai rapido', 'direto ao ponto', 'resolver isso logo', 'resolver logo', 'resolver isso rapido', 'resolver rapido',
    // Asking whether the chat itself is quick ("to com pressa, vc é rápido?"); said of a service it asks its time, so second person only.
    'vc e rapido', 'voce e rapido', 'vc e rapida', 'voce e rapida', 'ce e rapido', 'vc responde rapido', 'voce responde rapido', 'vc e demorado', 'voce e demorado',
    'anda logo', 'vai logo', 'ande logo', 'agiliza', 'agilizar', 'agiliza ai', 'depressa', 'to no servico', 'estou no servico', 'to no trabalho', 'estou no trabalho', 'to trabalhando', 'estou trabalhando',
    // The time a job leaves ('Estou no meu intervalo de almoço, então vou ser rápida', 'acabei meu turno agora, bora resolver as coisas'), declared round 6580.
    'intervalo de almoco', 'meu intervalo', 'no intervalo', 'acabei meu turno', 'acabei o turno', 'sai do turno', 'depois do meu turno', 'depois do turno', 'vou ser rapida', 'vou ser rapido'],
  // Another language ("Você fala inglês?"): only Portuguese, said in both.
  // Audio or a voice message asked about ("posso mandar áudio?", "vc entende audio?", "prefiro mandar mensagem de voz"):
  // the chat reads text only (copy.onlyText says the same when audio comes).
  voice: ['audio', 'audios', 'mensagem de voz', 'mensagens de voz', 'mandar audio', 'manda audio', 'mandar um audio', 'entende audio', 'ouve audio', 'escuta audio', 'aceita audio', 'por audio', 'gravar audio', 'gravar um audio', 'falar por audio'],
  // Asking to send a photo or a file ("dá para anexar foto por aqui?", "posso mandar o print?") (round 3506).
  attachment: ['anexar', 'anexo', 'anexos', 'anexar foto', 'anexar arquivo', 'mandar foto', 'manda foto', 'mandar uma foto', 'mandar as fotos', 'mandar fotos', 'enviar foto', 'enviar uma foto', 'enviar fotos', 'mandar print', 'mandar o print', 'mandar um print', 'enviar print', 'mandar arquivo', 'mandar um arquivo', 'enviar arquivo', 'enviar um arquivo', 'mandar pdf', 'mandar o pdf', 'mandar video', 'mandar um video', 'enviar video'],
  // Asking leave to paste or forward a message received ("posso colar aqui uma mensagem que recebi?", "posso te
  // encaminhar o que chegou?"): text is read, so the citizen is invited to paste or type it (round 6120).
  paste: ['posso colar', 'pode colar', 'posso copiar e colar', 'copiar e colar', 'colar aqui', 'colar a mensagem', 'colar uma mensagem', 'colar o texto', 'colar a msg', 'vou colar', 'ia colar', 'posso encaminhar', 'encaminhar aqui', 'posso repassar', 'repassar aqui', 'posso te encaminhar', 'posso te repassar', 'posso te mostrar uma mensagem', 'posso mostrar uma mensagem'],
  // Asked to talk in English, not a thing said to be in English ("meu histórico está em inglês", round 3507).
  // Where the bot answers for, asked of it ("você atende o estado inteiro ou só BH?", "vcs atendem o interior?"), round 4262.
  // Who the chat serves and what it does, asked of the channel ("Este canal atende a população diretamente ou é só para
  // servidores?", "quais serviços este canal está apto a prestar?", "posso usar o bot pros meus clientes?"), round 6280.
  audience: ['este canal atende', 'esse canal atende', 'o canal atende', 'canal atende a populacao', 'atende a populacao', 'atende a populacao diretamente', 'atende o cidadao diretamente',
    'e so para servidores', 'e so pra servidores', 'so para servidores', 'so pra servidores', 'so para servidor', 'so pra servidor',
    'quais servicos este canal', 'quais servicos esse canal', 'que servicos este canal', 'que servicos esse canal', 'servicos este canal presta', 'servicos esse canal presta', 'apto a prestar', 'esta apto a prestar',
    'quais servicos voce presta', 'quais servicos vc presta', 'quais servicos voces prestam', 'quais servicos vcs prestam', 'o que este canal faz', 'o que esse canal faz', 'para que serve este canal', 'pra que serve esse canal',
    'posso usar o bot pros meus clientes', 'posso usar o bot para meus clientes', 'posso usar pros meus clientes', 'posso usar para os meus clientes', 'posso usar pros clientes', 'posso usar o bot pros clientes',
    'posso perguntar pelos meus clientes', 'posso perguntar pelos clientes', 'posso perguntar por outra pessoa', 'posso ir perguntando', 'ir perguntando sobre um de cada vez', 'um de cada vez'],
  // Whether the chat remembers an earlier conversation ("Você consegue se lembrar do cliente sobre o qual conversamos
  // ontem?"), round 6281: it does not, and says so.
  // Whether the chat will phone the citizen ("Vocês vão me ligar depois desta conversa?"), round 6282: it never calls.
  calls: ['voces vao me ligar', 'vcs vao me ligar', 'vao me ligar', 'voce vai me ligar', 'vc vai me ligar', 'vao ligar pra mim', 'vai ligar pra mim', 'voces ligam pra', 'vcs ligam pra', 'voces me ligam', 'vcs me ligam', 'alguem vai me ligar'],
  memory: ['consegue se lembrar', 'voce se lembra', 'vc se lembra', 'lembra da nossa conversa', 'lembra da conversa', 'lembra do que conversamos', 'lembra do que falamos', 'lembra do que eu falei',
    'conversamos ontem', 'falamos ontem', 'conversa de ontem', 'conversa anterior', 'nossa ultima conversa', 'ultima conversa', 'te falei ontem', 'te contei ontem', 'te falei semana passada', 'conversamos semana passada'],
  reach: ['voce atende o estado inteiro', 'vc atende o estado inteiro', 'voces atendem o estado inteiro', 'vcs atendem o estado inteiro', 'voce atende o estado todo', 'vc atende o estado todo',
    'voce atende todo o estado', 'vc atende todo o estado', 'voces atendem todo o estado', 'vcs atendem todo o estado', 'voce atende minas toda', 'vc atende minas toda', 'voce atende minas inteira', 'vc atende minas inteira',
    'voce atende so bh', 'vc atende so bh', 'voce so atende bh', 'vc so atende bh', 'voce atende so belo horizonte', 'vc atende so belo horizonte', 'voce so atende belo horizonte', 'vc so atende belo horizonte',
    'voce atende o interior', 'vc atende o interior', 'voces atendem o interior', 'vcs atendem o interior', 'voce atende minha cidade', 'vc atende minha cidade', 'voce atende outras cidades', 'vc atende outras cidades',
    'voce funciona no estado todo', 'vc funciona no estado todo', 'voce funciona no interior', 'vc funciona no interior', 'voce serve pra todo o estado', 'vc serve pra todo o estado', 'serve pra minas toda', 'atende so a capital'],
  language: ['fala ingles', 'falam ingles', 'fala em ingles', 'falar em ingles', 'responde em ingles', 'responder em ingles', 'conversar em ingles', 'atendimento em ingles', 'in english', 'speak english', 'do you speak', 'english please', 'english', 'fala espanhol', 'habla espanol', 'hablas espanol', 'en espanol', 'espanol'],
  // Surprise at what was just said, alone ("eita", "nossa!", "sério?", "vixe", "nossa senhora"): a "pois é", never an
  // "ok" nor a search. With another social cue it only colours that one ("nossa, muito bom": praise), see handlers.ts.
  // Relief, said in a word ("ufa", "que alívio"): lead round 3902.
  surprise: ['ufa', 'ufaa', 'que alivio',
    // A fright just now ("nossa que susto q eu levei agora"), declared round 6781.
    'que susto', 'q susto', 'levei um susto', 'tomei um susto', 'susto que eu levei', 'susto q eu levei',
    // Relief after an emergency ("os bombeiros chegaram, ninguém se machucou", "a ambulância já está a caminho"),
    // declared round 6681: told, nothing asked; not a service of the firemen's (AVCB).
    'ninguem se machucou', 'ninguem saiu machucado', 'ninguem ficou ferido', 'ta todo mundo bem', 'todo mundo bem', 'estao todos bem', 'esta todo mundo bem', 'tudo bem com a gente',
    'os bombeiros chegaram', 'bombeiros chegaram', 'os bombeiros ja chegaram', 'os bombeiros tiraram a gente', 'os bombeiros tiraram', 'a ambulancia chegou', 'o samu chegou', 'a policia chegou', 'a policia ja chegou',
    'a ambulancia ja esta a caminho', 'ambulancia ja esta a caminho', 'a ambulancia ta vindo', 'o samu ta vindo', 'a policia ta vindo', 'a policia ja esta a caminho', 'eita', 'eita nois', 'nossa', 'nossa senhora', 'minha nossa', 'nossa mae', 'caramba', 'meu deus', 'meu deus do ceu', 'misericordia', 'credo', 'cruz credo', 'ixi', 'ixe', 'vixe', 'vish', 'putz', 'puts', 'puxa', 'poxa', 'uau', 'serio', 'serio mesmo', 'e mesmo', 'oxe', 'oxente'],
  // Dismay at the citizen's own situation, with no question ("puta merda, 38 pontos, tô ferrado", "que droga, tô
  // lascada"): a word of comfort, and the conversation stays where it was. Never "ferrado" read as a "feriado".
  dismay: ['to ferrado', 'to ferrada', 'estou ferrado', 'estou ferrada', 'to lascado', 'to lascada', 'estou lascado', 'estou lascada', 'to frito', 'to frita', 'to fudido', 'to fudida',
    'que droga', 'que merda', 'puta merda', 'puta que pariu', 'que raiva', 'q raiva', 'que raiva dessas cartas', 'raiva dessas cartas', 'to nervoso', 'to nervosa', 'estou nervoso', 'estou nervosa', 'que azar', 'que saco', 'que situacao', 'to desesperado', 'to desesperada', 'estou desesperado', 'estou desesperada',
    // Having to chase everything alone ("aff, tudo eu tenho que correr atrás", "sempre eu que corro atrás"), round 4925.
    'tenho que correr atras', 'tenho q correr atras', 'tudo eu tenho que correr atras', 'sempre eu que corro atras', 'eu que tenho que correr atras', 'correr atras de tudo', 'corro atras de tudo',
    'to na pior', 'to quebrado', 'to quebrada', 'to arrasado', 'to arrasada', 'nao acredito', 'so me faltava essa', 'era so o que faltava',
    // Hard times said of life itself ("ta dificil a vida viu", "a situação tá osso"), round 2404.
    'ta dificil', 'esta dificil', 'ta dificil a vida', 'vida ta dificil', 'a vida ta dificil', 'vida dificil', 'dificil a vida', 'ta osso', 'ta foda', 'ta brabo', 'ta braba', 'ta punk', 'ta feia a coisa', 'a coisa ta feia', 'situacao ta dificil', 'situacao ta feia', 'tempos dificeis'],
  // A piece of the citizen's life told with no need ("mds hj foi meu primeiro dia no trampo", "passei no vestibular!!",
  // "fiz 18 anos hoje"): glad for them, nothing searched. With words that name a service it is a request ("comecei a
  // trabalhar, preciso do atestado de antecedentes"), round 5940.
  // "trampo" (work, in slang) only here: read as "trabalho" everywhere it met the labour rights' subject (b53-fu-041).
  news: ['primeiro dia no trabalho', 'primeiro dia de trabalho', 'primeiro dia no trampo', 'primeiro dia de trampo', 'comecei no trampo', 'arrumei um trampo', 'consegui um trampo', 'primeiro dia no emprego', 'primeiro dia no servico', 'primeiro dia de aula', 'primeiro dia na escola', 'primeiro dia na faculdade',
    'comecei a trabalhar', 'comecei no trabalho', 'comecei no emprego', 'arrumei um emprego', 'arrumei emprego', 'consegui um emprego', 'consegui emprego', 'passei no vestibular', 'passei na faculdade',
    'hoje e meu aniversario',
    // Work news ('primeiro emprego!!! comeco segunda feira', 'Hoje completo dez anos na mesma empresa!'), declared round 6580;
    // not 'primeiro emprego' alone ('to procurando meu primeiro emprego' looks for jobs).
    'comeco segunda', 'comeco na segunda', 'anos na mesma empresa', 'anos de empresa', 'fui promovido', 'fui promovida', 'fui efetivado', 'fui efetivada'],
  // Impatience at the wait for an answer ("q demora hein, to esperando faz tempo", "ninguém responde?").
  // Cues match by stem: nothing that a question about a service's time would also say ("demora muito pra sair?").
  waiting: ['que demora', 'quanta demora', 'esperando faz tempo', 'esperando ha horas', 'ninguem responde', 'ninguem me responde',
    // The wait told as over, or as a complaint about the chat ("finalmente alguém responde", "achei que ninguém ia me
    // ajudar", "vcs demoram demais pra responder"), lead round 3902.
    'finalmente alguem responde', 'finalmente alguem respondeu', 'finalmente alguem me responde', 'ate que enfim', 'ate q enfim', 'achei que ninguem ia me ajudar', 'achei que ninguem ia responder', 'achei que ninguem ia me responder',
    'demoram demais pra responder', 'demora demais pra responder', 'demoram muito pra responder', 'demora muito pra responder', 'demoram pra responder', 'demora pra responder',
    // The wait told as past or going on, of the chat ("aff demorou", "demorou hein", "tá demorando"), round 4262: only as
    // these very words (WHOLE_WORDS), never "demora?" (a question of time).
    'demorou', 'demorou hein', 'demorou demais', 'demorou muito', 'como demorou', 'ta demorando', 'demorando muito', 'ta demorando muito'],
  // Fear that the chat itself is a scam, or that it will ask for a password ("Isto aqui é golpe? Vocês vão pedir minha
  // senha?"): reassured, no police report opened (one told of a scam suffered, "caí num golpe do pix", still is), round 6062.
  scam: [
    'isto aqui e golpe', 'isto e golpe', 'isso aqui e golpe', 'isso e golpe', 'e golpe isso', 'e golpe isto', 'sera que e golpe', 'sera que isso e golpe', 'sera que isto e golpe',
    'vao pedir minha senha', 'vao pedir a senha', 'vai pedir minha senha', 'vai pedir a senha', 'pedir minha senha', 'pedem minha senha', 'pede minha senha', 'pedem senha', 'pede senha', 'pedem a senha', 'pede a senha',
    'passar minha senha', 'preciso passar minha senha', 'tenho que passar minha senha', 'dar minha senha', 'informar minha senha', 'digitar minha senha',
    // Whether the chat itself charges, or is all a scam ("Este atendimento por aqui é gratuito ou tem alguma cobrança?",
    // "meu neto falou q esses chat de governo e tudo golpe"), round 6282.
    // Only of the chat itself: "o sine cobra alguma coisa?", "vocês cobram taxa?" ask the service's cost.
    'atendimento por aqui e gratuito', 'atendimento por aqui e pago', 'por aqui e gratuito ou tem alguma cobranca', 'por aqui e gratuito ou pago', 'por aqui tem alguma cobranca', 'por aqui e pago', 'este chat e gratuito', 'esse chat e gratuito', 'este chat e pago', 'esse chat e pago', 'o chat e gratuito', 'o chat e pago',
    'usar o chat e gratuito', 'usar esse chat e gratuito', 'paga pra usar o chat', 'paga para usar o chat', 'paga pra usar esse chat',
    'e tudo golpe', 'tudo golpe', 'chat de governo e golpe', 'esses chat de governo',
    // A scam suffered once, long ago, or a distrust told as the reason for caution here ("já caí em golpe uma vez,
    // agora tô com medo de tudo", "recebi o link de um conhecido e fiquei desconfiada"): reassured, no police report;
    // with a service beside it ("já caí em golpe uma vez, quero fazer o bo") the service is read (round 6740).
    'ja cai em golpe uma vez', 'ja cai num golpe uma vez', 'ja cai em um golpe uma vez', 'ja cai em golpe antes', 'ja cai num golpe antes', 'ja cai em golpe outra vez',
    'ja fui enganado uma vez', 'ja fui enganada uma vez', 'ja levei golpe uma vez', 'ja levei um golpe uma vez', 'ja sofri golpe uma vez', 'ja sofri um golpe uma vez',
    'medo de tudo', 'com medo de tudo', 'desconfiado de tudo', 'desconfiada de tudo',
    'fiquei desconfiada', 'fiquei desconfiado', 'fiquei meio desconfiada', 'fiquei meio desconfiado', 'to desconfiada', 'to desconfiado', 'estou desconfiada', 'estou desconfiado', 'ando desconfiada', 'ando desconfiado'],
  // What becomes of the citizen's personal data, asked of the chat itself ("meus dados ficam guardados com vocês?",
  // "vocês guardam meus dados?", "e a LGPD?"). In a form the same words ask about the field (FIELD_QUESTION).
  privacy: [
    // Whether to trust the chat with one's data ("Minha filha disse que não devo passar dados pessoais em chat nenhum.
    // Posso confiar neste?"), round 6282.
    'posso confiar neste', 'posso confiar nesse', 'posso confiar em voce', 'posso confiar em vc', 'da pra confiar', 'posso confiar nesse chat', 'posso confiar neste chat', 'passar dados pessoais em chat',
    // Another's data the citizen is about to give ("vou passar dado de terceiro aqui", "posso digitar os dados de outra
    // pessoa?"): what becomes of them, no service (round 6740).
    'dado de terceiro', 'dados de terceiro', 'dados de terceiros', 'dado de terceiros', 'passar dado de terceiro', 'passar dados de terceiros', 'dados de outra pessoa', 'dado de outra pessoa', 'dados de outras pessoas', 'passar dados de outra pessoa',
    'ficam guardados', 'fica guardado', 'ficam salvos', 'fica salvo', 'ficam armazenados', 'fica armazenado', 'dados pessoais ficam', 'meus dados ficam', 'meus dados vao ficar',
    'guardam meus dados', 'guardam os meus dados', 'guardam os dados', 'armazenam meus dados', 'salvam meus dados', 'fazem com meus dados', 'fazem com os meus dados', 'vazar meus dados', 'vazam meus dados',
    // Whether it is safe to give one's data here ("é seguro passar meus dados aqui?", "posso informar meus dados?").
    'seguro passar meus dados', 'seguro passar os meus dados', 'seguro passar os dados', 'seguro informar meus dados', 'seguro colocar meus dados', 'seguro digitar meus dados', 'seguro dar meus dados', 'seguro mandar meus dados', 'seguro enviar meus dados',
    'posso passar meus dados', 'posso informar meus dados', 'posso confiar meus dados',
    'meus dados estao seguros', 'meus dados sao seguros', 'meus dados seguros', 'meus dados protegidos', 'protecao de dados', 'lgpd', 'privacidade',
    // Whether it is safe to talk or write here at all ("é seguro falar aqui?", "é seguro usar isso?").
    'seguro falar aqui', 'seguro conversar aqui', 'seguro escrever aqui', 'seguro usar aqui', 'seguro usar isso', 'seguro usar esse', 'seguro usar este', 'e seguro aqui',
    // What is typed kept, and asked to be wiped ("vocês guardam o que eu escrevo?", "apaga meus dados", "é seguro mandar
    // meu cpf aqui?"), round 3304.
    'guardam o que eu escrevo', 'guardam o que eu falo', 'guardam o que escrevo', 'guardam a conversa', 'gravam a conversa', 'salvam a conversa', 'fica gravado', 'fica registrado o que',
    'apaga meus dados', 'apagar meus dados', 'apague meus dados', 'excluir meus dados', 'exclui meus dados', 'deletar meus dados', 'deleta meus dados', 'apaga tudo que eu escrevi', 'apaga o que eu escrevi',
    'nao quero que guardem', 'nao quero q guardem', 'nao quero que voces guardem', 'nao quero q vcs guardem',
    'seguro mandar meu cpf', 'seguro passar meu cpf', 'seguro digitar meu cpf', 'seguro informar meu cpf', 'seguro colocar meu cpf', 'seguro dar meu cpf',
  ],
  // Putting it off, to think or come back later ("vou pensar e depois volto", "volto mais tarde", "qualquer coisa eu
  // volto"): no request, nor a goodbye that ends the conversation. Its "volto" is no "voltar a estudar".
  later: ['vou pensar', 'vou pensar melhor', 'vou pensar aqui', 'deixa eu pensar', 'preciso pensar', 'vou pensar direitinho',
    'depois eu volto', 'depois volto', 'volto depois', 'eu volto depois', 'volto mais tarde', 'mais tarde eu volto', 'volto outra hora', 'outra hora eu volto',
    'volto outro dia', 'outro dia eu volto', 'volto amanha', 'amanha eu volto', 'qualquer coisa eu volto', 'qualquer coisa volto', 'depois eu retorno', 'retorno depois',
    // Talking later ("depois eu falo", "falo mais tarde", "depois a gente se fala"), or unable to talk now because driving.
    'depois falo', 'depois eu falo', 'falo depois', 'eu falo depois', 'depois te falo', 'falo mais tarde', 'mais tarde eu falo', 'depois a gente fala', 'depois a gente se fala',
    // What was to be asked forgotten for a moment ("esqueci agora o que era, pera aí"), round 4102.
    'esqueci o que era', 'esqueci agora o que era', 'esqueci o que eu ia perguntar', 'esqueci o que ia perguntar', 'esqueci o que eu ia falar', 'esqueci o que ia falar', 'esqueci o que eu queria',
    // ... or what was to be pasted or sent ('pera esqueci o que eu ia colar aqui'), round 6120.
    'esqueci o que eu ia colar', 'esqueci o que ia colar', 'esqueci o que eu ia mandar', 'esqueci o que ia mandar', 'esqueci o que eu ia enviar', 'esqueci o que eu ia te mandar',
    // A moment asked to fetch something ("pera um min q vou pegar os docs do cliente", "só um minutinho"), round 6443.
    'pera um min', 'pera um minuto', 'pera um minutinho', 'so um minuto', 'so um minutinho', 'um minutinho', 'so um momento', 'um momentinho', 'aguarda um pouco', 'aguarde um momento', 'aguarda um minuto',
    'vou pegar os documentos', 'vou pegar os docs', 'vou buscar os documentos', 'vou buscar os docs', 'deixa eu pegar os documentos', 'deixa eu pegar os docs',
    'depois continuo', 'depois eu continuo', 'continuo depois', 'to dirigindo', 'estou dirigindo', 'to no volante', 'estou no volante', 'to no transito', 'estou no transito'],
  bye: [
    // A letter's last line ("Sem mais para o momento, subscrevo-me."), round 4156.
    'sem mais para o momento', 'sem mais no momento', 'sem mais', 'subscrevo me', 'sem mais para o momento subscrevo me',
    'tchau', 'tchauzinho', 'ate logo', 'ate mais', 'ate a proxima', 'ate breve', 'adeus', 'bye', 'fui embora', 'vou nessa', 'fui nessa', 'vou indo',
    'tenha um otimo dia', 'tenha um bom dia', 'tenha uma boa tarde', 'tenha uma boa noite', 'bom fim de semana', 'fica com deus', 'fique com deus',
    // A week or a rest wished on leaving ("boa semana pra vcs", "bom descanso"), and a letter's closing ("Atenciosamente,"), round 4150.
    'boa semana', 'uma boa semana', 'otima semana', 'uma otima semana', 'tenha uma boa semana', 'bom final de semana', 'bom fds', 'bom feriado', 'bom descanso', 'bom trabalho pra voces', 'bom trabalho a todos'],
} as const;

/**
 * Verbs of wanting that open the clause saying what is wanted ("desculpa, *quero*…", "não tenho ainda, *quero* tirar a
 * primeira"): the one base list; a reader that needs more builds its own set from it (topics.ts, handlers.ts).
 */
/** "esse", "essa", "este", "esta": pointing at something in view. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['esse', 'essa', 'este', 'esta', 'esses', 'essas', 'desse', 'dessa', 'nesse', 'nessa']);
/** The far demonstratives ("*aquele* bo", "*naquele* siare"): what was talked about before, not the card in view. */
export const FAR_DEMONSTRATIVES: ReadonlySet<string> = new Set(['aquele', 'aquela', 'aqueles', 'aquelas', 'daquele', 'daquela', 'naquele', 'naquela']);
/** Verbs of knowing: after them a word of asking opens a clause of its own ("não sei *quando*"), nothing asked. */
export const KNOWING: ReadonlySet<string> = new Set(['sei', 'sabe', 'sabia', 'saber', 'lembro', 'entendi', 'imagino', 'ideia']);

/**
 * Verbs of going back, and their gerund: to a request ("volta pro agendamento", "retoma o pedido", "ok, voltando pro
 * agendamento") or by a count in the steps ("*volta* 1", "recua 1").
 */
export const BACK_VERBS: ReadonlySet<string> = new Set(['volta', 'voltar', 'volte', 'voltemos', 'voltando', 'retoma', 'retomar', 'retome', 'retomando', 'retorna', 'retornar', 'retorne', 'retornando', 'recua', 'recuar', 'recue']);
export const WANT_OPENERS: ReadonlySet<string> = new Set(['quero', 'queria', 'preciso', 'precisava', 'gostaria']);
/** The question words of how, where, when, which, how much and who (course.ts: a card's question; handlers.ts with verbs of being able and needing). */
export const WH_WORDS: ReadonlySet<string> = new Set(['como', 'quanto', 'quanta', 'quantos', 'quantas', 'onde', 'qual', 'quais', 'quando', 'quem']);
/**
 * Question words: a message holding one asks something (handlers.ts: it is no order; wish.ts: no bare wish). Its chat
 * spellings never reach a token (the reading writes them out, SLANG), kept for a reader of the text as typed.
 */
export const ASKED_WORDS: ReadonlySet<string> = new Set([...WH_WORDS, 'oq', 'porque', 'pq', 'ond', 'ql', 'qnd', 'qdo', 'qto', 'qnto']);

/**
 * Words of a feeling told in the middle of a service, with no question ("to com muita *raiva* desse golpista", "está
 * sendo muito *difícil*", "o trem *complicado* só"; "ele é a coisa mais *linda* desse mundo"): how the statement is taken
 * in (views.ts, sayTold). Ordinary Portuguese, folded, both genders.
 */
export const HARD_FEELINGS: ReadonlySet<string> = new Set(['raiva', 'odio', 'revolta', 'revoltado', 'revoltada', 'revoltante', 'triste', 'tristeza', 'dificil', 'dificeis', 'complicado', 'complicada', 'medo', 'desesperado', 'desesperada', 'desespero',
  'angustia', 'angustiado', 'angustiada', 'chateado', 'chateada', 'chateacao', 'nervoso', 'nervosa', 'preocupado', 'preocupada', 'preocupacao', 'sofrendo', 'sofrimento', 'sofrido', 'sofrida', 'chorando', 'choro', 'chorei',
  'cansado', 'cansada', 'cansativo', 'exausto', 'exausta', 'arrasado', 'arrasada', 'saudade', 'saudades', 'luto', 'dor', 'magoado', 'magoada', 'injustica', 'humilhado', 'humilhada', 'humilhacao', 'abalado', 'abalada',
  'horrivel', 'pesado', 'pesada', 'duro', 'dura', 'sozinho', 'sozinha', 'absurdo', 'sacanagem']);
export const GLAD_FEELINGS: ReadonlySet<string> = new Set(['feliz', 'felizes', 'felicidade', 'alegria', 'alegre', 'contente', 'orgulho', 'orgulhoso', 'orgulhosa', 'lindo', 'linda', 'lindos', 'lindas', 'maravilhoso', 'maravilhosa',
  'animado', 'animada', 'aliviado', 'aliviada', 'alivio', 'amo', 'abencoado', 'abencoada', 'benca']);

/** The ways of saying "you" to the bot ("vc", "você", "cê", "tu"), singular or plural. */
export const YOU_WORDS: ReadonlySet<string> = new Set(['vc', 'voce', 'ce', 'tu', 'vcs', 'voces']);

/**
 * Adjectives that praise or blame someone, as said to the bot after "você é" ("vc é muito *educada*", "você é *lerdo*"):
 * ordinary Portuguese for a person's manner, both genders, folded. Only read in that frame (handlers.ts, youAre).
 */
export const BOT_PRAISE: ReadonlySet<string> = new Set(['educado', 'educada', 'gentil', 'atencioso', 'atenciosa', 'legal', 'bacana', 'simpatico', 'simpatica', 'querido', 'querida', 'fofo', 'fofa', 'inteligente', 'esperto', 'esperta',
  'rapido', 'rapida', 'paciente', 'prestativo', 'prestativa', 'eficiente', 'util', 'show', 'top', 'demais', 'incrivel', 'otimo', 'otima', 'excelente', 'maravilhoso', 'maravilhosa', 'perfeito', 'perfeita', 'bom', 'boa', 'melhor',
  'amor', 'anjo', 'benca', 'sensacional', 'bao', 'boazinha', 'bonzinho', 'caprichoso', 'caprichosa']);
export const BOT_BLAME: ReadonlySet<string> = new Set(['lerdo', 'lerda', 'lento', 'lenta', 'chato', 'chata', 'burro', 'burra', 'inutil', 'ruim', 'pessimo', 'pessima', 'horrivel', 'confuso', 'confusa', 'complicado', 'complicada',
  'pior', 'idiota', 'grosso', 'grossa', 'estupido', 'estupida', 'fraco', 'fraca', 'enrolado', 'enrolada', 'devagar', 'limitado', 'limitada']);

/** The definite articles ("*o* documento", "pula *a* vistoria"): readers that also take other words build on this list. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['o', 'a', 'os', 'as']);

/** Interjections that colour a social turn without changing it ("vlw uai", "nossa, vc é mt bom"): never a message alone. */
export const INTERJECTIONS = new Set(['uai', 'so', 'nossa', 'po', 'cara', 'mano', 'eita', 'ue', 'puxa', 'poxa', 'vei', 'velho', 'meu', 'deus', 'ixi', 'ish', 'gente', 'sla', 'aff', 'affe', 'afe']);

/**
 * What a citizen calls the bot by, with affection or in slang ("bom dia *flor do dia*", "oi *querida*", "e aí
 * *parceiro*"): these ride along with a social cue, never make one.
 */
export const ADDRESS_TERMS: readonly string[] = [
  'flor', 'flor do dia', 'minha flor', 'querida', 'querido', 'minha querida', 'meu querido', 'meu anjo', 'anjo', 'meu bem', 'linda', 'lindinha', 'amor', 'meu amor',
  'moca', 'moco', 'mocinha', 'menina', 'menino', 'fia', 'fio', 'minha filha', 'meu filho',
  'mana', 'brother', 'bro', 'parceiro', 'parceira', 'parca', 'chefe', 'patrao', 'campeao', 'amigo', 'amiga', 'migo', 'miga',
  // Those on the other side, as a group, in a letter or in chat ("Boa tarde, equipe.", "bom dia pessoal"), round 4150.
  'equipe', 'pessoal', 'galera', 'senhores', 'senhoras', 'prezados', 'prezadas',
  // The formal letter's address ("Excelentíssimos senhores, cordiais saudações."), round 6143.
  'excelentissimos', 'excelentissimas', 'excelentissimo', 'excelentissima', 'ilustrissimos', 'ilustrissimo', 'ilustrissima',
];

/**
 * What a social turn is about ("obrigado *pela ajuda*", "agradeço *a atenção*", "*tô falando com* uma
 * máquina", "que porcaria *de atendimento*"): these words may complete a social cue, never make one.
 */
export const SOCIAL_OBJECTS = new Set([
  'pela', 'pelo', 'pelas', 'pelos', 'ajuda', 'atencao', 'dispensada', 'gentileza', 'presteza', 'cordialidade', 'informacao', 'informacoes', 'explicacao', 'explicacoes', 'paciencia', 'retorno', 'resposta', 'respostas',
  'atendimento', 'falando', 'conversando', 'falo', 'converso', 'com', 'bot', 'sistema', 'chat', 'aplicativo', 'app', 'trabalho', 'dica', 'dicas', 'forca', 'orientacao',
  'sao', 'novo', 'novamente', 'contigo', 'consigo', 'demora', 'resposta', 'governo', 'estado', 'servico', 'servicos', 'c', 'minas', 'gerais', 'mg', 'celular', 'internet', 'computador', 'tecnologia', 'mexer', 'coisas',
  // Who the citizen cares for, said while venting ("minha mãe doente e eu correndo atrás disso sozinha").
  'mae', 'pai', 'filho', 'filha', 'doente', 'sozinha', 'sozinho', 'tao',
  // Leave asked before speaking ("com licença, estou aprendendo a usar o celular"); never a cue of its own (the licences).
  'licenca',
]);

/** Kinds of social turn. */
export type SocialKind = keyof typeof SOCIAL;

/** Corrections: what follows is what the citizen meant ("na verdade é da moto", "errei, é CNH e não RG"). */
export const CORRECTION = [
  'na verdade', 'na realidade', 'quer dizer', 'errei', 'ops', 'o que eu quero e', 'o que eu queria era', 'o que eu preciso e', 'o que eu precisava era', 'quero mesmo e', 'refiro me', 'me refiro', 'estou me referindo', 'to me referindo', 'quis dizer', 'queria dizer', 'me enganei', 'foi mal', 'digo', 'alias', 'corrigindo', 'nao era isso', 'nao e isso', 'nao e esse',
  'nao e essa', 'eu quis dizer', 'escrevi errado', 'digitei errado', 'opa errei', 'na real', 'pera', 'peraí', 'espera', 'espere', 'nao era esse', 'nao era essa', 'era outro', 'era outra',
  'outra coisa', 'outro servico', 'outra opcao', 'me expressei mal', 'falei errado', 'me confundi', 'confundi', 'troquei tudo', 'inverti', 'falei invertido', 'ou melhor', 'melhor dizendo',
  'retificando', 'me corrigindo', 'pensando bem', 'pensando melhor', 'errado', 'cliquei errado', 'cliquei no errado', 'apertei errado', 'apertei no errado', 'toquei errado', 'cliquei sem querer', 'apertei sem querer', 'ao contrario', 'e o contrario', 'pelo contrario', 'nao e esse nao', 'nao era bem isso', 'nao e bem isso',
  'expliquei mal', 'expliquei errado', 'me expliquei mal', 'me expressei errado', 'disse errado', 'contei errado',
  'corrijo', 'me corrijo', 'retifico', 'retiro o que disse', 'retiro o que eu disse',
];
/** A fact told late that may change the need ("Esqueci de contar: ele já tinha RG aqui em Minas…"), round 5664. */
export const TOLD_LATE = ['esqueci de contar', 'esqueci de falar', 'esqueci de dizer', 'esqueci de mencionar', 'esqueci um detalhe', 'esqueci de um detalhe'];
/**
 * The need told again in other words ("Explico melhor: comprei o carro usado e…", "deixa eu explicar direito: …",
 * "reformulando, …"), read as a fact told late (round 6142). The verb typed in the first person or after "vou"/"deixa eu"
 * only: "me explica melhor" asks the bot (see RESTATING_VERB in intents.ts), though its stems are the same.
 */
export const RESTATED = ['explico melhor', 'explico direito', 'explicando melhor', 'explicando direito', 'vou explicar melhor', 'vou explicar direito', 'deixa eu explicar', 'deixa eu explicar melhor',
  'deixa eu me explicar', 'me explico melhor', 'reformulando', 'em outras palavras', 'esclarecendo', 'esclareco'];
/** Politeness around a correction ("desculpa, na verdade…"): dropped with the cue, never searched. */
export const APOLOGIES = new Set(['desculpa', 'desculpe', 'perdao', 'sorry', 'foi', 'mal', 'ah', 'ai', 'puts', 'eita', 'ih', 'opa']);
/**
 * What may come before a "não" that answers the bot rather than denying what follows ("ops nao, é do posto…", "pera,
 * não, …", "desculpa, não, …"): the apologies and interjections. correct.ts reads the "não" so (NO_ANSWERING), and
 * commands.ts reads such a message as a correction, whose closing tag asks nothing (OPENS_WITH_NO).
 */
export const BEFORE_NO: readonly string[] = [...APOLOGIES, 'ops', 'putz', 'vixe', 'pera'];

/** Words of a question that say how, not which service: left out when deciding whether another service is named. */
export const GENERIC_WORDS = new Set([
  'tirar', 'tiro', 'tira', 'fazer', 'faz', 'faco', 'feito', 'pedir', 'peco', 'pede', 'solicitar', 'ficar', 'fica', 'pronto', 'pronta', 'sair', 'sai', 'chegar', 'chega',
  'receber', 'recebo', 'levar', 'levo', 'precisar', 'preciso', 'precisa', 'demorar', 'demora', 'custar', 'custa', 'pagar', 'pago', 'paga', 'conseguir', 'consigo',
  'servico', 'coisa', 'processo', 'pedido', 'solicitacao', 'dia', 'dias', 'tempo', 'hora', 'horas', 'mes', 'meses', 'casa', 'correio', 'antes', 'novo', 'nova',
  'isso', 'esse', 'essa', 'dele', 'dela', 'disso', 'nisso', 'tudo', 'certinho', 'certo', 'ir', 'vai', 'vou', 'vem', 'mim', 'gente', 'ainda', 'la', 'pra', 'aqui',
  'direto', 'junto', 'sozinho', 'fico', 'ficou', 'ficam', 'fiquei', 'dar', 'da', 'deu', 'dou', 'abrir', 'abre', 'abra', 'jeito', 'forma', 'maneira', 'entrada', 'pegar', 'pego', 'outro', 'outra', 'duvida', 'duvidas', 'devo', 'deve', 'informar', 'informe', 'for', 'fosse', 'ser', 'seja', 'sozinha', 'mesmo', 'mesma', 'caso', 'vez', 'hoje', 'amanha', 'semana', 'entregar', 'entrega', 'resolver', 'resolvo', 'emitir', 'renovar',
  'pessoa', 'alguem', 'voces', 'anos', 'ano', 'idade', 'sendo', 'registrar', 'registro', 'feita', 'seu', 'sua', 'pronto', 'normal', 'geral', 'ja', 'tambem', 'sim', 'nao', 'valor', 'taxa', 'prazo', 'agendar', 'marcar', 'horario',
  // "direito" as "properly" ("não sei mexer em computador direito") or as a right ("tenho direito?"): never a service's
  // name by itself (lead, round 3180: it named the water-use grant, "outorga de *direito* de uso").
  'direito',
  // Words that go back to an earlier subject ("voltando no ipva", "a propósito", "retomando"): how one asks, not what.
  'formulario', 'form', 'voltando', 'retomando', 'proposito', 'aproveitando', 'falando',
  // Verbs of seeing, knowing, telling and gathering ("onde eu possa ver isso", "me passa o site", "o que juntar"): how one asks, not what.
  'ver', 'vejo', 'veja', 'olhar', 'olho', 'saber', 'entender', 'ler', 'achar', 'acho', 'encontrar', 'encontro', 'juntar', 'junto', 'reunir', 'separar', 'apresentar',
  'passa', 'passar', 'manda', 'mandar', 'mande', 'diz', 'dizer', 'diga', 'fala', 'falar', 'informa', 'informar', 'explica', 'explicar', 'funciona', 'funcionar',
  'possa', 'posso', 'pode', 'podem', 'consegue', 'conseguem', 'alguma', 'algum', 'obrigado', 'obrigada', 'obrigatorio', 'obrigatoria', 'sozinhos', 'sozinhas', 'certeza',
  // How a question is put, not what it is about ("mesmo assim", "muda alguma coisa?", "o que faço primeiro?").
  'assim', 'muda', 'mudaria', 'primeiro', 'diferenca', 'diferente', 'saindo', 'bom', 'ta', 'pessoas', 'beneficio', 'querendo', 'paguei', 'nunca', 'canal', 'obtenho', 'obter', 'consigo',
  // Getting a thing back ("onde eu pego ela *de volta*", "quero ela de volta"): how one gets it, not what.
  'volta',
  // When, not what ("desde ontem à noite", "semana passada").
  'noite', 'manha', 'ontem', 'desde', 'passada', 'passado', 'atras',
  // Verbs of showing ("mostra o ipva", "me mostra"): how one asks, not what (as "manda", "passa" above).
  'mostra', 'mostrar', 'mostre',
  // Back in the conversation ("voltei, oq precisa msm"): no one who went missing.
  'voltei', 'cheguei', 'retornei',
  // How long or how much as a rule ("quanto tempo leva, *em média*?", "geralmente", "mais ou menos"): how one asks, not
  // what ("média" is no typo of the protective order's "medida").
  'media', 'aproximadamente', 'geralmente', 'normalmente', 'costuma', 'costumam', 'menos',
  // "e se eu tiver…", "se estiver…": the condition's verb, as "for" and "fosse" are, names nothing.
  'tiver', 'tivesse', 'estiver', 'estivesse',
  // Months ("em março" is not "eu marco", which the stemmer reads as "marcar").
  'janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  // Checking later and going on ("pra eu conferir depois", "antes de continuar"): how and when one asks, not what.
  'conferir', 'confere', 'confiro', 'confira', 'conferi', 'checar', 'depois', 'continuar', 'continua', 'continuo', 'prosseguir', 'seguir',
  // Sighs and exclamations before a question ("aff, e o ipva desse carro onde eu vejo?", "vixe, e a cnh?"): a mood, not what.
  'aff', 'affe', 'afe', 'vixe', 'vish', 'ixi', 'ixe', 'putz', 'eita', 'oxe',
]);

/** Words of a request cue that ask the bot itself ("agendar *por aqui*", "marca *pra mim*"). */
export const HERE_WORDS: ReadonlySet<string> = new Set(['aqui', 'mim', 'voce', 'vc', 'chat']);

/** Words asking the bot to wait a moment before the request ("pera, volta"). */
export const PAUSE_WORDS: ReadonlySet<string> = new Set(['pera', 'perai', 'espera', 'espere', 'calma', 'opa']);

/**
 * Words of a clause that only drops what was being talked about ("esquece isso", "deixa pra lá", "deixa quieto",
 * "ignora isso", "mudei de ideia"), said before a new request ("esquece isso, quero ver o dae"). `DISMISS_VERBS` must
 * be in the clause ("ideia" stands for "mudei de ideia"); the other words may go with them.
 */
export const DISMISS_VERBS: ReadonlySet<string> = new Set(['esquece', 'esqueca', 'esquecer', 'deixa', 'deixe', 'ignora', 'ignore', 'desconsidera', 'desconsidere', 'ideia']);
// "mudei" only with "de ideia": "mudei, quero transferir a escola" tells of a move, which is the request's context.
export const DISMISS_WORDS: ReadonlySet<string> = new Set([...DISMISS_VERBS, 'mudei', 'isso', 'isto', 'essa', 'esse', 'pra', 'para', 'la', 'quieto', 'tudo', 'de', 'entao', 'ah', 'ai', 'aff', 'pera', 'nao', 'o', 'a']);

/**
 * A need asked impersonally, of one or two words ("precisa de curso?", "tem que ter cnh?", "e precisa fazer exame?",
 * "é obrigatório ter seguro?"), or in the first person ("tenho q fazer prova?", "vou ter que fazer prova?"), not a
 * verb ("precisa reservar antes?" asks to book); nor "… pra tirar a cnh" (the need of another service). Said of
 * someone ("*ele* precisa fazer aula?", "*a gente* tem que levar?"), a pronoun may open it (round 2341). Its callers
 * want a "?": "preciso de curso técnico" said plainly is the citizen's own need, a request.
 */
const NEED_LEAD = String.raw`^(e )?((ele|ela|eles|elas|voce|vc|a gente) )?(precisa|precisaria|tem que|tem q|e obrigatorio|e necessario|exige|exigem|pede|pedem|preciso|tenho que|tenho q|vou ter que|vou ter q|vou precisar|eu preciso|eu tenho que|eu tenho q)( (ter|fazer|apresentar|levar|de|do|da|dos|das|um|uma|uns|umas|algum|alguma|o|a|os|as))* `;
export const BARE_NEED = new RegExp(String.raw`${NEED_LEAD}(?!\w+(ar|er|ir)\b)\w+( de \w+| \w+)?( (de novo|denovo|outra vez|tambem|tb|tbm))?$`);
/**
 * Whether it expires, asked with the verb alone ("vence?", "e ela expira?", "isso vence"): how long it stays valid, of
 * the thing in view (round 4906).
 */
export const BARE_EXPIRES = /^(e |mas |ai )?(ela |ele |isso |elas |eles )?(vence|vencem|expira|expiram|caduca|caducam)( tambem)?$/;
/** The thing a bare need asks for ("precisa levar *as placas*?" → "placas"): the words after its verbs and articles. */
export const neededThing = (folded: string): string => folded.replace(NEED_LEAD_RE, '');
const NEED_LEAD_RE = new RegExp(NEED_LEAD);

/** The chat as the place of doing it ("por aqui", "aqui mesmo", "pelo chat"). */
export const IN_THE_CHAT = /\b(por aqui|aqui mesmo|aqui msm|pelo chat|por esse chat|por este chat)\b/;
