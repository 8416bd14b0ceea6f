import { describe, expect, it } from "vitest";
import { flattenParams, parseTimelineFiltersLenient, periodBounds, TimelineFiltersSchema } from "../../src/db/queries/params";

describe("timeline filters", () => {
  it("treats empty form fields as no filter", () => {
    expect(TimelineFiltersSchema.parse({ actor: "", outlet: " ", kind: "", from: "", to: "" })).toEqual({});
  });

  it("accepts dates at any precision and rejects impossible ones", () => {
    expect(TimelineFiltersSchema.safeParse({ from: "2025", to: "2025-11-15" }).success).toBe(true);
    expect(TimelineFiltersSchema.safeParse({ from: "2025-02-30" }).success).toBe(false);
    expect(TimelineFiltersSchema.safeParse({ from: "2025-13" }).success).toBe(false);
    expect(TimelineFiltersSchema.safeParse({ from: "Nov 2025" }).success).toBe(false);
    expect(TimelineFiltersSchema.safeParse({ from: "2025-11", to: "2025-09" }).success).toBe(false);
    expect(TimelineFiltersSchema.safeParse({ from: "2025-09-15", to: "2025-09" }).success).toBe(true);
  });

  it("covers the whole period a partial date names", () => {
    expect(periodBounds("2024-02")).toEqual({ first: new Date(Date.UTC(2024, 1, 1)), last: new Date(Date.UTC(2024, 1, 29)) });
    expect(periodBounds("2025")!.last).toEqual(new Date(Date.UTC(2025, 11, 31)));
  });

  it("keeps the valid filters of a partly bad link and reports the rest", () => {
    const r = parseTimelineFiltersLenient({ kind: "nonsense", actor: "marco-rubio" });
    expect(r.filters).toEqual({ actor: "marco-rubio" });
    expect(r.problems.join()).toMatch(/kind/);
  });

  it("flattens repeated params to the last value", () => {
    expect(flattenParams(new URLSearchParams("kind=strike&kind=legal"))).toEqual({ kind: "legal" });
    expect(flattenParams({ kind: ["strike", "legal"], q: undefined })).toEqual({ kind: "legal" });
  });
});
