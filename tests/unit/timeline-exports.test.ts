import { describe, expect, it } from "vitest";
import { atomFeed, tagUri, xmlEscape } from "../../src/app/api/export/_lib/atom";
import { csvField, parseCsv, toCsv } from "../../src/app/api/export/_lib/csv";
import { TIMELINE_COLUMNS, timelineJs, timelineRows } from "../../src/app/api/export/_lib/rows";
import { TimelineFiltersSchema } from "../../src/db/queries/params";
import { groupByKind, theatreOptions } from "../../src/db/queries/timeline-groups";
import type { DatePrecision, EventSourceRef, TimelineEvent } from "../../src/db/queries/types";
import { dayNumber, firstReporters, isoDay, overlapsRange, spanOf, timelineJsDates } from "../../src/ui/timeline/date-span";
import { layoutStrip } from "../../src/ui/timeline/strip-layout";

function source(id: string, outlet: string, date: string, precision: DatePrecision = "day", text = `Words from ${outlet}, "quoted", here.`): EventSourceRef {
  return {
    id,
    articleId: `a-${id}`,
    start: 0,
    end: text.length,
    excerpt: text,
    title: { articleId: `a-${id}`, start: 0, end: 5, excerpt: text.slice(0, 5) },
    datePhrase: null,
    article: {
      id: `a-${id}`,
      title: `Article ${id}`,
      outlet: { id: outlet.toLowerCase(), name: outlet },
      published: { date, precision, basis: "stated", note: null, evidence: null },
    },
  };
}

function event(id: string, date: string, precision: DatePrecision, sources: EventSourceRef[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, kind: "strike", when: { date, precision }, region: null, title: sources[0]?.title ?? null, actors: [], sources, quoteId: null, ...extra };
}

describe("date spans", () => {
  it("covers a day, a week (Monday to Sunday), a month and a year", () => {
    const iso = (v: Parameters<typeof spanOf>[0]) => {
      const s = spanOf(v);
      return [isoDay(s.first), isoDay(s.last)];
    };
    expect(iso({ date: "2025-11-11", precision: "day" })).toEqual(["2025-11-11", "2025-11-11"]);
    expect(iso({ date: "2025-07-21", precision: "week" })).toEqual(["2025-07-21", "2025-07-27"]);
    expect(iso({ date: "2025-02", precision: "month" })).toEqual(["2025-02-01", "2025-02-28"]);
    expect(iso({ date: "2024-02", precision: "month" })).toEqual(["2024-02-01", "2024-02-29"]);
    expect(iso({ date: "2025", precision: "year" })).toEqual(["2025-01-01", "2025-12-31"]);
  });

  it("overlaps a from/to range when any day of the period does", () => {
    expect(overlapsRange({ date: "2025-09", precision: "month" }, { from: "2025-09-15" })).toBe(true);
    expect(overlapsRange({ date: "2025-09", precision: "month" }, { from: "2025-10" })).toBe(false);
    expect(overlapsRange({ date: "2025-07-21", precision: "week" }, { to: "2025-07-27" })).toBe(true);
    expect(overlapsRange({ date: "2025-07-21", precision: "week" }, { to: "2025-07-20" })).toBe(false);
  });

  it("writes TimelineJS dates only as precise as known", () => {
    expect(timelineJsDates({ date: "2025-09", precision: "month" })).toEqual({ start_date: { year: 2025, month: 9 } });
    expect(timelineJsDates({ date: "2025", precision: "year" })).toEqual({ start_date: { year: 2025 } });
    expect(timelineJsDates({ date: "2025-11-11", precision: "day" })).toEqual({ start_date: { year: 2025, month: 11, day: 11 } });
    expect(timelineJsDates({ date: "2025-12-29", precision: "week" })).toEqual({
      start_date: { year: 2025, month: 12, day: 29 },
      end_date: { year: 2026, month: 1, day: 4 },
    });
  });
});

