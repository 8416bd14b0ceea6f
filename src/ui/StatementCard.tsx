import type { StatementInstance } from "../db/queries/types";
import { ActorLink } from "./ActorLink";
import { DateLabel } from "./DateLabel";
import { Excerpt } from "./Excerpt";
import { SourceLine } from "./PublishedDate";

/** One outlet's rendering of a quote: the wording, who it credits and when it says it was said. */
export function StatementCard({ statement: s, showSpeaker = true }: { statement: StatementInstance; showSpeaker?: boolean }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-md border border-slate-200 dark:border-slate-800 bg-white dark:bg-slate-900 p-4" data-testid="statement">
      <SourceLine article={s.article} showTitle />
      <Excerpt span={s} className="font-serif text-base" />
      <p className="mt-auto text-sm text-slate-600 dark:text-slate-400">
        {showSpeaker ? (
          <>
            {s.speaker ? <ActorLink actor={s.speaker} /> : <span>{s.speakerAsWritten ?? "Speaker not identified"}</span>}
            {s.speaker && s.speakerAsWritten && s.speakerAsWritten !== s.speaker.name ? (
              <span> (written “{s.speakerAsWritten}”)</span>
            ) : null}
          </>
        ) : null}
        {s.said ? (
          <>
            {showSpeaker ? ", " : ""}said <DateLabel value={s.said} />
            {s.saidSpan ? <span className="text-slate-500 dark:text-slate-400"> (“{s.saidSpan.excerpt}”)</span> : null}
          </>
        ) : null}
        {s.venue ? <span>, {s.venue}</span> : null}
      </p>
    </article>
  );
}
