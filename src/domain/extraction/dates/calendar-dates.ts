import * as chrono from "chrono-node";
import { MONTH_ANY_SOURCE } from "./lexicon";

/**
 * Calendar dates written with a day or a year ("Nov. 15, 2025", "13 Nov 2025",
 * "Wednesday, June 25, 2025", "Sept. 2", "January 2024", "2025-11-13"), read
 * by chrono-node. chrono is slow on whole sentences (several ms per article),
 * so it only sees a short window around each place where a month name touches
 * a number, and runs with the calendar parsers alone: no times ("0:00"), no
 * casual relative phrases, which news needs resolved differently (see rules.ts).
 */

const KEEP_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENMonthNameParser",
  "ENYearMonthNameParser",
  "ENWeekdayParser",
]);
const KEEP_REFINERS = new Set([
  "OverlapRemovalRefiner",
  "MergeWeekdayComponentRefiner",
  "ENMergeDateRangeRefiner",
  "ENExtractYearSuffixRefiner",
  "UnlikelyFormatFilter",
  "ENUnlikelyFormatFilter",
]);

function buildParser(): chrono.Chrono {
  const base = chrono.casual.clone();
  const parsers = base.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  const refiners = base.refiners.filter((r) => KEEP_REFINERS.has(r.constructor.name));
  // A bundler that renames classes would empty the lists: fall back to the strict parser.
  if (parsers.length < 4) return chrono.strict.clone();
  return new chrono.Chrono({ parsers, refiners });
}

let parser: chrono.Chrono | null = null;

/** Where a month name meets a number, or an ISO date: the only places worth handing to chrono. */
const CUE = new RegExp(
  `\\b${MONTH_ANY_SOURCE}(?=,?\\s{1,3}\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s+)?${MONTH_ANY_SOURCE}(?![a-z])|\\b\\d{4}-\\d{2}-\\d{2}(?!\\d)`,
  "g",
);

export type CalendarHit = {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
  /** chrono read a range ("Nov. 11-12", "Sept. 1 to Sept. 5"): the date is its first day. */
  range: boolean;
};

const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 40;

/**
 * Calendar dates inside [from, to) of text, with absolute offsets. chrono's
 * window never crosses a line: a date does not run across paragraphs.
 */
export function findCalendarDates(text: string, from: number, to: number, ref: Date): CalendarHit[] {
  const hits: CalendarHit[] = [];
  let coveredUntil = -1;
  CUE.lastIndex = from;
  for (let m = CUE.exec(text); m && m.index < to; m = CUE.exec(text)) {
    if (m.index < coveredUntil) continue;
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const nl = text.indexOf("\n", m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    const wStart = Math.max(from, lineStart, m.index - WINDOW_BEFORE);
    const wEnd = Math.min(to, lineEnd, m.index + m[0].length + WINDOW_AFTER);
    for (const hit of parseWindow(text, wStart, wEnd, ref)) {
      if (hit.end <= m.index || hits.some((h) => h.start < hit.end && hit.start < h.end)) continue;
      hits.push(hit);
      coveredUntil = Math.max(coveredUntil, hit.end);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function parseWindow(text: string, wStart: number, wEnd: number, ref: Date): CalendarHit[] {
  parser ??= buildParser();
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text.slice(wStart, wEnd), ref);
  } catch {
    return [];
  }
  const out: CalendarHit[] = [];
  for (const r of results) {
    const month = r.start.isCertain("month") ? r.start.get("month") : null;
    const day = r.start.isCertain("day") ? r.start.get("day") : null;
    const year = r.start.isCertain("year") ? r.start.get("year") : null;
    // A month alone is left to the news rules, which know "in September" means the past one.
    if (month === null || (day === null && year === null)) continue;
    let start = wStart + r.index;
    let end = start + r.text.length;
    // chrono swallows a leading "on"/"in" and trailing punctuation; the phrase is the date itself.
    const lead = /^(?:[\s,;:(]+|(?:on|in|at|since|by|from|of|the)\s+)+/i.exec(r.text);
    if (lead) start += lead[0].length;
    while (end > start && /[\s,;:(]/.test(text[end - 1] ?? "")) end--;
    if (end <= start) continue;
    out.push({ start, end, year, month, day, range: r.end !== undefined && r.end !== null });
  }
  return out;
}
