import type { ArticleExtraction, DatePrecision } from "../../domain/extraction/types";
import { startOfDateValue } from "../../domain/ingestion/publication-date";
import { pickLinkTarget, utterances, type ExistingQuote, type Utterance } from "../../domain/resolution/link-quotes";
import { derivedId } from "../ids";
import { statementId, statementRow } from "./persist-extraction";
import type { Tx } from "./sync-curated-actors";

/**
 * Store the article's statements, each utterance (a quote and its
 * continuations) joined to the Quote it repeats from other outlets, or to a
 * new Quote. Returns each quote's Quote id, by index in the extraction.
 */
export async function persistStatements(tx: Tx, articleId: string, x: ArticleExtraction): Promise<Map<number, string>> {
  const quotes = x.quotes;
  const all = utterances(quotes);
  const existing = await candidateQuotes(tx, articleId, all);
  const quoteOf = new Map<number, string>();
  const newQuotes: { id: string; speakerId: string | null }[] = [];
  const adoptSpeaker: { id: string; speakerId: string }[] = [];
  for (const u of all) {
    const pool = existing.filter((e) => !u.speakerKey || !e.speakerKey || e.speakerKey === u.speakerKey);
    const linked = pickLinkTarget(u, pool);
    const quoteId = linked ?? derivedId("quote", statementId(articleId, quotes[u.head]!));
    if (!linked) newQuotes.push({ id: quoteId, speakerId: u.speakerKey });
    else if (u.speakerKey && !existing.find((e) => e.id === linked)?.speakerKey) adoptSpeaker.push({ id: linked, speakerId: u.speakerKey });
    for (const i of u.quoteIndexes) quoteOf.set(i, quoteId);
  }
  if (newQuotes.length) await tx.quote.createMany({ data: newQuotes, skipDuplicates: true });
  for (const a of adoptSpeaker) await tx.quote.updateMany({ where: { id: a.id, speakerId: null }, data: { speakerId: a.speakerId } });
  const rows = quotes.map((q, i) => statementRow(articleId, quoteOf.get(i)!, q, i, quotes));
  if (rows.length) await tx.statement.createMany({ data: rows });
  await refreshFirstSaid(tx, [...new Set(quoteOf.values())]);
  return quoteOf;
}

/**
 * Quotes from other articles these utterances could repeat: those of their
 * speakers or of no resolved speaker (a speaker known on one side only still
 * allows a link, at a stricter wording threshold). One query per article.
 */
async function candidateQuotes(tx: Tx, articleId: string, all: readonly Utterance[]): Promise<ExistingQuote[]> {
  if (all.length === 0) return [];
  const speakers = [...new Set(all.map((u) => u.speakerKey).filter((k): k is string => !!k))];
  const anyUnknown = all.some((u) => !u.speakerKey);
  const rows = await tx.statement.findMany({
    where: {
      articleId: { not: articleId },
      ...(anyUnknown ? {} : { quote: { OR: [{ speakerId: { in: speakers } }, { speakerId: null }] } }),
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
  if (quoteIds.length === 0) return;
  const statements = await tx.statement.findMany({
    where: { quoteId: { in: quoteIds } },
    select: {
      quoteId: true,
      saidDate: true,
      saidPrecision: true,
      article: { select: { publishedDate: true, publishedPrecision: true } },
      quote: { select: { firstSaidDate: true, firstPrecision: true } },
    },
  });
  const first = new Map<string, { date: string; precision: DatePrecision; current: string | null; currentPrecision: DatePrecision | null }>();
  for (const s of statements) {
    const d =
      s.saidDate && s.saidPrecision
        ? { date: s.saidDate, precision: s.saidPrecision }
        : { date: s.article.publishedDate, precision: s.article.publishedPrecision };
    const prev = first.get(s.quoteId);
    if (!prev || startOfDateValue(d.date) < startOfDateValue(prev.date)) {
      first.set(s.quoteId, { ...d, current: s.quote.firstSaidDate, currentPrecision: s.quote.firstPrecision });
    }
  }
  for (const [id, f] of first) {
    if (f.current === f.date && f.currentPrecision === f.precision) continue;
    await tx.quote.update({
      where: { id },
      data: { firstSaidDate: f.date, firstPrecision: f.precision, firstSaidSort: startOfDateValue(f.date) },
    });
  }
}
