/**
 * Evaluation set for the Atende service search: realistic citizen queries
 * (as typed on a phone in Minas Gerais) labelled with the service id the bot
 * should open, or `null` when no state service fits.
 *
 * Written only from the list of 74 service ids, titles and popular names; it
 * is deliberately NOT tuned to the catalogue text or the search engine.
 */

/** A labelled citizen query: `expected` is the service id the bot should open, or null when no service fits. */
export interface LabelledQuery {
  query: string;
  expected: string | null;
  group: 'exact' | 'colloquial' | 'unaccented' | 'typo' | 'long' | 'abbreviation' | 'out_of_scope';
}

/** The 74 service ids the evaluation refers to. */
export const serviceIds = [
  'cin-1a-via', 'cin-2a-via', 'antecedentes-criminais', 'ciptea', 'agendamento-uai', 'conta-govbr',
  'bo-perda-documentos', 'bo-furto', 'bo-acidente-sem-vitima', 'bo-estelionato', 'pessoa-desaparecida',
  'medida-protetiva', 'consulta-reds', 'disque-denuncia', 'avcb',
  'cnh-primeira-habilitacao', 'cnh-renovacao', 'cnh-2a-via', 'cnh-mudanca-categoria', 'cnh-endereco',
  'cnh-transferencia-estado', 'multas-pontuacao', 'recurso-multa', 'indicacao-condutor', 'exames-detran',
  'cnh-estrangeiro',
  'crlv-licenciamento', 'transferencia-veiculo', 'comunicacao-venda', 'primeiro-emplacamento',
  'veiculo-removido', 'situacao-veiculo', 'baixa-veiculo', 'vistoria-veiculo',
  'ipva', 'ipva-parcelamento', 'ipva-isencao', 'ipva-restituicao', 'itcd', 'certidao-debitos', 'dae',
  'nota-fiscal-avulsa', 'inscricao-estadual',
  'medicamentos-alto-custo', 'doacao-sangue', 'ouvidoria-saude',
  'cadastro-escolar', 'renovacao-matricula', 'transferencia-escola', 'eja', 'curso-tecnico',
  'historico-escolar', 'equivalencia-estudos',
  'licenca-pesca', 'pescador-profissional', 'licenciamento-ambiental', 'outorga-agua', 'gta',
  'denuncia-ambiental',
  'visita-presidio', 'visita-virtual',
  'abrir-empresa', 'certidao-jucemg', 'baixa-empresa',
  'ouvidoria', 'acesso-informacao',
  'passe-livre', 'onibus-intermunicipal',
  'contracheque-servidor', 'ipsemg',
  'sine-emprego', 'seguro-desemprego',
  'cemig-conta', 'copasa-conta',
] as const;

export type ServiceId = (typeof serviceIds)[number];
type Group = LabelledQuery['group'];

/** Builds one labelled query; typing `expected` as ServiceId catches misspelt ids at compile time. */
function q(query: string, expected: ServiceId | null, group: Group): LabelledQuery {
  return { query, expected, group };
}

