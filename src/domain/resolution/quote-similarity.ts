import type { ResolvedDate } from "../extraction/types";
import { dayInterval, intervalGap } from "./date-interval";
import { contentStems, tokenWeight } from "./tokens";

/**
 * How alike two renderings of a quote are, in [0, 1]: weighted overlap of
 * content stems, taking the better of
 *  - Dice (both sides say the same thing), and
 *  - containment (one side is a truncation of the other), damped for very
 *    short quotes so a three-word fragment cannot claim a long remark.
 * Word order is ignored on purpose: translations reorder clauses.
 */
export function quoteSimilarity(a: string, b: string): number {
  return stemSimilarity(stemSet(a), stemSet(b));
}

/** Containment counts a little less than a full match: a truncation is not the whole remark. */
const CONTAINMENT_FACTOR = 0.9;
/** Below this much content weight the shorter side is too small to be trusted by containment alone. */
const CONTAINMENT_MIN_WEIGHT = 5;

export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

export function stemSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const wa = totalWeight(a);
  const wb = totalWeight(b);
  const inter = Math.min(matchedWeight(a, b), matchedWeight(b, a));
  const dice = (2 * inter) / (wa + wb);
  const small = Math.min(wa, wb);
  const containment = (inter / small) * Math.min(1, small / CONTAINMENT_MIN_WEIGHT) * CONTAINMENT_FACTOR;
  return Math.min(1, Math.max(dice, containment));
}

function totalWeight(s: ReadonlySet<string>): number {
  let w = 0;
  for (const t of s) w += tokenWeight(t);
  return w;
}

function matchedWeight(from: ReadonlySet<string>, to: ReadonlySet<string>): number {
  let w = 0;
  for (const t of from) if (to.has(t) || hasPrefixMate(t, to)) w += tokenWeight(t);
  return w;
}

/** Stems left unequal by light stemming ("protect"/"protection", "terror"/"terrorism"). */
function hasPrefixMate(t: string, set: ReadonlySet<string>): boolean {
  if (t.length < 5) return false;
  for (const u of set) {
    if (u.length < 5) continue;
    if (u.length > t.length ? u.startsWith(t) : t.startsWith(u)) return true;
  }
  return false;
}

export type UtteranceRef = {
  text: string;
  speakerKey: string | null;
  saidDate?: Pick<ResolvedDate, "date" | "precision" | "approximate"> | null;
};

/** Same speaker (known on both sides) and similar wording: one remark. */
export const LINK_THRESHOLD = 0.5;
/** One side has no resolved speaker: wording alone must be much closer. */
export const LINK_THRESHOLD_UNKNOWN_SPEAKER = 0.72;
/** Two dated renderings further apart than this (beyond their precision) are different occasions. */
const MAX_DATE_GAP_DAYS = 2;

/** Could two renderings be the same utterance at all (speaker and date agree)? */
export function compatibleUtterances(a: Omit<UtteranceRef, "text">, b: Omit<UtteranceRef, "text">): boolean {
  if (a.speakerKey && b.speakerKey && a.speakerKey !== b.speakerKey) return false;
  if (a.saidDate && b.saidDate) {
    const ia = dayInterval(a.saidDate);
    const ib = dayInterval(b.saidDate);
    if (ia && ib && intervalGap(ia, ib) > MAX_DATE_GAP_DAYS) return false;
  }
  return true;
}

export function linkThreshold(a: { speakerKey: string | null }, b: { speakerKey: string | null }): number {
  return a.speakerKey && b.speakerKey ? LINK_THRESHOLD : LINK_THRESHOLD_UNKNOWN_SPEAKER;
}

/** The same utterance, reported in different wordings, truncations or translations. */
export function sameUtterance(a: UtteranceRef, b: UtteranceRef): boolean {
  if (!compatibleUtterances(a, b)) return false;
  return quoteSimilarity(a.text, b.text) >= linkThreshold(a, b);
}
