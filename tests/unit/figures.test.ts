import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/domain/extraction/dates";
import { extractFigures } from "../../src/domain/extraction/figures";
import { parseCardinal, parseOrdinal } from "../../src/domain/extraction/figures/number-words";
import { segment } from "../../src/domain/extraction/segment";
import type { ExtractedFigure } from "../../src/domain/extraction/types";
import { normalizeText } from "../../src/domain/ingestion/normalize-text";
import { parsePublicationDate } from "../../src/domain/ingestion/publication-date";

function figures(text: string, published = "2025-11-13"): ExtractedFigure[] {
  const seg = segment(text);
  const pub = parsePublicationDate(published);
  const out = extractFigures(text, seg, extractDates(text, seg, pub), pub);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.text);
  return out;
}

/** "text|value|kind|qualifier" per figure, in order. */
function brief(text: string, published?: string): string[] {
  return figures(text, published).map((f) => `${f.text}|${f.value}|${f.kind}|${f.qualifier ?? ""}`);
}

function seed(name: string): string {
  return normalizeText(readFileSync(path.join(import.meta.dirname, "../../seeds", name), "utf8"));
}

describe("extractFigures: kinds and qualifiers", () => {
  it("reads strikes and the dead from one sentence", () => {
    const text = "The US military has carried out at least 19 strikes on boats, killing at least 76 people.";
    const out = figures(text);
    expect(out.map((f) => `${f.text}|${f.value}|${f.kind}|${f.qualifier}`)).toEqual([
      "at least 19 strikes|19|strikes|at least",
      "at least 76 people|76|killed|at least",
    ]);
    expect(out[0]!.start).toBe(text.indexOf("at least 19"));
    expect(out[1]!.end).toBe(text.indexOf(" people.") + " people".length);
  });

  it("reads the dead after 'have killed' with a modified noun", () => {
    expect(brief("Operations that have killed at least 79 suspected smugglers could backfire.")).toEqual([
      "at least 79 suspected smugglers|79|killed|at least",
    ]);
    expect(brief("The strikes, which began in early September, have killed at least 75 people, according to the Pentagon.")).toEqual([
      "at least 75 people|75|killed|at least",
    ]);
  });

  it("reads a count without a noun when a verb of killing governs it", () => {
    expect(brief("It was a strike that killed six.")).toEqual(["six|6|killed|"]);
    expect(brief("US strike on boat in Pacific kills six, two survivors rescued")).toEqual([
      "six|6|killed|",
      "two survivors|2|survivors|",
    ]);
    expect(brief("The families mourned the death of 11 on Tuesday.")).toEqual(["11|11|killed|"]);
  });

  it("reads passive deaths and number words", () => {
    expect(brief("Three people were killed in Sunday's strike and there was one survivor.", "2025-12-02")).toEqual([
      "Three people|3|killed|",
      "one survivor|1|survivors|",
    ]);
    expect(brief("The military has carried out twenty-two known strikes, killing nearly ninety people.")).toEqual([
      "twenty-two known strikes|22|strikes|",
      "nearly ninety people|90|killed|nearly",
    ]);
  });

  it("reads survivors, including a partitive that survived", () => {
    expect(brief("Two survivors were repatriated to Colombia and Ecuador.")).toEqual(["Two survivors|2|survivors|"]);
    expect(brief("Only two of those on board are known to have survived.")).toEqual(["two|2|survivors|"]);
  });

  it("reads vessels hit, and keeps other vessels as other", () => {
    expect(brief("A strike on Sunday destroyed two boats off the coast.")).toEqual(["two boats|2|vessels|"]);
    expect(brief("Two weeks ago, three vessels were destroyed in a single day.")).toEqual(["three vessels|3|vessels|"]);
    expect(brief("The US has destroyed 20 boats since September.")).toEqual(["20 boats|20|vessels|"]);
    expect(brief("Washington has deployed eight warships to the region.")).toEqual(["eight warships|8|other|"]);
  });

  it("reads a running tally as a strike count, but not 'the first strike'", () => {
    expect(brief("It was the 20th strike since the campaign began.")).toEqual(["20th strike|20|strikes|"]);
    expect(brief("It was the eighth attack on a suspected drug boat.")).toEqual(["eighth attack|8|strikes|"]);
    expect(brief("Five days before the first boat strike, officials spoke.")).toEqual([]);
  });

  it("knows its qualifiers", () => {
    const out = brief(
      "Strikes have killed more than 80 people. Another raid killed up to 12 people. About 30 people died. Roughly 40 people were killed. Approximately 50 people were killed. Over 60 people died.",
    );
    expect(out).toEqual([
      "more than 80 people|80|killed|more than",
      "up to 12 people|12|killed|up to",
      "About 30 people|30|killed|about",
      "Roughly 40 people|40|killed|roughly",
      "Approximately 50 people|50|killed|approximately",
      "Over 60 people|60|killed|over",
    ]);
  });

  it("keeps troops, countries and allies as other", () => {
    expect(brief("In 1989, Bush sent more than 20,000 troops into Panama.", "2025-08-08")).toEqual([
      "more than 20,000 troops|20000|other|more than",
    ]);
    expect(brief("At least 14 countries have taken part, and over 20 allies help.", "2025-11-15")).toEqual([
      "At least 14 countries|14|other|at least",
      "over 20 allies|20|other|over",
    ]);
  });

  it("ignores money, percentages, doses, ages, years, times and vague plurals", () => {
    expect(
      brief(
        "The reward doubled to $50 million. As of last year, 80% relied on partners. It prevented approximately 334 billion lethal doses. The survivor, a 19-year-old, was treated. In 2017 the program ended. 0:00 0:00. Dozens of boats and hundreds of tons of cocaine were seized. MS-13 and the G7 met. Nearly four out of five missions involved navies.",
        "2025-11-15",
      ),
    ).toEqual([]);
  });

  it("ignores counts of things it does not know", () => {
    expect(brief("You can use force for two reasons. Two sources told NBC News. It lasted three days, 40 miles off the coast.")).toEqual([]);
  });

  it("reads death tolls, deaths and 'all N' counts", () => {
    expect(brief("The death toll from the strikes rose to 83 on Monday.")).toEqual(["83|83|killed|"]);
    expect(brief("There have been at least 61 deaths. The raid killed all 11 people aboard. The 76 dead were buried.")).toEqual([
      "at least 61 deaths|61|killed|at least",
      "11 people|11|killed|",
      "76 dead|76|killed|",
    ]);
    expect(brief("Officials said 14 people died and 11 were killed later. Two people survived the strike.")).toEqual([
      "14 people|14|killed|",
      "11|11|killed|",
      "Two people|2|survivors|",
    ]);
  });

  it("keeps people who are not said to be dead as other", () => {
    expect(brief("The navy struck a vessel carrying 11 people.")).toEqual(["11 people|11|other|"]);
  });

  it("skips a partitive of the dead that counts a subset", () => {
    expect(brief("The charity said at least three of the dead were fishermen.")).toEqual([]);
  });
});

