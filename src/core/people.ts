// Words for the people a citizen asks for ("pro meu filho", "minha mãe é aposentada", "mudar o aluno de escola"),
// folded. Shared by search (who may stand between a phrase's words) and the conversation (who a request is for,
// whose requirements a question weighs): each caller adds its own class of words to these.

/** Family members: parents, children, grandchildren, siblings, spouses, uncles and aunts. */
export const FAMILY: readonly string[] = [
  'pai', 'mae', 'filho', 'filha', 'filhos', 'filhas', 'neto', 'neta', 'netos', 'netas', 'enteado', 'enteada', 'sobrinho', 'sobrinha',
  'marido', 'esposa', 'esposo', 'mulher', 'irmao', 'irma', 'avo', 'avos', 'tio', 'tia', 'sogro', 'sogra',
];

/** Children named by their age, not by kin ("pro meu menino", "a criança"). */
export const CHILDREN: readonly string[] = ['menino', 'menina', 'crianca', 'criancas'];
