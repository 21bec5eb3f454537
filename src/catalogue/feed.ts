// The simple service feed that state portals publish for the federal catalogue:
// id, name, description, url, organization, popular_names, keywords. Pure.
import { z } from 'zod';
import type { Service } from './schema.ts';

/** One service in the feed. */
export const FeedItem = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    description: z.string(),
    url: z.string().url(),
    organization: z.string().min(1),
    popular_names: z.array(z.string()),
    keywords: z.array(z.string()),
  })
  .strict();
/** One feed entry. */
export type FeedItem = z.infer<typeof FeedItem>;

/** The feed: a JSON array of entries, in catalogue order. */
export const Feed = z.array(FeedItem);

/** Builds the feed of a catalogue (validated, so a bad entry fails here rather than at the portal). */
export function toFeed(services: readonly Service[]): FeedItem[] {
  return Feed.parse(
    services.map((s) => ({
      id: s.id,
      name: s.title,
      description: s.description,
      url: s.url,
      organization: s.agency.name,
      popular_names: [...s.popularNames],
      keywords: [...s.keywords],
    })),
  );
}