describe("first reporters", () => {
  it("is the earliest publication", () => {
    const a = source("1", "NBC News", "2025-11-12");
    const b = source("2", "Al Jazeera", "2025-11-13");
    expect(firstReporters([b, a]).map((s) => s.id)).toEqual(["1"]);
  });
  it("keeps every source that may be earliest: same day, or a coarser date that overlaps", () => {
    const a = source("1", "NBC News", "2025-11-12");
    const b = source("2", "Al Jazeera", "2025-11-12");
    expect(firstReporters([a, b])).toHaveLength(2);
    const month = source("3", "Caliber.Az", "2025-08", "month");
    const day = source("4", "WLRN", "2025-08-08");
    expect(firstReporters([month, day]).map((s) => s.id).sort()).toEqual(["3", "4"]);
    expect(firstReporters([])).toEqual([]);
  });
});

describe("filters", () => {
  it("accepts a theatre and rejects what is not a region name", () => {
    expect(TimelineFiltersSchema.parse({ region: "eastern Pacific", kind: "" })).toEqual({ region: "eastern Pacific" });
    expect(TimelineFiltersSchema.safeParse({ region: "<script>" }).success).toBe(false);
  });
  it("counts theatres from regions, a joined region for each part, and always offers the story's two", () => {
    expect(theatreOptions([{ region: "Caribbean and eastern Pacific", count: 2 }, { region: "Caribbean", count: 1 }, { region: null, count: 9 }])).toEqual([
      { value: "Caribbean", label: "Caribbean", count: 3 },
      { value: "eastern Pacific", label: "eastern Pacific", count: 2 },
    ]);
    expect(theatreOptions([]).map((o) => o.count)).toEqual([0, 0]);
  });
  it("groups by kind, strikes first, dates kept in order", () => {
    const evs = [event("a", "2025-01", "month", [], { kind: "policy" }), event("b", "2025-09", "month", []), event("c", "2025-10", "month", [])];
    expect(groupByKind(evs).map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
      ["strike", ["b", "c"]],
      ["policy", ["a"]],
    ]);
  });
});

