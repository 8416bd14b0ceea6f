import { describe, expect, it } from "vitest";
import {
  betterMatch,
  markNameWords,
  marksWithin,
  matchWord,
  mergeMarks,
  nameMatch,
  positiveLexemes,
  queryTokens,
  vectorLexemes,
  windowAround,
  wordsOf,
} from "../../src/db/queries/search-text";
import { foldText } from "../../src/domain/text/fold";

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
  // [query, name word, expected kind or null, why]
  const pairs: [string, string, "exact" | "prefix" | "similar" | null, string][] = [
    ["Barrot", "Barrault", "similar", "machine-translation garble: same sound"],
    ["Barrault", "Barrot", "similar", "and the other way round"],
    ["Barrot", "Barro", "similar", "a dropped silent letter"],
    ["Barrot", "Barr", null, "a shorter name the query runs past is another name"],
    ["Barr", "Barrot", "prefix", "typing the start of a name"],
    ["Turk", "Türk", "exact", "accents fold"],
    ["Turk", "Tusk", null, "one letter in four is too much"],
    ["Maduro", "Madura", "similar", "one letter in six: a plausible misspelling, labelled as such"],
    ["Maduro", "Madero", "similar", "likewise"],
    ["Petro", "Peter", null, "two edits in five letters matches too many names (Peter, Pedro…); the garble is linked in its article by context"],
    ["Petro", "Pete", null, "another name"],
    ["Petro", "Pedro", "similar", "one letter in five"],
    ["Sheinbaum", "Sheinbaun", "similar", "two edits are allowed from seven letters"],
    ["Hegseth", "Heseth", "similar", "a dropped letter in a long name"],
    ["Anand", "Anna", null, "short words need the same sound"],
    ["Anand", "and", null, "three-letter words never match fuzzily"],
    ["Rubio", "Rubble", null, "different sound, too many edits"],
    ["Rubio", "Tubio", null, "the first letter must agree"],
    ["us", "uk", null, "short words match exactly or not at all"],
  ];
  it.each(pairs)("%s ~ %s: %s (%s)", (query, word, kind) => {
    expect(matchWord(foldText(query), foldText(word))?.kind ?? null).toBe(kind);
  });

  it("scores exact above prefix above similar", () => {
    const exact = matchWord("barrot", "barrot")!;
    const prefix = matchWord("barro", "barrot")!;
    const similar = matchWord("barrot", "barrault")!;
    expect(exact.score).toBeGreaterThan(prefix.score);
    expect(prefix.score).toBeGreaterThan(similar.score);
    expect(betterMatch(similar, prefix)).toBe(prefix);
    expect(betterMatch(null, similar)).toBe(similar);
  });

  it("matches a name when every query word does, as well as its weakest word", () => {
    expect(nameMatch(["barrot"], "jean-noel barrot")).toMatchObject({ kind: "exact", score: 1, words: [2] });
    expect(nameMatch(["barrot"], "jean-noel barrault")).toMatchObject({ kind: "similar", words: [2] });
    expect(nameMatch(["jean", "barrault"], "jean-noel barrot")).toMatchObject({ kind: "similar" });
    expect(nameMatch(["jea", "barrot"], "jean-noel barrot")).toMatchObject({ kind: "prefix" });
    expect(nameMatch(["barrot"], "william p barr")).toBeNull();
    expect(nameMatch(["petro"], "pete hegseth")).toBeNull();
    expect(nameMatch(["barrot"], "marco rubio")).toBeNull();
    expect(nameMatch(["jean", "rubio"], "jean-noel barrot")).toBeNull();
  });

  it("marks the display name's matching words, accents and all", () => {
    const name = "Jean-Noël Barrot";
    expect(markNameWords(name, ["noel"]).map((m) => name.slice(m.start, m.end))).toEqual(["Noël"]);
    expect(markNameWords("William P. Barr", ["barrot"])).toEqual([]);
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
