import type { ExtractedActor, ExtractedDate, ExtractedQuote, Segmentation } from "./types";

/** STUB (being written): direct quotes with their speakers. */
export function extractQuotes(
  text: string,
  segmentation: Segmentation,
  actors: readonly ExtractedActor[],
  dates: readonly ExtractedDate[],
): ExtractedQuote[] {
  void text; void segmentation; void actors; void dates;
  return [];
}
