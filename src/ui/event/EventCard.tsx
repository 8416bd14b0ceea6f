import Link from "next/link";
import type { TimelineEvent } from "../../db/queries/types";
import { DateLabel } from "../DateLabel";
import { eventHref, quoteHref } from "../links";
import { firstReporters } from "../timeline/date-span";
import { EventSources } from "./EventSources";
import { EventTags } from "./EventTags";
import { FirstReported } from "./FirstReported";

const link = "text-teal-800 dark:text-teal-200 underline underline-offset-2";

/**
 * One event, the same card wherever it appears: its date at its precision,
 * the words that name it, its tags (kind, theatre, actors) and who reported
 * it first. `full` (the timeline) adds every source's exact sentence;
 * `compact` (overview, actor pages) links to them on the timeline instead,
 * which keeps those pages light.
 */
export function EventCard({ event, variant = "full", headingLevel = 3 }: { event: TimelineEvent; variant?: "full" | "compact"; headingLevel?: 2 | 3 | 4 }) {
  const H = `h${headingLevel}` as const;
  const first = firstReporters(event.sources);
  const n = event.sources.length;
  return (
    <article
      id={`e-${event.id}`}
      className="scroll-mt-20 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4 shadow-sm target:ring-2 target:ring-teal-700 dark:target:ring-teal-300"
      data-testid="event"
      data-kind={event.kind}
      data-precision={event.when.precision}
    >
      <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <DateLabel value={event.when} className="font-semibold text-slate-900 dark:text-slate-100" />
        <span className="ml-auto text-xs">
          {n} source{n === 1 ? "" : "s"}
        </span>
      </div>
      <H className="font-serif text-lg leading-snug text-slate-950 dark:text-slate-50">
        <EventTitleText event={event} />
      </H>
      <EventTags event={event} />
      {event.quoteId ? (
        <p className="mt-1 text-sm">
          <Link href={quoteHref(event.quoteId)} className={link}>
            Read the quote across outlets
          </Link>
        </p>
      ) : null}
      <div className="mt-3 space-y-2">
        <FirstReported sources={event.sources} first={first} />
        {variant === "full" ? (
          <EventSources sources={event.sources} first={first} />
        ) : (
          <p className="text-sm">
            <Link href={eventHref(event.id)} className={link}>
              {n === 1 ? "Its source" : `All ${n} sources`}, word for word, on the timeline
            </Link>
          </p>
        )}
      </div>
    </article>
  );
}

/** An event's title: quotation marks only around someone's words; a narrative title is the outlet's own clause. */
function EventTitleText({ event }: { event: Pick<TimelineEvent, "title" | "quoteId"> }) {
  if (!event.title) return <span className="text-slate-500 dark:text-slate-400">Untitled event</span>;
  return event.quoteId ? <>“{event.title.excerpt}”</> : <>{event.title.excerpt}</>;
}
