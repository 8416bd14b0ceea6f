import type { Metadata } from "next";
import Link from "next/link";
import { flattenParams, parseTimelineFiltersLenient, type RawSearchParams } from "../../db/queries/params";
import { getTimeline, groupByMonth } from "../../db/queries/timeline";
import { EventCard } from "../../ui/EventCard";
import { EmptyState, Notice, PageHeader } from "../../ui/Layout";
import { TimelineFilterForm } from "../../ui/TimelineFilterForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Timeline" };

export default async function TimelinePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters, problems } = parseTimelineFiltersLenient(flattenParams(await searchParams));
  const { events, total, options } = await getTimeline(filters);
  const months = groupByMonth(events);
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader
        title="Timeline"
        lede="Events in date order, each dated only as precisely as its sources allow, with every outlet's account linked to its exact words."
      />
      {problems.length > 0 ? <Notice>Some filters were ignored: {problems.join("; ")}</Notice> : null}
      <TimelineFilterForm filters={filters} options={options} />
      <p className="mb-4 text-sm text-slate-700" aria-live="polite" data-testid="timeline-count">
        Showing <strong>{events.length}</strong> of {total} event{total === 1 ? "" : "s"}
        {filtered ? (
          <>
            {" "}
            ·{" "}
            <Link href="/timeline" className="text-teal-800 underline underline-offset-2">
              clear filters
            </Link>
          </>
        ) : null}
      </p>
      {months.length === 0 ? (
        <EmptyState title={total === 0 ? "No events yet" : "No events match these filters"}>
          {total === 0 ? "Events appear once articles are ingested and extracted." : "Widen the date range or clear a filter."}
        </EmptyState>
      ) : (
        <ol className="space-y-8">
          {months.map((m) => (
            <li key={m.key}>
              <section aria-labelledby={`m-${m.key}`}>
                <h2 id={`m-${m.key}`} className="sticky top-[52px] z-10 mb-3 border-b-2 border-slate-900 bg-stone-50/95 py-1 text-sm font-bold uppercase tracking-widest text-slate-900">
                  {m.label} <span className="font-normal text-slate-600">· {m.events.length}</span>
                </h2>
                <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
                  {m.events.map((e) => (
                    <li key={e.id}>
                      <EventCard event={e} />
                    </li>
                  ))}
                </ol>
              </section>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
