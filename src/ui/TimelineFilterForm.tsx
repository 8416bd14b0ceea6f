import type { TimelineFilters } from "../db/queries/params";
import type { FacetOption, TimelineResult } from "../db/queries/types";

const field = "block w-full rounded border border-slate-300 dark:border-slate-700 bg-white dark:bg-slate-900 px-2 py-1.5 text-sm text-slate-900 dark:text-slate-100";
const label = "mb-1 block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400";

function Select({ name, text, value, options }: { name: string; text: string; value: string | undefined; options: FacetOption[] }) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className={label}>
        {text}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={field}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the URL and work without JavaScript. */
export function TimelineFilterForm({ filters, options }: { filters: TimelineFilters; options: TimelineResult["options"] }) {
  return (
    <form method="get" action="/timeline" role="search" aria-label="Filter events" className="mb-4 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1.3fr_1fr_1fr_auto] lg:items-end">
        <Select name="actor" text="Actor" value={filters.actor} options={options.actors} />
        <Select name="outlet" text="Outlet" value={filters.outlet} options={options.outlets} />
        <Select name="kind" text="Kind" value={filters.kind} options={options.kinds} />
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
        <button type="submit" className="rounded bg-slate-900 dark:bg-slate-100 px-4 py-1.5 text-sm font-semibold text-white dark:text-slate-950 hover:bg-slate-700 dark:hover:bg-slate-300">
          Apply
        </button>
      </div>
      <p id="date-help" className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Dates as YYYY, YYYY-MM or YYYY-MM-DD. An event matches if the period it is dated to overlaps the range.
      </p>
    </form>
  );
}
