import "server-only";
import { getDb } from "../server-db";
import type { Prisma } from "../../generated/prisma/client";
import { EVENT_SELECT, eventArticleIds, toEvent } from "./instances";
import { periodBounds, type TimelineFilters } from "./params";
import { loadArticleIndex } from "./shared";
import { theatreOptions } from "./timeline-groups";
import type { FacetOption, TimelineResult } from "./types";

export function timelineWhere(f: TimelineFilters): Prisma.EventWhereInput {
  const where: Prisma.EventWhereInput = {};
  if (f.kind) where.kind = f.kind;
  if (f.actor) where.actors = { some: { actorId: f.actor } };
  if (f.outlet) where.sources = { some: { article: { outletId: f.outlet } } };
  if (f.region) where.region = { contains: f.region, mode: "insensitive" };
  // An event overlaps the range if its interval does: a "September" event matches from=2025-09-15.
  if (f.from) where.dateEnd = { gte: periodBounds(f.from)!.first };
  if (f.to) where.dateStart = { lte: periodBounds(f.to)!.last };
  return where;
}

export async function getEvents(where: Prisma.EventWhereInput, opts: { take?: number; latestFirst?: boolean } = {}) {
  const { prisma } = await getDb();
  const dir = opts.latestFirst ? "desc" : "asc";
  const rows = await prisma.event.findMany({
    where,
    select: EVENT_SELECT,
    orderBy: [{ dateStart: dir }, { dateEnd: dir }, { id: "asc" }],
    take: opts.take,
  });
  const ix = await loadArticleIndex(prisma, eventArticleIds(rows));
  return rows.map((r) => toEvent(r, ix));
}

export async function getTimeline(filters: TimelineFilters): Promise<TimelineResult> {
  const { prisma } = await getDb();
  const [events, total, options] = await Promise.all([
    getEvents(timelineWhere(filters)),
    prisma.event.count(),
    getTimelineOptions(),
  ]);
  return { events, total, options };
}

/** What the filters can be set to, with how many events each value has. */
export async function getTimelineOptions(): Promise<TimelineResult["options"]> {
  const { prisma } = await getDb();
  const [byActor, byKind, sources] = await Promise.all([
    prisma.eventActor.groupBy({ by: ["actorId"], _count: { _all: true } }),
    prisma.event.groupBy({ by: ["kind"], _count: { _all: true } }),
    prisma.eventSource.findMany({ select: { eventId: true, article: { select: { outlet: { select: { id: true, name: true } } } } } }),
  ]);
  const actors = await prisma.actor.findMany({
    where: { id: { in: byActor.map((a) => a.actorId) } },
    select: { id: true, name: true },
  });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const outletEvents = new Map<string, { name: string; events: Set<string> }>();
  for (const s of sources) {
    const o = s.article.outlet;
    const entry = outletEvents.get(o.id) ?? { name: o.name, events: new Set<string>() };
    entry.events.add(s.eventId);
    outletEvents.set(o.id, entry);
  }
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label);
  return {
    actors: byActor
      .map((a) => ({ value: a.actorId, label: actorName.get(a.actorId) ?? a.actorId, count: a._count._all }))
      .sort(byLabel),
    outlets: [...outletEvents].map(([id, o]) => ({ value: id, label: o.name, count: o.events.size })).sort(byLabel),
    kinds: byKind.map((k) => ({ value: k.kind, label: k.kind, count: k._count._all })).sort(byLabel),
  };
}

/**
 * Theatres to filter by, from Event.region ("Caribbean and eastern Pacific"
 * counts for both), with how many events name each.
 */
export async function getTheatreOptions(): Promise<FacetOption[]> {
  const { prisma } = await getDb();
  const rows = await prisma.event.groupBy({ by: ["region"], where: { region: { not: null } }, _count: { _all: true } });
  return theatreOptions(rows.map((r) => ({ region: r.region, count: r._count._all })));
}
