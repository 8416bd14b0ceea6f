import type { ResolvedDate } from "../extraction/types";

/** A closed interval of days since 1970-01-01 (UTC): the days a date value can mean. */
export type DayInterval = { start: number; end: number };

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * The days covered by a date written at its precision. Approximate dates are
 * widened by a slack that grows with the precision ("late last month" may
 * spill into the next one), so two vague reports of one event still overlap.
 * Returns null for values it cannot read.
 */
export function dayInterval(date: Pick<ResolvedDate, "date" | "precision"> & { approximate?: boolean }): DayInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.date.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  let interval: DayInterval;
  let slack: number;
  if (date.precision === "year" || mo === null) {
    interval = { start: dayNumber(y, 1, 1), end: dayNumber(y + 1, 1, 1) - 1 };
    slack = 31;
  } else if (date.precision === "month" || d === null) {
    interval = { start: dayNumber(y, mo, 1), end: dayNumber(y, mo + 1, 1) - 1 };
    slack = 10;
  } else if (date.precision === "week") {
    const start = dayNumber(y, mo, d);
    interval = { start, end: start + 6 };
    slack = 4;
  } else {
    const day = dayNumber(y, mo, d);
    interval = { start: day, end: day };
    slack = 2;
  }
  if (date.approximate) interval = { start: interval.start - slack, end: interval.end + slack };
  return interval;
}

/** Days between two intervals (0 when they overlap). */
export function intervalGap(a: DayInterval, b: DayInterval): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** Parse a published/as-of value to its interval, tolerating full timestamps. */
export function intervalOfValue(value: string): DayInterval | null {
  const v = value.slice(0, 10);
  const precision = v.length === 4 ? "year" : v.length === 7 ? "month" : "day";
  return dayInterval({ date: v, precision });
}
