import type { EventSourceRef } from "../db/queries/types";
import { Excerpt } from "./Excerpt";
import { SourceLine } from "./PublishedDate";

/** Each outlet's report of an event: who, when published, and the sentence as written. */
export function SourceList({ sources }: { sources: EventSourceRef[] }) {
  return (
    <ol className="space-y-3" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id} className="space-y-1">
          <SourceLine article={s.article} />
          <Excerpt span={s} />
        </li>
      ))}
    </ol>
  );
}
