import type { DatePrecision } from "../types";
import { addDays, coarser, diffDays, formatAt, weekday, type Anchor, type Ymd } from "./calendar";

/**
 * A resolved date plus the day it was computed from, so later phrases
 * ("two days later", "the same day") can count from it.
 */
export type Resolution = {
  date: string;
  precision: DatePrecision;
  approximate: boolean;
  day: Ymd | null;
};

export function resolution(day: Ymd, precision: DatePrecision, approximate: boolean): Resolution {
  return { date: formatAt(day, precision), precision, approximate, day };
}

/**
 * A date computed from the publication date can be no finer than the
 * publication date itself: "on Tuesday" in an article known only to the month
 * is a day somewhere in that month, so it is written at month precision.
 */
export function fromAnchor(anchor: Anchor, day: Ymd, natural: DatePrecision, approximate: boolean): Resolution {
  const precision = coarser(natural, anchor.precision);
  return resolution(day, precision, approximate || precision !== natural);
}

export type Direction = "on-or-before" | "before" | "on-or-after" | "after";

/** The weekday nearest the anchor in the given direction (news is told in the past tense). */
export function weekdayFrom(base: Ymd, target: number, direction: Direction): Ymd {
  const wd = weekday(base);
  switch (direction) {
    case "on-or-before":
      return addDays(base, -((wd - target + 7) % 7));
    case "before":
      return addDays(base, -((wd - target + 7) % 7 || 7));
    case "on-or-after":
      return addDays(base, (target - wd + 7) % 7);
    case "after":
      return addDays(base, (target - wd + 7) % 7 || 7);
  }
}

/** Year of a bare month, the most recent one on or before the anchor unless told otherwise. */
export function yearOfMonth(anchor: Ymd, month: number, direction: Direction): number {
  const { y, m } = anchor;
  switch (direction) {
    case "on-or-before":
      return month <= m ? y : y - 1;
    case "before":
      return month < m ? y : y - 1;
    case "on-or-after":
      return month >= m ? y : y + 1;
    case "after":
      return month > m ? y : y + 1;
  }
}

/**
 * Year of a day-and-month written without a year ("Sept. 2", "Dec 2"): the
 * nearest such day, with the past weighted three times lighter than the
 * future (or the reverse when the sentence speaks of the future).
 */
export function yearOfMonthDay(anchor: Ymd, month: number, day: number, future: boolean): number {
  let best = anchor.y;
  let bestCost = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const diff = diffDays({ y, m: month, d: Math.min(day, 28) }, anchor);
    const cost = Math.abs(diff) * ((diff > 0) === future ? 1 : 3);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/**
 * Does the sentence speak of the future just before the phrase ("will meet on
 * Tuesday", "is scheduled for March", reported "said he would retire in May")? Only the clause right before counts: in
 * "the strikes will continue, he said on Tuesday" the Tuesday is past.
 */
const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|would(?! have)|(?:is|are|be|was|were) (?:scheduled|set|due|expected|slated|planned)|plans? to|planning to|intends? to|upcoming|due to|ahead of)\b|['’]ll\b/i;
/**
 * Right before the phrase: a present-tense verb of schedule ("Congress returns in January", "the law
 * expires in March") or an infinitive carried until a time ("agreed to keep the pause until March").
 */
const FUTURE_LEAD =
  /(?:\b(?:returns|resumes|reconvenes|convenes|begins|starts|ends|expires|opens|closes|meets|takes effect|takes office|leaves office|steps down|retires|takes place|take place|is held|are held|is due|are due)\s+(?:(?:after|before|with)\s+[a-z]+\s+)?(?:in|on|at|by)|\bto\s+[a-z]+\b[^,;:.!?]*\b(?:until|till|through))\s+$/i;
const CLAUSE_BREAK = /[,;:.!?\u201c\u201d"]/;

export function futureBefore(text: string, phraseStart: number, sentenceStart: number): boolean {
  let clause = text.slice(Math.max(sentenceStart, phraseStart - 80), phraseStart);
  for (let i = clause.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(clause[i] ?? "")) {
      clause = clause.slice(i + 1);
      break;
    }
  }
  return FUTURE_CUE.test(clause) || FUTURE_LEAD.test(clause);
}
