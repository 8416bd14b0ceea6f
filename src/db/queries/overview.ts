import "server-only";
import { getDb } from "../server-db";
import { listClaims } from "./claims";
import { FIGURE_SELECT, toFigure } from "./instances";
import { compareBy, loadArticleIndex } from "./shared";
import { getEvents } from "./timeline";
import type { Overview, Tally } from "./types";

const FIGURE_LABELS: Record<string, string> = {
  killed: "People killed",
  strikes: "Strikes carried out",
  survivors: "Survivors",
  vessels: "Vessels struck",
};

export async function getOverview(): Promise<Overview> {
  const { prisma } = await getDb();
  const [articles, outlets, actors, claims, quotes, events, latestEvents, claimSummaries, looseFigures] = await Promise.all([
    prisma.article.count(),
    prisma.outlet.findMany({ select: { id: true, name: true, _count: { select: { articles: true } } }, orderBy: { name: "asc" } }),
    prisma.actor.count(),
    prisma.claim.count(),
    prisma.quote.count(),
    prisma.event.count(),
    getEvents({}, { take: 6, latestFirst: true }),
    listClaims(),
    // Figures no claim cites still belong in the tallies: a number an outlet printed is a report.
    prisma.figure.findMany({ where: { citations: { none: {} } }, select: FIGURE_SELECT }),
  ]);

  const tallies: Tally[] = claimSummaries
    .filter((c) => c.kind === "figure" && c.values.length > 0)
    .map((c) => ({
      key: `claim-${c.id}`,
      label: c.proposition,
      claim: { id: c.id, proposition: c.proposition, kind: c.kind, status: c.status, metric: c.metric },
      values: c.values,
      distinctValues: new Set(c.values.map((v) => `${v.qualifier ?? ""}${v.value}`)).size,
    }));

  const ix = await loadArticleIndex(prisma, looseFigures.map((f) => f.articleId));
  const byKind = new Map<string, Tally>();
  for (const f of looseFigures
    .map((r) => toFigure(r, ix))
    .sort(compareBy((f) => f.kind, (f) => f.asOf.date, (f) => f.article.published.date, (f) => f.start))) {
    if (f.kind === "other") continue;
    let t = byKind.get(f.kind);
    if (!t) {
      t = { key: `figure-${f.kind}`, label: FIGURE_LABELS[f.kind] ?? f.kind, claim: null, values: [], distinctValues: 0 };
      byKind.set(f.kind, t);
    }
    t.values.push({
      value: f.value,
      qualifier: f.qualifier,
      asOf: f.asOf,
      outlet: f.article.outlet,
      articleId: f.articleId,
      start: f.start,
      end: f.end,
      excerpt: f.excerpt,
      attribution: f.attributedTo?.name ?? f.attributionText,
    });
  }
  for (const t of byKind.values()) {
    t.distinctValues = new Set(t.values.map((v) => `${v.qualifier ?? ""}${v.value}`)).size;
    tallies.push(t);
  }

  return {
    counts: { articles, outlets: outlets.length, actors, claims, quotes, events },
    latestEvents,
    tallies,
    outlets: outlets.map((o) => ({ id: o.id, name: o.name, articles: o._count.articles })),
  };
}
