/** Figure rules that must hold on any outlet's copy. Every sentence here is invented. */
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/domain/extraction/dates";
import { extractFigures } from "../../src/domain/extraction/figures";
import { parseCardinal } from "../../src/domain/extraction/figures/number-words";
import { segment } from "../../src/domain/extraction/segment";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

/** "text|value|kind|qualifier" per figure, in order. */
function brief(text: string): string[] {
  const seg = segment(text);
  const pub = parsePublicationDate("2025-11-20");
  const out = extractFigures(text, seg, extractDates(text, seg, pub), pub);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out.map((f) => `${f.text}|${f.value}|${f.kind}|${f.qualifier ?? ""}`);
}

describe("number words and counted nouns", () => {
  it("reads number words opening a sentence, with a modifier such as 'male'", () => {
    expect(brief("Nine male crew members were killed in the blast.")).toEqual(["Nine male crew members|9|killed|"]);
    expect(brief("Four people were killed when the launch exploded.")).toEqual(["Four people|4|killed|"]);
  });

  it("reads counts inside a quoted post", () => {
    expect(brief('The senator wrote: "Four more boats. Seven more people dead. Still no vote."')).toEqual([
      "Four more boats|4|vessels|",
      "Seven more people|7|killed|",
    ]);
  });

  it("counts boats as struck unless they rescue, patrol or belong to a fleet", () => {
    expect(brief("The admiral said the two boats were carrying cocaine.")).toEqual(["two boats|2|vessels|"]);
    expect(brief("The coast guard sent two boats to rescue the crew.")).toEqual(["two boats|2|other|"]);
  });

  it("reads 'N dozen'", () => {
    expect(parseCardinal("two dozen")).toBe(24);
    expect(parseCardinal("3 dozen")).toBe(36);
    expect(brief("The tally now stands at more than three dozen strikes.")).toEqual(["more than three dozen strikes|36|strikes|more than"]);
  });

  it("reads a bare count whose dead are named earlier in the sentence", () => {
    expect(brief("The number of people killed in the campaign has risen to nearly 70.")).toEqual(["nearly 70|70|killed|nearly"]);
  });

  it("reads 'one of N strikes' as N strikes", () => {
    expect(brief("The raid was one of five strikes carried out that week.")).toEqual(["five strikes|5|strikes|"]);
  });

  it("reads people pulled from the water as survivors", () => {
    expect(brief("Three men pulled from the water overnight are in hospital.")).toEqual(["Three men|3|survivors|"]);
  });
});

describe("ordinals", () => {
  it("counts the Nth strike from the third on, after 'the' or 'its'", () => {
    expect(brief("It was the 14th strike of the campaign.")).toEqual(["14th strike|14|strikes|"]);
    expect(brief("The navy carried out its 9th strike on Friday.")).toEqual(["9th strike|9|strikes|"]);
  });

  it("does not count a second or follow-up strike on the same boat", () => {
    expect(brief("Minutes later, the second strike hit the wreckage.")).toEqual([]);
    expect(brief("A second strike killed two men clinging to the hull.")).toEqual(["two men|2|killed|"]);
    expect(brief("A follow-up strike sank the boat.")).toEqual([]);
  });

  it("counts a second strike when the text makes it a tally", () => {
    expect(brief("It was the second strike since Monday.")).toEqual(["second strike|2|strikes|"]);
    expect(brief("It was the second such strike this month.")).toEqual(["second such strike|2|strikes|"]);
  });
});

describe("counts whose noun is elided or implied", () => {
  it("takes the noun from the subject in 'one of N'", () => {
    expect(brief("The raid was one of nine the navy has carried out since August.")).toEqual(["nine|9|strikes|"]);
    expect(brief("Officials said the attack was one of at least 12 in the region.")).toEqual(["at least 12|12|strikes|at least"]);
    expect(brief("The skiff was one of three sunk that week.")).toEqual(["three|3|vessels|"]);
  });

  it("does not read 'one of N' without such a subject, or a partitive", () => {
    expect(brief("The minister was one of five who signed the letter.")).toEqual([]);
    expect(brief("The strike was one of two that week.")).toEqual(["two|2|strikes|"]);
  });

  it("reads a toll put at a number without the word 'death'", () => {
    expect(brief("Human rights groups put the toll at nearly 60.")).toEqual(["nearly 60|60|killed|nearly"]);
    expect(brief("The casualty toll reached 41 on Friday.")).toEqual(["41|41|killed|"]);
  });
});

describe("who was counted, and where", () => {
  it("reads a partitive of the dead as the toll, and not its group as a second one", () => {
    expect(brief("Rescuers said three of the five fishermen died at sea.")).toEqual(["three of the five fishermen|3|killed|"]);
    expect(brief("At least two of the six passengers were killed.")).toEqual(["At least two of the six passengers|2|killed|at least"]);
  });

  it("reads 'have died' and a place between the people and the verb", () => {
    expect(brief("The raids, in which at least 21 people have died, continued.")).toEqual(["at least 21 people|21|killed|at least"]);
    expect(brief("Four men aboard the speedboat were killed, officials said.")).toEqual(["Four men|4|killed|"]);
  });

  it("does not count a population of boats as boats struck", () => {
    expect(brief("Many of the nearly 300 boats that fish the bay stayed in port after the strike.")).toEqual(["nearly 300 boats|300|other|nearly"]);
  });
});

describe("tolls written with quote marks, tallies and rescues", () => {
  it("reads a count inside quote marks next to its verb", () => {
    expect(brief('The minister said the raids had killed \u201cmore than 40 human beings\u201d in all.')).toEqual(["more than 40 human beings|40|killed|more than"]);
    expect(brief("Officials said \u00abfour armed smugglers\u00bb died aboard.")).toEqual(["four armed smugglers|4|killed|"]);
  });

  it("reads people counted in a toll or tally", () => {
    expect(brief("Our tally for that week is 52 people.")).toEqual(["52 people|52|killed|"]);
    expect(brief("A monitoring group puts the toll higher: at least 61 people.")).toEqual(["at least 61 people|61|killed|at least"]);
  });

  it("reads people pulled from a boat as survivors", () => {
    expect(brief("Three men pulled from a wrecked launch were taken to hospital.")).toEqual(["Three men|3|survivors|"]);
  });
});

describe("announced counts and the dead aboard", () => {
  it("reads 'announced' as a modifier and a bare 'aboard' before the verb", () => {
    expect(brief("By our count, the 14 announced strikes hit 16 boats.")).toEqual(["14 announced strikes|14|strikes|", "16 boats|16|vessels|"]);
    expect(brief('The ministry said \u201cfive smugglers\u201d aboard had been killed.')).toEqual(["five smugglers|5|killed|"]);
  });
});
