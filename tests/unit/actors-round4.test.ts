import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/domain/extraction/actor-registry";
import { extractActors } from "../../src/domain/extraction/actors";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedActor } from "../../src/domain/extraction/types";

/** Round four: a country's possessive inside its institution's mention; posts named by their place. Invented text. */
const empty = createRegistry([]);
function run(text: string): ExtractedActor[] {
  const actors = extractActors(text, segment(text), empty);
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}
const spans = (actors: ExtractedActor[]) => actors.flatMap((a) => a.mentions.map((m) => `${m.text} -> ${a.name}`));

describe("a country's possessive before its institution", () => {
  it("is part of the institution's mention, named after the country", () => {
    const text = "Chile's Ministry of Maritime Affairs said on Monday it had opened an inquiry. The Ministry of Maritime Affairs gave no names.";
    const s = spans(run(text));
    expect(s).toContain("Chile's Ministry of Maritime Affairs -> Chilean Ministry of Maritime Affairs");
    expect(s.some((x) => x.startsWith("Chile ->"))).toBe(false);
  });
  it("leaves a country followed by something else alone", () => {
    const s = spans(run("Officials said Chile's position had not changed since March."));
    expect(s).toContain("Chile -> Chile");
  });
});

describe("a post named by its place", () => {
  it("takes the place after 'in' into the embassy's name", () => {
    const text = "The Norwegian Embassy in Santo Domingo declined to comment. The Embassy of Chile in Port of Spain said it was monitoring.";
    const s = spans(run(text));
    expect(s).toContain("Norwegian Embassy in Santo Domingo -> Norwegian Embassy in Santo Domingo");
    expect(s).toContain("Embassy of Chile in Port of Spain -> Embassy of Chile in Port of Spain");
  });
  it("takes 'the' region into a command's name", () => {
    const s = spans(run("A spokesman said the Armed Forces in the Azores remained on alert."));
    expect(s).toContain("Armed Forces in the Azores -> Armed Forces in the Azores");
  });
});
