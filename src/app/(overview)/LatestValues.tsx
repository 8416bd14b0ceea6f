import Link from "next/link";
import type { Tally } from "../../db/queries/types";
import { FigureChart } from "../../ui/charts/FigureChart";
import { chartPoints, latestByOutlet, metricLabel, valueLabel } from "../../ui/charts/figure-points";
import { DateLabel } from "../../ui/DateLabel";
import { FigureTable } from "../../ui/FigureTable";
import { spanHref } from "../../ui/links";

/**
 * One figure on the overview: each outlet's latest value with its as-of date,
 * side by side (never one merged number), a small chart of every value over
 * time, and the full table on demand.
 */
export function LatestValues({ tally }: { tally: Tally }) {
  const latest = latestByOutlet(tally.values);
  const points = chartPoints(tally.values, "outlet");
  const metric = metricLabel(tally.claim?.metric ?? tally.key.replace(/^figure-/, ""));
  return (
    <div className="space-y-3">
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-3" aria-label={`Latest value per outlet: ${tally.label}`} data-testid="latest-values">
        {latest.map((v) => (
          <li key={v.outlet.id} className="flex flex-col rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3" data-testid="latest-value">
            <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{v.outlet.name}</span>
            <span className="mt-0.5 font-serif text-slate-950 dark:text-slate-50">
              {v.qualifier ? <span className="text-sm text-slate-700 dark:text-slate-300">{v.qualifier} </span> : null}
              <span className="text-3xl font-bold tabular-nums">{v.value.toLocaleString("en-US")}</span>
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {v.asOf ? (
                <>
                  as of <DateLabel value={v.asOf} />
                </>
              ) : (
                "no as-of date given"
              )}
            </span>
            <span className="mt-1 text-xs text-slate-600 dark:text-slate-400">{v.attribution ? `Source: ${v.attribution}` : "The outlet’s own figure"}</span>
            <Link
              href={spanHref(v)}
              className="mt-1 text-xs font-medium text-teal-800 dark:text-teal-200 underline decoration-teal-300 dark:decoration-teal-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300"
              aria-label={`${v.outlet.name}: ${valueLabel(v.value, v.qualifier)} — the words in the article`}
            >
              the words →
            </Link>
          </li>
        ))}
      </ul>
      {points.length > 1 ? (
        <FigureChart
          points={points}
          title={`${tally.label}: every reported value by outlet, over time`}
          yLabel={metric}
          seriesLabel="Outlet"
          variant="compact"
        />
      ) : null}
      <details className="rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 px-3 py-2 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800 dark:text-slate-200">
          All {tally.values.length} reported value{tally.values.length === 1 ? "" : "s"}, as written
        </summary>
        <div className="mt-2">
          <FigureTable values={tally.values} caption={`${tally.label}: each reported value`} />
        </div>
      </details>
    </div>
  );
}
