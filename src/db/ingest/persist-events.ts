import type { ArticleExtraction, DatePrecision, ResolvedDate } from "../../domain/extraction/types";
import type { ArticleInput } from "../../domain/ingestion/prepare-article";
import { endOfDateValue, startOfDateValue } from "../../domain/ingestion/publication-date";
import { extractEventCandidates, type EventCandidate } from "../../domain/resolution/events";
import { mergeRegions } from "../../domain/resolution/regions";
import { eventMatchScore, SAME_EVENT_THRESHOLD } from "../../domain/resolution/same-event";
import type { EventKind } from "../../generated/prisma/enums";
import { derivedId } from "../ids";
import type { Tx } from "./sync-curated-actors";

const DAY_MS = 86_400_000;

/** An event as merging sees it: stored ones and those this article creates alike. */
type PoolEvent = {
  id: string;
  kind: EventKind;
  date: ResolvedDate;
  dateStart: Date;
  dateEnd: Date;
  region: string | null;
  statementQuoteId: string | null;
  /** Who said it, for statement events: two people's remarks are never one event. */
  quoteSpeaker: string | null;
  actorKeys: Set<string>;
  samples: { titleText: string; sourceText: string }[];
  isNew: boolean;
  changed: boolean;
};

/**
 * Store the article's event reports, each merged into the event another
 * report (from any outlet, this article included) already describes, or into
 * a new event. An event keeps the most precise date any of its sources gives.
 * Returns the number of event reports stored.
 */
export async function persistEvents(
  tx: Tx,
  articleId: string,
  input: ArticleInput,
  x: ArticleExtraction,
  quoteOf: ReadonlyMap<number, string>,
): Promise<number> {
  const candidates = extractEventCandidates(input.text, x, input.published);
  if (candidates.length === 0) return 0;
  const bounds = candidates.map((c) => ({ start: startOfDateValue(c.date.date), end: endOfDateValue(c.date.date, c.date.precision) }));
  const pool = await loadPool(tx, candidates, bounds);
  const sources: { id: string; eventId: string; articleId: string; start: number; end: number; titleStart: number; titleEnd: number; dateStart: number | null; dateEnd: number | null }[] = [];

  candidates.forEach((c, i) => {
    const { start, end } = bounds[i]!;
    const quoteId = c.quote ? (quoteOf.get(c.quote.index) ?? null) : null;
    const ownId = derivedId("event", articleId, c.source.start, c.source.end, c.kind);
    // An event first reported by this very sentence (kept alive by other outlets' reports) is still its event.
    let event = pool.find((e) => e.id === ownId) ?? bestMatch(pool, c, quoteId, start, end);
    if (!event) {
      event = {
        id: ownId,
        kind: c.kind,
        date: c.date,
        dateStart: start,
        dateEnd: end,
        region: c.region,
        statementQuoteId: quoteId,
        quoteSpeaker: c.quote?.speakerKey ?? null,
        actorKeys: new Set(),
        samples: [],
        isNew: true,
        changed: false,
      };
      pool.push(event);
    } else if (end.getTime() - start.getTime() < event.dateEnd.getTime() - event.dateStart.getTime()) {
      Object.assign(event, { date: c.date, dateStart: start, dateEnd: end, changed: true });
    }
    // Every source's theatre counts: "Pacific" from one outlet and "eastern Pacific" from another is the eastern Pacific.
    const region = mergeRegions(event.region, c.region);
    if (region !== event.region) Object.assign(event, { region, changed: true });
    for (const k of c.actorKeys) event.actorKeys.add(k);
    event.samples.push({ titleText: c.titleText, sourceText: c.sourceText });
    sources.push({
      id: derivedId("event-source", articleId, c.source.start, c.source.end, c.title.start, c.kind),
      eventId: event.id,
      articleId,
      start: c.source.start,
      end: c.source.end,
      titleStart: c.title.start,
      titleEnd: c.title.end,
      dateStart: c.dateSpan?.start ?? null,
      dateEnd: c.dateSpan?.end ?? null,
    });
  });

  const row = (e: PoolEvent) => ({
    kind: e.kind,
    date: e.date.date,
    precision: e.date.precision as DatePrecision,
    approximate: e.date.approximate,
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    region: e.region,
    statementQuoteId: e.statementQuoteId,
  });
  const created = pool.filter((e) => e.isNew);
  if (created.length) await tx.event.createMany({ data: created.map((e) => ({ id: e.id, ...row(e) })) });
  for (const e of pool.filter((p) => !p.isNew && p.changed)) await tx.event.update({ where: { id: e.id }, data: row(e) });
  await tx.eventSource.createMany({ data: sources, skipDuplicates: true });
  const actors = candidates.flatMap((c, i) => c.actorKeys.map((actorId) => ({ eventId: sources[i]!.eventId, actorId })));
  if (actors.length) await tx.eventActor.createMany({ data: actors, skipDuplicates: true });
  return sources.length;
}

