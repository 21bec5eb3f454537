// Calendar helpers in Minas Gerais time (UTC−3; Brazil has had no daylight saving since 2019).

const OFFSET_MS = 3 * 60 * 60 * 1000;

/** The local day (YYYY-MM-DD, America/Sao_Paulo) of a timestamp in ms. */
export function dayOf(ts: number): string {
  return new Date(ts - OFFSET_MS).toISOString().slice(0, 10);
}
