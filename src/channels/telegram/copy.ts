// Words the Telegram channel itself says (pt-BR): command menu, group note, staff reports.
import type { BotCommand } from 'grammy/types';

/** Commands shown in Telegram's menu for every citizen (setMyCommands). */
export const publicCommands: BotCommand[] = [
  { command: 'start', description: 'Começar a conversa' },
  { command: 'menu', description: 'Voltar ao menu principal' },
  { command: 'ajuda', description: 'Como usar o Atende' },
  { command: 'cancelar', description: 'Cancelar o que está em andamento' },
];

/** Extra commands shown only in the private chats of staff members. */
export const staffCommands: BotCommand[] = [
  { command: 'recarregar', description: 'Equipe: recarregar o catálogo de serviços' },
  { command: 'estatisticas', description: 'Equipe: sessões de hoje por canal' },
];

/** The note sent once to a group: the bot only serves private chats. */
export function groupNote(botUsername: string): string {
  return `Olá! Eu sou o Atende, assistente de serviços do Governo de Minas Gerais. Para proteger os dados de cada pessoa, eu só atendo em conversa privada. Fale comigo aqui: https://t.me/${botUsername}`;
}

/** Label of the button that opens the private chat. */
export const openPrivateChat = 'Abrir conversa privada';
