import { foldText } from "../../domain/text/fold";
import type { PrismaClient } from "../../generated/prisma/client";
import type { ArticleRef, DatePrecision, DateValue, SpanRef } from "./types";

/**
 * Articles by id with their text, so every span can be sliced on the way out.
 * Queries select only (articleId, start, end) from span rows and resolve the
 * wording here: the database never hands out stored copies of source text.
 */
export type ArticleIndex = {
  ref(articleId: string): ArticleRef;
  span(articleId: string, start: number, end: number): SpanRef;
  optionalSpan(articleId: string, start: number | null, end: number | null): SpanRef | null;
  has(articleId: string): boolean;
};

export const ARTICLE_REF_SELECT = {
  id: true,
  title: true,
  text: true,
  publishedDate: true,
  publishedPrecision: true,
  publishedBasis: true,
  publishedNote: true,
  publishedEvidenceStart: true,
  publishedEvidenceEnd: true,
  publishedSort: true,
  outlet: { select: { id: true, name: true } },
} as const;

type ArticleRow = {
  id: string;
  title: string;
  text: string;
  publishedDate: string;
  publishedPrecision: DatePrecision;
  publishedBasis: ArticleRef["published"]["basis"];
  publishedNote: string | null;
  publishedEvidenceStart: number | null;
  publishedEvidenceEnd: number | null;
  publishedSort: Date;
  outlet: { id: string; name: string };
};

export function sliceSpan(articleId: string, text: string, start: number, end: number): SpanRef {
  return { articleId, start, end, excerpt: text.slice(start, end) };
}

export function toArticleRef(row: ArticleRow): ArticleRef {
  const evidence =
    row.publishedEvidenceStart != null && row.publishedEvidenceEnd != null
      ? sliceSpan(row.id, row.text, row.publishedEvidenceStart, row.publishedEvidenceEnd)
      : null;
  return {
    id: row.id,
    title: row.title,
    outlet: { id: row.outlet.id, name: row.outlet.name },
    published: {
      date: row.publishedDate,
      precision: row.publishedPrecision,
      basis: row.publishedBasis,
      note: row.publishedNote,
      evidence,
    },
  };
}

export function indexArticles(rows: ArticleRow[]): ArticleIndex & { sortKey(articleId: string): number } {
  const byId = new Map(rows.map((r) => [r.id, { row: r, ref: toArticleRef(r) }]));
  const get = (id: string) => {
    const hit = byId.get(id);
    if (!hit) throw new Error(`article ${id} was not loaded`);
    return hit;
  };
  return {
    has: (id) => byId.has(id),
    ref: (id) => get(id).ref,
    span: (id, start, end) => sliceSpan(id, get(id).row.text, start, end),
    optionalSpan: (id, start, end) => (start != null && end != null ? sliceSpan(id, get(id).row.text, start, end) : null),
    sortKey: (id) => get(id).row.publishedSort.getTime(),
  };
}

export async function loadArticleIndex(prisma: PrismaClient, ids: Iterable<string>) {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await prisma.article.findMany({ where: { id: { in: unique } }, select: ARTICLE_REF_SELECT })
    : [];
  return indexArticles(rows);
}

export function dateValue(
  date: string | null | undefined,
  precision: DatePrecision | null | undefined,
  approximate = false,
): DateValue | null {
  if (!date || !precision) return null;
  return approximate ? { date, precision, approximate } : { date, precision };
}

/** The same folding ActorAlias.normalized was written with, so a query matches what was stored. */
export function normalizeForSearch(s: string): string {
  return foldText(s);
}

export function compareBy<T>(...keys: ((x: T) => number | string)[]) {
  return (a: T, b: T): number => {
    for (const k of keys) {
      const ka = k(a);
      const kb = k(b);
      if (ka < kb) return -1;
      if (ka > kb) return 1;
    }
    return 0;
  };
}
