import "server-only";
import { getDb } from "../server-db";
import type { Prisma } from "../../generated/prisma/client";
import { CITATION_SELECT, STATEMENT_SELECT, toCitation, toStatement } from "./instances";
import type { ActorSearch } from "./params";
import { compareBy, loadArticleIndex, normalizeForSearch } from "./shared";
import { getEvents } from "./timeline";
import type { ActorDetail, ActorSummary, ClaimRef } from "./types";

const ACTOR_SELECT = {
  id: true,
  name: true,
  kind: true,
  role: true,
  description: true,
  curated: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
} as const;

type ActorRow = Prisma.ActorGetPayload<{ select: typeof ACTOR_SELECT }>;

/** Articles that name or quote each actor, and how often they are quoted. */
async function activity(actorIds: string[]) {
  const { prisma } = await getDb();
  const [mentions, statements] = await Promise.all([
    prisma.mention.groupBy({ by: ["actorId", "articleId"], where: { actorId: { in: actorIds } }, _count: { _all: true } }),
    prisma.statement.groupBy({ by: ["speakerId", "articleId"], where: { speakerId: { in: actorIds } }, _count: { _all: true } }),
  ]);
  const out = new Map<string, { articles: Set<string>; statements: number; mentions: number }>();
  const get = (id: string) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { articles: new Set(), statements: 0, mentions: 0 }));
    return e;
  };
  for (const m of mentions) {
    if (!m.actorId) continue;
    const e = get(m.actorId);
    e.articles.add(m.articleId);
    e.mentions += m._count._all;
  }
  for (const s of statements) {
    if (!s.speakerId) continue;
    const e = get(s.speakerId);
    e.articles.add(s.articleId);
    e.statements += s._count._all;
  }
  return out;
}

function summarize(row: ActorRow, act: Map<string, { articles: Set<string>; statements: number; mentions: number }>): ActorSummary {
  const a = act.get(row.id);
  const aliases = [...new Set(row.aliases.map((x) => x.alias).filter((x) => x !== row.name))];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    role: row.role,
    description: row.description,
    curated: row.curated,
    aliases,
    articleCount: a?.articles.size ?? 0,
    statementCount: a?.statements ?? 0,
    mentionCount: a?.mentions ?? 0,
  };
}

/** Directory order: most present first, so the story's principals lead each group. */
export async function listActors(search: ActorSearch = {}): Promise<ActorSummary[]> {
  const { prisma } = await getDb();
  const where: Prisma.ActorWhereInput = {};
  if (search.kind) where.kind = search.kind;
  if (search.q) {
    const nq = normalizeForSearch(search.q);
    where.OR = [
      { aliases: { some: { normalized: { contains: nq } } } },
      { name: { contains: search.q, mode: "insensitive" } },
      { id: { contains: nq.replace(/[^a-z0-9]+/g, "-") } },
    ];
  }
  const rows = await prisma.actor.findMany({ where, select: ACTOR_SELECT });
  const act = await activity(rows.map((r) => r.id));
  return rows
    .map((r) => summarize(r, act))
    .sort(compareBy((a) => -a.articleCount, (a) => -a.statementCount, (a) => a.name.toLowerCase()));
}

export async function getActor(id: string): Promise<ActorDetail | null> {
  const { prisma } = await getDb();
  const row = await prisma.actor.findUnique({ where: { id }, select: ACTOR_SELECT });
  if (!row) return null;

  const [statements, citations, mentions, events] = await Promise.all([
    prisma.statement.findMany({ where: { speakerId: id }, select: STATEMENT_SELECT }),
    prisma.citation.findMany({
      where: { attributedToId: id },
      select: { ...CITATION_SELECT, claim: { select: { id: true, proposition: true, kind: true, status: true, metric: true } } },
    }),
    prisma.mention.groupBy({ by: ["articleId"], where: { actorId: id }, _count: { _all: true } }),
    getEvents({ actors: { some: { actorId: id } } }, { latestFirst: true }),
  ]);
  const articleIds = new Set([...mentions.map((m) => m.articleId), ...statements.map((s) => s.articleId)]);
  const ix = await loadArticleIndex(prisma, [...articleIds, ...citations.map((c) => c.articleId)]);

  const coRows = articleIds.size
    ? await prisma.mention.groupBy({
        by: ["actorId", "articleId"],
        where: { articleId: { in: [...articleIds] }, actorId: { not: id } },
      })
    : [];
  const shared = new Map<string, number>();
  for (const r of coRows) if (r.actorId) shared.set(r.actorId, (shared.get(r.actorId) ?? 0) + 1);
  const coActors = shared.size
    ? await prisma.actor.findMany({ where: { id: { in: [...shared.keys()] } }, select: { id: true, name: true, kind: true } })
    : [];

  const mentionCount = new Map(mentions.map((m) => [m.articleId, m._count._all]));
  const statementCount = new Map<string, number>();
  for (const s of statements) statementCount.set(s.articleId, (statementCount.get(s.articleId) ?? 0) + 1);
  const byArticleDate = (articleId: string) => ix.sortKey(articleId);

  return {
    ...summarize(row, new Map([[id, { articles: articleIds, statements: statements.length, mentions: [...mentionCount.values()].reduce((a, b) => a + b, 0) }]])),
    // Latest first: the profile shows the first few, and what someone said last matters most.
    statements: statements
      .sort(compareBy((s) => -byArticleDate(s.articleId), (s) => s.start))
      .map((s) => toStatement(s, ix)),
    citations: citations
      .sort(compareBy((c) => c.claim.proposition, (c) => byArticleDate(c.articleId), (c) => c.start))
      .map((c) => ({ ...toCitation(c, ix), claim: c.claim satisfies ClaimRef })),
    coMentioned: coActors
      .map((a) => ({ ...a, sharedArticles: shared.get(a.id) ?? 0 }))
      .sort(compareBy((a) => -a.sharedArticles, (a) => a.name.toLowerCase())),
    articles: [...articleIds]
      .sort(compareBy((a) => -byArticleDate(a)))
      .map((a) => ({ ...ix.ref(a), mentions: mentionCount.get(a) ?? 0, statements: statementCount.get(a) ?? 0 })),
    events,
  };
}