export const queries: readonly LabelledQuery[] = [
  // ── Documentos ────────────────────────────────────────────────────────────
  // cin-1a-via: first identity card (never had one)
  q('carteira de identidade nacional primeira via', 'cin-1a-via', 'exact'),
  q('meu filho nunca tirou rg como faço pra tirar o primeiro dele', 'cin-1a-via', 'colloquial'),
  q('CIN 1a via', 'cin-1a-via', 'abbreviation'),
  q('emissao da primeira carteira de identidade', 'cin-1a-via', 'unaccented'),
  q('boa tarde moça minha filha fez 10 anos e nunca teve identidade onde agenda pra fazer a primeira dela', 'cin-1a-via', 'long'),

  // cin-2a-via: replacement identity card (lost, stolen, damaged)
  q('segunda via da carteira de identidade', 'cin-2a-via', 'exact'),
  q('perdi meu rg e preciso de outro', 'cin-2a-via', 'colloquial'),
  q('segunda via da identidadi', 'cin-2a-via', 'typo'),
  q('oi bom dia eu queria saber como faço pra tirar a segunda via do meu rg que eu perdi', 'cin-2a-via', 'long'),
  q('2 via rg', 'cin-2a-via', 'abbreviation'),

  // antecedentes-criminais
  q('atestado de antecedentes criminais', 'antecedentes-criminais', 'exact'),
  q('a empresa pediu nada consta criminal pra eu ser contratado', 'antecedentes-criminais', 'colloquial'),
  q('antescedentes criminais', 'antecedentes-criminais', 'typo'),
  q('certidao de antecedentes criminais policia civil', 'antecedentes-criminais', 'unaccented'),

  // ciptea
  q('carteira de identificação da pessoa com autismo', 'ciptea', 'exact'),
  q('como faço a carteirinha do autista pro meu filho', 'ciptea', 'colloquial'),
  q('CIPTEA', 'ciptea', 'abbreviation'),
  q('carteira do autsta', 'ciptea', 'typo'),

  // ── Atendimento ───────────────────────────────────────────────────────────
  // agendamento-uai
  q('agendar atendimento na uai', 'agendamento-uai', 'exact'),
  q('quero marcar horário na uai do barreiro', 'agendamento-uai', 'colloquial'),
  q('agendamneto uai', 'agendamento-uai', 'typo'),
  q('bom dia gente preciso ir na uai resolver umas coisas mas dizem q tem q agendar antes como que marca', 'agendamento-uai', 'long'),

  // conta-govbr
  q('recuperar acesso à conta gov.br', 'conta-govbr', 'exact'),
  q('esqueci a senha do gov br e nao consigo entrar', 'conta-govbr', 'colloquial'),
  q('nao consigo recuperar minha conta gov br', 'conta-govbr', 'unaccented'),
  q('recuperar sennha do govbr', 'conta-govbr', 'typo'),

  // ── Segurança ─────────────────────────────────────────────────────────────
  // bo-perda-documentos
  q('boletim de ocorrência de perda de documentos', 'bo-perda-documentos', 'exact'),
  q('perdi minha carteira com todos os documentos dentro preciso fazer o bo', 'bo-perda-documentos', 'colloquial'),
  q('BO online perda de documento', 'bo-perda-documentos', 'abbreviation'),
  q('registrar extravio de documentos delegacia virtual', 'bo-perda-documentos', 'unaccented'),
  q('boletin de ocorencia de perda de documento', 'bo-perda-documentos', 'typo'),

  // bo-furto
  q('boletim de ocorrência de furto', 'bo-furto', 'exact'),
  q('furtaram minha bicicleta na porta de casa como registro', 'bo-furto', 'colloquial'),
  q('oi tudo bem entraram no meu quintal essa noite e levaram minha furadeira e a bike quero registrar ocorrencia pela internet', 'bo-furto', 'long'),
  q('bo de furto de celulr', 'bo-furto', 'typo'),
  q('FURTARAM MEU CELULAR NA RUA COMO FAÇO O BO', 'bo-furto', 'colloquial'),

  // bo-acidente-sem-vitima
  q('boletim de ocorrência de acidente de trânsito sem vítima', 'bo-acidente-sem-vitima', 'exact'),
  q('bati o carro ninguem se machucou preciso do bo pro seguro', 'bo-acidente-sem-vitima', 'colloquial'),
  q('BO de batida sem ferido', 'bo-acidente-sem-vitima', 'abbreviation'),
  q('ocorrencia de acidenti sem vitima', 'bo-acidente-sem-vitima', 'typo'),

  // bo-estelionato
  q('boletim de ocorrência de estelionato', 'bo-estelionato', 'exact'),
  q('caí no golpe do pix o que eu faço', 'bo-estelionato', 'colloquial'),
  q('boa noite um cara se passou pelo meu sobrinho no zap pediu dinheiro e eu transferi era golpe como eu registro isso', 'bo-estelionato', 'long'),
  q('estelhonato registrar', 'bo-estelionato', 'typo'),
  q('golpe do falso emprestimo registrar ocorrencia', 'bo-estelionato', 'unaccented'),

  // pessoa-desaparecida
  q('comunicar desaparecimento de pessoa', 'pessoa-desaparecida', 'exact'),
  q('meu irmao sumiu desde ontem e nao atende o celular', 'pessoa-desaparecida', 'colloquial'),
  q('pesoa desaparessida', 'pessoa-desaparecida', 'typo'),
  q('por favor me ajuda minha mae tem alzheimer saiu de casa de manha e ate agora nao voltou onde eu aviso a policia', 'pessoa-desaparecida', 'long'),

  // medida-protetiva
  q('medida protetiva violência doméstica', 'medida-protetiva', 'exact'),
  q('meu marido me bate quero pedir medida protetiva', 'medida-protetiva', 'colloquial'),
  q('lei maria da penha como denunciar o agressor', 'medida-protetiva', 'colloquial'),
  q('violencia domestica registro', 'medida-protetiva', 'unaccented'),
  q('medida protetiba', 'medida-protetiva', 'typo'),

  // consulta-reds: consult / print an EXISTING police report
  q('consultar e imprimir boletim de ocorrência', 'consulta-reds', 'exact'),
  q('fiz um bo semana passada e preciso imprimir', 'consulta-reds', 'colloquial'),
  q('2 via do BO', 'consulta-reds', 'abbreviation'),
  q('boa tarde eu registrei ocorrencia mes passado e perdi o papel como eu consigo ver o boletim de novo pelo numero', 'consulta-reds', 'long'),
  q('inprimir boletim de ocorrencia ja registrado', 'consulta-reds', 'typo'),

  // disque-denuncia: anonymous crime tip
  q('disque denúncia 181', 'disque-denuncia', 'exact'),
  q('quero denunciar trafico na minha rua sem me identificar', 'disque-denuncia', 'colloquial'),
  q('181', 'disque-denuncia', 'abbreviation'),
  q('denucia anonima', 'disque-denuncia', 'typo'),

  // avcb
  q('AVCB', 'avcb', 'abbreviation'),
  q('preciso do alvara dos bombeiros pra abrir meu restaurante', 'avcb', 'colloquial'),
  q('regularizacao de edificacao no corpo de bombeiros', 'avcb', 'unaccented'),
  q('alvara do bonbeiro pro predio', 'avcb', 'typo'),

  // ── Trânsito ──────────────────────────────────────────────────────────────
  // cnh-primeira-habilitacao
  q('primeira habilitação', 'cnh-primeira-habilitacao', 'exact'),
  q('quero tirar minha carteira de motorista', 'cnh-primeira-habilitacao', 'colloquial'),
  q('como tirar a primeira habilitacao', 'cnh-primeira-habilitacao', 'unaccented'),
  q('primera abilitaçao', 'cnh-primeira-habilitacao', 'typo'),
  q('oi tudo bem fiz 18 anos agora e quero começar a autoescola pra tirar carta o que preciso fazer', 'cnh-primeira-habilitacao', 'long'),

  // cnh-renovacao
  q('renovação da CNH', 'cnh-renovacao', 'exact'),
  q('renovacao cnh', 'cnh-renovacao', 'unaccented'),
  q('minha carteira de motorista venceu', 'cnh-renovacao', 'colloquial'),
  q('renovar abilitação vencida', 'cnh-renovacao', 'typo'),
  q('bom dia minha carta venceu mes passado ainda posso dirigir e como eu faço pra renovar', 'cnh-renovacao', 'long'),

  // cnh-2a-via: lost / stolen / damaged licence
  q('segunda via da CNH', 'cnh-2a-via', 'exact'),
  q('perdi minha carteira de motorista', 'cnh-2a-via', 'colloquial'),
  q('2a via cnh', 'cnh-2a-via', 'abbreviation'),
  q('segunda via da abilitaçao', 'cnh-2a-via', 'typo'),
  q('oi gente perdi minha habilitação na viagem como faço pra pedir outra via', 'cnh-2a-via', 'long'),

  // cnh-mudanca-categoria
  q('mudança de categoria da CNH', 'cnh-mudanca-categoria', 'exact'),
  q('já tenho carta de carro e quero tirar moto', 'cnh-mudanca-categoria', 'colloquial'),
  q('adicao de categoria a na habilitacao', 'cnh-mudanca-categoria', 'unaccented'),
  q('adiçao de categorya cnh', 'cnh-mudanca-categoria', 'typo'),

  // cnh-endereco
  q('alterar endereço do condutor', 'cnh-endereco', 'exact'),
  q('mudei de casa como atualizo o endereco da minha cnh', 'cnh-endereco', 'colloquial'),
  q('alterar enderesso na habilitaçao', 'cnh-endereco', 'typo'),

  // cnh-transferencia-estado
  q('transferência de CNH de outro estado', 'cnh-transferencia-estado', 'exact'),
  q('tenho carteira de motorista de são paulo e mudei pra bh', 'cnh-transferencia-estado', 'colloquial'),
  q('boa tarde vim da bahia morar em uberlandia minha habilitação é de la preciso passar ela pra minas', 'cnh-transferencia-estado', 'long'),
  q('transferir habilitacao de outro estado pra mg', 'cnh-transferencia-estado', 'unaccented'),

  // multas-pontuacao
  q('consultar multas e pontuação da CNH', 'multas-pontuacao', 'exact'),
  q('uai quantos pontos eu tenho na carteira', 'multas-pontuacao', 'colloquial'),
  q('consulta pontuacao habilitacao', 'multas-pontuacao', 'unaccented'),
  q('consultar mutas no meu nome', 'multas-pontuacao', 'typo'),
  q('pontos na cnh', 'multas-pontuacao', 'abbreviation'),

  // recurso-multa
  q('recurso de multa de trânsito', 'recurso-multa', 'exact'),
  q('tomei uma multa injusta quero recorrer', 'recurso-multa', 'colloquial'),
  q('recurso JARI', 'recurso-multa', 'abbreviation'),
  q('recorer de multa', 'recurso-multa', 'typo'),
  q('bom dia chegou uma multa de estacionamento mas a placa é clonada nem era meu carro como eu faço a defesa', 'recurso-multa', 'long'),

  // indicacao-condutor
  q('indicação de condutor infrator', 'indicacao-condutor', 'exact'),
  q('a multa veio pra mim mas quem tava dirigindo era meu filho como passo os pontos pra ele', 'indicacao-condutor', 'colloquial'),
  q('indicar condutor da infracao', 'indicacao-condutor', 'unaccented'),
  q('indicaçao de condultor', 'indicacao-condutor', 'typo'),

  // exames-detran
  q('agendar exame prático de direção', 'exames-detran', 'exact'),
  q('vc sabe como marco a prova do detran', 'exames-detran', 'colloquial'),
  q('agendar exame teorico do detram', 'exames-detran', 'typo'),
  q('oi reprovei na prova de rua semana passada como que eu remarco outra prova', 'exames-detran', 'long'),

  // cnh-estrangeiro
  q('habilitação de estrangeiro', 'cnh-estrangeiro', 'exact'),
  q('sou venezuelano tenho carteira de motorista do meu pais posso dirigir aqui', 'cnh-estrangeiro', 'colloquial'),
  q('estrangeiro tirar habilitacao brasileira', 'cnh-estrangeiro', 'unaccented'),

  // ── Veículos ──────────────────────────────────────────────────────────────
  // crlv-licenciamento
  q('licenciamento anual de veículo', 'crlv-licenciamento', 'exact'),
  q('como pego o documento do carro desse ano', 'crlv-licenciamento', 'colloquial'),
  q('CRLV digital', 'crlv-licenciamento', 'abbreviation'),
  q('licensiamento do carro 2025', 'crlv-licenciamento', 'typo'),
  q('oi tudo bem o guarda falou que o licenciamento da minha moto ta atrasado como eu pago e imprimo o documento', 'crlv-licenciamento', 'long'),

  // transferencia-veiculo: buyer puts the vehicle in their name
  q('transferência de propriedade de veículo', 'transferencia-veiculo', 'exact'),
  q('comprei um carro usado e quero passar pro meu nome', 'transferencia-veiculo', 'colloquial'),
  q('tranferencia de veiculo', 'transferencia-veiculo', 'typo'),
  q('bom dia comprei uma moto do meu vizinho ele ja assinou o recibo o que eu preciso fazer no detran pra ela ficar no meu nome', 'transferencia-veiculo', 'long'),

  // comunicacao-venda: seller tells Detran the vehicle was sold
  q('comunicação de venda de veículo', 'comunicacao-venda', 'exact'),
  q('vendi meu carro e o comprador não transferiu tô com medo de vir multa pra mim', 'comunicacao-venda', 'colloquial'),
  q('comunicar venda do veiculo ao detran', 'comunicacao-venda', 'unaccented'),
  q('comunicasao de venda', 'comunicacao-venda', 'typo'),

  // primeiro-emplacamento
  q('primeiro emplacamento de veículo 0 km', 'primeiro-emplacamento', 'exact'),
  q('comprei moto zero como emplaca', 'primeiro-emplacamento', 'colloquial'),
  q('emplacamento carro zero kilometro', 'primeiro-emplacamento', 'typo'),

  // veiculo-removido
  q('consultar veículo removido ao pátio', 'veiculo-removido', 'exact'),
  q('meu carro foi guinchado', 'veiculo-removido', 'colloquial'),
  q('GUINCHARAM MINHA MOTO ONDE ELA TA', 'veiculo-removido', 'colloquial'),
  q('como retirar carro do patio do detran', 'veiculo-removido', 'unaccented'),
  q('carro gunchado na blitz', 'veiculo-removido', 'typo'),

  // situacao-veiculo
  q('consultar situação e débitos do veículo', 'situacao-veiculo', 'exact'),
  q('vou comprar um carro usado quero ver se tem restrição ou dívida nele', 'situacao-veiculo', 'colloquial'),
  q('consulta situacao do veiculo pela placa', 'situacao-veiculo', 'unaccented'),

  // baixa-veiculo
  q('baixa de registro de veículo', 'baixa-veiculo', 'exact'),
  q('meu carro deu perda total e vai pra sucata o que faço com o registro dele', 'baixa-veiculo', 'colloquial'),
  q('dar baxa em veiculo sucateado', 'baixa-veiculo', 'typo'),

  // vistoria-veiculo
  q('vistoria e alteração de características do veículo', 'vistoria-veiculo', 'exact'),
  q('coloquei kit gás no carro preciso regularizar', 'vistoria-veiculo', 'colloquial'),
  q('alteracao de cor do veiculo', 'vistoria-veiculo', 'unaccented'),
  q('vistoria pra rebachar o carro', 'vistoria-veiculo', 'typo'),

  // ── Impostos ──────────────────────────────────────────────────────────────
  // ipva: consult / pay
  q('consultar e pagar IPVA', 'ipva', 'exact'),
  q('como pago o imposto do carro', 'ipva', 'colloquial'),
  q('IPVA 2025', 'ipva', 'abbreviation'),
  q('pagar ipiva da moto', 'ipva', 'typo'),
  q('boa tarde queria saber quanto ta o ipva da minha moto esse ano e onde pago', 'ipva', 'long'),

  // ipva-parcelamento: installments of LATE IPVA
  q('parcelamento de IPVA em atraso', 'ipva-parcelamento', 'exact'),
  q('to devendo ipva de 2 anos da pra parcelar', 'ipva-parcelamento', 'colloquial'),
  q('parcelar ipva atrazado', 'ipva-parcelamento', 'typo'),

  // ipva-isencao
  q('isenção de IPVA para pessoa com deficiência', 'ipva-isencao', 'exact'),
  q('sou taxista tenho direito de nao pagar ipva', 'ipva-isencao', 'colloquial'),
  q('isencao ipva pcd', 'ipva-isencao', 'unaccented'),
  q('izenção de ipva', 'ipva-isencao', 'typo'),

  // ipva-restituicao
  q('restituição de IPVA', 'ipva-restituicao', 'exact'),
  q('meu carro foi roubado e eu ja tinha pago o ipva tem como pegar o dinheiro de volta', 'ipva-restituicao', 'colloquial'),
  q('restituicao ipva veiculo furtado', 'ipva-restituicao', 'unaccented'),

  // itcd
  q('ITCD', 'itcd', 'abbreviation'),
  q('meu pai faleceu e tem imposto da herança pra pagar', 'itcd', 'colloquial'),
  q('imposto sobre heranca e doacao', 'itcd', 'unaccented'),
  q('imposto de erança', 'itcd', 'typo'),
  q('bom dia vou doar uma casa pro meu filho em vida e falaram que tem que pagar um imposto do estado qual é', 'itcd', 'long'),

  // certidao-debitos
  q('certidão de débitos tributários', 'certidao-debitos', 'exact'),
  q('certidao negativa estadual', 'certidao-debitos', 'unaccented'),
  q('CDT sef mg', 'certidao-debitos', 'abbreviation'),
  q('a licitação pediu certidão negativa de débitos do estado', 'certidao-debitos', 'colloquial'),
  q('sertidao negativa de debitos estaduais', 'certidao-debitos', 'typo'),

  // dae
  q('DAE', 'dae', 'abbreviation'),
  q('emitir documento de arrecadação estadual', 'dae', 'exact'),
  q('emtir guia dae', 'dae', 'typo'),

  // nota-fiscal-avulsa
  q('nota fiscal avulsa eletrônica', 'nota-fiscal-avulsa', 'exact'),
  q('sou produtor rural e preciso tirar nota pra vender meu leite', 'nota-fiscal-avulsa', 'colloquial'),
  q('emissao de nota fiscal avulsa produtor rural', 'nota-fiscal-avulsa', 'unaccented'),

  // inscricao-estadual
  q('inscrição estadual ICMS', 'inscricao-estadual', 'exact'),
  q('como fazer inscricao estadual', 'inscricao-estadual', 'unaccented'),
  q('inscriçao estadoal contribuinte', 'inscricao-estadual', 'typo'),

  // ── Saúde ─────────────────────────────────────────────────────────────────
  // medicamentos-alto-custo
  q('medicamentos do componente especializado', 'medicamentos-alto-custo', 'exact'),
  q('remédio de alto custo de graça pelo estado', 'medicamentos-alto-custo', 'colloquial'),
  q('boa tarde minha mae precisa de um remedio caro pra artrite o medico falou q a farmacia de minas fornece como faz o cadastro', 'medicamentos-alto-custo', 'long'),
  q('remedio de auto custo', 'medicamentos-alto-custo', 'typo'),

  // doacao-sangue
  q('agendar doação de sangue', 'doacao-sangue', 'exact'),
  q('quero doar sangue no hemominas', 'doacao-sangue', 'colloquial'),
  q('doassao de sangue', 'doacao-sangue', 'typo'),

  // ouvidoria-saude (SUS)
  q('ouvidoria do SUS', 'ouvidoria-saude', 'exact'),
  q('quero reclamar do posto de saúde que não tem médico', 'ouvidoria-saude', 'colloquial'),
  q('disque saude 136', 'ouvidoria-saude', 'abbreviation'),
  q('oi esperei 8 horas na upa e ninguem me atendeu onde eu faço reclamação disso', 'ouvidoria-saude', 'long'),

  // ── Educação ──────────────────────────────────────────────────────────────
  // cadastro-escolar: new place in a state school
  q('cadastro escolar rede estadual', 'cadastro-escolar', 'exact'),
  q('como consigo vaga na escola estadual pro meu filho', 'cadastro-escolar', 'colloquial'),
  q('cadrasto escolar', 'cadastro-escolar', 'typo'),
  q('bom dia meu filho vai começar o primeiro ano do fundamental ano que vem como inscreve ele pra vaga na estadual', 'cadastro-escolar', 'long'),

  // renovacao-matricula
  q('renovação de matrícula', 'renovacao-matricula', 'exact'),
  q('rematricula escola estadual', 'renovacao-matricula', 'unaccented'),
  q('precisa renovar a matricula do meu filho pro ano que vem', 'renovacao-matricula', 'colloquial'),

  // transferencia-escola
  q('transferência entre escolas estaduais', 'transferencia-escola', 'exact'),
  q('quero mudar meu filho de escola estadual pra uma perto de casa', 'transferencia-escola', 'colloquial'),
  q('tranferir aluno de escola', 'transferencia-escola', 'typo'),

  // eja
  q('EJA', 'eja', 'abbreviation'),
  q('parei de estudar cedo quero terminar os estudos no supletivo', 'eja', 'colloquial'),
  q('educaçao de jovens e adutos', 'eja', 'typo'),
  q('oi tenho 35 anos e so estudei ate a quinta serie quero voltar a estudar a noite onde faço a inscrição', 'eja', 'long'),

  // curso-tecnico
  q('inscrição em curso técnico', 'curso-tecnico', 'exact'),
  q('quero fazer técnico em enfermagem de graça', 'curso-tecnico', 'colloquial'),
  q('curso tecinico inscrissao', 'curso-tecnico', 'typo'),

  // historico-escolar
  q('segunda via de histórico escolar', 'historico-escolar', 'exact'),
  q('preciso do certificado de conclusão do ensino médio que eu terminei em 2005', 'historico-escolar', 'colloquial'),
  q('istorico escolar', 'historico-escolar', 'typo'),

  // equivalencia-estudos
  q('equivalência de estudos feitos no exterior', 'equivalencia-estudos', 'exact'),
  q('estudei nos estados unidos como valido meu ensino médio aqui', 'equivalencia-estudos', 'colloquial'),
  q('equivalencia de estudo do esterior', 'equivalencia-estudos', 'typo'),

  // ── Meio ambiente e agropecuária ──────────────────────────────────────────
  // licenca-pesca
  q('licença de pesca amadora', 'licenca-pesca', 'exact'),
  q('carteira de pesca pra pescar no rio', 'licenca-pesca', 'colloquial'),
  q('licensa de pesca', 'licenca-pesca', 'typo'),

  // pescador-profissional
  q('cadastro de pescador profissional', 'pescador-profissional', 'exact'),
  q('vivo da pesca e preciso me registrar como pescador', 'pescador-profissional', 'colloquial'),
  q('cadastro de pescador profisional', 'pescador-profissional', 'typo'),

  // licenciamento-ambiental
  q('licenciamento ambiental', 'licenciamento-ambiental', 'exact'),
  q('preciso de licença ambiental pra minha fábrica', 'licenciamento-ambiental', 'colloquial'),
  q('licenca ambiental semad', 'licenciamento-ambiental', 'unaccented'),
  q('licenssiamento ambiental', 'licenciamento-ambiental', 'typo'),

  // outorga-agua
  q('outorga de direito de uso de recursos hídricos', 'outorga-agua', 'exact'),
  q('quero furar um poço artesiano no meu sítio', 'outorga-agua', 'colloquial'),
  q('outorga igam poco artesiano', 'outorga-agua', 'unaccented'),

  // gta
  q('emitir GTA', 'gta', 'abbreviation'),
  q('guia de trânsito animal', 'gta', 'exact'),
  q('vou levar umas vacas pra vender em outra cidade que guia eu preciso', 'gta', 'colloquial'),

  // denuncia-ambiental
  q('denúncia ambiental', 'denuncia-ambiental', 'exact'),
  q('tem gente desmatando na beira do rio perto de casa quero denunciar', 'denuncia-ambiental', 'colloquial'),
  q('denunciar queimada ilegal', 'denuncia-ambiental', 'unaccented'),
  q('denuncia ambiental de poluissao', 'denuncia-ambiental', 'typo'),

  // ── Justiça ───────────────────────────────────────────────────────────────
  // visita-presidio
  q('cadastro de visitante em unidade prisional', 'visita-presidio', 'exact'),
  q('meu marido tá preso como faço a carteirinha pra visitar ele', 'visita-presidio', 'colloquial'),
  q('cadastro pra vizita no presidio', 'visita-presidio', 'typo'),

  // visita-virtual
  q('visita virtual a pessoa presa', 'visita-virtual', 'exact'),
  q('moro longe do presídio da pra falar com meu filho por video chamada', 'visita-virtual', 'colloquial'),
  q('vizita virtual presidio', 'visita-virtual', 'typo'),

  // ── Empresas ──────────────────────────────────────────────────────────────
  // abrir-empresa
  q('abertura de empresa', 'abrir-empresa', 'exact'),
  q('quero abrir um cnpj pra minha loja', 'abrir-empresa', 'colloquial'),
  q('abrir enpresa minas facil', 'abrir-empresa', 'typo'),
  q('oi quero abrir uma empresa ltda com meu socio onde registra na junta comercial', 'abrir-empresa', 'long'),

  // certidao-jucemg
  q('certidões da junta comercial', 'certidao-jucemg', 'exact'),
  q('certidao simplificada jucemg', 'certidao-jucemg', 'abbreviation'),
  q('sertidao da junta comercial', 'certidao-jucemg', 'typo'),

  // baixa-empresa
  q('alteração e baixa de empresa', 'baixa-empresa', 'exact'),
  q('quero fechar minha empresa', 'baixa-empresa', 'colloquial'),
  q('alteracao de contrato social na junta comercial', 'baixa-empresa', 'unaccented'),
  q('encerar empresa na jucemg', 'baixa-empresa', 'typo'),

  // ── Cidadania ─────────────────────────────────────────────────────────────
  // ouvidoria (state Ouvidoria-Geral)
  q('ouvidoria geral do estado', 'ouvidoria', 'exact'),
  q('quero fazer uma reclamação contra um órgão do governo de minas', 'ouvidoria', 'colloquial'),
  q('OGE mg registrar manifestação', 'ouvidoria', 'abbreviation'),
  q('boa tarde fui muito mal atendido por um servidor do estado e quero registrar uma reclamação formal', 'ouvidoria', 'long'),
  q('ouvidorya do estado elogio', 'ouvidoria', 'typo'),

  // acesso-informacao
  q('pedido LAI', 'acesso-informacao', 'abbreviation'),
  q('pedido de acesso à informação', 'acesso-informacao', 'exact'),
  q('quero saber quanto o estado gastou numa obra como peço essa informação oficial', 'acesso-informacao', 'colloquial'),
  q('lei de acesso a informacao pedido', 'acesso-informacao', 'unaccented'),

  // ── Transporte ────────────────────────────────────────────────────────────
  // passe-livre
  q('passe livre intermunicipal para pessoa com deficiência', 'passe-livre', 'exact'),
  q('sou cadeirante tenho direito a viajar de graça pra outra cidade', 'passe-livre', 'colloquial'),
  q('pase livre deficiente', 'passe-livre', 'typo'),

  // onibus-intermunicipal
  q('linhas e horários de ônibus intermunicipal', 'onibus-intermunicipal', 'exact'),
  q('que horas sai o onibus de bh pra ouro preto', 'onibus-intermunicipal', 'colloquial'),
  q('orario de onibus pra divinopolis', 'onibus-intermunicipal', 'typo'),
  q('horario onibus intermunicipal', 'onibus-intermunicipal', 'unaccented'),

  // ── Servidor público ──────────────────────────────────────────────────────
  // contracheque-servidor
  q('contracheque do servidor estadual', 'contracheque-servidor', 'exact'),
  q('sou professora do estado como vejo meu holerite', 'contracheque-servidor', 'colloquial'),
  q('contraqueche servidor', 'contracheque-servidor', 'typo'),

  // ipsemg
  q('IPSEMG', 'ipsemg', 'abbreviation'),
  q('sou servidor estadual como marco consulta pelo plano de saúde do estado', 'ipsemg', 'colloquial'),
  q('ipsenmg consulta', 'ipsemg', 'typo'),

  // ── Trabalho ──────────────────────────────────────────────────────────────
  // sine-emprego
  q('vagas de emprego no sine', 'sine-emprego', 'exact'),
  q('tô procurando trabalho tem alguma vaga aberta', 'sine-emprego', 'colloquial'),
  q('vagas de enprego', 'sine-emprego', 'typo'),

  // seguro-desemprego
  q('requerimento de seguro-desemprego', 'seguro-desemprego', 'exact'),
  q('fui mandado embora como dou entrada no seguro', 'seguro-desemprego', 'colloquial'),
  q('seguro desenprego', 'seguro-desemprego', 'typo'),
  q('oi bom dia fui demitido sem justa causa semana passada queria saber como pedir o seguro desemprego', 'seguro-desemprego', 'long'),

  // ── Serviços públicos ─────────────────────────────────────────────────────
  // cemig-conta
  q('segunda via da conta de energia', 'cemig-conta', 'exact'),
  q('vc consegue me mandar a conta de luz da cemig', 'cemig-conta', 'colloquial'),
  q('segunda via energia eletrica cemig', 'cemig-conta', 'unaccented'),
  q('segunda via da cemigi', 'cemig-conta', 'typo'),
  q('CONTA DE LUZ ATRASADA SEGUNDA VIA', 'cemig-conta', 'colloquial'),

  // copasa-conta
  q('segunda via da conta de água', 'copasa-conta', 'exact'),
  q('perdi o boleto da copasa', 'copasa-conta', 'colloquial'),
  q('conta de agua copasa', 'copasa-conta', 'unaccented'),
  q('segunda via copaza', 'copasa-conta', 'typo'),

  // ── Out of scope: chit-chat and things no listed state service covers ─────
  q('receita de bolo de fubá', null, 'out_of_scope'),
  q('kkkkkkk', null, 'out_of_scope'),
  q('qual o resultado do jogo do cruzeiro', null, 'out_of_scope'),
  q('previsão do tempo em bh', null, 'out_of_scope'),
  q('fala uma piada ai', null, 'out_of_scope'),
  q('quanto ta o dolar hoje', null, 'out_of_scope'),
  q('asdfgh', null, 'out_of_scope'),
  q('letra da musica evidencias', null, 'out_of_scope'),
  q('horóscopo de hoje', null, 'out_of_scope'),
  q('quem ganhou o bbb', null, 'out_of_scope'),
  q('como fazer pão de queijo', null, 'out_of_scope'),
  q('qual a capital da australia', null, 'out_of_scope'),
  q('vc é um robô', null, 'out_of_scope'),
  q('te amo', null, 'out_of_scope'),
  q('rsrsrs', null, 'out_of_scope'),
  q('filme bom pra assistir hoje a noite', null, 'out_of_scope'),
  q('quantos anos tem o neymar', null, 'out_of_scope'),
  q('como emagrecer rapido', null, 'out_of_scope'),
  q('traduz good morning', null, 'out_of_scope'),
  q('resultado da mega sena', null, 'out_of_scope'),
  q('qual o sentido da vida', null, 'out_of_scope'),
  q('cotação do bitcoin', null, 'out_of_scope'),
  q('QUEM VAI GANHAR O CLASSICO ATLETICO OU CRUZEIRO', null, 'out_of_scope'),
  q('👍👍', null, 'out_of_scope'),
];

