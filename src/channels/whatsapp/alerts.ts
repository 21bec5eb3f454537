// What staff are told about the WhatsApp channel, in their words (pt-BR), as reports any staff channel can send.
import type { StaffReport } from '../shared/staff.ts';

/** Tells staff something about the channel (wired to Telegram's staff ids by the composition root); may fail. */
export type AlertStaff = (report: StaffReport) => void | Promise<void>;

/** WhatsApp asks to pair again: until someone scans the new QR code, nobody is answered on WhatsApp. */
export function pairingLostNote(): StaffReport {
  return {
    title: '⚠️ O WhatsApp do Atende pede um novo pareamento',
    lines: [
      'A sessão do WhatsApp terminou: o aparelho foi desconectado no celular ou a sessão expirou. Até um novo pareamento, o Atende não responde no WhatsApp.',
      'Quem cuida do servidor deve escanear o QR code impresso no terminal do Atende, com o celular do número do Atende: WhatsApp › Configurações › Aparelhos conectados › Conectar um aparelho.',
    ],
  };
}
