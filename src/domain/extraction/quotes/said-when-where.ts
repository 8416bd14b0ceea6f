/** When and where the words were said, read only inside the attribution clause, never in the quote. */
import type { ExtractedDate, ExtractedQuote, Span } from "../types";
import type { Attribution } from "./attribution";
import type { QuoteSpan } from "./find-quote-spans";
import { findVenue } from "./venue";

export function pickDate(dates: readonly ExtractedDate[], windows: readonly Span[], q: QuoteSpan): ExtractedQuote["saidDate"] {
  for (const w of windows) {
    for (const d of dates) {
      if (d.start >= w.start && d.end <= w.end && (d.end <= q.start || d.start >= q.end)) {
        return { date: d.date, precision: d.precision, approximate: d.approximate, start: d.start, end: d.end, text: d.text };
      }
    }
  }
  return null;
}

export function pickVenue(text: string, windows: readonly Span[], attribution: Attribution | null): ExtractedQuote["venue"] {
  if (!attribution) return null;
  for (const w of windows) {
    const v = findVenue(text, w.start, w.end, null);
    if (v) return v;
  }
  return null;
}
