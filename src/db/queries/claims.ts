import "server-only";
import { getDb } from "../server-db";
import { type ClaimPageData, parseChain } from "./claim-coverage";
import { CITATION_SELECT, toCitation } from "./instances";
import { compareBy, loadArticleIndex } from "./shared";
import type { CitationInstance, ClaimDetail, ClaimKind, ClaimSummary, ReportedValue } from "./types";

const CLAIM_SELECT = {
  id: true,
  proposition: true,
  kind: true,
  status: true,
  metric: true,
  curated: true,
  citations: { select: { ...CITATION_SELECT, figure: { select: { value: true, qualifier: true, asOfDate: true, asOfPrecision: true } } } },
} as const;

const KIND_ORDER: Record<ClaimKind, number> = { figure: 0, event: 1, assertion: 2 };

/**
 * A figure claim's numbers, one per citation, as each outlet printed them;
 * the citation's own value wins over its linked Figure's, which is a fallback.
 */
export function reportedValues(citations: CitationInstance[], figures: Map<string, { value: number; qualifier: string | null; asOf: ReportedValue["asOf"] }>): ReportedValue[] {
  const out: ReportedValue[] = [];
  for (const c of citations) {
    const fig = figures.get(c.id);
    const value = c.value ?? fig?.value ?? null;
    if (value === null) continue;
    out.push({
      value,
      qualifier: c.qualifier ?? fig?.qualifier ?? null,
      asOf: c.asOf ?? fig?.asOf ?? null,
      outlet: c.article.outlet,
      articleId: c.articleId,
      start: c.start,
      end: c.end,
      excerpt: c.excerpt,
      attribution: c.attributedTo?.name ?? c.attributionText ?? null,
    });
  }
  return out;
}

async function loadClaims(where: { id?: string }): Promise<ClaimDetail[]> {
  const { prisma } = await getDb();
  const rows = await prisma.claim.findMany({ where, select: CLAIM_SELECT });
  const ix = await loadArticleIndex(prisma, rows.flatMap((r) => r.citations.map((c) => c.articleId)));
  return rows
    .map((r) => {
      const sorted = [...r.citations].sort(compareBy((c) => ix.sortKey(c.articleId), (c) => c.articleId, (c) => c.start));
      const citations = sorted.map((c) => toCitation(c, ix));
      const figures = new Map(
        sorted.flatMap((c) =>
          c.figure
            ? [[c.id, { value: c.figure.value, qualifier: c.figure.qualifier, asOf: { date: c.figure.asOfDate, precision: c.figure.asOfPrecision } }] as const]
            : [],
        ),
      );
      return {
        id: r.id,
        proposition: r.proposition,
        kind: r.kind,
        status: r.status,
        metric: r.metric,
        curated: r.curated,
        citationCount: citations.length,
        outletCount: new Set(citations.map((c) => c.article.outlet.id)).size,
        supports: citations.filter((c) => c.stance === "supports").length,
        denies: citations.filter((c) => c.stance === "denies").length,
        values: r.kind === "figure" ? reportedValues(citations, figures) : [],
        citations,
      };
    })
    .sort(compareBy((c) => KIND_ORDER[c.kind], (c) => -c.outletCount, (c) => -c.citationCount, (c) => c.proposition));
}

export async function listClaims(): Promise<ClaimSummary[]> {
  return (await loadClaims({})).map(({ citations: _omit, ...summary }) => summary);
}

export async function getClaim(id: string): Promise<ClaimDetail | null> {
  return (await loadClaims({ id }))[0] ?? null;
}

/** A claim with every citation's full attribution chain (levels and kinds), for the claim page. */
export async function getClaimPage(id: string): Promise<ClaimPageData | null> {
  const claim = await getClaim(id);
  if (!claim) return null;
  const { prisma } = await getDb();
  const rows = await prisma.citation.findMany({ where: { claimId: id }, select: { id: true, sources: true } });
  return { claim, chains: Object.fromEntries(rows.map((r) => [r.id, parseChain(r.sources)])) };
}
