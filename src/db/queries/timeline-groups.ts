import { formatMonthKey } from "../../ui/format-date";
import type { EventKind, FacetOption, TimelineEvent, TimelineMonth } from "./types";

/** Pure grouping helpers for the timeline page and its exports (no database, unit-tested). */

/** The story's two theatres, offered even before an event is placed in them. */
export const STORY_THEATRES = ["Caribbean", "eastern Pacific"] as const;

export function theatreOptions(rows: { region: string | null; count: number }[]): FacetOption[] {
  const counts = new Map<string, number>(STORY_THEATRES.map((t) => [t, 0]));
  for (const r of rows) {
    if (!r.region) continue;
    for (const name of new Set(r.region.split(/ and /).map((x) => x.trim()).filter(Boolean))) counts.set(name, (counts.get(name) ?? 0) + r.count);
  }
  return [...counts].map(([value, count]) => ({ value, label: value, count }));
}

export const KIND_ORDER: EventKind[] = ["strike", "statement", "designation", "policy", "legal", "diplomatic", "historical"];

/** Groups by kind in a fixed order (the strikes first), events in date order within each. */
export function groupByKind(events: TimelineEvent[]): { key: EventKind; label: string; events: TimelineEvent[] }[] {
  return KIND_ORDER.map((k) => ({ key: k, label: k, events: events.filter((e) => e.kind === k) })).filter((g) => g.events.length > 0);
}

/**
 * Month groups in event order; a year-precision date gets its own "2025"
 * group rather than a guessed month. Groups are keyed once: a year-dated
 * event sorts among its year's first days, and must not split January in two.
 */
export function groupByMonth(events: TimelineEvent[]): TimelineMonth[] {
  const groups = new Map<string, TimelineMonth>();
  for (const e of events) {
    const key = monthKeyOf(e.when);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, label: formatMonthKey(key), events: [] }));
    group.events.push(e);
  }
  return [...groups.values()];
}

/** The month group an event falls in ("2025-09"), or its year when only the year is known. */
export function monthKeyOf(when: TimelineEvent["when"]): string {
  return when.precision === "year" ? when.date.slice(0, 4) : when.date.slice(0, 7);
}
