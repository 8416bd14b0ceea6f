import { createRegistry, slugify, type KnownActor } from "../../domain/extraction/actor-registry";
import { extractArticle } from "../../domain/extraction/extract-article";
import type { ArticleExtraction } from "../../domain/extraction/types";
import { EXTRACTOR_VERSION } from "../../domain/extraction/version";
import type { ArticleInput } from "../../domain/ingestion/prepare-article";
import { startOfDateValue } from "../../domain/ingestion/publication-date";
import type { ClaimDefinition } from "../../domain/resolution/claim-definitions";
import { derivedId } from "../ids";
import type { Database } from "../open-database";
import { deleteDerivedRows, removeOrphans } from "./delete-derived";
import { loadDiscoveredActors } from "./known-actors";
import { persistClaims } from "./persist-claims";
import { persistEvents } from "./persist-events";
import { persistActors, persistFiguresAndDates } from "./persist-extraction";
import { persistStatements } from "./persist-statements";
import { ensureCuratedActors } from "./sync-curated-actors";

export type IngestContext = {
  curatedActors: readonly KnownActor[];
  claims: readonly ClaimDefinition[];
  /** Re-extract even when the text is unchanged (after the extractor improved). */
  force?: boolean;
};

export type IngestOutcome =
  | { status: "unchanged"; articleId: string }
  | { status: "duplicate"; articleId: string; duplicateOf: string }
  | {
      status: "created" | "replaced";
      articleId: string;
      counts: { quotes: number; actors: number; mentions: number; figures: number; dates: number; citations: number; events: number };
    };

/** Serializes writers on a Postgres server, where two ingests could otherwise link quotes at the same time. */
const INGEST_LOCK_KEY = 7_314_159;

/**
 * Ingest one prepared article: extract, then replace everything derived from
 * it in ONE transaction, so a failure leaves the previous state intact and a
 * re-run over unchanged text changes nothing.
 */
export async function ingestArticle(db: Database, input: ArticleInput, ctx: IngestContext): Promise<IngestOutcome> {
  const { prisma } = db;
  const existing = await prisma.article.findUnique({
    where: { sourceKey: input.sourceKey },
    select: { id: true, contentHash: true, extractorVersion: true, outletId: true, title: true, publishedDate: true },
  });
  const outletId = slugify(input.outletName);
  const unchanged =
    existing &&
    existing.contentHash === input.contentHash &&
    existing.extractorVersion === EXTRACTOR_VERSION &&
    existing.outletId === outletId &&
    existing.title === input.title &&
    existing.publishedDate === input.published.date;
  if (unchanged && !ctx.force) return { status: "unchanged", articleId: existing.id };

  const twin = await prisma.article.findUnique({ where: { contentHash: input.contentHash }, select: { id: true, sourceKey: true } });
  if (twin && twin.sourceKey !== input.sourceKey) return { status: "duplicate", articleId: twin.id, duplicateOf: twin.sourceKey };

  await ensureCuratedActors(db, ctx.curatedActors);
  const articleId = existing?.id ?? `${outletId}-${derivedId("article", input.sourceKey).slice(0, 8)}`;

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`);
      const registry = createRegistry([...ctx.curatedActors, ...(await loadDiscoveredActors(tx))]);
      const extraction: ArticleExtraction = extractArticle(input.text, { published: input.published, registry, outlet: input.outletName });

      if (existing) {
        await deleteDerivedRows(tx, existing.id);
        await removeOrphans(tx);
      }
      await tx.outlet.upsert({ where: { id: outletId }, create: { id: outletId, name: input.outletName }, update: { name: input.outletName } });
      const articleData = {
        sourceKey: input.sourceKey,
        outletId,
        title: input.title,
        url: input.url,
        byline: input.byline,
        publishedDate: input.published.date,
        publishedPrecision: input.published.precision,
        publishedSort: startOfDateValue(input.published.date),
        publishedBasis: input.publishedBasis,
        publishedNote: input.publishedNote,
        publishedEvidenceStart: input.publishedEvidence?.start ?? null,
        publishedEvidenceEnd: input.publishedEvidence?.end ?? null,
        text: input.text,
        contentHash: input.contentHash,
        sourceFile: input.sourceFile,
        extractorVersion: EXTRACTOR_VERSION,
      };
      if (existing) await tx.article.update({ where: { id: articleId }, data: { ...articleData, ingestedAt: new Date() } });
      else await tx.article.create({ data: { id: articleId, ...articleData } });

      await persistActors(tx, articleId, extraction);
      const figureIds = await persistFiguresAndDates(tx, articleId, extraction);
      const quoteOf = await persistStatements(tx, articleId, extraction);
      const citations = await persistClaims(tx, articleId, input, extraction, ctx.claims, figureIds);
      const events = await persistEvents(tx, articleId, input, extraction, quoteOf);
      await removeOrphans(tx);

      return {
        status: existing ? "replaced" : "created",
        articleId,
        counts: {
          quotes: extraction.quotes.length,
          actors: extraction.actors.length,
          mentions: extraction.actors.reduce((n, a) => n + a.mentions.length, 0),
          figures: extraction.figures.length,
          dates: extraction.dates.length,
          citations,
          events,
        },
      } as const;
    },
    { maxWait: 60_000, timeout: 300_000 },
  );
}
