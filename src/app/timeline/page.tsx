import type { Metadata } from "next";
import Link from "next/link";
import { flattenParams, parseTimelineFiltersLenient, parseTimelineViewLenient, type RawSearchParams } from "../../db/queries/params";
import { getTheatreOptions, getTimeline } from "../../db/queries/timeline";
import { groupByKind, groupByMonth } from "../../db/queries/timeline-groups";
import type { TimelineEvent } from "../../db/queries/types";
import { EventCard } from "../../ui/event/EventCard";
import { EmptyState, Notice, PageHeader } from "../../ui/Layout";
import { EventHashRedirect } from "../../ui/timeline/EventHashRedirect";
import { choosePage, paginate, type Page, type Section } from "../../ui/timeline/paginate";
import { ExportLinks, filterQuery, JumpNav, TimelineControls } from "../../ui/timeline/TimelineControls";
import { pageLabel, TimelinePager } from "../../ui/timeline/TimelinePager";
import { TimelineStrip } from "../../ui/timeline/TimelineStrip";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Timeline",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Tideline: new events and claims" }] } },
};

/**
 * Events per page. Every card carries each source's exact sentence, so a
 * page of all of a story's events grows without bound; on a phone over a
 * slow network the page's first paint waited for all of it.
 */
const PAGE_SIZE = 10;

function anchorOf(s: Pick<Section<unknown>, "group" | "part">, byKind: boolean): string {
  return `${byKind ? "k" : "m"}-${s.group}${s.part > 1 ? `-part-${s.part}` : ""}`;
}

function SectionList({ section, byKind }: { section: Section<TimelineEvent>; byKind: boolean }) {
  const id = anchorOf(section, byKind);
  return (
    <li>
      <section aria-labelledby={id}>
        <h2 id={id} className="sticky top-[52px] z-10 mb-3 scroll-mt-16 border-b-2 border-slate-900 dark:border-slate-100 bg-stone-50/95 dark:bg-stone-950/95 py-1 text-sm font-bold uppercase tracking-widest text-slate-900 dark:text-slate-100">
          {section.label}
          {section.parts > 1 ? `, part ${section.part} of ${section.parts}` : ""} <span className="font-normal text-slate-600 dark:text-slate-400">· {section.events.length}</span>
        </h2>
        <ol className="space-y-3 border-l-2 border-slate-200 dark:border-slate-800 pl-4">
          {section.events.map((e) => (
            <li key={e.id}>
              <EventCard event={e} />
            </li>
          ))}
        </ol>
      </section>
    </li>
  );
}

export default async function TimelinePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = flattenParams(await searchParams);
  const { filters, problems } = parseTimelineFiltersLenient(raw);
  const { view, problems: viewProblems } = parseTimelineViewLenient(raw);
  problems.push(...viewProblems);
  const byKind = view.group === "kind";
  const [{ events, total, options }, theatres] = await Promise.all([getTimeline(filters), getTheatreOptions()]);

  const groups = byKind ? groupByKind(events) : groupByMonth(events);
  // By date the newest page opens first; by kind, the strikes.
  const fill = byKind ? "start" : "end";
  const pages = paginate(groups, { size: PAGE_SIZE, fill });
  const chosen = choosePage(pages, view, { fill, ordered: !byKind });
  if (!chosen.found) problems.push(view.event ? "the linked event is not in this view" : `page: no ${byKind ? "kind" : "month"} ${view.page} here`);
  const index = chosen.index;
  const current: Page<TimelineEvent> | undefined = pages[index];

  const pageOfGroup = new Map<string, number>();
  pages.forEach((p, i) => p.sections.forEach((s) => pageOfGroup.has(s.group) || pageOfGroup.set(s.group, i)));
  // Every link keeps the filters and the grouping: a page of a filtered view is a URL to share.
  const hrefTo = (pageKey: string, hash?: string) => `/timeline${filterQuery(filters, { group: byKind ? "kind" : undefined, page: pageKey })}${hash ? `#${hash}` : ""}`;
  const jumps = groups.map((g) => {
    const i = pageOfGroup.get(g.key) ?? index;
    const anchor = anchorOf({ group: g.key, part: 1 }, byKind);
    return { href: i === index ? `#${anchor}` : hrefTo(g.key, anchor), label: g.label, count: g.events.length, here: i === index };
  });
  const filtered = Object.values(filters).some(Boolean);
  const pager = (label: string) => (
    <TimelinePager
      pages={pages}
      index={index}
      hrefOf={(p) => hrefTo(p.key)}
      label={label}
      before={byKind ? "Previous kinds" : "Earlier events"}
      after={byKind ? "Next kinds" : "Later events"}
    />
  );
  return (
    <>
      <PageHeader
        title="Timeline"
        lede="Events in date order, each dated only as precisely as its sources allow, with every outlet's account linked to its exact words."
      />
      {problems.length > 0 ? <Notice>Some filters were ignored: {problems.join("; ")}</Notice> : null}
      <TimelineControls filters={filters} group={view.group} options={{ ...options, theatres }} />
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite" data-testid="timeline-count">
        <strong>{events.length}</strong> of {total} event{total === 1 ? "" : "s"}
        {filtered ? " match these filters" : ""}
        {current && pages.length > 1 ? (
          <span data-testid="page-summary">
            {" "}
            · this page: {pageLabel(current)}, {current.count} event{current.count === 1 ? "" : "s"}
          </span>
        ) : null}
        {filtered ? (
          <>
            {" "}
            ·{" "}
            <Link href={byKind ? "/timeline?group=kind" : "/timeline"} className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
              clear filters
            </Link>
          </>
        ) : null}{" "}
        ·{" "}
        <a href="#exports-heading" className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
          export or subscribe
        </a>
      </p>
      {/* The strip draws this page's events: drawn for every event, it grew with the story and held up the page's first paint. */}
      {current ? <TimelineStrip events={current.sections.flatMap((s) => s.events)} /> : null}
      <JumpNav label={byKind ? "Jump to event type" : "Jump to month"} groups={jumps} />
      {!current ? (
        <EmptyState title={total === 0 ? "No events yet" : "No events match these filters"}>
          {total === 0 ? "Events appear once articles are ingested and extracted." : "Widen the date range or clear a filter."}
        </EmptyState>
      ) : (
        <>
          {pager("Timeline pages")}
          <ol className="space-y-8">
            {current.sections.map((s) => (
              <SectionList key={s.key} section={s} byKind={byKind} />
            ))}
          </ol>
          {pager("Timeline pages, after the events")}
        </>
      )}
      <div className="mt-8">
        <ExportLinks filters={filters} />
      </div>
      <EventHashRedirect />
    </>
  );
}
