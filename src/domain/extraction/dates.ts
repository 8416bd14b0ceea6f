import { anchorOf, isValidYmd, type Anchor } from "./dates/calendar";
import { findCalendarDates, type CalendarHit } from "./dates/calendar-dates";
import { futureBefore, resolution, yearOfMonthDay, type Resolution } from "./dates/resolve";
import { findRuleCandidates, type Candidate } from "./dates/rules";
import { sentenceAt } from "./segment";
import type { ArticleDate, ExtractedDate, Paragraph, Segmentation } from "./types";

/**
 * Every dated phrase in an article, resolved against its publication date.
 *
 * Two sources feed it: chrono-node reads calendar dates that carry a day or a
 * year ("Nov. 15, 2025", "Sept. 2"), and news rules (dates/rules.ts) read the
 * relative phrases reporters use, resolved the way news is told: in the past
 * ("on Tuesday" is the last Tuesday on or before publication, "in September"
 * the last September). Where two readings overlap the longer phrase wins, so
 * "Wednesday, June 25, 2025" is one date, not two.
 *
 * Decisions worth knowing:
 * - Decades ("the 1990s", "the early 2000s") are written as their first year,
 *   year precision, approximate. Bare years are years, also as modifiers
 *   ("the 1878 law", "the 2024 election cycle"); four-digit counts ("2000
 *   troops"), money, percentages and identifiers ("Resolution 2803") are not.
 * - Durations and eras are skipped ("for three days", "the past decade",
 *   "in his first term"), and so are phrases counted from an event rather
 *   than a date ("five days before the first strike").
 * - "two days later", "the same day" count from the previous date in the
 *   text when it lies within two paragraphs and is precise enough; else skipped.
 * - An article dated only to the month cannot place "on Tuesday" on a day:
 *   phrases counted from the publication date are written no finer than it.
 */
export function extractDates(text: string, segmentation: Segmentation, published: ArticleDate): ExtractedDate[] {
  try {
    return extract(text, segmentation, published);
  } catch {
    // Extraction must never take the pipeline down; a date it cannot read is a date it misses.
    return [];
  }
}

/** Paragraphs back within which "the same day" may still refer to an earlier date. */
const CHAIN_PARAGRAPHS = 2;

function extract(text: string, segmentation: Segmentation, published: ArticleDate): ExtractedDate[] {
  const anchor = anchorOf(published);
  const sentenceStart = (offset: number) =>
    sentenceAt(segmentation.sentences, offset)?.start ?? paragraphAt(segmentation.paragraphs, offset)?.start ?? 0;

  const candidates = findRuleCandidates({ text, sentenceStart });
  // chrono only reads dates in local time; noon keeps the reference on its day anywhere.
  const ref = new Date(anchor.day.y, anchor.day.m - 1, anchor.day.d, 12);
  for (const hit of findCalendarDates(text, 0, text.length, ref)) {
    candidates.push(calendarCandidate(hit, text, anchor, sentenceStart(hit.start)));
  }
  const paragraphs = segmentation.paragraphs.length > 0 ? segmentation.paragraphs : [{ index: 0, start: 0, end: text.length }];

  const out: ExtractedDate[] = [];
  let prev: { res: Resolution; paragraph: number } | null = null;
  for (const c of settleOverlaps(candidates)) {
    const paragraph = paragraphAt(paragraphs, c.start)?.index ?? 0;
    const near = prev && paragraph - prev.paragraph <= CHAIN_PARAGRAPHS ? prev.res : null;
    const res = c.resolve({ anchor, prev: near });
    if (!res) continue;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      date: res.date,
      precision: res.precision,
      approximate: res.approximate,
    });
    prev = { res, paragraph };
  }
  return out;
}

/** "Sept. 2 last year": a day and month whose year is counted from publication. */
const RELATIVE_YEAR_AFTER = /^,?\s+(last|this|next) year\b/i;

function calendarCandidate(hit: CalendarHit, text: string, anchor: Anchor, sentenceStart: number): Candidate {
  const relative = hit.year === null ? RELATIVE_YEAR_AFTER.exec(text.slice(hit.end, hit.end + 16)) : null;
  const shift = relative ? { last: -1, this: 0, next: 1 }[(relative[1] ?? "").toLowerCase() as "last" | "this" | "next"] : 0;
  return {
    start: hit.start,
    end: hit.end + (relative ? relative[0].length : 0),
    priority: 3,
    resolve: (): Resolution | null => {
      const { month, day } = hit;
      let year = relative ? anchor.day.y + shift : hit.year;
      if (year === null && day !== null) {
        // "the Sept. 11 attacks" name a day everyone dates the same way.
        const after = text.slice(hit.end, hit.end + 24);
        if (month === 9 && day === 11 && /^\s*(?:terror(?:ist)? )?attacks?\b/i.test(after)) year = 2001;
        else year = yearOfMonthDay(anchor.day, month, day, futureBefore(text, hit.start, sentenceStart));
      }
      if (year === null) return null;
      if (day === null) return resolution({ y: year, m: month, d: 1 }, "month", false);
      const ymd = { y: year, m: month, d: day };
      return isValidYmd(ymd) ? resolution(ymd, "day", false) : null;
    },
  };
}

/** Keep the longest phrase where readings overlap ("Wednesday, June 25, 2025" over "Wednesday"). */
function settleOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function paragraphAt(paragraphs: readonly Pick<Paragraph, "index" | "start" | "end">[], offset: number) {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return paragraphs[Math.max(0, Math.min(hi, paragraphs.length - 1))];
}
