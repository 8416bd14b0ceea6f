import { describe, expect, it } from "vitest";
import { segment } from "../../src/domain/extraction/segment";
import type { ArticleDate, DatePrecision } from "../../src/domain/extraction/types";
import { extractEventCandidates } from "../../src/domain/resolution/events";
import { detectRegion, mergeRegions, regionHits, regionsCompatible } from "../../src/domain/resolution/regions";
import { eventMatchScore } from "../../src/domain/resolution/same-event";
import { date, extraction } from "./resolution-fixtures";

/** Invented copy only: the rules must hold for outlets never seen. */
const published: ArticleDate = { date: "2025-11-20", precision: "day", approximate: false };

/** Regions of the event candidates of `text`, each date phrase given as [phrase, value, precision]. */
function regions(text: string, dates: [string, string, DatePrecision][]) {
  const x = extraction(text, { dates: dates.map(([phrase, value, precision]) => date(text, phrase, value, precision)) });
  return extractEventCandidates(text, x, published).map((e) => [e.kind, e.region]);
}

describe("seas and coasts named in a sentence", () => {
  it("reads seas, most specific first, a bare Pacific beside the Caribbean being the eastern Pacific", () => {
    expect(detectRegion("strikes in the Caribbean and the Pacific")).toBe("Caribbean and eastern Pacific");
    expect(detectRegion("in the Caribbean and eastern Pacific")).toBe("Caribbean and eastern Pacific");
    expect(detectRegion("in the East Pacific")).toBe("eastern Pacific");
    expect(detectRegion("a destroyer sailed into the Pacific")).toBe("Pacific");
    expect(detectRegion("off Colombia's Pacific coast")).toBe("eastern Pacific");
    expect(detectRegion("in Washington")).toBeNull();
  });

  it("places coasts that lie on one sea only, and only in words about a coast", () => {
    expect(detectRegion("a vessel off the coast of Venezuela")).toBe("Caribbean");
    expect(detectRegion("a boat near the Venezuelan coast")).toBe("Caribbean");
    expect(detectRegion("in international waters off Ecuador")).toBe("eastern Pacific");
    expect(detectRegion("a launch off the northern coast of Peru")).toBe("eastern Pacific");
    expect(detectRegion("boats struck off the coast of Guerrero state")).toBe("eastern Pacific");
    expect(detectRegion("a skiff in Trinidad's waters")).toBe("Caribbean");
    // Two coasts: a country alone does not say which sea.
    expect(detectRegion("international waters off the coast of Colombia")).toBeNull();
    expect(detectRegion("a boat off Mexico")).toBeNull();
    expect(detectRegion("a boat off Guatemala")).toBeNull();
    // A country that is not a coast.
    expect(detectRegion("Venezuelan officials condemned the strike")).toBeNull();
    expect(detectRegion("a fisherman from Guerrero state")).toBeNull();
  });

  it("does not take islands, nations or other oceans' names for waters", () => {
    expect(detectRegion("after visiting the Caribbean islands of Bonaire and Saba")).toBeNull();
    expect(detectRegion("Caribbean leaders met in Nassau")).toBeNull();
    expect(detectRegion("the Indo-Pacific strategy and the Asia-Pacific summit")).toBeNull();
    expect(detectRegion("the Pacific Fleet")).toBeNull();
  });

  it("tells seas named beside the strikes from seas named for something else", () => {
    const text = "Smuggling via the Caribbean has grown. Navy gunboats struck two launches in the Caribbean on Monday.";
    const hits = segment(text).sentences.flatMap((s) => regionHits(text, s));
    expect(hits.map((h) => [h.name, h.nearStrike])).toEqual([
      ["Caribbean", false],
      ["Caribbean", true],
    ]);
  });
});

