import type { EventSourceRef } from "../../db/queries/types";
import { Badge } from "../Badge";
import { Excerpt } from "../Excerpt";
import { SourceLine } from "../PublishedDate";

/** Each outlet's report of an event, in publication order: who, when, the sentence as written, and which came first. */
export function EventSources({ sources, first }: { sources: EventSourceRef[]; first: EventSourceRef[] }) {
  const firstIds = new Set(first.map((s) => s.id));
  // "first reported" only means something when more than one outlet reported it.
  const multi = new Set(sources.map((s) => s.article.outlet.id)).size > 1;
  return (
    <ol className="space-y-3" aria-label="Sources">
      {sources.map((s) => (
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
  );
}
