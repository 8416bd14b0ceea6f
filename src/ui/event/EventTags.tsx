import type { TimelineEvent } from "../../db/queries/types";
import { ActorLink } from "../ActorLink";
import { Badge, KindBadge } from "../Badge";

/** An event's tags in one row: its kind, its theatre when the sources say, and every actor taking part. */
export function EventTags({ event }: { event: Pick<TimelineEvent, "kind" | "region" | "actors"> }) {
  return (
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
  );
}
