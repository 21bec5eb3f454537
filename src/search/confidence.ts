// The confidence decision: which ranked services are worth showing at all, and when the first one is
// so clearly the answer that the conversation can open it directly. Out-of-scope questions must end
// here with nothing, rather than with the least bad service.
import type { Ranked } from './rank.ts';
import { T } from './tuning.ts';

/** Confident: the service explains most of the query, or at least two separate parts of it well. */
export const isConfident = (r: Ranked): boolean =>
  r.bestQuality >= T.minBestQuality && (r.coverage >= T.minCoverage || (r.strong >= 2 && r.coverage >= T.minCoverageTwoSignals));

/**
 * Contested: the first hit explains only one part of the query, a large part it lacks names other
 * services, and it does not lead the second hit clearly. "comprar um celular": buying is about vehicles,
 * "celular" about theft reports; no service is about both, so the question is out of scope.
 */
export const isContested = (first: Ranked, second: Ranked | undefined): boolean =>
  first.pin === 0 && first.strong < 2 && first.elsewhere >= T.maxElsewhere && second !== undefined && first.score < T.clearLead * second.score;

/** Keeps the hits that score at least a share of the first: far weaker ones only add noise. */
export const closeToFirst = (best: readonly Ranked[], first: Ranked): Ranked[] => best.filter((r) => r.score >= T.minRelative * first.score);

/**
 * Clear: the query names the service (and no other as well), or the first hit covers the query and leads the second
 * well, or covers less of it (a citizen's story around the request) but leads the second by far.
 */
export const isClear = (first: Ranked, second: Ranked | undefined): boolean =>
  first.pin === 2
    ? second?.pin !== 2
    : (first.coverage >= T.clearCoverage && (second === undefined || first.score >= T.clearLead * second.score)) ||
      (first.coverage >= T.clearCoverageLow && (second === undefined || first.score >= T.clearLeadLow * second.score));
