import type { ArticleDate, ExtractedDate, ExtractedFigure, Segmentation } from "./types";

/** STUB (being written): casualty, strike, survivor and vessel counts with qualifiers. */
export function extractFigures(
  text: string,
  segmentation: Segmentation,
  dates: readonly ExtractedDate[],
  published: ArticleDate,
): ExtractedFigure[] {
  void text; void segmentation; void dates; void published;
  return [];
}
