import type { CoverageMatrixData } from "../db/queries/claim-coverage";
import { formatDate } from "./format-date";

export const citationAnchor = (id: string) => `c-${id}`;

/**
 * Outlets × article dates: which outlet carried the claim in its article of
 * which date, and which way (✓ asserts, ✕ denies). Each mark links to the
 * citation on this page.
 */
export function CoverageMatrix({ matrix, proposition }: { matrix: CoverageMatrixData; proposition: string }) {
  return (
    <div className="relative overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900" data-testid="coverage-matrix">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Coverage of “{proposition}”: outlets in rows, article dates in columns; ✓ asserts, ✕ denies.</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700 bg-slate-50 dark:bg-slate-950 text-left text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            <th scope="col" className="sticky left-0 bg-slate-50 dark:bg-slate-950 px-3 py-2 font-semibold">
              Outlet
            </th>
            {matrix.columns.map((c) => (
              <th key={c.date.date} scope="col" className="whitespace-nowrap px-3 py-2 text-center font-semibold normal-case tracking-normal">
                <time dateTime={c.date.date}>{formatDate(c.date)}</time>
              </th>
            ))}
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-right font-semibold">
              Asserts / denies
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr key={r.outlet.id} className="border-b border-slate-100 dark:border-slate-900 last:border-b-0" data-testid="coverage-row">
              <th scope="row" className="sticky left-0 whitespace-nowrap bg-white dark:bg-slate-900 px-3 py-2 text-left font-semibold text-slate-900 dark:text-slate-100">
                {r.outlet.name}
              </th>
              {r.cells.map((cell, i) => {
                const date = matrix.columns[i]!.date;
                const tone =
                  cell.length === 0
                    ? ""
                    : cell.every((m) => m.stance === "denies")
                      ? "bg-rose-50 dark:bg-rose-950"
                      : cell.some((m) => m.stance === "denies")
                        ? "bg-amber-50 dark:bg-amber-950"
                        : "bg-emerald-50 dark:bg-emerald-950";
                return (
                  <td key={date.date} className={`px-2 py-2 text-center ${tone}`} data-testid={cell.length ? "coverage-cell" : undefined}>
                    {cell.length === 0 ? (
                      <span className="text-slate-400 dark:text-slate-600" aria-label="not reported">
                        ·
                      </span>
                    ) : (
                      <ul className="flex flex-wrap justify-center gap-1">
                        {cell.map((m, j) => (
                          <li key={m.citationId}>
                            <a
                              href={`#${citationAnchor(m.citationId)}`}
                              className={`inline-flex h-7 min-w-7 items-center justify-center rounded px-1 font-bold ring-1 ring-inset hover:underline ${
                                m.stance === "denies" ? "bg-white dark:bg-slate-900 text-rose-800 dark:text-rose-200 ring-rose-300 dark:ring-rose-700" : "bg-white dark:bg-slate-900 text-emerald-800 dark:text-emerald-200 ring-emerald-300 dark:ring-emerald-700"
                              }`}
                              data-stance={m.stance}
                            >
                              <span aria-hidden="true">{m.stance === "denies" ? "✕" : "✓"}</span>
                              <span className="sr-only">
                                {r.outlet.name}, {formatDate(date)}: {m.stance === "denies" ? "denies" : "asserts"} (citation {j + 1})
                              </span>
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-700 dark:text-slate-300">
                <span className="text-emerald-800 dark:text-emerald-200">{r.supports}</span> / <span className={r.denies ? "font-semibold text-rose-800 dark:text-rose-200" : ""}>{r.denies}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
