import { describe, expect, it } from "vitest";
import { emptyRegistry, nameAt, org, runActors, spanAt } from "../support/actor-queries";
import { createRegistry } from "../../src/domain/extraction/actor-registry";

/**
 * Round three of the mention rules: the article's own outlet, datelines and
 * kickers, national bodies named through their country, longer names that hold
 * a known one, territories, companies, kin and clergy. Invented sentences about
 * invented people, papers and firms only.
 */


describe("the article's own outlet", () => {
  it("is a mention wherever its name is written, whatever its words look like", () => {
    const text = "By Ines Marlow | TideCheck\n\nThe count rose to 12, according to a tally by TideCheck. Officials spoke to TideCheck's reporters.";
    const actors = runActors(text, emptyRegistry, "TideCheck");
    expect(actors.find((a) => a.name === "TideCheck")?.mentions.length).toBe(3);
  });

  it("keeps the article of a paper named 'The X' and finds 'the X' too", () => {
    const text = "The minister told the Lantern on Monday that talks would resume.";
    expect(nameAt(runActors(text, emptyRegistry, "The Lantern"), text, "Lantern")).toBe("The Lantern");
  });

  it("does not count the masthead label opening a line", () => {
    const text = "Harbour Desk | Jan. 3, 2026\n\nThe port reopened on Friday.";
    expect(nameAt(runActors(text, emptyRegistry, "Harbour Desk"), text, "Harbour Desk")).toBeNull();
  });
});

describe("datelines and kickers", () => {
  it("reads a dateline closed by '.–' and leaves its capitals place out", () => {
    const text = "PAITA, Peru, 4 Nov (Costa Wire).– Relatives of three fishermen asked for news.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "PAITA")).toBeNull();
    expect(nameAt(actors, text, "Peru")).toBeNull();
    expect(nameAt(actors, text, "Costa Wire")).toBe("Costa Wire");
  });

  it("takes the name in a dateline's brackets as the filing agency", () => {
    const text = "LISBON, Mar 2 (Polaris) - The ministry said the vessel had sunk.";
    expect(nameAt(runActors(text), text, "Polaris")).toBe("Polaris");
  });

  it("splits a wire kicker from the headline", () => {
    const text = "EXCLUSIVE-Harbour Authority lawyers warned of exposure\n\nThe Harbour Authority declined to comment.";
    const actors = runActors(text);
    expect(spanAt(actors, text, "Harbour")).toBe("Harbour Authority");
    expect(actors.some((a) => a.name.includes("EXCLUSIVE"))).toBe(false);
  });

  it("takes a section label before a bar and a shouted phrase for no names", () => {
    const text = "VOICES | Lisbon\n\nHe wrote that they would win \"ONE STEP AT A TIME,\" and left.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "VOICES")).toBeNull();
    expect(nameAt(actors, text, "TIME")).toBeNull();
  });
});

describe("national bodies and longer names", () => {
  it("reads 'the Navy of <country>' as that country's navy", () => {
    const text = "The Navy of Peru said it had no record of the boat. Later the Navy of Peru (Marina de Guerra) confirmed it.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Navy of Peru")).toBe("Peruvian Navy");
    expect(spanAt(actors, text, "Navy of Peru", 1)).toBe("Navy of Peru");
    expect(nameAt(actors, text, "Marina de Guerra")).toBe("Peruvian Navy");
    expect(actors.some((a) => a.name === "Peru")).toBe(false);
  });

  it("lets a qualifier make a known name part of a longer one", () => {
    const reg = createRegistry([org("un-defence-council", "UN Defence Council", ["Defence Council"])]);
    const text = "A memo prepared for a National Defence Council meeting was leaked. The Defence Council met in Geneva.";
    const actors = runActors(text, reg);
    expect(spanAt(actors, text, "National")).toBe("National Defence Council");
    expect(nameAt(actors, text, "Defence Council", 1)).toBe("UN Defence Council");
  });

  it("keeps 'Royal' before a country's navy", () => {
    const text = "\"The Royal Danish Navy continues its patrols,\" she said.";
    expect(spanAt(runActors(text), text, "Royal")).toBe("Royal Danish Navy");
    const text2 = "The Royal Norway Navy sent a frigate.";
    expect(spanAt(runActors(text2), text2, "Royal")).toBe("Royal Norway Navy");
  });

  it("continues a university's name through 'at <campus>'", () => {
    const text = "said Lena Ortmann, a historian at the University of Oregon at Eugene. She teaches there.";
    expect(spanAt(runActors(text), text, "University")).toBe("University of Oregon at Eugene");
  });
});

describe("territories", () => {
  it("names a dependent territory like a country, unless it is listed as a place", () => {
    const text = "Bermuda said it would not be a launch pad. The premier visited the islands of Anguilla and Montserrat last week.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Bermuda")).toBe("Bermuda");
    expect(nameAt(actors, text, "Anguilla")).toBeNull();
    expect(nameAt(actors, text, "Montserrat")).toBeNull();
  });
});

describe("people: kin, clergy, suffixes", () => {
  it("takes the name after 'mother of' as a person", () => {
    const text = "said Rosa Quimí Lalama, mother of Darwin Pilay Lalama, of 24.";
    expect(spanAt(runActors(text), text, "Darwin")).toBe("Darwin Pilay Lalama");
  });

  it("reads 'Father' as a title", () => {
    const text = "Father Anselmo Quirós celebrated a Mass for the crew.";
    expect(spanAt(runActors(text), text, "Anselmo")).toBe("Anselmo Quirós");
  });

  it("keeps a son named with a suffix apart from his father", () => {
    const text = "Tobías Marenco Ruiz, 44, was a fisherman. Their younger son, Tobías Jr., 17, now takes the boat out.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Tobías Jr.")).toBe("Tobías Jr.");
    expect(nameAt(actors, text, "Tobías Marenco")).toBe("Tobías Marenco Ruiz");
  });
});

describe("companies, capitals, generic words", () => {
  it("reads corporate head words and company appositives", () => {
    const text = "said Ola Brenn, an analyst at Harrowgate Capital. Fenwick Energy Partners agreed. Dunmore, the only UK major still operating there, declined.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Harrowgate")).toBe("Harrowgate Capital");
    expect(nameAt(actors, text, "Fenwick")).toBe("Fenwick Energy Partners");
    expect(nameAt(actors, text, "Dunmore")).toBe("Dunmore");
  });

  it("reads a note sent to a capital as sent to its government", () => {
    const text = "The ministry sent a diplomatic note to Lima on Friday. Delegates later flew to Lima.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Lima")).toBe("Peru");
    expect(nameAt(actors, text, "Lima", 1)).toBeNull();
  });

  it("drops benchmarks and capitalised group nouns", () => {
    const text = "Brent rose 1%; WTI was flat. He wrote that \"the Drug Cartels are finished.\"";
    const actors = runActors(text);
    expect(nameAt(actors, text, "WTI")).toBeNull();
    expect(nameAt(actors, text, "Cartels")).toBeNull();
  });

  it("reads Labour as the party, not in 'Labour Secretary'", () => {
    const text = "said Ms Orla Penhale, a Labour member of the committee. Labour Secretary Tom Revell disagreed.";
    const actors = runActors(text);
    expect(nameAt(actors, text, "Labour")).toBe("Labour Party");
    expect(nameAt(actors, text, "Labour", 1)).toBeNull();
  });
});
