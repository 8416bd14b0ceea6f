import { formatAt, isValidYmd } from "../extraction/dates/calendar";
import { findCalendarDates, type CalendarHit } from "../extraction/dates/calendar-dates";
import type { ArticleDate, Span } from "../extraction/types";

/**
 * Find the publication date an article states about itself near its top:
 * "Published On 13 Nov 2025", "Updated: Nov. 14, 2025 9:02 a.m. ET", a line
 * that is only a date ("Nov. 15, 2025", "Wed 19 Nov 2025 18.02 GMT",
 * "November 13, 2025 at 5:00 PM EST"), or a byline line ending in one
 * ("By Jane Doe | Nov. 15, 2025").
 *
 * A date elsewhere in a line is not a dateline: photo captions ("…Andrews,
 * Md., Wednesday, June 25, 2025. (AP Photo/…)") date the photo, and embedded
 * posts date the post. Only full dates with a year count; a Reuters dateline
 * "Dec 2 (Reuters)" has no year, so it is left to the caller.
 */
export function detectPublicationDate(text: string): { date: ArticleDate; evidence: Span } | null {
  try {
    return detect(text);
  } catch {
    return null;
  }
}

/** How far down the dateline may sit: headline, standfirst, byline, date, and some site furniture. */
const MAX_LINES = 8;
const MAX_CHARS = 2000;

/** A reference for chrono; only dates that state their own year are accepted, so it never decides anything. */
const REF = new Date(2000, 0, 1, 12);

const STAMP = /^(?:first |last |originally )?(published|updated|posted|modified|last modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i;
const BYLINE = /^by\s+[^|•·—–]{2,80}?\s*[|•·—–]\s*/i;

/** What may surround a date on a dateline line: weekday, time, zone, "at", separators. */
const DATELINE_FILLER = new RegExp(
  [
    "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\b\\.?",
    "\\b\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?",
    "\\b\\d{1,2}\\s*[ap]\\.?m\\.?",
    "\\b(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|Z)\\b",
    "\\b(?:at|on|updated|published)\\b",
    "[\\s,.|•·—–:()\\-/]+",
  ].join("|"),
  "gi",
);

type Found = { date: ArticleDate; evidence: Span; rank: number };

function detect(text: string): { date: ArticleDate; evidence: Span } | null {
  let best: Found | null = null;
  let lines = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m && lines < MAX_LINES && m.index < MAX_CHARS; m = lineRe.exec(text)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines++;
    const lineStart = m.index + (raw.length - raw.trimStart().length);
    const lineEnd = lineStart + trimmed.length;
    const found = readLine(text, trimmed, lineStart, lineEnd);
    if (found && (!best || found.rank < best.rank)) best = found;
    if (best?.rank === 0) break;
  }
  return best ? { date: best.date, evidence: best.evidence } : null;
}

function readLine(text: string, line: string, lineStart: number, lineEnd: number): Found | null {
  const stamp = STAMP.exec(line);
  if (stamp) {
    const hit = fullDate(findCalendarDates(text, lineStart + stamp[0].length, lineEnd, REF));
    // "Published" beats "Updated": an update is not when the story first ran.
    if (hit) return found(hit, { start: lineStart, end: lineEnd }, /publish|post/i.test(stamp[1] ?? "") ? 0 : 2);
    return null;
  }
  const byline = BYLINE.exec(line);
  const from = byline ? lineStart + byline[0].length : lineStart;
  const hits = findCalendarDates(text, from, lineEnd, REF);
  const hit = fullDate(hits);
  if (!hit || hits.length !== 1) return null;
  const rest = (text.slice(from, hit.start) + " " + text.slice(hit.end, lineEnd)).replace(DATELINE_FILLER, "");
  if (rest.length > 0) return null;
  return found(hit, { start: byline ? hit.start : lineStart, end: lineEnd }, 1);
}

function fullDate(hits: CalendarHit[]): CalendarHit | undefined {
  return hits.find((h) => h.year !== null && h.day !== null && isValidYmd({ y: h.year, m: h.month, d: h.day }));
}

function found(hit: CalendarHit, evidence: Span, rank: number): Found {
  const ymd = { y: hit.year ?? 0, m: hit.month, d: hit.day ?? 1 };
  return { date: { date: formatAt(ymd, "day"), precision: "day", approximate: false }, evidence, rank };
}
