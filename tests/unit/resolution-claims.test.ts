import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { segment } from "../../src/domain/extraction/segment";
import { parseClaimDefinitions, type ClaimDefinition } from "../../src/domain/resolution/claim-definitions";
import { claimStatus, figureClaimStatus, type StatusCitation } from "../../src/domain/resolution/claim-status";
import { anchorClaimCitations, type Citation } from "../../src/domain/resolution/claims";
import { actor, extraction, figure, quote, seed, slice } from "./resolution-fixtures";

const defs = parseClaimDefinitions(JSON.parse(readFileSync(fileURLToPath(new URL("../../seeds/claims.json", import.meta.url)), "utf8")));
const def = (slug: string): ClaimDefinition => {
  const d = defs.find((c) => c.slug === slug);
  if (!d) throw new Error(slug);
  return d;
};
const s000 = seed("000");
const s001 = seed("001");
const s002 = seed("002");
const s003 = seed("003");
const s004 = seed("004");

function cite(slug: string, text: string, parts: Parameters<typeof extraction>[1] = {}, outlet = "outlet"): Citation[] {
  const ex = extraction(text, parts);
  return anchorClaimCitations(def(slug), text, ex.segmentation, ex, { outlet: { actorKey: outlet, name: outlet } });
}

describe("seeds/claims.json", () => {
  it("validates and defines the story's claims", () => {
    expect(defs.length).toBeGreaterThanOrEqual(6);
    expect(defs.filter((d) => d.kind === "figure").map((d) => d.metric).sort()).toEqual(["killed", "strikes"]);
  });

  it("rejects malformed definitions", () => {
    expect(() => parseClaimDefinitions({ claims: [{ slug: "Bad Slug", proposition: "x", kind: "event", match: { all: [["a"]] } }] })).toThrow(/slug/);
    expect(() => parseClaimDefinitions({ claims: [{ slug: "toll", proposition: "x", kind: "figure" }] })).toThrow(/metric/);
    expect(() => parseClaimDefinitions({ claims: [{ slug: "ev", proposition: "x", kind: "event" }] })).toThrow(/match/);
    const dup = { slug: "a", proposition: "x", kind: "event", match: { all: [["a"]] } };
    expect(() => parseClaimDefinitions({ claims: [dup, dup] })).toThrow(/unique/);
  });
});

