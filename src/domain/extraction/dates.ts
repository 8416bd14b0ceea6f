import type { ArticleDate, ExtractedDate, Segmentation } from "./types";

/** STUB (being written): dated phrases resolved against the publication date. */
export function extractDates(text: string, segmentation: Segmentation, published: ArticleDate): ExtractedDate[] {
  void text; void segmentation; void published;
  return [];
}
