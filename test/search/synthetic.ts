// Synthetic distractor services for large-catalogue tests and benches.
import type { Service } from '../../src/catalogue/schema.ts';
import { mulberry32 } from './queries.ts';

/**
 * Distractor services built from the real catalogue's own words, so they compete for the same
 * query terms (random strings would be trivially ignored by any index). Same seed, same services.
 */
export function syntheticServices(real: readonly Service[], count: number): Service[] {
  const rnd = mulberry32(20251125);
  const pool = [...new Set(real.flatMap((s) => `${s.title} ${s.description} ${s.keywords.join(' ')}`.split(/[\s,.;:()–-]+/)).filter((w) => w.length >= 4))];
  const pick = (): string => pool[Math.floor(rnd() * pool.length)] as string;
  const phrase = (n: number): string => Array.from({ length: n }, pick).join(' ');
  const template = real[0] as Service;
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `sintetico-${i}`,
    title: `${phrase(2 + Math.floor(rnd() * 3))} ${i}`,
    acronym: undefined,
    popularNames: Array.from({ length: Math.floor(rnd() * 4) }, () => phrase(2 + Math.floor(rnd() * 2))),
    keywords: Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => phrase(1 + Math.floor(rnd() * 2))),
    description: phrase(25 + Math.floor(rnd() * 30)),
    steps: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => ({ title: phrase(3), description: phrase(15 + Math.floor(rnd() * 20)), documents: [phrase(2)], costs: [], channels: [] })),
    related: [],
    popularity: 1,
  }));
}