describe("extractFigures: as of", () => {
  it("defaults to the publication date at its precision", () => {
    const [f] = figures("The strikes have killed at least 43 people.", "2025-10");
    expect(f).toMatchObject({ asOf: "2025-10", asOfPrecision: "month" });
  });

  it("takes a date in the sentence introduced by 'by' or 'as of'", () => {
    const [f] = figures("By Sept. 30, the strikes had killed at least 27 people.", "2025-11-13");
    expect(f).toMatchObject({ value: 27, kind: "killed", asOf: "2025-09-30", asOfPrecision: "day" });
    const [g] = figures("As of last month, US forces had destroyed 15 boats.", "2025-11-13");
    expect(g).toMatchObject({ value: 15, kind: "vessels", asOf: "2025-10", asOfPrecision: "month" });
  });
});

describe("extractFigures: seeds", () => {
  it("finds exactly the toll figures of the Al Jazeera seed", () => {
    const out = figures(seed("000_4a60a8d9548e7c7e.txt"), "2025-11-13").filter((f) => f.kind !== "other");
    expect(out.map((f) => [f.text, f.value, f.kind, f.qualifier])).toEqual([
      ["at least 19 strikes", 19, "strikes", "at least"],
      ["at least 76 people", 76, "killed", "at least"],
    ]);
  });

  it("finds no toll figures in the WLRN seed (troops are other, $50 million is money)", () => {
    const out = figures(seed("001_bc7522480e5342aa.txt"), "2025-08-08");
    expect(out.filter((f) => f.kind !== "other")).toEqual([]);
    expect(out.map((f) => f.text)).toEqual(["more than 20,000 troops"]);
  });

  it("finds the WSJ toll and nothing from its percentages or doses", () => {
    const out = figures(seed("004_c31caaca01209193.txt"), "2025-11-15");
    expect(out.filter((f) => f.kind !== "other").map((f) => f.text)).toEqual(["at least 79 suspected smugglers"]);
    expect(out.some((f) => /%|doses|million lethal/.test(f.text))).toBe(false);
  });
});

describe("number words", () => {
  it("parses cardinals and ordinals", () => {
    expect(parseCardinal("seventy-six")).toBe(76);
    expect(parseCardinal("twenty two")).toBe(22);
    expect(parseCardinal("20,000")).toBe(20000);
    expect(parseCardinal("a dozen")).toBe(12);
    expect(parseCardinal("two hundred and five")).toBe(205);
    expect(parseCardinal("1.5 million")).toBe(1_500_000);
    expect(parseCardinal("a million")).toBe(1_000_000);
    expect(parseCardinal("dozens")).toBeNull();
    expect(parseOrdinal("20th")).toBe(20);
    expect(parseOrdinal("twenty-second")).toBe(22);
    expect(parseOrdinal("eighth")).toBe(8);
  });
});
