import type { ArticleExtraction } from "../../domain/extraction/types";
import { startOfDateValue } from "../../domain/ingestion/publication-date";
import { pickLinkTarget, utterances, type ExistingQuote, type Utterance } from "../../domain/resolution/link-quotes";
import { derivedId } from "../ids";
import { statementId, statementRow } from "./persist-extraction";
import type { Tx } from "./sync-curated-actors";

/**
 * Store the article's statements, each utterance (a quote and its
 * continuations) joined to the Quote it repeats from other outlets, or to a
 * new Quote. Returns the number of statements stored.
 */
export async function persistStatements(tx: Tx, articleId: string, x: ArticleExtraction): Promise<number> {
  const quotes = x.quotes;
  const touched = new Set<string>();
  for (const u of utterances(quotes)) {
    const head = quotes[u.head]!;
    const linked = pickLinkTarget(u, await candidateQuotes(tx, articleId, u));
    const quoteId = linked ?? derivedId("quote", statementId(articleId, head));
    await tx.quote.upsert({ where: { id: quoteId }, create: { id: quoteId, speakerId: u.speakerKey }, update: {} });
    if (u.speakerKey) await tx.quote.updateMany({ where: { id: quoteId, speakerId: null }, data: { speakerId: u.speakerKey } });
    touched.add(quoteId);
    for (const i of u.quoteIndexes) {
      await tx.statement.create({ data: statementRow(articleId, quoteId, quotes[i]!, i, quotes) });
    }
  }
  await refreshFirstSaid(tx, [...touched]);
  return quotes.length;
}

/**
 * Quotes from other articles this utterance could repeat: those of the same
 * speaker or of no resolved speaker (a speaker known on one side only still
 * allows a link, at a stricter wording threshold).
 */
async function candidateQuotes(tx: Tx, articleId: string, u: Utterance): Promise<ExistingQuote[]> {
  const rows = await tx.statement.findMany({
    where: {
      articleId: { not: articleId },
      ...(u.speakerKey ? { quote: { OR: [{ speakerId: u.speakerKey }, { speakerId: null }] } } : {}),
    },
    select: { quoteId: true, articleId: true, text: true, saidDate: true, saidPrecision: true, saidApproximate: true, quote: { select: { speakerId: true } } },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
  });
  const byQuote = new Map<string, { speakerKey: string | null; saidDate: ExistingQuote["saidDate"]; byArticle: Map<string, string> }>();
  for (const r of rows) {
    const q = byQuote.get(r.quoteId) ?? { speakerKey: r.quote.speakerId, saidDate: null, byArticle: new Map<string, string>() };
    // Each article's whole rendering (continuations joined) is compared, not its fragments.
    const prev = q.byArticle.get(r.articleId);
    q.byArticle.set(r.articleId, prev ? `${prev} ${r.text}` : r.text);
    if (!q.saidDate && r.saidDate && r.saidPrecision) q.saidDate = { date: r.saidDate, precision: r.saidPrecision, approximate: r.saidApproximate };
    byQuote.set(r.quoteId, q);
  }
  return [...byQuote].map(([id, q]) => ({ id, speakerKey: q.speakerKey, saidDate: q.saidDate, renderings: [...q.byArticle.values()] }));
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