// ── Automatic typo variants ─────────────────────────────────────────────────

/** mulberry32: small deterministic PRNG returning floats in [0, 1) (also used by bench/search.ts and bench/engine.ts). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash, so that the same seed gives different choices for different queries. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Removes diacritics: NFKD, drop combining marks, recompose. */
function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
}

interface WordSpan { start: number; end: number } // code-point indices, end exclusive

/** Runs of ≥5 letters, as code-point spans of `chars`. */
function longWords(chars: readonly string[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i <= chars.length; i++) {
    const c = chars[i];
    const isLetter = c !== undefined && /\p{L}/u.test(c);
    if (isLetter && start < 0) start = i;
    if (!isLetter && start >= 0) {
      if (i - start >= 5) spans.push({ start, end: i });
      start = -1;
    }
  }
  return spans;
}

function pick<T>(items: readonly T[], rnd: () => number): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rnd() * items.length)];
}

/**
 * Deterministic automatic variants of `query` (same query + seed → same output):
 *  1. one letter deleted inside a word of ≥5 letters (never the first or last letter);
 *  2. two adjacent, different letters swapped inside such a word (the first letter stays);
 *  3. the unaccented form (NFKD, combining marks stripped).
 * Variants identical to the query or to an earlier variant are left out, so the
 * result has 0–3 entries (e.g. no typo variants when no word has ≥5 letters,
 * no unaccented variant when the query has no accents). Pure: no Math.random, no state.
 */
