import "server-only";
import { getDb } from "../server-db";
import type { Prisma } from "../../generated/prisma/client";
import { CITATION_SELECT, STATEMENT_SELECT, toCitation, toStatement } from "./instances";
import type { TimelineFilters } from "./params";
import { compareBy, loadArticleIndex } from "./shared";
import { getEvents, timelineWhere } from "./timeline";
import type { ActorKind, CitationInstance, ClaimRef, DateValue, StatementInstance, TimelineEvent } from "./types";
import { overlapsRange } from "../../ui/timeline/date-span";

/**
 * The data behind the exports and the Atom feed, filtered with the same
 * TimelineFilters as /api/timeline. Events take every filter; claim
 * citations and quote statements take those that describe them (outlet of
 * the article, actor credited or speaking, dates) and report the rest as
 * not applicable, so an export never pretends to a filter it cannot apply.
 */

export type FilterKey = keyof TimelineFilters;

/** Filters that describe claim citations and statements; kind and region are event properties. */
const SPAN_FILTERS: FilterKey[] = ["actor", "outlet", "from", "to"];

export function appliedFilters(filters: TimelineFilters, applicable: FilterKey[]): { applied: FilterKey[]; notApplicable: FilterKey[] } {
  const given = (Object.keys(filters) as FilterKey[]).filter((k) => filters[k]);
  return { applied: given.filter((k) => applicable.includes(k)), notApplicable: given.filter((k) => !applicable.includes(k)) };
}

export const EVENT_FILTERS: FilterKey[] = ["actor", "outlet", "kind", "region", "from", "to"];
export const CITATION_FILTERS = SPAN_FILTERS;
export const STATEMENT_FILTERS = SPAN_FILTERS;
export const ACTOR_FILTERS = EVENT_FILTERS;

/** When each article entered the database: the `updated` of its feed entries. */
export async function getIngestedAt(articleIds: Iterable<string>): Promise<Map<string, Date>> {
  const { prisma } = await getDb();
  const ids = [...new Set(articleIds)];
  const rows = ids.length ? await prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, ingestedAt: true } }) : [];
  return new Map(rows.map((r) => [r.id, r.ingestedAt]));
}

export async function exportEvents(filters: TimelineFilters): Promise<TimelineEvent[]> {
  return getEvents(timelineWhere(filters));
}

export type ActorExportRow = {
  id: string;
  name: string;
  kind: ActorKind;
  role: string | null;
  description: string | null;
  aliases: string[];
  events: number;
  firstEvent: DateValue | null;
  lastEvent: DateValue | null;
};

/**
 * Without filters, every actor; with filters, the actors taking part in the
 * matching events (the cast of the filtered timeline), with their event count.
 */
export async function exportActors(filters: TimelineFilters): Promise<ActorExportRow[]> {
  const { prisma } = await getDb();
  const filtered = Object.values(filters).some(Boolean);
  const events = await getEvents(timelineWhere(filters));
  const perActor = new Map<string, TimelineEvent[]>();
  for (const e of events) for (const a of e.actors) perActor.set(a.id, [...(perActor.get(a.id) ?? []), e]);
  const where: Prisma.ActorWhereInput = filtered ? { id: { in: [...perActor.keys()] } } : {};
  const actors = await prisma.actor.findMany({
    where,
    select: { id: true, name: true, kind: true, role: true, description: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
  });
  return actors
    .map((a) => {
      const evs = perActor.get(a.id) ?? [];
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        role: a.role,
        description: a.description,
        aliases: [...new Set(a.aliases.map((x) => x.alias).filter((x) => x !== a.name))],
        events: evs.length,
        firstEvent: evs[0]?.when ?? null,
        lastEvent: evs[evs.length - 1]?.when ?? null,
      };
    })
    .sort(compareBy((a) => -a.events, (a) => a.name.toLowerCase()));
}

export type CitationExportRow = CitationInstance & { claim: ClaimRef };

/** One row per citation, earliest article first within each claim. */
export async function exportCitations(filters: TimelineFilters): Promise<CitationExportRow[]> {
  const { prisma } = await getDb();
  const where: Prisma.CitationWhereInput = {};
  if (filters.outlet) where.article = { outletId: filters.outlet };
  if (filters.actor) where.attributedToId = filters.actor;
  const rows = await prisma.citation.findMany({
    where,
    select: { ...CITATION_SELECT, claim: { select: { id: true, proposition: true, kind: true, status: true, metric: true } } },
  });
  const ix = await loadArticleIndex(prisma, rows.map((r) => r.articleId));
  return rows
    .map((r) => ({ ...toCitation(r, ix), claim: r.claim, sort: ix.sortKey(r.articleId) }))
    .filter((c) => overlapsRange(c.article.published, filters))
    .sort(compareBy((c) => c.claim.proposition, (c) => c.sort, (c) => c.articleId, (c) => c.start))
    .map(({ sort: _sort, ...c }) => c);
}

/** One row per statement (an outlet's rendering of a quote); dated by when it was said, else by publication. */
export async function exportStatements(filters: TimelineFilters): Promise<StatementInstance[]> {
  const { prisma } = await getDb();
  const where: Prisma.StatementWhereInput = {};
  if (filters.outlet) where.article = { outletId: filters.outlet };
  if (filters.actor) where.speakerId = filters.actor;
  const rows = await prisma.statement.findMany({ where, select: STATEMENT_SELECT });
  const ix = await loadArticleIndex(prisma, rows.map((r) => r.articleId));
  return rows
    .map((r) => ({ ...toStatement(r, ix), sort: ix.sortKey(r.articleId) }))
    .filter((s) => overlapsRange(s.said ?? s.article.published, filters))
    .sort(compareBy((s) => s.quoteId, (s) => s.sort, (s) => s.articleId, (s) => s.start))
    .map(({ sort: _sort, ...s }) => s);
}
