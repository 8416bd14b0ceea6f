import type { ActorExportRow, CitationExportRow } from "../../../../db/queries/exports";
import type { StatementInstance, TimelineEvent } from "../../../../db/queries/types";
import { formatDate } from "../../../../ui/format-date";
import { firstReporters, isoDay, spanOf, timelineJsDates, type TimelineJsDate } from "../../../../ui/timeline/date-span";
import type { Cell } from "./csv";
import { eventHref } from "../../../../ui/links";

/**
 * Flat rows for the CSV and JSON exports, one shape per dataset. Every row
 * that shows source words carries articleId, start, end and the excerpt
 * (article.text.slice(start, end)), so a reader can find them again.
 */

type Row<C extends string> = Record<C, Cell>;
const joined = (xs: string[]) => xs.join("; ");

export const TIMELINE_COLUMNS = [
  "eventId", "kind", "date", "precision", "approximate", "dateLabel", "periodStart", "periodEnd", "region",
  "actors", "actorIds", "sourceRank", "firstReported", "outlet", "outletId", "articleId", "articleTitle",
  "published", "publishedPrecision", "start", "end", "excerpt", "titleStart", "titleEnd", "titleExcerpt", "url",
] as const;

/** One row per (event, source), sources in publication order; firstReported marks the earliest outlet(s). */
export function timelineRows(events: TimelineEvent[], origin: string): Row<(typeof TIMELINE_COLUMNS)[number]>[] {
  return events.flatMap((e) => {
    const span = spanOf(e.when);
    const first = new Set(firstReporters(e.sources).map((s) => s.id));
    const base = {
      eventId: e.id,
      kind: e.kind,
      date: e.when.date,
      precision: e.when.precision,
      approximate: e.when.approximate ?? false,
      dateLabel: formatDate(e.when),
      periodStart: isoDay(span.first),
      periodEnd: isoDay(span.last),
      region: e.region,
      actors: joined(e.actors.map((a) => a.name)),
      actorIds: joined(e.actors.map((a) => a.id)),
      url: `${origin}${eventHref(e.id)}`,
    };
    return e.sources.map((s, i) => ({
      ...base,
      sourceRank: i + 1,
      firstReported: first.has(s.id),
      outlet: s.article.outlet.name,
      outletId: s.article.outlet.id,
      articleId: s.articleId,
      articleTitle: s.article.title,
      published: s.article.published.date,
      publishedPrecision: s.article.published.precision,
      start: s.start,
      end: s.end,
      excerpt: s.excerpt,
      titleStart: s.title.start,
      titleEnd: s.title.end,
      titleExcerpt: s.title.excerpt,
    }));
  });
}

export const ACTOR_COLUMNS = ["actorId", "name", "kind", "role", "description", "aliases", "events", "firstEvent", "lastEvent", "url"] as const;

/** Actors carry no source words (names, kinds and roles are the directory's), so no span columns. */
export function actorRows(actors: ActorExportRow[], origin: string): Row<(typeof ACTOR_COLUMNS)[number]>[] {
  return actors.map((a) => ({
    actorId: a.id,
    name: a.name,
    kind: a.kind,
    role: a.role,
    description: a.description,
    aliases: joined(a.aliases),
    events: a.events,
    firstEvent: a.firstEvent ? formatDate(a.firstEvent) : null,
    lastEvent: a.lastEvent ? formatDate(a.lastEvent) : null,
    url: `${origin}/actors/${encodeURIComponent(a.id)}`,
  }));
}

export const CLAIM_COLUMNS = [
  "claimId", "proposition", "claimKind", "status", "metric", "citationId", "stance", "value", "qualifier", "asOf",
  "attributedTo", "attributedToId", "attributionText", "outlet", "outletId", "articleId", "articleTitle", "published",
  "start", "end", "excerpt", "url",
] as const;

/** One row per citation: each outlet's words for the claim, its stance and whom it credits. */
export function claimRows(citations: CitationExportRow[], origin: string): Row<(typeof CLAIM_COLUMNS)[number]>[] {
  return citations.map((c) => ({
    claimId: c.claim.id,
    proposition: c.claim.proposition,
    claimKind: c.claim.kind,
    status: c.claim.status,
    metric: c.claim.metric,
    citationId: c.id,
    stance: c.stance,
    value: c.value,
    qualifier: c.qualifier,
    asOf: c.asOf?.date ?? null,
    attributedTo: c.attributedTo?.name ?? null,
    attributedToId: c.attributedTo?.id ?? null,
    attributionText: c.attributionText,
    outlet: c.article.outlet.name,
    outletId: c.article.outlet.id,
    articleId: c.articleId,
    articleTitle: c.article.title,
    published: c.article.published.date,
    start: c.start,
    end: c.end,
    excerpt: c.excerpt,
    url: `${origin}/claims/${encodeURIComponent(c.claim.id)}`,
  }));
}

export const QUOTE_COLUMNS = [
  "quoteId", "statementId", "speaker", "speakerId", "speakerAsWritten", "said", "saidPrecision", "venue",
  "outlet", "outletId", "articleId", "articleTitle", "published", "start", "end", "excerpt", "url",
] as const;

/** One row per statement: each outlet's rendering of a quote, word for word. */
export function quoteRows(statements: StatementInstance[], origin: string): Row<(typeof QUOTE_COLUMNS)[number]>[] {
  return statements.map((s) => ({
    quoteId: s.quoteId,
    statementId: s.id,
    speaker: s.speaker?.name ?? null,
    speakerId: s.speaker?.id ?? null,
    speakerAsWritten: s.speakerAsWritten,
    said: s.said?.date ?? null,
    saidPrecision: s.said?.precision ?? null,
    venue: s.venue,
    outlet: s.article.outlet.name,
    outletId: s.article.outlet.id,
    articleId: s.articleId,
    articleTitle: s.article.title,
    published: s.article.published.date,
    start: s.start,
    end: s.end,
    excerpt: s.excerpt,
    url: `${origin}/quotes/${encodeURIComponent(s.quoteId)}`,
  }));
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export type TimelineJsEvent = {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
};

/**
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html):
 * month and day are left out where the date is not known that precisely; a
 * week, whose days are known, gets an end_date (its Sunday). The headline is
 * the source's own clause; the text lists every source's sentence, verbatim.
 */
export function timelineJs(events: TimelineEvent[], title: string, origin: string) {
  return {
    title: { text: { headline: title, text: `${events.length} event${events.length === 1 ? "" : "s"}, each dated only as precisely as its sources allow.` } },
    events: events.map(
      (e): TimelineJsEvent => ({
        ...timelineJsDates(e.when),
        display_date: formatDate(e.when),
        text: {
          headline: e.title?.excerpt ?? `Untitled ${e.kind} event`,
          text: e.sources
            .map(
              (s) =>
                `<p>${escapeHtml(s.excerpt)} <a href="${escapeHtml(`${origin}/articles/${encodeURIComponent(s.articleId)}#s-${s.start}-${s.end}`)}">${escapeHtml(s.article.outlet.name)}, ${escapeHtml(formatDate(s.article.published))}</a></p>`,
            )
            .join(""),
        },
        group: e.kind,
        unique_id: e.id,
      }),
    ),
  };
}