export function typoVariants(query: string, seed: number): string[] {
  const base = query.normalize('NFC');
  const chars = Array.from(base);
  const words = longWords(chars);
  const rnd = mulberry32((seed ^ fnv1a(base)) >>> 0);
  const out: string[] = [];
  const push = (variant: string | undefined): void => {
    if (variant !== undefined && variant !== query && variant !== base && !out.includes(variant)) out.push(variant);
  };

  // 1. deletion of an interior letter
  const delWord = pick(words, rnd);
  if (delWord) {
    const positions: number[] = [];
    for (let i = delWord.start + 1; i < delWord.end - 1; i++) positions.push(i);
    const p = pick(positions, rnd);
    if (p !== undefined) push([...chars.slice(0, p), ...chars.slice(p + 1)].join(''));
  }

  // 2. swap of two adjacent, different letters (first letter kept)
  const pairs: number[] = [];
  for (const w of words) {
    for (let i = w.start + 1; i < w.end - 1; i++) {
      if (chars[i] !== chars[i + 1]) pairs.push(i);
    }
  }
  const s = pick(pairs, rnd);
  if (s !== undefined) {
    const swapped = [...chars];
    const a = swapped[s];
    const b = swapped[s + 1];
    if (a !== undefined && b !== undefined) {
      swapped[s] = b;
      swapped[s + 1] = a;
      push(swapped.join(''));
    }
  }

  // 3. unaccented form
  push(stripMarks(query));
  return out;
}
