import type { TimelineFilters } from "../../db/queries/params";
import type { FacetOption } from "../../db/queries/types";

const field = "block w-full rounded border border-slate-400 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1.5 text-sm text-slate-900 dark:text-slate-100";
const label = "mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";

export type TimelineGroup = "month" | "kind";

/** The query string of a filtered view; `extra` adds page-only settings such as the grouping. */
export function filterQuery(filters: TimelineFilters, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

function Select({ name, text, value, options, any = "Any" }: { name: string; text: string; value: string | undefined; options: FacetOption[]; any?: string | null }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className={label}>
        {text}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        {any !== null ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
            {o.count >= 0 ? ` (${o.count})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: every filtered, grouped view is a URL to share, and works without JavaScript. */
export function TimelineControls({
  filters,
  group,
  options,
}: {
  filters: TimelineFilters;
  group: TimelineGroup;
  options: { kinds: FacetOption[]; theatres: FacetOption[]; actors: FacetOption[]; outlets: FacetOption[] };
}) {
  return (
    <form method="get" action="/timeline" role="search" aria-label="Filter events" className="mb-4 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Select name="kind" text="Kind" value={filters.kind} options={options.kinds} />
        <Select name="region" text="Theatre" value={filters.region} options={options.theatres} />
        <Select name="actor" text="Actor" value={filters.actor} options={options.actors} />
        <Select name="outlet" text="Outlet" value={filters.outlet} options={options.outlets} />
        <div>
          <label htmlFor="f-from" className={label}>
            From
          </label>
          <input id="f-from" name="from" defaultValue={filters.from ?? ""} placeholder="2025-09" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" aria-describedby="date-help" className={field} />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>
            To
          </label>
          <input id="f-to" name="to" defaultValue={filters.to ?? ""} placeholder="2025-11-15" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" aria-describedby="date-help" className={field} />
        </div>
        <Select
          name="group"
          text="Group by"
          value={group}
          any={null}
          options={[
            { value: "month", label: "Month", count: -1 },
            { value: "kind", label: "Kind", count: -1 },
          ]}
        />
        <div className="flex items-end">
          <button type="submit" className="w-full rounded bg-slate-900 dark:bg-slate-100 px-4 py-1.5 text-sm font-semibold text-white dark:text-slate-950 hover:bg-slate-700 dark:hover:bg-slate-300">
            Apply
          </button>
        </div>
      </div>
      <p id="date-help" className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Dates as YYYY, YYYY-MM or YYYY-MM-DD. An event matches if the period it is dated to overlaps the range. The theatre is where a strike took place, when its sources say.
      </p>
    </form>
  );
}

const EXPORTS: { name: string; file: string; note: string }[] = [
  { name: "Timeline", file: "timeline", note: "one row per event and source" },
  { name: "Actors", file: "actors", note: "the actors in these events" },
  { name: "Claims", file: "claims", note: "one row per citation" },
  { name: "Quotes", file: "quotes", note: "one row per outlet's wording" },
];

/** Download links carrying the current filters, and the Atom feed. */
export function ExportLinks({ filters }: { filters: TimelineFilters }) {
  const q = filterQuery(filters);
  const link = "font-medium text-teal-800 dark:text-teal-200 underline underline-offset-2 hover:text-teal-950 dark:hover:text-teal-50";
  return (
    <section aria-labelledby="exports-heading" className="mb-6 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3 text-sm" data-testid="exports">
      <h2 id="exports-heading" className="mb-2 text-sm font-bold uppercase tracking-widest text-slate-900 dark:text-slate-100">
        Take this view with you
      </h2>
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {EXPORTS.map((x) => (
          <li key={x.file}>
            <span className="font-semibold text-slate-900 dark:text-slate-100">{x.name}</span>{" "}
            <a href={`/api/export/${x.file}.csv${q}`} className={link} download>
              CSV
            </a>{" "}
            ·{" "}
            <a href={`/api/export/${x.file}.json${q}`} className={link} download>
              JSON
            </a>
            {x.file === "timeline" ? (
              <>
                {" "}
                ·{" "}
                <a href={`/api/export/timeline.timelinejs.json${q}`} className={link} download>
                  TimelineJS
                </a>
              </>
            ) : null}{" "}
            <span className="text-slate-600 dark:text-slate-400">({x.note})</span>
          </li>
        ))}
        <li>
          <span className="font-semibold text-slate-900 dark:text-slate-100">Feed</span>{" "}
          <a href={`/feed.xml${q}`} className={link} type="application/atom+xml">
            Atom: new events and claims
          </a>
        </li>
      </ul>
      {filters.kind || filters.region ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Kind and theatre describe events: the claims and quotes files ignore them and say so.</p>
      ) : null}
    </section>
  );
}

/**
 * Links to each group heading: months in month view, kinds in kind view.
 * A group on another page is reached through that page's URL.
 */
export function JumpNav({ groups, label }: { groups: { href: string; label: string; count: number; here: boolean }[]; label: string }) {
  if (groups.length < 2) return null;
  return (
    <nav aria-label={label} className="mb-6 text-sm" data-testid="jump-nav">
      <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{label}</h2>
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {groups.map((g) => (
          <li key={g.href}>
            <a
              href={g.href}
              data-here={g.here ? "" : undefined}
              className="inline-block rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-2 py-0.5 text-slate-800 dark:text-slate-200 hover:border-slate-900 dark:hover:border-slate-100 hover:bg-slate-100 dark:hover:bg-slate-800 data-[here]:border-slate-500 dark:data-[here]:border-slate-500"
            >
              {g.label} <span className="text-slate-600 dark:text-slate-400">{g.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