describe("strip layout", () => {
  const d = (s: string) => spanOf({ date: s, precision: s.length === 10 ? "day" : s.length === 7 ? "month" : "year" });
  it("draws a day as a point and a month as a bar covering it, in order on the axis", () => {
    const { marks, lanes } = layoutStrip([
      { id: "sep", span: d("2025-09"), point: false },
      { id: "nov11", span: d("2025-11-11"), point: true },
    ]);
    const sep = marks.find((m) => m.id === "sep")!;
    const nov = marks.find((m) => m.id === "nov11")!;
    expect(sep.point).toBe(false);
    expect(sep.width).toBeGreaterThan(20);
    expect(nov.point).toBe(true);
    expect(nov.width).toBe(0);
    expect(nov.left).toBeGreaterThan(sep.left + sep.width);
    expect(lanes).toBe(1);
  });
  it("stacks overlapping marks in lanes and puts quiet, distant years in narrow segments with a break", () => {
    const items = [
      { id: "y1983", span: d("1983"), point: false },
      ...["2025-11-10", "2025-11-11", "2025-11-11", "2025-09", "2025-10"].map((s, i) => ({ id: `e${i}`, span: d(s), point: s.length === 10 })),
    ];
    const layout = layoutStrip(items);
    const lanesOf = (ids: string[]) => ids.map((id) => layout.marks.find((m) => m.id === id)!.lane);
    expect(new Set(lanesOf(["e0", "e1", "e2"])).size).toBe(3);
    expect(layout.segments.map((s) => [s.year, s.wide])).toEqual([
      [1983, false],
      [2025, true],
    ]);
    expect(layout.breaks).toHaveLength(1);
    const [narrow, wide] = layout.segments;
    expect(narrow!.to - narrow!.from).toBeLessThan((wide!.to - wide!.from) / 3);
    for (const m of layout.marks) expect(m.left + m.width).toBeLessThanOrEqual(100.0001);
    expect(layout.ticks.filter((t) => !t.year).map((t) => t.label)).toEqual(["Sep", "Oct", "Nov"]);
  });
  it("is empty without events", () => {
    expect(layoutStrip([])).toEqual({ marks: [], segments: [], breaks: [], ticks: [], lanes: 0 });
    expect(dayNumber(1970, 1, 2)).toBe(1);
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and round-trips exact text", () => {
    expect(csvField('say "no", then')).toBe('"say ""no"", then"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(null)).toBe("");
    expect(csvField(false)).toBe("false");
    const csv = toCsv(["a", "b"] as const, [{ a: 'x,"y"', b: "é\r\nz" }, { a: 1, b: null }]);
    expect(csv.startsWith("a,b\r\n")).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(parseCsv(csv)).toEqual([["a", "b"], ['x,"y"', "é\r\nz"], ["1", ""]]);
  });

  it("writes one timeline row per source, the earliest marked first, with exact excerpts", () => {
    const e = event("ev1", "2025-09", "month", [source("1", "NBC News", "2025-11-12"), source("2", "Al Jazeera", "2025-11-13")]);
    const rows = timelineRows([e], "https://x.test");
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.outlet, r.sourceRank, r.firstReported])).toEqual([
      ["NBC News", 1, true],
      ["Al Jazeera", 2, false],
    ]);
    expect(rows[0]!.excerpt).toBe(e.sources[0]!.excerpt);
    expect([rows[0]!.periodStart, rows[0]!.periodEnd, rows[0]!.dateLabel]).toEqual(["2025-09-01", "2025-09-30", "September 2025"]);
    const parsed = parseCsv(toCsv(TIMELINE_COLUMNS, rows));
    expect(parsed[0]).toEqual([...TIMELINE_COLUMNS]);
    expect(parsed[1]![TIMELINE_COLUMNS.indexOf("excerpt")]).toBe(e.sources[0]!.excerpt);
  });

  it("writes TimelineJS events with the kind as group and the source words as headline", () => {
    const tl = timelineJs([event("ev1", "2025-09", "month", [source("1", "NBC <News>", "2025-11-12")])], "T", "https://x.test");
    expect(tl.events[0]).toMatchObject({ start_date: { year: 2025, month: 9 }, group: "strike", unique_id: "ev1", display_date: "September 2025" });
    expect(tl.events[0]!.start_date).not.toHaveProperty("day");
    expect(tl.events[0]!.text.text).toContain("NBC &lt;News&gt;");
  });
});

describe("Atom", () => {
  it("escapes text and mints tag: URIs", () => {
    expect(xmlEscape(`a < b & "c"`)).toBe("a &lt; b &amp; &quot;c&quot;");
    expect(tagUri("example.org", "event/1")).toBe("tag:example.org,2025:event/1");
    const xml = atomFeed({
      title: "T",
      subtitle: "S",
      selfHref: "https://example.org/feed.xml?kind=strike&region=Caribbean",
      alternateHref: "https://example.org/timeline",
      authority: "example.org",
      entries: [
        { key: "event/1", title: "One", href: "https://example.org/timeline#e-1", updated: new Date("2025-11-13T10:00:00Z"), summary: "“Words” & more", category: "strike" },
        { key: "claim/c", title: "Two", href: "https://example.org/claims/c", updated: new Date("2025-11-14T10:00:00Z"), summary: "x", category: "claim" },
      ],
    });
    expect(xml).toContain("<updated>2025-11-14T10:00:00.000Z</updated>");
    expect(xml).toContain('href="https://example.org/feed.xml?kind=strike&amp;region=Caribbean"');
    expect(xml).toContain("<summary type=\"text\">“Words” &amp; more</summary>");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
