import type { ExtractedQuote, ResolvedDate } from "../extraction/types";
import { compatibleUtterances, linkThreshold, stemSet, stemSimilarity, type UtteranceRef } from "./quote-similarity";

/** One remark as one article carries it: a head quote and the quotes that continue it. */
export type Utterance = {
  /** Indexes into the article's quotes, head first, in text order. */
  quoteIndexes: number[];
  head: number;
  /** The parts joined with a space: what is compared across articles. */
  text: string;
  speakerKey: string | null;
  speaker: string | null;
  saidDate: ResolvedDate | null;
};

/**
 * Group quotes into utterances by following `continuesQuote` to the head of
 * each chain. Broken links (out of range, cycles) make a quote its own head.
 */
export function utterances(quotes: readonly ExtractedQuote[]): Utterance[] {
  const headOf = (i: number): number => {
    const seen = new Set<number>();
    let cur = i;
    for (;;) {
      seen.add(cur);
      const next = quotes[cur]?.continuesQuote;
      if (next === null || next === undefined || next < 0 || next >= quotes.length || seen.has(next)) return cur;
      cur = next;
    }
  };
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const h = headOf(i);
    const g = groups.get(h);
    if (g) g.push(i);
    else groups.set(h, [i]);
  });
  const out: Utterance[] = [];
  for (const [head, members] of groups) {
    const ordered = [...members].sort((x, y) => (quotes[x]?.start ?? 0) - (quotes[y]?.start ?? 0));
    const parts = ordered.map((i) => quotes[i]!);
    const speakerPart = parts.find((q) => q.speakerKey) ?? parts.find((q) => q.speaker);
    const datePart = parts.find((q) => q.saidDate);
    out.push({
      quoteIndexes: ordered,
      head,
      text: parts.map((q) => q.text).join(" "),
      speakerKey: speakerPart?.speakerKey ?? null,
      speaker: speakerPart?.speaker ?? null,
      saidDate: datePart?.saidDate
        ? { date: datePart.saidDate.date, precision: datePart.saidDate.precision, approximate: datePart.saidDate.approximate }
        : null,
    });
  }
  return out.sort((a, b) => (quotes[a.head]?.start ?? 0) - (quotes[b.head]?.start ?? 0));
}

/** A Quote already stored: its speaker, date and every rendering linked to it so far. */
export type ExistingQuote = {
  id: string;
  speakerKey: string | null;
  saidDate?: UtteranceRef["saidDate"];
  renderings: readonly string[];
};

/** Score of the best existing quote for a candidate, or null when none clears its threshold. */
export function scoreLinkTarget(candidate: UtteranceRef, existing: readonly ExistingQuote[]): { id: string; score: number } | null {
  const cand = stemSet(candidate.text);
  let best: { id: string; score: number; rank: number } | null = null;
  for (const e of existing) {
    if (!compatibleUtterances(candidate, e)) continue;
    let score = 0;
    for (const r of e.renderings) score = Math.max(score, stemSimilarity(cand, stemSet(r)));
    if (score < linkThreshold(candidate, e)) continue;
    // A known shared speaker is evidence too: it breaks near-ties.
    const rank = score + (candidate.speakerKey && candidate.speakerKey === e.speakerKey ? 0.01 : 0);
    if (!best || rank > best.rank) best = { id: e.id, score, rank };
  }
  return best && { id: best.id, score: best.score };
}

/** The existing quote this utterance should join, or null to start a new one. */
export function pickLinkTarget(candidate: UtteranceRef, existing: readonly ExistingQuote[]): string | null {
  return scoreLinkTarget(candidate, existing)?.id ?? null;
}
