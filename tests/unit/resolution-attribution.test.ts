import { describe, expect, it } from "vitest";
import type { ExtractedActor } from "../../src/domain/extraction/types";
import { findAttribution, type Attribution } from "../../src/domain/resolution/attribution";
import { actor, seed, sentenceOf, slice } from "./resolution-fixtures";

const s000 = seed("000");
const s001 = seed("001");
const s003 = seed("003");
const s004 = seed("004");

function attribute(text: string, needle: string, actors: ExtractedActor[] = []): Attribution | null {
  return findAttribution(text, sentenceOf(text, needle), actors);
}

function named(text: string, a: Attribution | null) {
  return a?.sources.map((s) => ({ name: s.name, key: s.actorKey, kind: s.kind, level: s.level, exact: slice(text, s.span) === s.name }));
}

describe("findAttribution on seed sentences", () => {
  it("coordinated outlets with a perfect-tense reporting verb", () => {
    const actors = [actor(s000, "washington-post", "organization", ["The Washington Post"]), actor(s000, "reuters", "organization", ["Reuters"])];
    const a = attribute(s000, "are immune from prosecution", actors);
    expect(slice(s000, a!.phrase)).toBe("The Washington Post and the Reuters news agency have reported");
    expect(named(s000, a)).toEqual([
      { name: "Washington Post", key: "washington-post", kind: "media", level: 0, exact: true },
      { name: "Reuters news agency", key: "reuters", kind: "media", level: 0, exact: true },
    ]);
  });

  it("the outlets reported …, citing anonymous sources: a two-level chain", () => {
    const a = attribute(s000, "the outlets reported on Wednesday");
    expect(slice(s000, a!.phrase)).toBe("the outlets reported");
    expect(named(s000, a)).toEqual([
      { name: "outlets", key: null, kind: "media", level: 0, exact: true },
      { name: "multiple sources familiar with the matter", key: null, kind: "anonymous", level: 1, exact: true },
    ]);
  });

  it("X reported that …", () => {
    const a = attribute(s000, "CNN reported that the UK", [actor(s000, "cnn", "organization", ["CNN"])]);
    expect(slice(s000, a!.phrase)).toBe("CNN reported");
    expect(a!.sources).toHaveLength(1);
    expect(a!.sources[0]).toMatchObject({ actorKey: "cnn", name: "CNN", kind: "media" });
  });

  it("according to an outlet outranks the speaker it reports on", () => {
    const actors = [actor(s000, "marco-rubio", "person", ["Marco Rubio", "Rubio"]), actor(s000, "reuters", "organization", ["Reuters"])];
    const a = attribute(s000, "pushed back on the criticism", actors);
    expect(slice(s000, a!.phrase)).toBe("according to Reuters");
    expect(a!.sources.map((s) => [s.actorKey, s.level])).toEqual([
      ["reuters", 0],
      ["marco-rubio", 1],
    ]);
  });

  it("anonymous sources told an outlet (run-together copy in 003)", () => {
    const a = attribute(s003, "Two sources familiar with the situation", [actor(s003, "nbc-news", "organization", ["NBC News"])]);
    expect(slice(s003, a!.phrase)).toBe("Two sources familiar with the situation told NBC News");
    expect(named(s003, a)).toEqual([
      { name: "NBC News", key: "nbc-news", kind: "media", level: 0, exact: true },
      { name: "Two sources familiar with the situation", key: null, kind: "anonymous", level: 1, exact: true },
    ]);
  });

  it("according to an institution, to officials of one, and to people familiar", () => {
    const p = attribute(s003, "have killed at least 75 people", [actor(s003, "pentagon", "organization", ["Pentagon"])]);
    expect(slice(s003, p!.phrase)).toBe("according to the Pentagon");
    expect(p!.sources[0]).toMatchObject({ actorKey: "pentagon", name: "Pentagon", kind: "named" });

    const sc = attribute(s004, "detained thousands of suspects", [actor(s004, "southcom", "organization", ["U.S. Southern Command"])]);
    expect(slice(s004, sc!.phrase)).toBe("according to U.S. Southern Command officials");
    expect(sc!.sources[0]).toMatchObject({ actorKey: "southcom", name: "U.S. Southern Command officials" });

    const anon = attribute(s001, "secretly signed a directive");
    expect(slice(s001, anon!.phrase)).toBe("according to people familiar with the matter");
    expect(anon!.sources).toEqual([
      { actorKey: null, name: "people familiar with the matter", span: anon!.phrase && { start: anon!.phrase.start + 13, end: anon!.phrase.end }, kind: "anonymous", level: 0 },
    ]);

    const us = attribute(s001, "secret drone flights over Mexico", [actor(s001, "united-states", "country", ["United States", "U.S."])]);
    expect(us!.sources[0]).toMatchObject({ actorKey: null, name: "U.S. officials", kind: "anonymous" });
  });

  it("skips an appositive to reach the name", () => {
    const kelly = attribute(s001, "Anna Kelly, a White House spokesperson", [actor(s001, "anna-kelly", "person", ["Anna Kelly"])]);
    expect(slice(s001, kelly!.phrase)).toBe("Anna Kelly, a White House spokesperson, said");
    expect(kelly!.sources.map((s) => s.name)).toEqual(["Anna Kelly"]);

    const kallas = attribute(s003, "Kaja Kallas, the European Union", [actor(s003, "kaja-kallas", "person", ["Kaja Kallas"])]);
    expect(kallas!.sources.map((s) => [s.name, s.level])).toEqual([
      ["NBC News", 0],
      ["Kaja Kallas", 1],
    ]);

    const mcp = attribute(s001, "The retired Rear Adm. James E. McPherson");
    expect(mcp!.sources.map((s) => s.name)).toEqual(["retired Rear Adm. James E. McPherson"]);
  });

  it("a list of sources and a subject separated from its verb by a date", () => {
    const list = attribute(s003, "Former military lawyers, legal experts");
    expect(list!.sources.map((s) => s.name)).toEqual(["Former military lawyers", "legal experts", "congressional Democrats"]);
    const rubio = attribute(s003, "on Wednesday denied reports", [actor(s003, "marco-rubio", "person", ["Marco Rubio", "Rubio"])]);
    expect(slice(s003, rubio!.phrase)).toBe("Secretary of State Marco Rubio on Wednesday denied");
    expect(rubio!.sources[0]).toMatchObject({ actorKey: "marco-rubio", name: "Secretary of State Marco Rubio" });
  });

  it("keeps modifier coordination as one source and reads passive 'by' phrases", () => {
    const depts = attribute(s001, "the Justice and State Departments announced");
    expect(depts!.sources.map((s) => s.name)).toEqual(["Justice and State Departments"]);
    const passive = attribute(s000, "has been rejected by many human rights advocates");
    expect(slice(s000, passive!.phrase)).toBe("rejected by many human rights advocates and legal experts");
  });

  it("returns null for sentences the outlet states in its own voice", () => {
    expect(attribute(s000, "The Trump administration has not released evidence")).toBeNull();
    expect(attribute(s004, "Two months into the Trump administration")).toBeNull();
  });

  it("never takes the noun 'report' for a verb", () => {
    const a = attribute(s000, "Rubio also denied the CNN report", [actor(s000, "marco-rubio", "person", ["Rubio"]), actor(s000, "cnn", "organization", ["CNN"])]);
    expect(slice(s000, a!.phrase)).toBe("Rubio also denied");
    expect(a!.sources.map((s) => s.actorKey)).toEqual(["marco-rubio"]);
  });
});

