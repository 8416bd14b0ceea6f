import type { TimelineEvent } from "../../db/queries/types";
import { formatDate, precisionNote } from "../format-date";
import { isPoint, spanOf } from "./date-span";
import { layoutStrip } from "./strip-layout";

const LANE = 26; // px per lane: a 24 px target (WCAG 2.5.8) and a 2 px gap
const AXIS = 36; // px under the lanes for the axis and its labels

/** Fills by kind; the legend under the strip names them. Non-text contrast ≥ 3:1 on white. */
export const KIND_FILL: Record<string, string> = {
  strike: "bg-rose-600 border-rose-700 dark:border-rose-300",
  statement: "bg-sky-600 border-sky-700 dark:border-sky-300",
  designation: "bg-violet-600 border-violet-700 dark:border-violet-300",
  policy: "bg-teal-600 border-teal-700 dark:border-teal-300",
  legal: "bg-amber-600 border-amber-700 dark:border-amber-300",
  diplomatic: "bg-emerald-600 border-emerald-700 dark:border-emerald-300",
  historical: "bg-slate-500 border-slate-600 dark:border-slate-400",
};

/** Positions to a hundredth of a percent: under a pixel on any screen, and a third of the markup of a full float. */
const pct = (x: number) => `${Math.round(x * 100) / 100}%`;

function describe(e: TimelineEvent): string {
  const title = e.title?.excerpt ?? "untitled event";
  return `${formatDate(e.when)} (${precisionNote(e.when)}), ${e.kind}: ${title}`;
}

/**
 * Every filtered event on one date axis, server-rendered with CSS: a dot when
 * the day is known, a bar over the week, month or year it is dated to
 * (dashed when the date is approximate). Each mark links to its card.
 */
export function TimelineStrip({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return null;
  const byId = new Map(events.map((e) => [e.id, e]));
  const layout = layoutStrip(events.map((e) => ({ id: e.id, span: spanOf(e.when), point: isPoint(e.when) })));
  const height = layout.lanes * LANE + AXIS;
  const kinds = [...new Set(events.map((e) => e.kind))].sort();
  return (
    <section aria-labelledby="strip-heading" className="mb-6 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-3" data-testid="timeline-strip">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="strip-heading" className="text-sm font-bold uppercase tracking-widest text-slate-900 dark:text-slate-100">
          At a glance
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400" id="strip-help">
          <span aria-hidden="true" className="mr-1 inline-block h-2.5 w-2.5 rounded-full border border-slate-700 dark:border-slate-300 bg-slate-600 align-middle" />
          exact day
          <span aria-hidden="true" className="ml-3 mr-1 inline-block h-2.5 w-6 rounded-sm border border-slate-700 dark:border-slate-300 bg-slate-600 align-middle" />
          dated to a week, month or year: the bar covers it
          <span aria-hidden="true" className="ml-3 mr-1 inline-block h-2.5 w-6 rounded-sm border border-dashed border-slate-700 dark:border-slate-300 bg-slate-600/40 align-middle" />
          approximate
          {layout.breaks.length > 0 ? <span className="ml-3">· {"//"} marks skipped years; quiet years are drawn narrow</span> : null}
        </p>
      </div>
      {/* row-reverse: on a narrow screen the strip opens scrolled to its latest end, without script. */}
      <div className="flex flex-row-reverse overflow-x-auto pb-1">
        <div className="w-full min-w-[576px] shrink-0 px-2">
          <div className="relative" style={{ height }}>
            {layout.segments.map((s) => (
              <div
                key={s.year}
                aria-hidden="true"
                className={`absolute top-0 border-l ${s.wide ? "border-slate-300 dark:border-slate-700 bg-slate-50 dark:bg-slate-950" : "border-slate-200 dark:border-slate-800 bg-stone-100/70 dark:bg-stone-900/70"}`}
                style={{ left: pct(s.from), width: pct(s.to - s.from), height: height - AXIS + 4 }}
              />
            ))}
            <ol aria-label="Events on the date axis" aria-describedby="strip-help" className="absolute inset-0">
              {layout.marks.map((m) => {
                const e = byId.get(m.id)!;
                const fill = KIND_FILL[e.kind] ?? KIND_FILL.historical;
                // The link is a 24 px target; the mark drawn inside it is 12 px tall.
                const box = m.point ? "h-6 w-6 -translate-x-1/2" : "h-6 min-w-[24px]";
                const shape = m.point ? "h-3 w-3 rounded-full" : `h-3 w-full rounded-sm ${e.when.approximate ? "border-dashed opacity-70" : ""}`;
                return (
                  <li key={m.id} className="contents">
                    {/* The title is both the hover tooltip and the link's accessible name: saying it twice (aria-label) doubled the strip's weight. */}
                    <a
                      href={`#e-${e.id}`}
                      title={describe(e)}
                      data-testid="strip-mark"
                      data-event={e.id}
                      data-shape={m.point ? "point" : "span"}
                      className={`group absolute flex items-center justify-center rounded ${box}`}
                      style={{ left: pct(m.left), width: m.point ? undefined : pct(m.width), top: m.lane * LANE + 1 }}
                    >
                      <span aria-hidden="true" className={`block border ${fill} ${shape} group-hover:ring-2 group-hover:ring-slate-900 dark:group-hover:ring-slate-100`} />
                    </a>
                  </li>
                );
              })}
            </ol>
            <div aria-hidden="true" className="absolute inset-x-0 border-t-2 border-slate-800 dark:border-slate-200" style={{ top: height - AXIS + 4 }} />
            {layout.breaks.map((b) => (
              <span key={b} aria-hidden="true" className="absolute -translate-x-1/2 bg-white dark:bg-slate-900 px-0.5 text-sm font-bold leading-none text-slate-700 dark:text-slate-300" style={{ left: pct(b), top: height - AXIS - 4 }}>
                {"//"}
              </span>
            ))}
            {layout.ticks.map((t) => (
              <span
                key={`${t.at}-${t.label}`}
                aria-hidden="true"
                className={`absolute whitespace-nowrap border-l pl-0.5 text-[11px] leading-none ${t.year ? "border-slate-800 dark:border-slate-200 font-semibold text-slate-900 dark:text-slate-100" : "border-slate-400 dark:border-slate-600 text-slate-600 dark:text-slate-400"}`}
                style={{ left: pct(t.at), top: height - AXIS + (t.year ? 18 : 6), paddingTop: 2 }}
              >
                {t.label}
              </span>
            ))}
          </div>
        </div>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700 dark:text-slate-300" aria-label="Colour of each event type">
        {kinds.map((k) => (
          <li key={k} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full border ${KIND_FILL[k] ?? ""}`} />
            {k}
          </li>
        ))}
      </ul>
    </section>
  );
}