describe("an event's theatre", () => {
  it("comes from the event's own sentence first", () => {
    expect(regions("On Monday, US forces struck a skiff off the coast of Venezuela, killing four.", [["On Monday", "2025-11-17", "day"]])).toEqual([
      ["strike", "Caribbean"],
    ]);
  });

  it("then from its paragraph, or from later sentences about the same strike", () => {
    const paragraph = "US forces struck a fast boat on Monday, killing three men. It was the third strike in the eastern Pacific this week.";
    expect(regions(paragraph, [["on Monday", "2025-11-17", "day"]])).toEqual([["strike", "eastern Pacific"]]);
    const nearby =
      "US forces struck a fast boat on Monday, killing three men, a regional commander said.\nThe attack took place about 30 miles off the coast of Peru.";
    expect(regions(nearby, [["on Monday", "2025-11-17", "day"]])).toEqual([["strike", "eastern Pacific"]]);
  });

  it("is unknown when the strike's place names a two-coast country only", () => {
    const text =
      "US forces struck a fast boat on Monday, killing three men.\nThe strike took place in international waters off the coast of Colombia.\nUS strikes have hit boats in the Caribbean and the eastern Pacific since the summer.";
    expect(regions(text, [["on Monday", "2025-11-17", "day"]])).toEqual([["strike", null]]);
  });

  it("ignores sentences about another day's strike", () => {
    const text = "US forces struck a fast boat on Monday, killing three men. On Friday, a strike in the eastern Pacific killed two.\nSenators asked for the legal basis.";
    const r = regions(text, [
      ["on Monday", "2025-11-17", "day"],
      ["On Friday", "2025-11-14", "day"],
    ]);
    // The Friday strike is in the eastern Pacific; Monday's boat, for all the text says, could be anywhere that article names.
    expect(r).toEqual([
      ["strike", "eastern Pacific"],
      ["strike", "eastern Pacific"],
    ]);
    const twoSeas =
      "US forces struck a fast boat on Monday, killing three men. On Friday, a strike in the eastern Pacific killed two.\nEarlier raids were in the Caribbean, where the campaign began.";
    expect(regions(twoSeas, [["on Monday", "2025-11-17", "day"], ["On Friday", "2025-11-14", "day"]])).toEqual([
      ["strike", null],
      ["strike", "eastern Pacific"],
    ]);
  });

  it("falls back to the article's theatre when it names only one for strikes", () => {
    const text =
      "Navy vessels destroyed a boat on Sunday, killing four people, the ministry said.\nThe government has counted nine attacks on boats in the Caribbean since September.\nVisitors to the Caribbean islands of the region were unaffected.";
    expect(regions(text, [["on Sunday", "2025-11-16", "day"]])).toEqual([["strike", "Caribbean"]]);
  });

  it("gives the campaign every theatre the article names for strikes", () => {
    const text =
      "The strikes, which began in September, have killed at least 60 people.\nThe campaign has hit boats in the Caribbean.\nLater, vessels were struck off Ecuador as well.";
    expect(regions(text, [["in September", "2025-09", "month"]])).toEqual([["strike", "Caribbean and eastern Pacific"]]);
  });

  it("keeps a roundup's stories apart", () => {
    const text =
      "MANAGUA (Wire) — Officials counted boats destroyed in the eastern Pacific since October.\n---\nKINGSTON (Wire) — Debris from two boats struck on Tuesday washed ashore in the area.";
    expect(regions(text, [["on Tuesday", "2025-11-18", "day"]])).toEqual([["strike", null]]);
  });

  it("tags other events about a strike from their own sentence only, and never history", () => {
    const text =
      "On Thursday, the president recalled the ambassador after a strike in the Caribbean killed three fishermen.\nOn Friday, the minister denounced the raids.\nIn 1983, troops invaded the island, in the Caribbean, after a strike on a barracks.";
    expect(
      regions(text, [
        ["On Thursday", "2025-11-13", "day"],
        ["On Friday", "2025-11-14", "day"],
        ["In 1983", "1983", "year"],
      ]),
    ).toEqual([
      ["diplomatic", "Caribbean"],
      ["diplomatic", null],
      ["historical", null],
    ]);
  });
});

describe("regions of one event from several sources", () => {
  it("unites them, the specific eastern Pacific replacing a bare Pacific", () => {
    expect(mergeRegions("Pacific", "eastern Pacific")).toBe("eastern Pacific");
    expect(mergeRegions("eastern Pacific", "Pacific")).toBe("eastern Pacific");
    expect(mergeRegions("Caribbean", "eastern Pacific")).toBe("Caribbean and eastern Pacific");
    expect(mergeRegions("Caribbean and eastern Pacific", "Caribbean")).toBe("Caribbean and eastern Pacific");
    expect(mergeRegions(null, "Caribbean")).toBe("Caribbean");
    expect(mergeRegions(null, null)).toBeNull();
  });

  it("counts a Pacific and an eastern Pacific report as compatible, two seas as not", () => {
    expect(regionsCompatible("Pacific", "eastern Pacific")).toBe(true);
    expect(regionsCompatible("Caribbean and eastern Pacific", "Caribbean")).toBe(true);
    expect(regionsCompatible(null, "Caribbean")).toBe(true);
    expect(regionsCompatible("Caribbean", "eastern Pacific")).toBe(false);
    const strike = { kind: "strike" as const, date: { date: "2025-11-17", precision: "day" as const, approximate: false }, titleText: "US forces struck a boat", actorKeys: [] };
    expect(eventMatchScore({ ...strike, region: "Caribbean" }, { ...strike, region: "eastern Pacific" })).toBeLessThan(
      eventMatchScore({ ...strike, region: "Pacific" }, { ...strike, region: "eastern Pacific" }),
    );
  });
});