describe("findAttribution on invented copy from other outlets", () => {
  const check = (text: string, phrase: string, names: string[]) => {
    const a = findAttribution(text, { start: 0, end: text.length }, []);
    expect(a && slice(text, a.phrase)).toBe(phrase);
    expect(a!.sources.map((s) => s.name)).toEqual(names);
    for (const s of a!.sources) expect(slice(text, s.span)).toBe(s.name);
  };

  it("reads common wire and broadcast patterns", () => {
    check("The navy sank a fourth vessel on Friday, the Associated Press reported, citing two defense officials.", "the Associated Press reported", [
      "Associated Press",
      "two defense officials",
    ]);
    check("A second survivor was repatriated to Ecuador, according to a statement from the Ecuadorian foreign ministry.", "according to a statement from the Ecuadorian foreign ministry", [
      "a statement from the Ecuadorian foreign ministry",
    ]);
    check("“We will respond,” said Defence Minister Vladimir Padrino López, speaking on state television.", "said Defence Minister Vladimir Padrino López", [
      "Defence Minister Vladimir Padrino López",
    ]);
    check("Officials in Caracas have not commented, Le Monde reported on Saturday.", "Le Monde reported", ["Le Monde"]);
    check("Three people aboard were killed, two U.S. officials told The New York Times.", "two U.S. officials told The New York Times", [
      "New York Times",
      "two U.S. officials",
    ]);
  });

  it("resolves a pronoun subject to the last person named before it", () => {
    const text = "Petro spoke in Bogotá. He said the attacks were murder.";
    const petro: ExtractedActor = {
      key: "gustavo-petro",
      name: "Gustavo Petro",
      kind: "person",
      role: null,
      curated: true,
      mentions: [{ start: 0, end: 5, text: "Petro", actorKey: "gustavo-petro", method: "surname", confidence: 0.9 }],
    };
    const a = findAttribution(text, { start: 23, end: text.length }, [petro]);
    expect(a!.sources[0]).toMatchObject({ actorKey: "gustavo-petro", name: "Gustavo Petro", span: { start: 23, end: 25 } });
  });

  it("never throws on junk and out-of-range spans", () => {
    expect(findAttribution("", { start: 0, end: 10 }, [])).toBeNull();
    expect(findAttribution("said said said", { start: 5, end: 2 }, [])).toBeNull();
    expect(() => findAttribution("\ud800, said “”” according to", { start: 0, end: 30 }, [])).not.toThrow();
  });
});

describe("a list before a trailing 'officials say'", () => {
  it("stops at places: only the officials are the source", () => {
    const text = "The strikes could undercut the fight to keep drugs out of North America, Europe and Asia, foreign and former officials say.";
    const a = findAttribution(text, { start: 0, end: text.length }, []);
    expect(a?.sources.map((s) => text.slice(s.span.start, s.span.end))).toEqual(["foreign and former officials"]);
  });
});
