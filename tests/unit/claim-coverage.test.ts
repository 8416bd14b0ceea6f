import { describe, expect, it } from "vitest";
import {
  attributionSentence,
  byStance,
  coverageMatrix,
  explainStatus,
  firstSeen,
  joinNames,
  originOf,
  parseChain,
  type ChainLink,
} from "../../src/db/queries/claim-coverage";
import { citation, outlets } from "./claim-fixtures";

const link = (name: string, level: number, kind: ChainLink["kind"] = "named", actorId: string | null = null): ChainLink => ({ name, actorId, level, kind });

describe("parseChain", () => {
  it("keeps level and kind from the stored JSON and refuses malformed chains", () => {
    expect(parseChain([{ name: "Reuters", actorId: "reuters", start: 1, end: 8, kind: "media", level: 0 }])).toEqual([link("Reuters", 0, "media", "reuters")]);
    expect(parseChain([{ name: "A" }, { name: "B" }])).toEqual([link("A", 0, null), link("B", 1, null)]);
    expect(parseChain({ name: "A" })).toEqual([]);
    expect(parseChain(null)).toEqual([]);
  });
});

describe("attributionSentence", () => {
  it("credits coordinated sources at one level", () => {
    expect(attributionSentence(outlets.aj, [link("The Washington Post", 0, "media"), link("Reuters", 0, "media")])).toBe(
      "Al Jazeera, citing The Washington Post and Reuters",
    );
  });
  it("reads deeper levels as 'in turn citing'", () => {
    expect(attributionSentence(outlets.aj, [link("Reuters", 0, "media"), link("US Secretary of State Marco Rubio", 1)])).toBe(
      "Al Jazeera, citing Reuters, in turn citing US Secretary of State Marco Rubio",
    );
  });
  it("drops the outlet naming itself ('… told NBC News')", () => {
    const chain = [link("NBC News", 0, "media", "nbc-news"), link("Two sources familiar with the situation", 1, "anonymous")];
    expect(attributionSentence(outlets.nbc, chain)).toBe("NBC News, citing Two sources familiar with the situation");
    expect(originOf(outlets.nbc, chain).map((l) => l.name)).toEqual(["Two sources familiar with the situation"]);
  });
  it("says when no source is named", () => {
    expect(attributionSentence(outlets.aj, [])).toBe("Al Jazeera, on its own authority");
    expect(originOf(outlets.aj, [])).toEqual([]);
  });
  it("joins names in English", () => {
    expect(joinNames(["A"])).toBe("A");
    expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("coverageMatrix", () => {
  const cits = [
    citation("c1", outlets.nbc, "2025-11-12"),
    citation("c2", outlets.nbc, "2025-11-12", "denies"),
    citation("c3", outlets.aj, "2025-11-13"),
    citation("c4", outlets.aj, "2025-11-13", "denies"),
  ];
  it("puts outlets in rows and article dates in columns, marks in the right cells", () => {
    const m = coverageMatrix(cits);
    expect(m.columns.map((c) => c.date.date)).toEqual(["2025-11-12", "2025-11-13"]);
    expect(m.rows.map((r) => r.outlet.name)).toEqual(["NBC News", "Al Jazeera"]);
    expect(m.rows[0]!.cells.map((c) => c.map((x) => `${x.citationId}:${x.stance}`))).toEqual([["c1:supports", "c2:denies"], []]);
    expect(m.rows[1]!.cells[0]).toEqual([]);
    expect([m.rows[0]!.supports, m.rows[0]!.denies]).toEqual([1, 1]);
  });
  it("first seen is the earliest article, with same-day outlets", () => {
    const f = firstSeen([citation("x", outlets.aj, "2025-11-13"), citation("y", outlets.wsj, "2025-11-12"), citation("z", outlets.nbc, "2025-11-12")]);
    expect(f?.citation.id).toBe("y");
    expect(f?.sameDay.map((o) => o.name)).toEqual(["NBC News"]);
    expect(firstSeen([])).toBeNull();
  });
  it("splits assertions and denials", () => {
    const s = byStance(cits);
    expect(s.asserted.map((c) => c.id)).toEqual(["c1", "c3"]);
    expect(s.denied.map((c) => c.id)).toEqual(["c2", "c4"]);
  });
});

describe("explainStatus", () => {
  it("explains each status with the rule that produced it", () => {
    const sup = citation("a", outlets.nbc, "2025-11-12");
    const sup2 = citation("b", outlets.aj, "2025-11-13");
    const den = citation("d", outlets.aj, "2025-11-13", "denies");
    expect(explainStatus("event", "disputed", [sup, den], {})).toBe("Disputed: 1 citation supports it and 1 citation denies it.");
    expect(explainStatus("event", "disputed", [sup, sup2, den], {})).toBe("Disputed: 2 citations support it and 1 citation denies it.");
    expect(explainStatus("event", "denied", [den], {})).toMatch(/^Denied: 1 citation denies it and none reports it as true/);
    expect(explainStatus("event", "confirmed", [sup, sup2], { a: [link("Marco Rubio", 0)] })).toMatch(/^Confirmed: .*2 outlets/);
    const reported = explainStatus("event", "reported", [sup], { a: [link("sources", 0, "anonymous")] });
    expect(reported).toMatch(/no named party/);
    expect(reported).toMatch(/only 1 outlet/);
  });
  it("never calls a figure confirmed and names the clash behind 'disputed'", () => {
    const v = (id: string, o: { id: string; name: string }, n: number, asOf: string) =>
      citation(id, o, asOf, "supports", { value: n, asOf: { date: asOf, precision: "day" } });
    expect(explainStatus("figure", "reported", [v("1", outlets.nbc, 75, "2025-11-12"), v("2", outlets.aj, 76, "2025-11-13")], {})).toMatch(
      /^Reported: 2 values from 2 outlets.*never marked confirmed/,
    );
    expect(explainStatus("figure", "disputed", [v("1", outlets.nbc, 75, "2025-11-12"), v("2", outlets.aj, 76, "2025-11-12")], {})).toBe(
      "Disputed: outlets give different values for the same date as of 2025-11-12 (75 and 76). A figure is never marked confirmed.",
    );
  });
});
