import { describe, expect, it } from "vitest";
import { parseTimelineViewLenient } from "../../src/db/queries/params";
import { groupByMonth } from "../../src/db/queries/timeline-groups";
import type { TimelineEvent } from "../../src/db/queries/types";
import { spanOf } from "../../src/ui/timeline/date-span";
import { layoutStrip } from "../../src/ui/timeline/strip-layout";
import { choosePage, paginate, toSections, type Group } from "../../src/ui/timeline/paginate";
import { pageLabel } from "../../src/ui/timeline/TimelinePager";

type E = { id: string };
const group = (key: string, n: number): Group<E> => ({ key, label: key, events: Array.from({ length: n }, (_, i) => ({ id: `${key}#${i}` })) });
const months = [group("1983", 1), group("2025-07", 4), group("2025-08", 2), group("2025-09", 4), group("2025-10", 1), group("2025-11", 10)];

describe("timeline pages", () => {
  it("fills from the newest end by date, keeps months whole and every event exactly once", () => {
    const pages = paginate(months, { size: 10, fill: "end" });
    expect(pages.map((p) => p.sections.map((s) => s.key))).toEqual([["1983", "2025-07"], ["2025-08", "2025-09", "2025-10"], ["2025-11"]]);
    expect(pages.map((p) => p.key)).toEqual(["1983", "2025-08", "2025-11"]);
    const ids = pages.flatMap((p) => p.sections.flatMap((s) => s.events.map((e) => e.id)));
    expect(ids).toEqual(months.flatMap((g) => g.events.map((e) => e.id)));
    for (const p of pages) expect(p.count).toBeLessThanOrEqual(10);
  });

  it("fills from the first group by kind", () => {
    const kinds = [group("strike", 6), group("statement", 3), group("legal", 5)];
    expect(paginate(kinds, { size: 10, fill: "start" }).map((p) => p.key)).toEqual(["strike", "legal"]);
  });

  it("cuts only a group larger than a page, into near-equal parts", () => {
    const parts = toSections([group("2025-11", 25)], 10);
    expect(parts.map((s) => [s.key, s.events.length, s.part, s.parts])).toEqual([
      ["2025-11", 9, 1, 3],
      ["2025-11~2", 9, 2, 3],
      ["2025-11~3", 7, 3, 3],
    ]);
    const pages = paginate([group("2025-10", 3), group("2025-11", 25)], { size: 10, fill: "end" });
    expect(pages.every((p) => p.count <= 10)).toBe(true);
    expect(pageLabel(pages[pages.length - 1]!)).toBe("Nov 2025 (3/3)");
  });

  it("opens the page holding an event, a month, or where a month with no events would fall", () => {
    const pages = paginate(months, { size: 10, fill: "end" });
    const opts = { fill: "end" as const, ordered: true };
    expect(choosePage(pages, {}, opts)).toEqual({ index: 2, found: true });
    expect(choosePage(pages, { event: "2025-07#3" }, opts)).toEqual({ index: 0, found: true });
    expect(choosePage(pages, { event: "nope" }, opts)).toEqual({ index: 2, found: false });
    expect(choosePage(pages, { page: "2025-09" }, opts)).toEqual({ index: 1, found: true });
    expect(choosePage(pages, { page: "2025-06" }, opts).index).toBe(0);
    expect(choosePage(pages, { page: "1900" }, opts).index).toBe(0);
    expect(choosePage(pages, { page: "2026-01" }, opts).index).toBe(2);
    expect(choosePage(pages, { page: "treaty" }, { fill: "start", ordered: false })).toEqual({ index: 0, found: false });
    expect(pageLabel(pages[1]!)).toBe("Aug 2025 – Oct 2025");
  });
});

describe("month groups", () => {
  const ev = (id: string, date: string, precision: TimelineEvent["when"]["precision"]) => ({ id, when: { date, precision } }) as TimelineEvent;
  it("keys each month once even when a year-dated event sorts between its days", () => {
    const groups = groupByMonth([ev("a", "2025-01-01", "day"), ev("b", "2025", "year"), ev("c", "2025-01-20", "day")]);
    expect(groups.map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
      ["2025-01", ["a", "c"]],
      ["2025", ["b"]],
    ]);
  });
});

describe("strip ticks for a page", () => {
  const d = (s: string) => spanOf({ date: s, precision: s.length === 10 ? "day" : s.length === 7 ? "month" : "year" });
  const labels = (dates: string[]) =>
    layoutStrip(dates.map((s, i) => ({ id: String(i), span: d(s), point: s.length === 10 })))
      .ticks.filter((t) => !t.year)
      .map((t) => t.label);
  it("draws a page that covers a few days over the week up to its latest, labelled by day", () => {
    expect(labels(["2025-11-11", "2025-11-12", "2025-11-13"])).toEqual(["7 Nov", "8", "9", "10", "11", "12", "13"]);
  });
  it("labels a few weeks by their Mondays, ending at the latest event", () => {
    const layout = layoutStrip(["2025-10-20", "2025-11-13"].map((s, i) => ({ id: String(i), span: d(s), point: true })));
    expect(layout.ticks.filter((t) => !t.year).map((t) => t.label)).toEqual(["20 Oct", "27 Oct", "3 Nov", "10 Nov"]);
    expect(layout.segments[0]!.lastDay).toBe(d("2025-11-13").last);
  });
  it("thins month labels where years are drawn side by side, rather than overprint them", () => {
    const ticks = labels(["1983", "1989", "1994", "2000", "2012", "2017"]);
    expect(ticks.filter((t) => t === "Feb")).toEqual([]);
    const years = layoutStrip(["1983", "1989", "1994", "2000", "2001-09", "2012", "2017"].map((s, i) => ({ id: String(i), span: d(s), point: false }))).ticks.filter((t) => t.year);
    expect(years.map((t) => t.label), "a one-month year between full ones is too narrow to label").toEqual(["1983", "1989", "1994", "2000", "2012", "2017"]);
    expect(ticks.length).toBeLessThanOrEqual(6 * 4);
  });
});

describe("timeline page settings from the URL", () => {
  it("keeps the good settings of a bad link and says what it ignored", () => {
    const r = parseTimelineViewLenient({ group: "weekly", page: "2025-09", event: "" });
    expect(r.view).toEqual({ group: "month", page: "2025-09" });
    expect(r.problems.join()).toMatch(/group/);
    expect(parseTimelineViewLenient({ page: "<script>" }).problems.join()).toMatch(/page/);
    expect(parseTimelineViewLenient({ page: "2025-11~2" }).view.page).toBe("2025-11~2");
  });
});
