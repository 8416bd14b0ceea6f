import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  chartPoints,
  describePoints,
  firstDay,
  integerTicks,
  latestByOutlet,
  OWN_REPORTING,
  seriesStyles,
  valueDomain,
  valueLabel,
} from "../../src/ui/charts/figure-points";
import { renderFigureSvg } from "../../src/ui/charts/plot-svg";
import { outlets, value } from "./claim-fixtures";

const toll = [
  value(75, outlets.nbc, "2025-11-12", { attribution: "US Department of Defense" }),
  value(76, outlets.aj, "2025-11-13"),
  value(79, outlets.wsj, "2025-11-15", { attribution: "foreign and former officials" }),
];

describe("chart points", () => {
  it("one point per value, as printed, in date order, by outlet or by source", () => {
    const byOutlet = chartPoints([...toll].reverse(), "outlet");
    expect(byOutlet.map((p) => [p.day, p.label, p.series])).toEqual([
      ["2025-11-12", "at least 75", "NBC News"],
      ["2025-11-13", "at least 76", "Al Jazeera"],
      ["2025-11-15", "at least 79", "The Wall Street Journal"],
    ]);
    expect(chartPoints(toll, "source").map((p) => p.series)).toEqual(["US Department of Defense", OWN_REPORTING, "foreign and former officials"]);
  });
  it("places a value without an as-of date at the fallback date, or leaves it out", () => {
    const undated = [value(80, outlets.aj, null)];
    expect(chartPoints(undated, "outlet")).toEqual([]);
    const p = chartPoints(undated, "outlet", { fallbackDate: () => ({ date: "2025-11", precision: "month" }) });
    expect(p[0]?.day).toBe("2025-11-01");
    expect(p[0]?.whenNote).toBe("no as-of date given; article published November 2025");
  });
  it("gives each series its own colour and symbol", () => {
    const styles = seriesStyles(chartPoints([...toll, value(81, outlets.nbc, "2025-11-16")], "outlet"));
    expect(styles.map((s) => [s.name, s.points])).toEqual([["NBC News", 2], ["Al Jazeera", 1], ["The Wall Street Journal", 1]]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(3);
    expect(new Set(styles.map((s) => s.symbol)).size).toBe(3);
  });
  it("helpers: first day, labels, ticks, domain", () => {
    expect(firstDay({ date: "2025", precision: "year" })).toBe("2025-01-01");
    expect(firstDay({ date: "2025-07-21", precision: "week" })).toBe("2025-07-21");
    expect(valueLabel(1200, null)).toBe("1,200");
    expect(integerTicks(73, 81, 4)).toEqual([74, 76, 78, 80]);
    expect(integerTicks(18, 20, 5)).toEqual([18, 19, 20]);
    expect(valueDomain([75, 76, 79])).toEqual([74, 80]);
    expect(valueDomain([0])[0]).toBe(0);
  });
  it("latest per outlet, latest first, never merged", () => {
    const latest = latestByOutlet([...toll, value(70, outlets.nbc, "2025-11-01")]);
    expect(latest.map((v) => [v.outlet.name, v.value])).toEqual([
      ["The Wall Street Journal", 79],
      ["Al Jazeera", 76],
      ["NBC News", 75],
    ]);
  });
  it("describes the chart in words", () => {
    expect(describePoints(chartPoints(toll, "outlet"), "People killed")).toMatch(/^3 reported values, earliest first: NBC News, at least 75 as of 12 Nov 2025 \(source: US Department of Defense\);/);
  });
});

describe("renderFigureSvg", () => {
  const points = chartPoints(toll, "outlet");
  const svgText = renderFigureSvg(points, seriesStyles(points), { width: 600, height: 240, fontSize: 12, title: "People killed", description: "three values", yLabel: "People killed" });
  const { document } = parseHTML(`<!doctype html><html><body>${svgText}</body></html>`);
  const svg = document.querySelector("svg")!;

  it("is an accessible SVG: role, label, title", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("People killed");
    expect(svg.querySelector("title")?.textContent).toBe("People killed. three values");
  });
  it("draws one dot per value and labels each with its qualifier", () => {
    expect(svg.querySelectorAll(".tl-value-dot > *").length).toBe(3);
    expect([...svg.querySelectorAll(".tl-value-label text")].map((t) => t.textContent)).toEqual(["at least 75", "at least 76", "at least 79"]);
    expect(svg.querySelectorAll(".tl-series-line path").length).toBe(0);
  });
  it("draws a line for a series with two or more points", () => {
    const more = chartPoints([...toll, value(81, outlets.nbc, "2025-11-16")], "outlet");
    const text = renderFigureSvg(more, seriesStyles(more), { width: 600, height: 240, fontSize: 12, title: "t", description: "d", yLabel: "y" });
    const doc = parseHTML(`<!doctype html><html><body>${text}</body></html>`).document;
    expect(doc.querySelectorAll(".tl-series-line path").length).toBe(1);
    expect(doc.querySelectorAll(".tl-value-dot > *").length).toBe(4);
  });
});
