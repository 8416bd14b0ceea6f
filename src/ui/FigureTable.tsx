import Link from "next/link";
import type { ReportedValue } from "../db/queries/types";
import { DateLabel } from "./DateLabel";
import { spanHref } from "./links";

/** Every reported value side by side, never merged: outlets disagree and that is the news. */
export function FigureTable({ values, caption }: { values: ReportedValue[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700 text-left text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
            <th scope="col" className="py-1.5 pr-3 font-semibold">Value</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">As of</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Outlet</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Attributed to</th>
            <th scope="col" className="py-1.5 font-semibold">As written</th>
          </tr>
        </thead>
        <tbody>
          {values.map((v) => (
            <tr key={`${v.articleId}-${v.start}-${v.end}`} className="border-b border-slate-100 dark:border-slate-900 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                {v.qualifier ? <span className="text-slate-600 dark:text-slate-400">{v.qualifier} </span> : null}
                <span className="text-base font-bold tabular-nums text-slate-950 dark:text-slate-50">{v.value.toLocaleString("en-US")}</span>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{v.asOf ? <DateLabel value={v.asOf} /> : <span className="text-slate-500 dark:text-slate-400">not given</span>}</td>
              <td className="py-2 pr-3 font-medium">{v.outlet.name}</td>
              <td className="py-2 pr-3 text-slate-700 dark:text-slate-300">{v.attribution ?? <span className="text-slate-500 dark:text-slate-400">unattributed</span>}</td>
              <td className="py-2">
                <Link href={spanHref(v)} className="text-slate-800 dark:text-slate-200 underline decoration-slate-300 dark:decoration-slate-700 underline-offset-2 hover:decoration-teal-700 dark:hover:decoration-teal-300">
                  “{v.excerpt}”
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
