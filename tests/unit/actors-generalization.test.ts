import { describe, expect, it } from "vitest";
import { createRegistry, type KnownActor } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedActor } from "../../src/domain/extraction/types";

/** Invented sentences only: each test names one general rule of actor extraction. */
const empty = createRegistry([]);
const org = (key: string, name: string, aliases: string[]): KnownActor => ({ key, name, kind: "organization", role: null, aliases, curated: true });
const registry = createRegistry([
  org("us-navy", "US Navy", ["Navy", "U.S. Navy"]),
  org("us-coast-guard", "US Coast Guard", ["Coast Guard", "U.S. Coast Guard"]),
]);

function run(text: string, reg = empty): ExtractedActor[] {
  const actors = extractActors(text, segment(text), reg);
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}
const nameAt = (actors: ExtractedActor[], text: string, word: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  return actors.find((a) => a.mentions.some((m) => m.start <= at && at < m.end))?.name ?? null;
};
const names = (actors: ExtractedActor[]) => actors.map((a) => a.name);

describe("unknown people after titles and roles", () => {
  it("keeps a senator's state out of the name", () => {
    const text = "\u201cWe need a vote,\u201d said Sen. Harold Quennell of Vermont, a member of the panel. Sen. Ada Brisk of New Mexico disagreed.";
    const actors = run(text);
    expect(names(actors)).toEqual(expect.arrayContaining(["Harold Quennell", "Ada Brisk"]));
    expect(nameAt(actors, text, "Vermont")).toBeNull();
    expect(nameAt(actors, text, "Mexico")).toBeNull();
  });

  it("reads party-state tags as description", () => {
    const text = "Sen. Lorna Vickery, R-Idaho, said the briefing was thin. Rep. Cal Dunmore, D-Ore., agreed.";
    const actors = run(text);
    expect(names(actors)).toEqual(expect.arrayContaining(["Lorna Vickery", "Cal Dunmore"]));
    expect(names(actors).some((n) => /Idaho|Ore/.test(n))).toBe(false);
  });

  it("takes a lowercase role before a name as a title, hyphenated and accented names included", () => {
    const text = "Agency press secretary Bertil Osgood read a statement. Kenya's foreign minister, Ámbar Otieno-Wekesa, called it unlawful.";
    const actors = run(text);
    expect(nameAt(actors, text, "Bertil")).toBe("Bertil Osgood");
    expect(nameAt(actors, text, "Ámbar")).toBe("Ámbar Otieno-Wekesa");
  });

  it("takes an age appositive as evidence of a person, and links a given name used alone", () => {
    const text = "The crew \u2013 Tadeo Quispe, 27, and Ovidio Mamani, 33 \u2013 left at dawn. Tadeo's brother said he could not swim.";
    const actors = run(text);
    expect(nameAt(actors, text, "Tadeo Quispe")).toBe("Tadeo Quispe");
    expect(nameAt(actors, text, "Ovidio")).toBe("Ovidio Mamani");
    expect(nameAt(actors, text, "Tadeo", 1)).toBe("Tadeo Quispe");
  });
});

describe("non-actors", () => {
  it("never reads a time zone as an organization", () => {
    const text = "Updated 10:42 a.m. ET\n\n9:15 p.m. GMT\nThe ministry said at 0900 UTC that talks had ended.";
    expect(run(text).map((a) => a.name)).not.toEqual(expect.arrayContaining(["ET"]));
    expect(names(run(text)).some((n) => /^(?:ET|GMT|UTC)$/.test(n))).toBe(false);
  });

  it("does not make a designation label an organization", () => {
    const text = "Officials said the boat was run by a Designated Terrorist Organization and a Foreign Terrorist Organization.";
    expect(names(run(text)).some((n) => /Organization/.test(n))).toBe(false);
  });

  it("keeps countries and capitals inside place and institution names", () => {
    const text = "Tankers crossed the Gulf of Guinea. A researcher at King's College London said shipping had slowed.";
    const actors = run(text);
    expect(nameAt(actors, text, "London")).not.toBe("United Kingdom");
    expect(names(actors)).not.toContain("Guinea");
  });

  it("reads a place in a byline as the writer's location", () => {
    const text = "By Imelda Corr, Evening Courier, Lima\n\nPeru said the strike was illegal.";
    const actors = run(text);
    expect(run(text).find((a) => a.name === "Peru")?.mentions.map((m) => m.text)).toEqual(["Peru"]);
    expect(text.indexOf("Lima")).toBeGreaterThan(0);
    expect(nameAt(actors, text, "Lima")).toBeNull();
  });
});

describe("national bodies in context", () => {
  it("gives a demonym's body to that country, and a later bare form to the latest one named", () => {
    const text = "The Peruvian Navy said it found debris. A U.S. Coast Guard cutter helped. Later the Navy said two men survived.";
    const actors = run(text, registry);
    expect(nameAt(actors, text, "Peruvian Navy")).toBe("Peruvian Navy");
    expect(nameAt(actors, text, "Navy", 1)).toBe("Peruvian Navy");
    expect(nameAt(actors, text, "Coast Guard")).toBe("US Coast Guard");
  });

  it("reads a possessive country's lower-case body as one mention of the body, which sets the context", () => {
    const text = "Chile's navy said the search would resume. Hours later the Navy reported a second survivor.";
    const actors = run(text, registry);
    expect(nameAt(actors, text, "Chile's navy")).toBe("Chilean Navy");
    expect(nameAt(actors, text, "Navy")).toBe("Chilean Navy");
  });

  it("leaves a bare body with no other country's body named to the registry", () => {
    const text = "The Navy said the destroyer had returned to port.";
    expect(nameAt(run(text, registry), text, "Navy")).toBe("US Navy");
  });

  it("names a committee after the chamber of the legislator it is attached to", () => {
    const text = "Sen. Oren Vale, who sits on the Appropriations Committee, objected.\n\nThe Appropriations Committee meets Friday.";
    const actors = run(text);
    expect(nameAt(actors, text, "Appropriations", 0)).toBe("Senate Appropriations Committee");
    expect(nameAt(actors, text, "Appropriations", 1)).toBe("Senate Appropriations Committee");
  });
});

describe("short forms and shared surnames", () => {
  it("makes a parenthesised short form an alias of the name before it", () => {
    const text = "The Ministry of Fisheries (MoF) said it would investigate. The MoF later declined to comment.";
    const actors = run(text);
    expect(nameAt(actors, text, "MoF", 0)).toBe("Ministry of Fisheries");
    expect(nameAt(actors, text, "MoF", 1)).toBe("Ministry of Fisheries");
  });

  it("reads an unknown capitalised acronym that reports as an organization", () => {
    const text = "The group said it had no comment. KMPR said the vessel was unarmed.";
    expect(run(text).find((a) => a.name === "KMPR")?.kind).toBe("organization");
  });

  it("ties a bare shared surname to the one who spoke", () => {
    const text = "Odile Farrant said her son, Jules Farrant, had gone out to fish.\n\n\u201cHe never came home,\u201d Farrant said.";
    const actors = run(text);
    expect(nameAt(actors, text, "Farrant", 2)).toBe("Odile Farrant");
  });
});
