import type { DatePrecision, ResolvedDate } from "../types";

/**
 * Plain calendar arithmetic on year/month/day triples. Everything goes through
 * UTC so the host's time zone and daylight-saving shifts can never move a day.
 */
export type Ymd = { y: number; m: number; d: number };

const MS_PER_DAY = 86_400_000;

function toUtc(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

function fromUtc(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(x: Ymd, days: number): Ymd {
  return fromUtc(toUtc(x) + days * MS_PER_DAY);
}

/** Shift by whole months, keeping the day inside the target month ("Mar 31" - 1 month = "Feb 28"). */
export function addMonths(x: Ymd, months: number): Ymd {
  const index = x.y * 12 + (x.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(x: Ymd): number {
  return new Date(toUtc(x)).getUTCDay();
}

/** The Monday that starts the (ISO) week containing x. */
export function mondayOf(x: Ymd): Ymd {
  return addDays(x, -((weekday(x) + 6) % 7));
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(a) - toUtc(b)) / MS_PER_DAY);
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toUtc(a) - toUtc(b);
}

export function isValidYmd(x: Ymd): boolean {
  return x.m >= 1 && x.m <= 12 && x.d >= 1 && x.d <= daysInMonth(x.y, x.m) && x.y >= 1000 && x.y <= 2999;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Write a day at a precision, as types.ts DatePrecision prescribes. */
export function formatAt(x: Ymd, precision: DatePrecision): string {
  switch (precision) {
    case "year":
      return String(x.y);
    case "month":
      return `${x.y}-${pad(x.m)}`;
    case "week": {
      const mon = mondayOf(x);
      return `${mon.y}-${pad(mon.m)}-${pad(mon.d)}`;
    }
    case "day":
      return `${x.y}-${pad(x.m)}-${pad(x.d)}`;
  }
}

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isFiner(a: DatePrecision, b: DatePrecision): boolean {
  return RANK[a] < RANK[b];
}

/**
 * The publication date as an anchor day. An article known only to the month
 * (or year) is anchored mid-period and carries that precision as a floor:
 * nothing computed from it can claim to be finer than the anchor itself.
 */
export type Anchor = { day: Ymd; precision: DatePrecision };

export function anchorOf(published: ResolvedDate): Anchor {
  const parts = published.date.split("-").map(Number);
  const y = parts[0];
  if (y === undefined || !Number.isFinite(y)) return { day: { y: 1970, m: 1, d: 1 }, precision: "year" };
  const m = parts[1] ?? 7;
  const d = parts[2] ?? (parts[1] === undefined ? 1 : 15);
  let day: Ymd = { y, m: Number.isFinite(m) ? m : 7, d: Number.isFinite(d) ? d : 15 };
  if (!isValidYmd(day)) day = { y, m: 7, d: 1 };
  // A week is written as its Monday; anchor on the Thursday so "this week" stays inside it.
  if (published.precision === "week") day = addDays(day, 3);
  return { day, precision: published.precision };
}
