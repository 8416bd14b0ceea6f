import type { Database } from "../../src/db/open-database";

export type SpanViolation = { table: string; id: string; problem: string };

/**
 * Check every stored span against its article: in range, non-empty, and where
 * a copy of the words is kept (Statement.text), equal to text.slice(start, end).
 */
export async function findSpanViolations(db: Database): Promise<{ checked: number; violations: SpanViolation[] }> {
  const { prisma } = db;
  const texts = new Map((await prisma.article.findMany({ select: { id: true, text: true, publishedEvidenceStart: true, publishedEvidenceEnd: true } })).map((a) => [a.id, a]));
  const violations: SpanViolation[] = [];
  let checked = 0;
  const check = (table: string, id: string, articleId: string, start: number | null, end: number | null, copy?: string | null) => {
    if (start === null && end === null) return;
    checked++;
    const text = texts.get(articleId)?.text;
    if (text === undefined) return violations.push({ table, id, problem: `unknown article ${articleId}` });
    if (start === null || end === null) return violations.push({ table, id, problem: "half a span" });
    if (!(0 <= start && start < end && end <= text.length)) return violations.push({ table, id, problem: `span ${start}-${end} outside 0-${text.length}` });
    if (copy != null && text.slice(start, end) !== copy) violations.push({ table, id, problem: `stored words differ from the slice` });
  };
  for (const a of texts.values()) check("Article.publishedEvidence", a.id, a.id, a.publishedEvidenceStart, a.publishedEvidenceEnd);
  for (const m of await prisma.mention.findMany()) check("Mention", m.id, m.articleId, m.start, m.end);
  for (const s of await prisma.statement.findMany()) {
    check("Statement", s.id, s.articleId, s.start, s.end, s.text);
    check("Statement.speaker", s.id, s.articleId, s.speakerStart, s.speakerEnd, s.speakerAsWritten);
    check("Statement.saidDate", s.id, s.articleId, s.saidStart, s.saidEnd);
    check("Statement.venue", s.id, s.articleId, s.venueStart, s.venueEnd, s.venue);
  }
  for (const c of await prisma.citation.findMany()) {
    check("Citation", c.id, c.articleId, c.start, c.end);
    check("Citation.attribution", c.id, c.articleId, c.attributionStart, c.attributionEnd, c.attributionText);
  }
  for (const f of await prisma.figure.findMany()) check("Figure", f.id, f.articleId, f.start, f.end);
  for (const d of await prisma.dateMention.findMany()) check("DateMention", d.id, d.articleId, d.start, d.end);
  for (const e of await prisma.eventSource.findMany()) {
    check("EventSource", e.id, e.articleId, e.start, e.end);
    check("EventSource.title", e.id, e.articleId, e.titleStart, e.titleEnd);
    check("EventSource.date", e.id, e.articleId, e.dateStart, e.dateEnd);
  }
  return { checked, violations };
}

/** Every table's row ids, to compare two states of the database. */
export async function snapshotIds(db: Database): Promise<Record<string, string[]>> {
  const { prisma } = db;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  return {
    articles: ids(await prisma.article.findMany({ select: { id: true } })),
    actors: ids(await prisma.actor.findMany({ select: { id: true } })),
    aliases: ids(await prisma.actorAlias.findMany({ select: { id: true } })),
    mentions: ids(await prisma.mention.findMany({ select: { id: true } })),
    quotes: ids(await prisma.quote.findMany({ select: { id: true } })),
    statements: ids(await prisma.statement.findMany({ select: { id: true } })),
    claims: ids(await prisma.claim.findMany({ select: { id: true } })),
    citations: ids(await prisma.citation.findMany({ select: { id: true } })),
    figures: ids(await prisma.figure.findMany({ select: { id: true } })),
    dates: ids(await prisma.dateMention.findMany({ select: { id: true } })),
    events: ids(await prisma.event.findMany({ select: { id: true } })),
    eventSources: ids(await prisma.eventSource.findMany({ select: { id: true } })),
  };
}
