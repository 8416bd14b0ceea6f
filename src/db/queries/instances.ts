import { z } from "zod";
import type { ArticleIndex } from "./shared";
import { dateValue } from "./shared";
import type {
  ActorKind,
  ActorRef,
  CitationInstance,
  CitationSource,
  DatePrecision,
  EventKind,
  EventSourceRef,
  FigureInstance,
  Stance,
  StatementInstance,
  TimelineEvent,
} from "./types";

/** Row shapes and converters shared by every query that lists spans. */

const ACTOR_REF = { select: { id: true, name: true, kind: true } } as const;

export const STATEMENT_SELECT = {
  id: true,
  articleId: true,
  quoteId: true,
  start: true,
  end: true,
  ordinal: true,
  speakerAsWritten: true,
  saidDate: true,
  saidPrecision: true,
  saidApproximate: true,
  saidStart: true,
  saidEnd: true,
  venue: true,
  speaker: ACTOR_REF,
} as const;

type StatementRow = {
  id: string;
  articleId: string;
  quoteId: string;
  start: number;
  end: number;
  speakerAsWritten: string | null;
  saidDate: string | null;
  saidPrecision: DatePrecision | null;
  saidApproximate: boolean;
  saidStart: number | null;
  saidEnd: number | null;
  venue: string | null;
  speaker: ActorRef | null;
};

export function toStatement(row: StatementRow, ix: ArticleIndex): StatementInstance {
  return {
    id: row.id,
    quoteId: row.quoteId,
    ...ix.span(row.articleId, row.start, row.end),
    article: ix.ref(row.articleId),
    speaker: row.speaker,
    speakerAsWritten: row.speakerAsWritten,
    said: dateValue(row.saidDate, row.saidPrecision, row.saidApproximate),
    saidSpan: ix.optionalSpan(row.articleId, row.saidStart, row.saidEnd),
    venue: row.venue,
  };
}

export const CITATION_SELECT = {
  id: true,
  claimId: true,
  articleId: true,
  start: true,
  end: true,
  stance: true,
  attributionText: true,
  attributionStart: true,
  attributionEnd: true,
  sources: true,
  value: true,
  qualifier: true,
  asOfDate: true,
  asOfPrecision: true,
  figureId: true,
  attributedTo: ACTOR_REF,
} as const;

type CitationRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  stance: Stance;
  attributionText: string | null;
  attributionStart: number | null;
  attributionEnd: number | null;
  sources: unknown;
  value: number | null;
  qualifier: string | null;
  asOfDate: string | null;
  asOfPrecision: DatePrecision | null;
  attributedTo: ActorRef | null;
};

const SourcesJson = z.array(
  z.object({
    name: z.string(),
    actorId: z.string().nullish(),
    start: z.number().int().nullish(),
    end: z.number().int().nullish(),
  }),
);

/** The stored chain of sources is JSON written by the ingester; anything malformed is shown as absent, not guessed. */
export function parseSources(json: unknown, articleId: string, ix: ArticleIndex): CitationSource[] {
  const parsed = SourcesJson.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((s) => ({
    name: s.name,
    actorId: s.actorId ?? null,
    span: ix.optionalSpan(articleId, s.start ?? null, s.end ?? null),
  }));
}

export function toCitation(row: CitationRow, ix: ArticleIndex): CitationInstance {
  return {
    id: row.id,
    ...ix.span(row.articleId, row.start, row.end),
    article: ix.ref(row.articleId),
    stance: row.stance,
    attributedTo: row.attributedTo,
    attributionText: row.attributionText,
    attributionSpan: ix.optionalSpan(row.articleId, row.attributionStart, row.attributionEnd),
    sources: parseSources(row.sources, row.articleId, ix),
    value: row.value,
    qualifier: row.qualifier,
    asOf: dateValue(row.asOfDate, row.asOfPrecision),
  };
}

export const FIGURE_SELECT = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  value: true,
  kind: true,
  qualifier: true,
  asOfDate: true,
  asOfPrecision: true,
  citations: { select: { claimId: true, attributionText: true, attributedTo: ACTOR_REF } },
} as const;

type FigureRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  value: number;
  kind: string;
  qualifier: string | null;
  asOfDate: string;
  asOfPrecision: DatePrecision;
  citations: { claimId: string; attributionText: string | null; attributedTo: ActorRef | null }[];
};

export function toFigure(row: FigureRow, ix: ArticleIndex): FigureInstance {
  const credited = row.citations.find((c) => c.attributedTo || c.attributionText);
  return {
    id: row.id,
    ...ix.span(row.articleId, row.start, row.end),
    article: ix.ref(row.articleId),
    kind: row.kind,
    value: row.value,
    qualifier: row.qualifier,
    asOf: { date: row.asOfDate, precision: row.asOfPrecision },
    claimIds: [...new Set(row.citations.map((c) => c.claimId))],
    attributedTo: credited?.attributedTo ?? null,
    attributionText: credited?.attributionText ?? null,
  };
}

export const EVENT_SELECT = {
  id: true,
  kind: true,
  date: true,
  precision: true,
  approximate: true,
  region: true,
  statementQuoteId: true,
  actors: { select: { actor: ACTOR_REF } },
  sources: {
    select: { id: true, articleId: true, start: true, end: true, titleStart: true, titleEnd: true, dateStart: true, dateEnd: true },
  },
} as const;

type EventRow = {
  id: string;
  kind: EventKind;
  date: string;
  precision: DatePrecision;
  approximate: boolean;
  region: string | null;
  statementQuoteId: string | null;
  actors: { actor: { id: string; name: string; kind: ActorKind } }[];
  sources: {
    id: string;
    articleId: string;
    start: number;
    end: number;
    titleStart: number;
    titleEnd: number;
    dateStart: number | null;
    dateEnd: number | null;
  }[];
};

export function eventArticleIds(rows: EventRow[]): string[] {
  return rows.flatMap((e) => e.sources.map((s) => s.articleId));
}

export function toEvent(row: EventRow, ix: ArticleIndex & { sortKey(id: string): number }): TimelineEvent {
  const sources: EventSourceRef[] = [...row.sources]
    .sort((a, b) => ix.sortKey(a.articleId) - ix.sortKey(b.articleId) || a.start - b.start)
    .map((s) => ({
      id: s.id,
      ...ix.span(s.articleId, s.start, s.end),
      article: ix.ref(s.articleId),
      title: ix.span(s.articleId, s.titleStart, s.titleEnd),
      datePhrase: ix.optionalSpan(s.articleId, s.dateStart, s.dateEnd),
    }));
  return {
    id: row.id,
    kind: row.kind,
    when: row.approximate
      ? { date: row.date, precision: row.precision, approximate: true }
      : { date: row.date, precision: row.precision },
    region: row.region,
    title: sources[0]?.title ?? null,
    actors: row.actors.map((a) => a.actor).sort((a, b) => a.name.localeCompare(b.name)),
    sources,
    quoteId: row.statementQuoteId,
  };
}
