import type { EventSourceRef } from "../../db/queries/types";
import { DateLabel } from "../DateLabel";

function outletNames(sources: EventSourceRef[]): string {
  const outlets = [...new Set(sources.map((s) => s.article.outlet.name))];
  return outlets.length <= 2 ? outlets.join(" and ") : `${outlets.slice(0, -1).join(", ")} and ${outlets[outlets.length - 1]}`;
}

/**
 * "First reported by": the outlet whose article came out first. A tie (same
 * day, or dates too coarse to order) is said as such rather than guessed.
 */
export function FirstReported({ sources, first }: { sources: EventSourceRef[]; first: EventSourceRef[] }) {
  if (sources.length === 0) return null;
  const outlets = new Set(sources.map((s) => s.article.outlet.id));
  if (outlets.size === 1) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Reported only by {outletNames(sources)}.</p>;
  }
  const lead = first[0]!;
  const tie = new Set(first.map((s) => s.article.outlet.id)).size > 1;
  const sameDay = first.every((s) => s.article.published.date === lead.article.published.date && s.article.published.precision === "day");
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="first-reported">
      <span className="font-semibold text-slate-900 dark:text-slate-100">First reported by</span> {outletNames(first)}
      {tie ? (
        <span className="text-slate-600 dark:text-slate-400"> (published {sameDay ? "the same day" : "too close to order by their dates"})</span>
      ) : (
        <span className="text-slate-600 dark:text-slate-400">
          , <DateLabel value={lead.article.published} />
        </span>
      )}
      <span className="text-slate-600 dark:text-slate-400"> · {outlets.size} outlets in all</span>
    </p>
  );
}
