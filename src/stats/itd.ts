// Índice de Transformação Digital (ITD) of the catalogue in force: the share of services delivered
// fully online, with the partly-online share beside it. Formula in docs/statistics.md.
import type { Service } from '../catalogue/schema.ts';

/** The ITD and the counts it is computed from. Shares are fractions (0–1); null for an empty catalogue. */
export interface Itd {
  services: number;
  online: number;
  partlyOnline: number;
  inPerson: number;
  phone: number;
  /** ITD = online ÷ services. */
  itd: number | null;
  /** partlyOnline ÷ services. */
  partlyOnlineShare: number | null;
}

/** Computes the ITD of a list of services (delivery === 'online' counts as fully online). */
export function computeItd(services: ReadonlyArray<Pick<Service, 'delivery'>>): Itd {
  const count = (mode: Service['delivery']): number => services.filter((s) => s.delivery === mode).length;
  const total = services.length;
  const online = count('online');
  const partlyOnline = count('partly_online');
  return {
    services: total,
    online,
    partlyOnline,
    inPerson: count('in_person'),
    phone: count('phone'),
    itd: total === 0 ? null : online / total,
    partlyOnlineShare: total === 0 ? null : partlyOnline / total,
  };
}
