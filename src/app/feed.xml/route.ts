import { exportCitations, exportEvents, getIngestedAt } from "../../db/queries/exports";
import { formatDate } from "../../ui/format-date";
import { firstReporters } from "../../ui/timeline/date-span";
import { guarded, timelineFiltersOf } from "../api/_lib/http";
import { atomFeed, type AtomEntry } from "../api/export/_lib/atom";
import { eventHref } from "../../ui/links";

export const dynamic = "force-dynamic";

const MAX_ENTRIES = 200;

/**
 * Atom feed of events and claims, newest first. Each entry is dated by when
 * its first-reporting article was ingested and summarised by that article's
 * exact words (the event's sentence, the claim's citation). Takes the
 * timeline's filters, so a filtered view has its own feed.
 */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const parsed = timelineFiltersOf(url);
  if ("response" in parsed) return parsed.response;
  const { filters } = parsed;
  const origin = url.origin;

  return guarded(async () => {
    const onlyEventFilters = Boolean(filters.kind || filters.region);
    const [events, citations] = await Promise.all([exportEvents(filters), onlyEventFilters ? Promise.resolve([]) : exportCitations(filters)]);
    const ingested = await getIngestedAt([...events.flatMap((e) => e.sources.map((s) => s.articleId)), ...citations.map((c) => c.articleId)]);
    const when = (articleId: string) => ingested.get(articleId) ?? new Date(0);

    const entries: AtomEntry[] = [];
    // Latest event first among those ingested together (the sort below is stable).
    for (const e of [...events].reverse()) {
      const first = firstReporters(e.sources)[0] ?? e.sources[0];
      if (!first) continue;
      entries.push({
        key: `event/${e.id}`,
        title: `${formatDate(e.when)} · ${e.kind}: ${e.title?.excerpt ?? "untitled event"}`,
        href: `${origin}${eventHref(e.id)}`,
        updated: when(first.articleId),
        summary: first.excerpt,
        category: e.kind,
      });
    }
    // One entry per claim, from its first citation (citations come earliest article first within a claim).
    const seen = new Set<string>();
    for (const c of citations) {
      if (seen.has(c.claim.id)) continue;
      seen.add(c.claim.id);
      entries.push({
        key: `claim/${c.claim.id}`,
        title: `Claim: ${c.claim.proposition}`,
        href: `${origin}/claims/${encodeURIComponent(c.claim.id)}`,
        updated: when(c.articleId),
        summary: c.excerpt,
        category: "claim",
      });
    }
    entries.sort((a, b) => b.updated.getTime() - a.updated.getTime());

    const query = url.searchParams.toString();
    const xml = atomFeed({
      title: "Tideline: new events and claims",
      subtitle: "US strikes on alleged drug boats, 2025: every entry quotes its source exactly.",
      selfHref: `${origin}/feed.xml${query ? `?${query}` : ""}`,
      alternateHref: `${origin}/timeline${query ? `?${query}` : ""}`,
      authority: url.hostname,
      entries: entries.slice(0, MAX_ENTRIES),
    });
    return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-store" } });
  });
}
