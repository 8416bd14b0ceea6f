import { periodBounds } from "../../db/queries/params";
import type { DateValue } from "../../db/queries/types";

/**
 * The interval a date at its precision covers, in whole UTC days since
 * 1970-01-01: a day is one day, a week (stored as its Monday) seven, a month
 * or a year all of its days. Pure, shared by the strip, the exports and tests.
 */
export type DaySpan = { first: number; last: number };

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function spanOf(v: Pick<DateValue, "date" | "precision">): DaySpan {
  const [ys, ms, ds] = v.date.split("-");
  const y = Number(ys);
  const m = ms ? Number(ms) : 1;
  const d = ds ? Number(ds) : 1;
  switch (v.precision) {
    case "day":
      return { first: dayNumber(y, m, d), last: dayNumber(y, m, d) };
    case "week":
      return { first: dayNumber(y, m, d), last: dayNumber(y, m, d) + 6 };
    case "month":
      return { first: dayNumber(y, m, 1), last: dayNumber(y, m + 1, 0) };
    case "year":
      return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
  }
}

/** A point on the axis only when the day is known; anything coarser is drawn as the span it covers. */
export function isPoint(v: Pick<DateValue, "precision">): boolean {
  return v.precision === "day";
}

/**
 * Which of an event's sources reported it first, judged by publication date
 * at its precision: a source is first if it may have been published no later
 * than every other source. A "2025-08" article and one of 2025-08-08 are both
 * candidates (the month-dated one may be earlier or later), and so are two
 * published the same day: the order between them is not known.
 */
export function firstReporters<T extends { article: { published: Pick<DateValue, "date" | "precision"> } }>(sources: T[]): T[] {
  if (sources.length === 0) return [];
  const spans = sources.map((s) => spanOf(s.article.published));
  const earliestLast = Math.min(...spans.map((s) => s.last));
  return sources.filter((_, i) => spans[i]!.first <= earliestLast);
}

/** TimelineJS date object: month and day only as far as the precision goes. */
export type TimelineJsDate = { year: number; month?: number; day?: number };

export function timelineJsDates(v: Pick<DateValue, "date" | "precision">): { start_date: TimelineJsDate; end_date?: TimelineJsDate } {
  const [ys, ms, ds] = v.date.split("-");
  const year = Number(ys);
  switch (v.precision) {
    case "year":
      return { start_date: { year } };
    case "month":
      return { start_date: { year, month: Number(ms) } };
    case "day":
      return { start_date: { year, month: Number(ms), day: Number(ds) } };
    case "week": {
      // A week is a span of known days: Monday to Sunday.
      const end = new Date(spanOf(v).last * DAY_MS);
      return {
        start_date: { year, month: Number(ms), day: Number(ds) },
        end_date: { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() },
      };
    }
  }
}

/** Does a date at its precision overlap a from/to range (each YYYY, YYYY-MM or YYYY-MM-DD)? */
export function overlapsRange(v: Pick<DateValue, "date" | "precision">, range: { from?: string | undefined; to?: string | undefined }): boolean {
  const s = spanOf(v);
  const from = range.from ? periodBounds(range.from) : null;
  const to = range.to ? periodBounds(range.to) : null;
  if (from && s.last * DAY_MS < from.first.getTime()) return false;
  if (to && s.first * DAY_MS > to.last.getTime()) return false;
  return true;
}
