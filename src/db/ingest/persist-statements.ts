import type { ArticleExtraction, ExtractedQuote } from "../../domain/extraction/types";
import { startOfDateValue } from "../../domain/ingestion/publication-date";
import { quoteSimilarity, sameUtterance } from "./link-shim";
import { derivedId } from "../ids";
import { statementId, statementRow } from "./persist-extraction";
import type { Tx } from "./sync-curated-actors";

/** A quote and the quotes that continue it (one utterance split over marks or paragraphs). */
function chains(quotes: readonly ExtractedQuote[]): number[][] {
  const root = (i: number): number => {
    const seen = new Set<number>();
    let j = i;
    while (quotes[j]?.continuesQuote != null && !seen.has(j)) {
      seen.add(j);
      j = quotes[j]!.continuesQuote!;
    }
    return j;
  };
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const r = root(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * Store the article's statements, each joined to the Quote (the same utterance
 * in other outlets) it repeats, or to a new Quote. Candidates are the earlier
 * statements of the same speaker: wording differs between outlets, speakers
 * do not. Returns the number of statements stored.
 */
export async function persistStatements(tx: Tx, articleId: string, x: ArticleExtraction): Promise<number> {
  const quotes = x.quotes;
  const touched = new Set<string>();
  for (const chain of chains(quotes)) {
    const members = chain.map((i) => quotes[i]!);
    const head = members[0]!;
    const speakerKey = members.find((q) => q.speakerKey)?.speakerKey ?? null;
    const text = members.map((q) => q.text).join(" ");
    const saidDate = members.find((q) => q.saidDate)?.saidDate?.date ?? null;
    const quoteId = (await findLinkedQuote(tx, articleId, { text, speakerKey, saidDate })) ?? derivedId("quote", statementId(articleId, head));
    await tx.quote.upsert({
      where: { id: quoteId },
      create: { id: quoteId, speakerId: speakerKey },
      update: {},
    });
    if (speakerKey) await tx.quote.updateMany({ where: { id: quoteId, speakerId: null }, data: { speakerId: speakerKey } });
    touched.add(quoteId);
    for (const i of chain) {
      await tx.statement.create({ data: statementRow(articleId, quoteId, quotes[i]!, i, quotes) });
    }
  }
  await refreshFirstSaid(tx, [...touched]);
  return quotes.length;
}

async function findLinkedQuote(
  tx: Tx,
  articleId: string,
  candidate: { text: string; speakerKey: string | null; saidDate: string | null },
): Promise<string | null> {
  if (!candidate.speakerKey) return null;
  const rows = await tx.statement.findMany({
    where: { speakerId: candidate.speakerKey, articleId: { not: articleId } },
    select: { quoteId: true, articleId: true, text: true, saidDate: true, ordinal: true },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
  });
  // Compare with each article's whole rendering of a quote (continuations joined).
  const renderings = new Map<string, { quoteId: string; text: string; saidDate: string | null }>();
  for (const r of rows) {
    const k = `${r.quoteId}\u0000${r.articleId}`;
    const prev = renderings.get(k);
    renderings.set(k, { quoteId: r.quoteId, text: prev ? `${prev.text} ${r.text}` : r.text, saidDate: prev?.saidDate ?? r.saidDate });
  }
  let best: { quoteId: string; score: number } | null = null;
  for (const r of renderings.values()) {
    const other = { text: r.text, speakerKey: candidate.speakerKey, saidDate: r.saidDate };
    if (!sameUtterance(candidate, other)) continue;
    const score = quoteSimilarity(candidate.text, r.text);
    if (!best || score > best.score) best = { quoteId: r.quoteId, score };
  }
  return best?.quoteId ?? null;
}

/** A quote's date is the earliest date any outlet gives for it (said date, else the article's date as an upper bound). */
async function refreshFirstSaid(tx: Tx, quoteIds: string[]): Promise<void> {
  for (const id of quoteIds) {
    const statements = await tx.statement.findMany({
      where: { quoteId: id },
      select: { saidDate: true, saidPrecision: true, article: { select: { publishedDate: true, publishedPrecision: true } } },
    });
    const dated = statements.map((s) =>
      s.saidDate && s.saidPrecision
        ? { date: s.saidDate, precision: s.saidPrecision }
        : { date: s.article.publishedDate, precision: s.article.publishedPrecision },
    );
    dated.sort((a, b) => startOfDateValue(a.date).getTime() - startOfDateValue(b.date).getTime());
    const first = dated[0];
    await tx.quote.update({
      where: { id },
      data: first
        ? { firstSaidDate: first.date, firstPrecision: first.precision, firstSaidSort: startOfDateValue(first.date) }
        : { firstSaidDate: null, firstPrecision: null, firstSaidSort: null },
    });
  }
}