describe("anchorClaimCitations: events and assertions", () => {
  it("000: CNN's report of the UK intelligence halt, then Rubio's back-referenced denial", () => {
    const actors = [actor(s000, "cnn", "organization", ["CNN"]), actor(s000, "marco-rubio", "person", ["Marco Rubio", "Rubio"])];
    const cs = cite("uk-stopped-sharing-intelligence", s000, { actors });
    expect(cs.map((c) => [c.stance, c.attribution.actorKey, slice(s000, c)])).toEqual([
      ["supports", "cnn", "On Tuesday, CNN reported that the UK had stopped sharing intelligence on drug trafficking operations with the US"],
      ["denies", "marco-rubio", "Rubio also denied the CNN report."],
    ]);
    expect(cs[0]!.attribution.kind).toBe("media");
  });

  it("003: anonymous sources support, a direct denial denies, a refusal to comment is skipped", () => {
    const actors = [actor(s003, "marco-rubio", "person", ["Marco Rubio", "Rubio"]), actor(s003, "nbc-news", "organization", ["NBC News"])];
    const cs = cite("uk-stopped-sharing-intelligence", s003, { actors });
    expect(cs.map((c) => [c.stance, c.attribution.name, c.attribution.kind])).toEqual([
      ["supports", "sources", "anonymous"],
      ["supports", "Two sources familiar with the situation", "anonymous"],
      ["denies", "Secretary of State Marco Rubio", "named"],
    ]);
    expect(slice(s003, cs[2]!)).toBe("Secretary of State Marco Rubio on Wednesday denied reports that Britain had stopped sharing intelligence.");
    expect(cs.some((c) => slice(s003, c).includes("declined to comment"))).toBe(false);
  });

  it("international law: supporters across outlets, and 'pushed back on the criticism' as a denial", () => {
    const c000 = cite("strikes-violate-international-law", s000, { actors: [actor(s000, "marco-rubio", "person", ["Marco Rubio", "Rubio"])] });
    expect(c000.map((c) => [c.stance, c.attribution.name])).toEqual([
      ["supports", "French Foreign Minister Jean-Noel Barrot"],
      ["denies", "US Secretary of State Marco Rubio"],
    ]);
    const c004 = cite("strikes-violate-international-law", s004);
    expect(c004.map((c) => [c.stance, c.attribution.name, c.attribution.kind])).toEqual([
      ["supports", "France", "named"],
      ["supports", "outlet", "self"],
      ["supports", "French Foreign Minister Jean-Noël Barrot", "named"],
    ]);
    expect(slice(s004, c004[0]!)).toBe("France denounced the U.S. military strikes on alleged drug boats as a violation of international law.");
    // the 1989 Panama condemnation and the hypothetical about land operations are not this claim
    expect(cite("strikes-violate-international-law", s001)).toEqual([]);
  });

  it("attributes cues inside a quote to its speaker", () => {
    const bondi = { key: "pam-bondi", name: "Pam Bondi", written: "Attorney General Pam Bondi" };
    const q = quote(s002, "The United States government is doubling a reward — to $50 million — for information leading to the arrest of Mr. Maduro,", bondi);
    const cs = cite("maduro-reward-doubled", s002, { quotes: [q] });
    expect(cs).toHaveLength(1);
    expect(cs[0]!.attribution).toMatchObject({ actorKey: "pam-bondi", name: "Pam Bondi", kind: "named" });
    expect(slice(s002, cs[0]!.attribution.phrase!)).toBe("Attorney General Pam Bondi");
  });

  it("credits the outlet when the sentence carries no attribution", () => {
    const cs = cite("colombia-suspends-intelligence-sharing", s004, {}, "wsj");
    expect(cs[0]).toMatchObject({ stance: "supports", attribution: { actorKey: "wsj", kind: "self", phrase: null } });
    expect(slice(s004, cs[0]!)).toBe("Colombia has vowed to cut off intelligence cooperation with Washington.");
    expect(cs[1]!.attribution.name).toBe("Colombian President Gustavo Petro");
  });

  it("directive and designation claims in 001/002", () => {
    const d1 = cite("trump-directive-military-force-cartels", s001);
    expect(d1[0]!.attribution).toMatchObject({ name: "people familiar with the matter", kind: "anonymous", actorKey: null });
    expect(cite("trump-directive-military-force-cartels", s002).length).toBeGreaterThanOrEqual(2);
    const des = cite("cartel-de-los-soles-terrorist-designation", s002);
    expect(des.map((c) => slice(s002, c))).toEqual([
      "Most recently, the Venezuelan cartel known as Cartel de los Soles—allegedly led by President Nicolás Maduro—was also added to the list.",
    ]);
  });

  it("invented copy: negation, claim-specific deny cues, hedges, and a generic back-reference", () => {
    const text = [
      "LONDON — Britain has not stopped sharing intelligence with Washington, a Foreign Office minister told the BBC.",
      "Downing Street would not say whether Britain had suspended intelligence sharing.",
      "The Guardian reported on Monday that Britain had paused intelligence sharing on Caribbean vessels.",
      "The Ministry of Defence dismissed the report as speculation.",
    ].join("\n");
    const cs = cite("uk-stopped-sharing-intelligence", text);
    expect(cs.map((c) => [c.stance, c.attribution.name])).toEqual([
      ["denies", "a Foreign Office minister"],
      ["supports", "Guardian"],
      ["denies", "Ministry of Defence"],
    ]);
    expect(cs[0]!.attribution.sources.map((s) => s.name)).toEqual(["BBC", "a Foreign Office minister"]);
    expect(slice(text, cs[2]!)).toBe("The Ministry of Defence dismissed the report as speculation.");
  });

  it("a denial naming another outlet's report does not deny this claim", () => {
    const text = "CNN reported that Britain stopped sharing intelligence.\nSeparately, the Pentagon denied a Fox News report about troop levels.";
    const cs = cite("uk-stopped-sharing-intelligence", text);
    expect(cs.map((c) => c.stance)).toEqual(["supports"]);
  });
});

