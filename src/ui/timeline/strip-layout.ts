import { dayNumber, type DaySpan } from "./date-span";

/**
 * Layout of the timeline strip: a date axis made of one segment per calendar
 * year that holds events (busy years wide, years with a lone mention narrow,
 * skipped stretches shown as breaks), marks placed on it in percent, and
 * lanes so marks never overlap. Pure: the component only draws the result.
 */

export type StripItem = { id: string; span: DaySpan; point: boolean };

export type StripMark = { id: string; point: boolean; left: number; width: number; lane: number };

/** `days`: the segment covers a few weeks, not whole months, and is ticked by day. */
export type StripSegment = { year: number; from: number; to: number; firstDay: number; lastDay: number; wide: boolean; days: boolean };

export type StripTick = { at: number; label: string; year: boolean };

export type StripLayout = {
  marks: StripMark[];
  segments: StripSegment[];
  /** Where the axis skips time (between non-adjacent segments), in percent. */
  breaks: number[];
  ticks: StripTick[];
  lanes: number;
};

const WIDE = 12;
const NARROW = 1;
const GAP = 0.45;
// Every mark is a link with a 24 px target (WCAG 2.5.8); on the strip's narrowest drawing (576 px) 24 px is 4.2 %.
const POINT_EXTENT = 2.2; // percent either side a point's target occupies when assigning lanes
const MIN_BAR = 4.2; // narrowest bar, in percent, for lanes (the component also draws bars at least 24px wide)
// Tick labels need room: on the narrowest drawing, at least this many px apart.
const STRIP_MIN_PX = 576;
const LABEL_PX = 30;
const DAY_LABEL_PX = 42; // room for "10 Nov"
// Events closer together than this are drawn over their weeks rather than their months.
const SHORT_DAYS = 42;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
const monthOf = (day: number) => new Date(day * 86_400_000).getUTCMonth() + 1;

