/**
 * One-to-one matching of predicted items to gold items. Greedy by score,
 * best pairs first: with at most a few dozen items per article this is as good
 * as an optimal assignment and keeps every decision explainable.
 */
export type Range = { start: number; end: number };

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function overlaps(a: Range, b: Range): boolean {
  return overlapLength(a, b) > 0;
}

/** Overlap covering at least half of the shorter span (the quote criterion). */
export function overlapsByHalf(a: Range, b: Range): boolean {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  const o = overlapLength(a, b);
  return o > 0 && o >= 0.5 * shorter;
}

/** Share of the union covered by both, in [0, 1]: the tie-breaker between candidate pairs. */
export function overlapScore(a: Range, b: Range): number {
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? overlapLength(a, b) / union : 0;
}

export type Pairing<P, G> = {
  pairs: { pred: P; gold: G }[];
  unmatchedPred: P[];
  unmatchedGold: G[];
};

export function matchOneToOne<P extends Range, G extends Range>(
  preds: readonly P[],
  golds: readonly G[],
  eligible: (p: P, g: G) => boolean,
): Pairing<P, G> {
  const candidates: { p: number; g: number; score: number }[] = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      if (eligible(p, g)) candidates.push({ p: pi, g: gi, score: overlapScore(p, g) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: { pred: P; gold: G }[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    pairs.push({ pred: preds[c.p] as P, gold: golds[c.g] as G });
  }
  return {
    pairs,
    unmatchedPred: preds.filter((_, i) => !usedP.has(i)),
    unmatchedGold: golds.filter((_, i) => !usedG.has(i)),
  };
}