describe("anchorClaimCitations: figures", () => {
  it("one citation per figure of the claim's metric, values from the text", () => {
    const figures = [
      figure(s000, "at least 19 strikes", 19, "strikes", "at least", "2025-11-13"),
      figure(s000, "at least 76 people", 76, "killed", "at least", "2025-11-13"),
    ];
    const killed = cite("boat-strike-death-toll", s000, { figures });
    expect(killed).toHaveLength(1);
    expect(killed[0]!.figure).toEqual({ index: 1, value: 76, qualifier: "at least", asOf: "2025-11-13", asOfPrecision: "day" });
    expect(slice(s000, killed[0]!)).toBe(
      "The US military has carried out at least 19 strikes on boats allegedly transporting drugs in the Caribbean and the Pacific, killing at least 76 people.",
    );
    expect(killed[0]!.attribution.kind).toBe("self");
    const strikes = cite("boat-strike-count", s000, { figures });
    expect(strikes.map((c) => c.figure?.value)).toEqual([19]);
  });

  it("carries the attribution of the figure's sentence (003: the Pentagon)", () => {
    const figures = [figure(s003, "at least 75 people", 75, "killed", "at least", "2025-11-12")];
    const cs = cite("boat-strike-death-toll", s003, { figures, actors: [actor(s003, "pentagon", "organization", ["Pentagon"])] });
    expect(cs[0]!.attribution).toMatchObject({ actorKey: "pentagon", kind: "named" });
    expect(slice(s003, cs[0]!)).toBe("The strikes, which began in early September, have killed at least 75 people, according to the Pentagon.");
  });

  it("ignores figures whose sentence is off-topic", () => {
    const text = "A 1989 invasion of Panama killed more than 500 people.";
    const cs = cite("boat-strike-death-toll", text, { figures: [figure(text, "more than 500 people", 500, "killed", "more than", "1989")] });
    expect(cs).toEqual([]);
    const ex = extraction(text);
    expect(anchorClaimCitations(def("boat-strike-death-toll"), text, segment(text), ex)).toEqual([]);
  });
});

describe("claimStatus", () => {
  const c = (stance: "supports" | "denies", kind: "named" | "media" | "anonymous" | "self", outletKey: string, actorKey = "x"): StatusCitation => ({
    stance,
    outletKey,
    attribution: { actorKey, name: actorKey, kind, phrase: null, sources: [], parties: [] },
  });

  it("applies the documented rule", () => {
    expect(claimStatus([])).toBe("reported");
    expect(claimStatus([c("supports", "media", "aljazeera", "cnn"), c("supports", "anonymous", "nbc")])).toBe("reported");
    expect(claimStatus([c("supports", "media", "aljazeera", "cnn"), c("denies", "named", "aljazeera", "marco-rubio")])).toBe("disputed");
    expect(claimStatus([c("denies", "named", "aljazeera", "marco-rubio")])).toBe("denied");
    expect(claimStatus([c("supports", "named", "nbc", "pentagon"), c("supports", "self", "aljazeera")])).toBe("confirmed");
    expect(claimStatus([c("supports", "named", "nbc", "pentagon"), c("supports", "named", "nbc", "pentagon")])).toBe("reported");
  });

  it("gives the UK-intelligence claim 'disputed' from the seed citations", () => {
    const a000 = cite("uk-stopped-sharing-intelligence", s000, { actors: [actor(s000, "cnn", "organization", ["CNN"]), actor(s000, "marco-rubio", "person", ["Rubio"])] });
    const a003 = cite("uk-stopped-sharing-intelligence", s003);
    const all = [...a000.map((x) => ({ ...x, outletKey: "aljazeera" })), ...a003.map((x) => ({ ...x, outletKey: "nbc" }))];
    expect(claimStatus(all)).toBe("disputed");
  });
});

describe("figureClaimStatus", () => {
  it("reports growing tallies side by side without confirming any one number", () => {
    expect(
      figureClaimStatus([
        { stance: "supports", value: 75, asOf: "2025-11-12" },
        { stance: "supports", value: 76, asOf: "2025-11-13" },
        { stance: "supports", value: 79, asOf: "2025-11-15" },
      ]),
    ).toBe("reported");
  });

  it("calls different values for the same date disputed", () => {
    expect(
      figureClaimStatus([
        { stance: "supports", value: 75, asOf: "2025-11-12" },
        { stance: "supports", value: 80, asOf: "2025-11-12" },
      ]),
    ).toBe("disputed");
  });

  it("is denied when there are only denials and disputed when both", () => {
    expect(figureClaimStatus([{ stance: "denies", value: null, asOf: null }])).toBe("denied");
    expect(figureClaimStatus([{ stance: "supports", value: 3, asOf: "2025" }, { stance: "denies", value: null, asOf: null }])).toBe("disputed");
  });
});
