import type { DateValue } from "../db/queries/types";
import { formatDate, precisionNote } from "./format-date";

/** A date exactly as precise as it is known; the machine-readable value keeps its precision too. */
export function DateLabel({ value, className }: { value: DateValue; className?: string }) {
  return (
    <time dateTime={value.date} title={precisionNote(value)} className={className}>
      {formatDate(value)}
    </time>
  );
}
