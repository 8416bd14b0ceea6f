import "server-only";
import { getDb } from "../server-db";
import { CITATION_SELECT, FIGURE_SELECT, STATEMENT_SELECT, toCitation, toFigure, toStatement } from "./instances";
import { ARTICLE_REF_SELECT, indexArticles, toArticleRef } from "./shared";
import type { ArticleDetail, ArticleSummary, Highlight } from "./types";
import { formatDate } from "../../ui/format-date";
import { eventHref } from "../../ui/links";

const COUNT_SELECT = {
  _count: { select: { mentions: true, statements: true, citations: true, figures: true, eventSources: true } },
} as const;

type CountRow = { _count: { mentions: number; statements: number; citations: number; figures: number; eventSources: number } };

function counts(row: CountRow): ArticleSummary["counts"] {
  const c = row._count;
  return { mentions: c.mentions, statements: c.statements, citations: c.citations, figures: c.figures, events: c.eventSources };
}

export async function listArticles(): Promise<ArticleSummary[]> {
  const { prisma } = await getDb();
  const rows = await prisma.article.findMany({
    select: { ...ARTICLE_REF_SELECT, byline: true, url: true, ...COUNT_SELECT },
    orderBy: [{ publishedSort: "desc" }, { title: "asc" }],
  });
  return rows.map((r) => ({
    ...toArticleRef(r),
    byline: r.byline,
    url: r.url,
    length: r.text.length,
    counts: counts(r),
  }));
}

/** Several quotes can share one speaker phrase ("he said ... and added ..."): one highlight per kind and span. */
function uniqueHighlights(list: Highlight[]): Highlight[] {
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = `${h.kind}:${h.start}:${h.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function getArticle(id: string): Promise<ArticleDetail | null> {
  const { prisma } = await getDb();
  const row = await prisma.article.findUnique({
    where: { id },
    select: {
      ...ARTICLE_REF_SELECT,
      byline: true,
      url: true,
      sourceKey: true,
      ...COUNT_SELECT,
      statements: { select: { ...STATEMENT_SELECT, speakerStart: true, speakerEnd: true }, orderBy: { start: "asc" } },
      citations: { select: { ...CITATION_SELECT, claim: { select: { id: true, proposition: true } } }, orderBy: { start: "asc" } },
      figures: { select: FIGURE_SELECT, orderBy: { start: "asc" } },
      mentions: { select: { start: true, end: true, actor: { select: { id: true, name: true, kind: true } } }, orderBy: { start: "asc" } },
      dateMentions: { select: { start: true, end: true, date: true, precision: true, approximate: true }, orderBy: { start: "asc" } },
      eventSources: { select: { eventId: true, start: true, end: true, event: { select: { kind: true } } }, orderBy: { start: "asc" } },
    },
  });
  if (!row) return null;
  const ix = indexArticles([row]);
  const statements = row.statements.map((s) => toStatement(s, ix));
  const citations = row.citations.map((c) => ({ ...toCitation(c, ix), claim: c.claim }));
  const figures = row.figures.map((f) => toFigure(f, ix));

  const highlights: Highlight[] = [];
  for (const s of statements) {
    const who = s.speaker?.name ?? s.speakerAsWritten ?? "unattributed";
    highlights.push({ kind: "quote", start: s.start, end: s.end, href: `/quotes/${s.quoteId}`, label: `Quote: ${who}` });
  }
  for (const s of row.statements) {
    if (s.speakerStart == null || s.speakerEnd == null) continue;
    highlights.push({
      kind: "speaker",
      start: s.speakerStart,
      end: s.speakerEnd,
      href: s.speaker ? `/actors/${s.speaker.id}` : `/quotes/${s.quoteId}`,
      label: s.speaker ? `Speaker: ${s.speaker.name}` : `Speaker (not linked to an actor): ${row.text.slice(s.speakerStart, s.speakerEnd)}`,
    });
  }
  for (const m of row.mentions) {
    highlights.push({
      kind: "mention",
      start: m.start,
      end: m.end,
      href: m.actor ? `/actors/${m.actor.id}` : null,
      label: m.actor ? `Actor: ${m.actor.name}` : "Name not linked to an actor",
    });
  }
  for (const f of figures) {
    const claim = f.claimIds[0];
    highlights.push({
      kind: "figure",
      start: f.start,
      end: f.end,
      href: claim ? `/claims/${claim}` : null,
      label: `Figure (${f.kind}): ${f.qualifier ? `${f.qualifier} ` : ""}${f.value}, as of ${formatDate(f.asOf)}`,
    });
  }
  for (const d of row.dateMentions) {
    highlights.push({ kind: "date", start: d.start, end: d.end, href: null, label: `Date: ${formatDate({ date: d.date, precision: d.precision, approximate: d.approximate })}` });
  }
  for (const c of citations) {
    highlights.push({ kind: "citation", start: c.start, end: c.end, href: `/claims/${c.claim.id}`, label: `Claim (${c.stance}): ${c.claim.proposition}` });
  }
  for (const e of row.eventSources) {
    highlights.push({ kind: "event", start: e.start, end: e.end, href: eventHref(e.eventId), label: `Event (${e.event.kind})` });
  }
  const ref = toArticleRef(row);
  if (ref.published.evidence) {
    const ev = ref.published.evidence;
    highlights.push({ kind: "evidence", start: ev.start, end: ev.end, href: null, label: "How the publication date is known" });
  }

  const actorMentions = new Map<string, ArticleDetail["actors"][number]>();
  for (const m of row.mentions) {
    if (!m.actor) continue;
    const entry = actorMentions.get(m.actor.id) ?? { ...m.actor, mentions: 0 };
    entry.mentions += 1;
    actorMentions.set(m.actor.id, entry);
  }

  return {
    ...ref,
    byline: row.byline,
    url: row.url,
    sourceKey: row.sourceKey,
    length: row.text.length,
    counts: counts(row),
    text: row.text,
    highlights: uniqueHighlights(highlights).filter((h) => h.end > h.start && h.start >= 0 && h.end <= row.text.length),
    statements,
    citations,
    figures,
    actors: [...actorMentions.values()].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
  };
}
