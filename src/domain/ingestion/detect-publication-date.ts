import type { ArticleDate, Span } from "../extraction/types";

/**
 * STUB (dates helper fills this in): find a stated publication date near the
 * top of an article ("Published On 13 Nov 2025", "Nov. 15, 2025").
 */
export function detectPublicationDate(text: string): { date: ArticleDate; evidence: Span } | null {
  void text;
  return null;
}
