import type { CitationInstance, ClaimDetail, ReportedValue, Stance } from "../../src/db/queries/types";

export const outlets = {
  nbc: { id: "nbc-news", name: "NBC News" },
  aj: { id: "al-jazeera", name: "Al Jazeera" },
  wsj: { id: "the-wall-street-journal", name: "The Wall Street Journal" },
};

export function citation(
  id: string,
  outlet: { id: string; name: string },
  date: string,
  stance: Stance = "supports",
  extra: Partial<CitationInstance> = {},
): CitationInstance {
  const articleId = `${outlet.id}-${date}`;
  return {
    id,
    articleId,
    start: 10,
    end: 20,
    excerpt: "0123456789",
    article: {
      id: articleId,
      title: `${outlet.name} on ${date}`,
      outlet,
      published: { date, precision: "day", basis: "stated", note: null, evidence: null },
    },
    stance,
    attributedTo: null,
    attributionText: null,
    attributionSpan: null,
    sources: [],
    value: null,
    qualifier: null,
    asOf: null,
    ...extra,
  };
}

export function value(v: number, outlet: { id: string; name: string }, asOf: string | null, extra: Partial<ReportedValue> = {}): ReportedValue {
  return {
    value: v,
    qualifier: "at least",
    asOf: asOf ? { date: asOf, precision: "day" } : null,
    outlet,
    articleId: `${outlet.id}-${asOf ?? "x"}`,
    start: 0,
    end: 5,
    excerpt: "words",
    attribution: null,
    ...extra,
  };
}

export function claim(citations: CitationInstance[], extra: Partial<ClaimDetail> = {}): ClaimDetail {
  return {
    id: "uk-stopped-sharing-intelligence",
    proposition: "The United Kingdom stopped sharing intelligence",
    kind: "event",
    status: "disputed",
    metric: null,
    curated: true,
    citationCount: citations.length,
    outletCount: new Set(citations.map((c) => c.article.outlet.id)).size,
    supports: citations.filter((c) => c.stance === "supports").length,
    denies: citations.filter((c) => c.stance === "denies").length,
    values: [],
    citations,
    ...extra,
  };
}
