import Link from "next/link";
import type { TimelineEvent } from "../db/queries/types";
import { ActorList } from "./ActorLink";
import { KindBadge } from "./Badge";
import { DateLabel } from "./DateLabel";
import { quoteHref } from "./links";
import { SourceList } from "./SourceList";

/** One event: its date at its precision, the words that name it, who took part and every source. */
export function EventCard({ event, headingLevel = 3, compact = false }: { event: TimelineEvent; headingLevel?: 2 | 3 | 4; compact?: boolean }) {
  const H = `h${headingLevel}` as const;
  return (
    <article id={`e-${event.id}`} className="scroll-mt-20 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4 shadow-sm" data-testid="event">
      <div className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        <DateLabel value={event.when} className="font-semibold text-slate-900 dark:text-slate-100" />
        <KindBadge kind={event.kind} />
        {event.region ? <span>{event.region}</span> : null}
        <span className="ml-auto text-xs">
          {event.sources.length} source{event.sources.length === 1 ? "" : "s"}
        </span>
      </div>
      <H className="font-serif text-lg leading-snug text-slate-950 dark:text-slate-50">
        <EventTitleText event={event} />
      </H>
      <div className="mt-2">
        <ActorList actors={event.actors} />
      </div>
      <QuoteAcrossOutletsLink quoteId={event.quoteId} />
      {compact ? null : (
        <details className="mt-3 group" open={event.sources.length <= 2}>
          <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">Sources ({event.sources.length})</summary>
          <div className="mt-2">
            <SourceList sources={event.sources} />
          </div>
        </details>
      )}
    </article>
  );
}

/** An event's title: quotation marks only around someone's words; a narrative title is the outlet's own clause. */
export function EventTitleText({ event }: { event: Pick<TimelineEvent, "title" | "quoteId"> }) {
  if (!event.title) return <span className="text-slate-500 dark:text-slate-400">Untitled event</span>;
  return event.quoteId ? <>“{event.title.excerpt}”</> : <>{event.title.excerpt}</>;
}

/** For statement events: the same words as every outlet carried them. */
export function QuoteAcrossOutletsLink({ quoteId }: { quoteId: string | null }) {
  if (!quoteId) return null;
  return (
    <p className="mt-1 text-sm">
      <Link href={quoteHref(quoteId)} className="text-teal-800 dark:text-teal-200 underline underline-offset-2">
        Read the quote across outlets
      </Link>
    </p>
  );
}
