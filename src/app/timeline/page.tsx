import type { Metadata } from "next";
import Link from "next/link";
import { flattenParams, parseTimelineFiltersLenient, type RawSearchParams } from "../../db/queries/params";
import { getTheatreOptions, getTimeline, groupByMonth } from "../../db/queries/timeline";
import { groupByKind } from "../../db/queries/timeline-groups";
import type { TimelineEvent } from "../../db/queries/types";
import { EmptyState, Notice, PageHeader } from "../../ui/Layout";
import { ExportLinks, JumpNav, TimelineControls, type TimelineGroup } from "../../ui/timeline/TimelineControls";
import { TimelineEventCard } from "../../ui/timeline/TimelineEventCard";
import { TimelineStrip } from "../../ui/timeline/TimelineStrip";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Timeline",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Tideline: new events and claims" }] } },
};

function Group({ id, label, events }: { id: string; label: string; events: TimelineEvent[] }) {
  return (
    <li>
      <section aria-labelledby={id}>
        <h2 id={id} className="sticky top-[52px] z-10 mb-3 scroll-mt-16 border-b-2 border-slate-900 dark:border-slate-100 bg-stone-50/95 dark:bg-stone-950/95 py-1 text-sm font-bold uppercase tracking-widest text-slate-900 dark:text-slate-100">
          {label} <span className="font-normal text-slate-600 dark:text-slate-400">· {events.length}</span>
        </h2>
        <ol className="space-y-3 border-l-2 border-slate-200 dark:border-slate-800 pl-4">
          {events.map((e) => (
            <li key={e.id}>
              <TimelineEventCard event={e} />
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
  const group: TimelineGroup = raw.group === "kind" ? "kind" : "month";
  if (raw.group && raw.group !== "kind" && raw.group !== "month") problems.push(`group: must be month or kind`);
  const [{ events, total, options }, theatres] = await Promise.all([getTimeline(filters), getTheatreOptions()]);
  const groups =
    group === "kind"
      ? groupByKind(events).map((g) => ({ id: `k-${g.key}`, label: g.label, events: g.events }))
      : groupByMonth(events).map((m) => ({ id: `m-${m.key}`, label: m.label, events: m.events }));
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader
        title="Timeline"
        lede="Events in date order, each dated only as precisely as its sources allow, with every outlet's account linked to its exact words."
      />
      {problems.length > 0 ? <Notice>Some filters were ignored: {problems.join("; ")}</Notice> : null}
      <TimelineControls filters={filters} group={group} options={{ ...options, theatres }} />
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300" aria-live="polite" data-testid="timeline-count">
        Showing <strong>{events.length}</strong> of {total} event{total === 1 ? "" : "s"}
        {filtered ? (
          <>
            {" "}
            ·{" "}
            <Link href={group === "kind" ? "/timeline?group=kind" : "/timeline"} className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
              clear filters
            </Link>
          </>
        ) : null}{" "}
        ·{" "}
        <a href="#exports-heading" className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
          export or subscribe
        </a>
      </p>
      <TimelineStrip events={events} />
      <JumpNav label={group === "kind" ? "Jump to event type" : "Jump to month"} groups={groups.map((g) => ({ id: g.id, label: g.label, count: g.events.length }))} />
      {groups.length === 0 ? (
        <EmptyState title={total === 0 ? "No events yet" : "No events match these filters"}>
          {total === 0 ? "Events appear once articles are ingested and extracted." : "Widen the date range or clear a filter."}
        </EmptyState>
      ) : (
        <ol className="space-y-8">
          {groups.map((g) => (
            <Group key={g.id} {...g} />
          ))}
        </ol>
      )}
      <div className="mt-8">
        <ExportLinks filters={filters} />
      </div>
    </>
  );
}
