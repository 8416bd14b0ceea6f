import "server-only";
import { getDb } from "../server-db";
import { STATEMENT_SELECT, toStatement } from "./instances";
import { compareBy, dateValue, loadArticleIndex } from "./shared";
import type { QuoteSummary } from "./types";

async function loadQuotes(where: { id?: string; speakerId?: string }): Promise<QuoteSummary[]> {
  const { prisma } = await getDb();
  const rows = await prisma.quote.findMany({
    where,
    select: {
      id: true,
      firstSaidDate: true,
      firstPrecision: true,
      speaker: { select: { id: true, name: true, kind: true } },
      statements: { select: STATEMENT_SELECT },
    },
  });
  const ix = await loadArticleIndex(prisma, rows.flatMap((r) => r.statements.map((s) => s.articleId)));
  const quotes = rows.map((r) => {
    // Earliest outlet first (article published, then the date it says the words were said):
    // the side-by-side reading shows how wording drifts as it is retold.
    const saidIn = new Map<string, string>();
    for (const s of r.statements) {
      const prev = saidIn.get(s.articleId);
      if (s.saidDate && (!prev || s.saidDate < prev)) saidIn.set(s.articleId, s.saidDate);
    }
    const statements = [...r.statements]
      .sort(compareBy((s) => ix.sortKey(s.articleId), (s) => saidIn.get(s.articleId) ?? "~", (s) => s.articleId, (s) => s.start))
      .map((s) => toStatement(s, ix));
    return {
      id: r.id,
      speaker: r.speaker,
      firstSaid: dateValue(r.firstSaidDate, r.firstPrecision),
      statements,
      outletCount: new Set(statements.map((s) => s.article.outlet.id)).size,
    };
  });
  const firstSort = (q: QuoteSummary) => q.firstSaid?.date ?? q.statements[0]?.article.published.date ?? "9999";
  return quotes.sort(compareBy((q) => -q.outletCount, (q) => firstSort(q), (q) => q.id));
}

export async function listQuotes(): Promise<QuoteSummary[]> {
  return loadQuotes({});
}

export async function getQuote(id: string): Promise<QuoteSummary | null> {
  return (await loadQuotes({ id }))[0] ?? null;
}
