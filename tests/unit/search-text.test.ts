import { describe, expect, it } from "vitest";
import {
  markNameWords,
  marksWithin,
  mergeMarks,
  nameMatch,
  positiveLexemes,
  queryTokens,
  trigramSimilarity,
  vectorLexemes,
  windowAround,
  wordSimilarity,
  wordsOf,
} from "../../src/db/queries/search-text";

describe("query terms", () => {
  it("keeps the positive lexemes of a tsquery, not the negated ones", () => {
    expect(positiveLexemes("'strike' & 'boat'")).toEqual(["strike", "boat"]);
    expect(positiveLexemes("'strike' & !'boat'")).toEqual(["strike"]);
    expect(positiveLexemes("'intern' <-> 'law' & !( 'european' <-> 'union' )")).toEqual(["intern", "law"]);
    expect(positiveLexemes("'o''brien'")).toEqual(["o'brien"]);
    expect(positiveLexemes("")).toEqual([]);
  });

  it("reads a tsvector's lexemes", () => {
    expect(vectorLexemes("'boat':3 'strike':1,5A")).toEqual(["boat", "strike"]);
  });

  it("folds query words like aliases are folded, without operators or name stop words", () => {
    expect(queryTokens("Jean-Noël BARROT")).toEqual(["jean", "noel", "barrot"]);
    expect(queryTokens("Petro -Hegseth")).toEqual(["petro"]);
    expect(queryTokens("the")).toEqual([]);
    expect(queryTokens("Cartel de los Soles")).toEqual(["cartel", "soles"]);
  });
});

describe("fuzzy names", () => {
  it("finds near spellings: Barrot ~ Barrault, Petro ~ Peter", () => {
    expect(wordSimilarity("barrot", "barrault")).toBeGreaterThanOrEqual(0.6);
    expect(wordSimilarity("petro", "peter")).toBeGreaterThanOrEqual(0.6);
    expect(nameMatch(["barrot"], "jean-noel barrault")).toMatchObject({ exact: false });
    expect(nameMatch(["barrot"], "jean-noel barrot")).toMatchObject({ exact: true, score: 1 });
    expect(nameMatch(["petro"], "peter hegseth")).not.toBeNull();
  });

  it("does not match unrelated or short words", () => {
    expect(nameMatch(["barrot"], "marco rubio")).toBeNull();
    expect(wordSimilarity("us", "uk")).toBe(0);
    expect(wordSimilarity("rubio", "rubble")).toBeLessThan(0.6);
    expect(nameMatch(["jean", "rubio"], "jean-noel barrot")).toBeNull();
  });

  it("computes pg_trgm's similarity", () => {
    expect(trigramSimilarity("barrot", "barrot")).toBe(1);
    expect(trigramSimilarity("barrot", "barrault")).toBeCloseTo(4 / 12, 5);
  });

  it("marks the display name's matching words, accents and all", () => {
    const name = "Jean-Noël Barrot";
    expect(markNameWords(name, ["noel"]).map((m) => name.slice(m.start, m.end))).toEqual(["Noël"]);
  });
});

describe("excerpts and marks", () => {
  const text = "The boat strikes violate international law, French Foreign Minister Jean-Noël Barrot said on Tuesday.";

  it("splits words as Postgres does, keeping offsets", () => {
    const w = wordsOf("don’t U.S.-led");
    expect(w.map((x) => x.word)).toEqual(["don", "t", "U", "S", "led"]);
    for (const x of w) expect("don’t U.S.-led".slice(x.start, x.end)).toBe(x.word);
  });

  it("cuts a window around the first match at word boundaries, as offsets into the text", () => {
    const at = text.indexOf("Barrot");
    const win = windowAround(text, [{ start: at, end: at + 6 }], 40);
    const slice = text.slice(win.start, win.end);
    expect(slice).toContain("Barrot");
    expect(slice.length).toBeLessThanOrEqual(40);
    expect(/^\S/.test(slice) && /\S$/.test(slice)).toBe(true);
    expect(windowAround("short", [], 40)).toEqual({ start: 0, end: 5 });
  });

  it("shifts marks into a window and merges overlapping ones", () => {
    expect(marksWithin([{ start: 5, end: 8 }, { start: 50, end: 55 }], 4, 20)).toEqual([{ start: 1, end: 4 }]);
    expect(mergeMarks([{ start: 0, end: 4 }], [{ start: 2, end: 9 }, { start: 12, end: 14 }])).toEqual([
      { start: 0, end: 9 },
      { start: 12, end: 14 },
    ]);
  });
});

describe("negated terms", () => {
  it("lists what a websearch query excludes", async () => {
    const { negatedTerms } = await import("../../src/db/queries/search-text");
    expect(negatedTerms(`"international law" -Rubio -"Marco Rubio" anti-drug`)).toEqual(["Rubio", `"Marco Rubio"`]);
  });
});
