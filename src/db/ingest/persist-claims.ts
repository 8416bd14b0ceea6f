import type { ArticleExtraction } from "../../domain/extraction/types";
import type { ArticleInput } from "../../domain/ingestion/prepare-article";
import type { ClaimDefinition } from "../../domain/resolution/claim-definitions";
import { claimStatus, figureClaimStatus } from "../../domain/resolution/claim-status";
import { anchorClaimCitations, type Citation, type CitationAttribution } from "../../domain/resolution/claims";
import type { AttributionSource } from "../../domain/resolution/attribution";
import { derivedId } from "../ids";
import type { Tx } from "./sync-curated-actors";

/** One link of an attribution chain as stored in Citation.sources (JSON). */
export type StoredSource = { name: string; actorId: string | null; start: number; end: number; kind: AttributionSource["kind"]; level: number };

/** Curated claim definitions become Claim rows; a definition removed from the file takes its claim with it. */
export async function syncClaims(tx: Tx, claims: readonly ClaimDefinition[]): Promise<void> {
  for (const c of claims) {
    const data = { proposition: c.proposition, kind: c.kind, metric: c.metric ?? null, curated: true };
    await tx.claim.upsert({ where: { id: c.slug }, create: { id: c.slug, status: "reported", ...data }, update: data });
  }
  await tx.claim.deleteMany({ where: { curated: true, id: { notIn: claims.map((c) => c.slug) } } });
}

/**
 * Anchor every claim in this article (citations are found in the text by the
 * pipeline; figure values come from extracted figures, never from the
 * definitions), then recompute each claim's status from all its citations.
 */
export async function persistClaims(
  tx: Tx,
  articleId: string,
  input: ArticleInput,
  x: ArticleExtraction,
  claims: readonly ClaimDefinition[],
  figureIds: Map<string, string>,
): Promise<number> {
  await syncClaims(tx, claims);
  const knownActors = new Set(x.actors.map((a) => a.key));
  const rows = claims.flatMap((def) =>
    anchorClaimCitations(def, input.text, x.segmentation, x, { outlet: { actorKey: null, name: input.outletName } }).map((c) =>
      citationRow(articleId, def.slug, c, input.text, x, figureIds, knownActors),
    ),
  );
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  if (unique.length) await tx.citation.createMany({ data: unique });
  await refreshClaimStatuses(tx);
  return unique.length;
}

function citationRow(
  articleId: string,
  claimId: string,
  c: Citation,
  text: string,
  x: ArticleExtraction,
  figureIds: Map<string, string>,
  knownActors: Set<string>,
) {
  const a = c.attribution;
  const figure = c.figure ? x.figures[c.figure.index] : undefined;
  const actorId = (key: string | null) => (key && knownActors.has(key) ? key : null);
  const sources: StoredSource[] = a.sources.map((s) => ({
    name: s.name,
    actorId: actorId(s.actorKey),
    start: s.span.start,
    end: s.span.end,
    kind: s.kind,
    level: s.level,
  }));
  return {
    id: derivedId("citation", articleId, claimId, c.start, c.end, c.stance, figure?.start),
    claimId,
    articleId,
    start: c.start,
    end: c.end,
    stance: c.stance,
    attributedToId: actorId(a.actorKey),
    attributionText: a.phrase ? text.slice(a.phrase.start, a.phrase.end) : null,
    attributionStart: a.phrase?.start ?? null,
    attributionEnd: a.phrase?.end ?? null,
    sources,
    figureId: figure ? (figureIds.get(`${figure.start}:${figure.end}`) ?? null) : null,
    value: c.figure?.value ?? null,
    qualifier: c.figure?.qualifier ?? null,
    asOfDate: c.figure?.asOf ?? null,
    asOfPrecision: c.figure?.asOfPrecision ?? null,
  };
}

/** A claim's status follows from the evidence of every outlet: recomputed after each article. */
async function refreshClaimStatuses(tx: Tx): Promise<void> {
  const claims = await tx.claim.findMany({
    select: {
      id: true,
      kind: true,
      status: true,
      citations: {
        select: { stance: true, attributedToId: true, sources: true, value: true, asOfDate: true, article: { select: { outletId: true } } },
      },
    },
  });
  for (const claim of claims) {
    const status =
      claim.kind === "figure"
        ? figureClaimStatus(claim.citations.map((c) => ({ stance: c.stance, value: c.value, asOf: c.asOfDate })))
        : claimStatus(claim.citations.map((c) => ({ stance: c.stance, attribution: storedAttribution(c), outletKey: c.article.outletId })));
    if (status !== claim.status) await tx.claim.update({ where: { id: claim.id }, data: { status } });
  }
}

/** Rebuild what the status rule needs from a stored citation: the parties at the end of its chain. */
function storedAttribution(c: { attributedToId: string | null; sources: unknown }): CitationAttribution {
  const chain = (Array.isArray(c.sources) ? c.sources : []) as StoredSource[];
  const top = Math.max(-1, ...chain.map((s) => s.level));
  const parties = chain
    .filter((s) => s.level === top)
    .map((s) => ({ actorKey: s.actorId, name: s.name, span: { start: s.start, end: s.end }, kind: s.kind, level: s.level }));
  return {
    actorKey: c.attributedToId,
    name: parties[0]?.name ?? "",
    kind: parties[0]?.kind ?? "self",
    parties,
    phrase: null,
    sources: parties,
  };
}
