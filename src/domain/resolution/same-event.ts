import { dayInterval, intervalGap } from "./date-interval";
import type { EventCandidate } from "./events";
import { quoteSimilarity, stemSet, stemSimilarity } from "./quote-similarity";
import { regionsCompatible } from "./regions";

/** What cross-article merging needs from a candidate (stored events can supply the same fields). */
export type EventLike = Pick<EventCandidate, "kind" | "date" | "titleText" | "actorKeys"> &
  Partial<Pick<EventCandidate, "sourceText" | "region">> & { quote?: { text: string; speakerKey: string | null } | undefined };

/** Score at or above which two candidates are one event. */
export const SAME_EVENT_THRESHOLD = 0.45;

/**
 * How likely two reports describe one event, in [0, 1]: 0 unless the kinds
 * match and the date intervals overlap (one day of slack for time zones);
 * then wording (50%), shared actors (30%) and date tightness (20%). Two
 * reports naming only different actors are halved: "the UK stopped sharing
 * intelligence" and "Colombia stopped sharing intelligence" on the same day
 * are two events.
 */
export function eventMatchScore(a: EventLike, b: EventLike): number {
  if (a.kind !== b.kind) return 0;
  const ia = dayInterval(a.date);
  const ib = dayInterval(b.date);
  if (!ia || !ib || intervalGap(ia, ib) > 1) return 0;
  if (a.quote && b.quote) {
    if (a.quote.speakerKey && b.quote.speakerKey && a.quote.speakerKey !== b.quote.speakerKey) return 0;
  }
  const wording =
    a.quote && b.quote
      ? quoteSimilarity(a.quote.text, b.quote.text)
      : Math.max(
          stemSimilarity(stemSet(a.titleText), stemSet(b.titleText)),
          a.sourceText && b.sourceText ? 0.8 * stemSimilarity(stemSet(a.sourceText), stemSet(b.sourceText)) : 0,
        );
  const shared = a.actorKeys.filter((k) => b.actorKeys.includes(k)).length;
  const union = new Set([...a.actorKeys, ...b.actorKeys]).size;
  const actors = union === 0 ? 0.5 : shared / union;
  const widthA = ia.end - ia.start + 1;
  const widthB = ib.end - ib.start + 1;
  const tightness = Math.min(1, 2 / (widthA + widthB));
  let score = 0.5 * wording + 0.3 * Math.min(1, actors * 1.5) + 0.2 * Math.max(tightness, 0.3);
  if (a.actorKeys.length > 0 && b.actorKeys.length > 0 && shared === 0) score *= 0.5;
  if (!regionsCompatible(a.region, b.region)) score *= 0.7;
  return Math.min(1, score);
}

export function sameEvent(a: EventLike, b: EventLike): boolean {
  return eventMatchScore(a, b) >= SAME_EVENT_THRESHOLD;
}
