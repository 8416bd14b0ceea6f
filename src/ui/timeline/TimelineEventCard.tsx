import { EventTitleText, QuoteAcrossOutletsLink } from "../EventCard";
import type { EventSourceRef, TimelineEvent } from "../../db/queries/types";
import { ActorLink } from "../ActorLink";
import { Badge, KindBadge } from "../Badge";
import { DateLabel } from "../DateLabel";
import { Excerpt } from "../Excerpt";
import { SourceLine } from "../PublishedDate";
import { firstReporters } from "./date-span";

function names(sources: EventSourceRef[]): string {
  const outlets = [...new Set(sources.map((s) => s.article.outlet.name))];
  return outlets.length <= 2 ? outlets.join(" and ") : `${outlets.slice(0, -1).join(", ")} and ${outlets[outlets.length - 1]}`;
}

/** "First reported by": the outlet whose article came out first; a tie (same day, or dates too coarse to order) is said as such. */
function FirstReported({ sources, first }: { sources: EventSourceRef[]; first: EventSourceRef[] }) {
  if (sources.length === 0) return null;
  const outlets = new Set(sources.map((s) => s.article.outlet.id));
  if (outlets.size === 1) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Reported only by {names(sources)}.</p>;
  }
  const lead = first[0]!;
  const tie = new Set(first.map((s) => s.article.outlet.id)).size > 1;
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="first-reported">
      <span className="font-semibold text-slate-900 dark:text-slate-100">First reported by</span> {names(first)}
      {tie ? (
        <span className="text-slate-600 dark:text-slate-400">
          {" "}
          (published {first.every((s) => s.article.published.date === lead.article.published.date && s.article.published.precision === "day") ? "the same day" : "too close to order by their dates"})
        </span>
      ) : (
        <span className="text-slate-600 dark:text-slate-400">
          , <DateLabel value={lead.article.published} />
        </span>
      )}
      <span className="text-slate-600 dark:text-slate-400"> · {outlets.size} outlets in all</span>
    </p>
  );
}

/**
 * One event with all its tags (kind, theatre, actors), its date at its
 * precision, who reported it first and every source's exact sentence.
 */
export function TimelineEventCard({ event, headingLevel = 3 }: { event: TimelineEvent; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as const;
  const first = firstReporters(event.sources);
  const firstIds = new Set(first.map((s) => s.id));
  const multi = new Set(event.sources.map((s) => s.article.outlet.id)).size > 1;
  return (
    <article id={`e-${event.id}`} className="scroll-mt-20 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4 shadow-sm target:ring-2 target:ring-teal-700 dark:target:ring-teal-300" data-testid="event" data-kind={event.kind} data-precision={event.when.precision}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <DateLabel value={event.when} className="font-semibold text-slate-900 dark:text-slate-100" />
        <span className="ml-auto text-xs">
          {event.sources.length} source{event.sources.length === 1 ? "" : "s"}
        </span>
      </div>
      <H className="font-serif text-lg leading-snug text-slate-950 dark:text-slate-50">
        <EventTitleText event={event} />
      </H>
      <ul className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm" aria-label="Tags">
        <li>
          <KindBadge kind={event.kind} />
        </li>
        {event.region ? (
          <li data-testid="event-region">
            <Badge tone="sky" title="Theatre">
              {event.region}
            </Badge>
          </li>
        ) : null}
        {event.actors.map((a) => (
          <li key={a.id}>
            <ActorLink actor={a} />
          </li>
        ))}
      </ul>
      <QuoteAcrossOutletsLink quoteId={event.quoteId} />
      <div className="mt-3 space-y-2">
        <FirstReported sources={event.sources} first={first} />
        <ol className="space-y-3" aria-label="Sources">
          {event.sources.map((s) => (
            <li key={s.id} className="space-y-1" data-testid="event-source">
              <div className="flex flex-wrap items-baseline gap-2">
                <SourceLine article={s.article} />
                {multi && firstIds.has(s.id) ? (
                  <Badge tone="emerald" title="The earliest publication among this event's sources">
                    first reported
                  </Badge>
                ) : null}
              </div>
              <Excerpt span={s} />
            </li>
          ))}
        </ol>
      </div>
    </article>
  );
}