/** Stored events that any candidate could join: same kinds, dates within a day of some candidate's. */
async function loadPool(tx: Tx, candidates: readonly EventCandidate[], bounds: readonly { start: Date; end: Date }[]): Promise<PoolEvent[]> {
  const events = await tx.event.findMany({
    where: {
      kind: { in: [...new Set(candidates.map((c) => c.kind))] },
      OR: bounds.map((b) => ({
        dateStart: { lte: new Date(b.end.getTime() + DAY_MS) },
        dateEnd: { gte: new Date(b.start.getTime() - DAY_MS) },
      })),
    },
    select: {
      id: true,
      kind: true,
      date: true,
      precision: true,
      approximate: true,
      dateStart: true,
      dateEnd: true,
      region: true,
      statementQuoteId: true,
      actors: { select: { actorId: true } },
      sources: { select: { start: true, end: true, titleStart: true, titleEnd: true, articleId: true }, take: 3 },
    },
  });
  const articleIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))];
  const quoteIds = events.map((e) => e.statementQuoteId).filter((q): q is string => !!q);
  const speakers = new Map(
    (await tx.quote.findMany({ where: { id: { in: quoteIds } }, select: { id: true, speakerId: true } })).map((q) => [q.id, q.speakerId]),
  );
  const texts = new Map(
    (await tx.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, text: true } })).map((a) => [a.id, a.text]),
  );
  return events.map((e) => ({
    id: e.id,
    kind: e.kind,
    date: { date: e.date, precision: e.precision, approximate: e.approximate },
    dateStart: e.dateStart,
    dateEnd: e.dateEnd,
    region: e.region,
    statementQuoteId: e.statementQuoteId,
    quoteSpeaker: e.statementQuoteId ? (speakers.get(e.statementQuoteId) ?? null) : null,
    actorKeys: new Set(e.actors.map((a) => a.actorId)),
    samples: e.sources.map((s) => {
      const text = texts.get(s.articleId) ?? "";
      return { titleText: text.slice(s.titleStart, s.titleEnd), sourceText: text.slice(s.start, s.end) };
    }),
    isNew: false,
    changed: false,
  }));
}

function bestMatch(pool: readonly PoolEvent[], c: EventCandidate, quoteId: string | null, start: Date, end: Date): PoolEvent | null {
  let best: { event: PoolEvent; score: number } | null = null;
  for (const e of pool) {
    if (e.kind !== c.kind) continue;
    if (e.dateStart.getTime() > end.getTime() + DAY_MS || e.dateEnd.getTime() < start.getTime() - DAY_MS) continue;
    // Statement events of one linked quote are one event by definition.
    if (quoteId && e.statementQuoteId === quoteId) return e;
    for (const s of e.samples) {
      const score = eventMatchScore(c, {
        kind: e.kind,
        date: e.date,
        titleText: s.titleText,
        sourceText: s.sourceText,
        region: e.region,
        actorKeys: [...e.actorKeys],
        quote: c.quote && e.statementQuoteId ? { text: s.titleText, speakerKey: e.quoteSpeaker } : undefined,
      });
      if (score >= SAME_EVENT_THRESHOLD && (!best || score > best.score)) best = { event: e, score };
    }
  }
  return best?.event ?? null;
}
