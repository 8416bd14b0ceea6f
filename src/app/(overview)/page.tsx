import Link from "next/link";
import { getOverview } from "../../db/queries/overview";
import { Badge, StatusBadge } from "../../ui/Badge";
import { EventCard } from "../../ui/event/EventCard";
import { EmptyState, PageHeader, Section, StatGrid } from "../../ui/Layout";
import { claimHref } from "../../ui/links";
import { LatestValues } from "./LatestValues";

export const dynamic = "force-dynamic";

export default async function OverviewPage() {
  const o = await getOverview();
  const c = o.counts;
  return (
    <>
      <PageHeader
        title="The story in numbers"
        lede="US military strikes on alleged drug-smuggling boats in the Caribbean and eastern Pacific, and the legal and diplomatic fallout — assembled from the articles below, every fact linked to the words that report it."
      />
      <Section title="At a glance" id="counts">
        <StatGrid
          stats={[
            { label: "Articles", value: c.articles, href: "/articles" },
            { label: "Outlets", value: c.outlets, href: "/articles" },
            { label: "Actors", value: c.actors, href: "/actors" },
            { label: "Claims", value: c.claims, href: "/claims" },
            { label: "Quotes", value: c.quotes, href: "/quotes" },
            { label: "Events", value: c.events, href: "/timeline" },
          ]}
        />
        {o.outlets.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Sources: {o.outlets.map((x) => `${x.name} (${x.articles})`).join(", ")}.
          </p>
        ) : null}
      </Section>

      {c.articles === 0 ? (
        <EmptyState title="No articles yet">
          Ingest some with <code className="rounded bg-white dark:bg-slate-900 px-1">npm run ingest -- seeds</code>, then reload.
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <Section title="Reported tallies" id="tallies" aside={<span className="text-xs text-slate-600 dark:text-slate-400">latest per outlet, side by side, never merged</span>}>
            {o.tallies.length === 0 ? (
              <EmptyState title="No figures reported yet" />
            ) : (
              <div className="space-y-6">
                {o.tallies.map((t) => (
                  <div key={t.key} data-testid="tally">
                    <h3 className="mb-1 flex flex-wrap items-center gap-2 font-serif text-lg font-semibold text-slate-950 dark:text-slate-50">
                      {t.claim ? (
                        <Link href={claimHref(t.claim.id)} className="underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                          {t.label}
                        </Link>
                      ) : (
                        t.label
                      )}
                      {t.claim ? <StatusBadge status={t.claim.status} /> : null}
                      {t.distinctValues > 1 ? <Badge tone="amber">{t.distinctValues} different values</Badge> : null}
                    </h3>
                    <LatestValues tally={t} />
                  </div>
                ))}
              </div>
            )}
          </Section>
          <Section
            title="Latest events"
            id="latest"
            aside={
              <Link href="/timeline" className="text-xs font-medium text-teal-800 dark:text-teal-200 underline underline-offset-2">
                Full timeline
              </Link>
            }
          >
            {o.latestEvents.length === 0 ? (
              <EmptyState title="No events extracted yet" />
            ) : (
              <div className="space-y-3">
                {o.latestEvents.map((e) => (
                  <EventCard key={e.id} event={e} variant="compact" />
                ))}
              </div>
            )}
          </Section>
        </div>
      )}
    </>
  );
}
