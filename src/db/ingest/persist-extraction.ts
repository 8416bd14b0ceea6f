import type { ArticleExtraction, ExtractedQuote } from "../../domain/extraction/types";
import { startOfDateValue } from "../../domain/ingestion/publication-date";
import { derivedId } from "../ids";
import { aliasRow, dedupeById, type Tx } from "./sync-curated-actors";

/** Mentions linked by a guess (garble, context) are not safe as aliases for other articles. */
const ALIAS_METHODS = new Set(["exact", "alias", "title", "surname", "new"]);

/** Actors, their aliases and mentions of one article. */
export async function persistActors(tx: Tx, articleId: string, x: ArticleExtraction): Promise<void> {
  // An extracted actor never overwrites curated facts: existing rows are left alone, except a missing role.
  if (x.actors.length) {
    await tx.actor.createMany({
      data: x.actors.map((a) => ({ id: a.key, name: a.name, kind: a.kind, role: a.role, curated: false })),
      skipDuplicates: true,
    });
  }
  for (const a of x.actors) {
    if (a.role) await tx.actor.updateMany({ where: { id: a.key, role: null }, data: { role: a.role } });
  }
  const aliases = x.actors.flatMap((a) =>
    a.mentions.filter((m) => ALIAS_METHODS.has(m.method)).map((m) => aliasRow(a.key, m.text, "extracted")),
  );
  if (aliases.length) await tx.actorAlias.createMany({ data: dedupeById(aliases), skipDuplicates: true });
  const mentions = x.actors.flatMap((a) =>
    a.mentions.map((m) => ({
      id: derivedId("mention", articleId, m.start, m.end),
      articleId,
      actorId: m.actorKey ?? a.key,
      start: m.start,
      end: m.end,
      method: m.method,
      confidence: m.confidence,
    })),
  );
  if (mentions.length) await tx.mention.createMany({ data: dedupeById(mentions), skipDuplicates: true });
}

export async function persistFiguresAndDates(tx: Tx, articleId: string, x: ArticleExtraction): Promise<Map<string, string>> {
  const figureIds = new Map<string, string>();
  const figures = x.figures.map((f) => {
    const id = derivedId("figure", articleId, f.start, f.end);
    figureIds.set(`${f.start}:${f.end}`, id);
    return {
      id,
      articleId,
      start: f.start,
      end: f.end,
      value: f.value,
      kind: f.kind,
      qualifier: f.qualifier,
      asOfDate: f.asOf,
      asOfPrecision: f.asOfPrecision,
    };
  });
  if (figures.length) await tx.figure.createMany({ data: dedupeById(figures) });
  const dates = x.dates.map((d) => ({
    id: derivedId("date", articleId, d.start, d.end),
    articleId,
    start: d.start,
    end: d.end,
    date: d.date,
    precision: d.precision,
    approximate: d.approximate,
  }));
  if (dates.length) await tx.dateMention.createMany({ data: dedupeById(dates) });
  return figureIds;
}

export function statementId(articleId: string, q: { start: number; end: number }): string {
  return derivedId("statement", articleId, q.start, q.end);
}

export function statementRow(articleId: string, quoteId: string, q: ExtractedQuote, ordinal: number, quotes: readonly ExtractedQuote[]) {
  const continued = q.continuesQuote !== null ? quotes[q.continuesQuote] : undefined;
  return {
    id: statementId(articleId, q),
    articleId,
    quoteId,
    ordinal,
    start: q.start,
    end: q.end,
    text: q.text,
    speakerId: q.speakerKey,
    speakerAsWritten: q.speakerAsWritten,
    speakerStart: q.speakerSpan?.start ?? null,
    speakerEnd: q.speakerSpan?.end ?? null,
    attribution: q.method,
    saidDate: q.saidDate?.date ?? null,
    saidPrecision: q.saidDate?.precision ?? null,
    saidApproximate: q.saidDate?.approximate ?? false,
    saidStart: q.saidDate?.start ?? null,
    saidEnd: q.saidDate?.end ?? null,
    venue: q.venue?.text ?? null,
    venueStart: q.venue?.start ?? null,
    venueEnd: q.venue?.end ?? null,
    continuesId: continued ? statementId(articleId, continued) : null,
  };
}

export function dateSort(date: string | null | undefined): Date | null {
  return date ? startOfDateValue(date) : null;
}