export function layoutStrip(items: StripItem[]): StripLayout {
  if (items.length === 0) return { marks: [], segments: [], breaks: [], ticks: [], lanes: 0 };

  // Events touching each year, and the months they reach within it.
  const perYear = new Map<number, { count: number; first: number; last: number }>();
  for (const it of items) {
    for (let y = yearOf(it.span.first); y <= yearOf(it.span.last); y++) {
      const from = Math.max(it.span.first, dayNumber(y, 1, 1));
      const to = Math.min(it.span.last, dayNumber(y, 12, 31));
      const e = perYear.get(y);
      if (e) Object.assign(e, { count: e.count + 1, first: Math.min(e.first, from), last: Math.max(e.last, to) });
      else perYear.set(y, { count: 1, first: from, last: to });
    }
  }
  const maxCount = Math.max(...[...perYear.values()].map((e) => e.count));
  const years = [...perYear.keys()].sort((a, b) => a - b);

  // A busy year shows the months its events reach, a quiet one the whole year in a narrow slot.
  // Events within a few weeks (a page of a busy month) get just those weeks: from the Monday
  // before the first (or a week before the last, if earlier) to the last day any reaches.
  // Drawn over whole months they would huddle in a corner, and a phone, which opens the
  // strip at its latest end, would show none of them.
  type Raw = { year: number; weight: number; firstDay: number; lastDay: number; wide: boolean; days: boolean };
  const raws: Raw[] = years.map((y) => {
    const e = perYear.get(y)!;
    const wide = e.count * 3 >= maxCount;
    if (wide && e.last - e.first < SHORT_DAYS) {
      const monday = e.first - ((new Date(e.first * 86_400_000).getUTCDay() + 6) % 7);
      const firstDay = Math.max(dayNumber(y, 1, 1), Math.min(monday, e.last - 6));
      return { year: y, weight: 3, firstDay, lastDay: Math.min(dayNumber(y, 12, 31), Math.max(e.last, firstDay + 6)), wide, days: true };
    }
    const firstDay = wide ? dayNumber(y, monthOf(e.first), 1) : dayNumber(y, 1, 1);
    const lastDay = wide ? dayNumber(y, monthOf(e.last) + 1, 0) : dayNumber(y, 12, 31);
    const months = wide ? monthOf(e.last) - monthOf(e.first) + 1 : 12;
    return { year: y, weight: wide ? Math.max(3, (WIDE * Math.min(months, 12)) / 12) : NARROW, firstDay, lastDay, wide, days: false };
  });

  const gaps: boolean[] = raws.map((r, i) => i > 0 && raws[i - 1]!.lastDay + 1 !== r.firstDay);
  const total = raws.reduce((s, r) => s + r.weight, 0) + gaps.filter(Boolean).length * GAP;

  const segments: StripSegment[] = [];
  const breaks: number[] = [];
  let at = 0;
  raws.forEach((r, i) => {
    if (gaps[i]) {
      breaks.push(((at + GAP / 2) / total) * 100);
      at += GAP;
    }
    const from = (at / total) * 100;
    at += r.weight;
    segments.push({ year: r.year, from, to: (at / total) * 100, firstDay: r.firstDay, lastDay: r.lastDay, wide: r.wide, days: r.days });
  });

  /** Percent position of the start of `day` (or its end, for `day + 1` at a segment's edge). */
  const x = (day: number, end = false): number => {
    const d = Math.floor(end ? day - 1 : day);
    const seg = segments.find((s) => d >= s.firstDay && d <= s.lastDay) ?? (d < segments[0]!.firstDay ? segments[0]! : segments[segments.length - 1]!);
    const len = seg.lastDay - seg.firstDay + 1;
    const frac = Math.min(1, Math.max(0, (day - seg.firstDay) / len));
    return seg.from + frac * (seg.to - seg.from);
  };

  const placed = items.map((it) => {
    if (it.point) return { id: it.id, point: true, left: x(it.span.first + 0.5), width: 0 };
    const left = x(it.span.first);
    const right = x(it.span.last + 1, true);
    return { id: it.id, point: false, left, width: Math.max(MIN_BAR, right - left) };
  });

  // Greedy lanes: widest spans first within the same start, each mark in the first lane it fits.
  const order = [...placed].sort((a, b) => a.left - b.left || b.width - a.width || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const laneOf = new Map<string, number>();
  for (const m of order) {
    const start = m.point ? m.left - POINT_EXTENT : m.left;
    const end = m.point ? m.left + POINT_EXTENT : m.left + m.width + 0.3;
    let lane = laneEnds.findIndex((e) => e <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    laneOf.set(m.id, lane);
  }
  const marks = placed.map((m) => ({ ...m, lane: laneOf.get(m.id) ?? 0 }));

  // Month ticks where a month is wide enough to label, else quarters, else only the year; a
  // stretch of weeks is ticked by day where days have room, else by Monday ("10 Nov").
  const ticks: StripTick[] = [];
  for (const [i, s] of segments.entries()) {
    // A year too narrow for its label (and not the last) goes unlabelled rather than overprinting the next.
    if (i === segments.length - 1 || ((s.to - s.from) * STRIP_MIN_PX) / 100 >= LABEL_PX) ticks.push({ at: s.from, label: String(s.year), year: true });
    if (!s.wide) continue;
    if (s.days) {
      const dayPx = (((s.to - s.from) / (s.lastDay - s.firstDay + 1)) * STRIP_MIN_PX) / 100;
      const everyDay = dayPx >= DAY_LABEL_PX;
      for (let day = s.firstDay; day <= s.lastDay; day++) {
        const date = new Date(day * 86_400_000);
        const named = day === s.firstDay || date.getUTCDate() === 1 || !everyDay;
        if (!everyDay && (date.getUTCDay() !== 1 || dayPx * 7 < DAY_LABEL_PX)) continue;
        ticks.push({ at: x(day), label: named ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` : String(date.getUTCDate()), year: false });
      }
      continue;
    }
    const first = monthOf(s.firstDay);
    const last = monthOf(s.lastDay);
    const monthPx = (((s.to - s.from) / (last - first + 1)) * STRIP_MIN_PX) / 100;
    const step = monthPx >= LABEL_PX ? 1 : monthPx * 3 >= LABEL_PX ? 3 : 0;
    for (let m = first; step && m <= last; m++) {
      if ((m - 1) % step === 0) ticks.push({ at: x(dayNumber(s.year, m, 1)), label: MONTHS[m - 1] ?? "", year: false });
    }
  }

  return { marks, segments, breaks, ticks, lanes: laneEnds.length };
}
