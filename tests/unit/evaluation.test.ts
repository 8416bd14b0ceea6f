import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/domain/evaluation/generate-corpus";
import type { GoldArticle } from "../../src/domain/evaluation/gold-schema";
import { validateGold } from "../../src/domain/evaluation/gold-schema";
import { matchOneToOne, overlapsByHalf } from "../../src/domain/evaluation/match";
import { createNameMatcher, normalizeName } from "../../src/domain/evaluation/names";
import { headline, prf, scoreArticle, sumScores, type Prediction } from "../../src/domain/evaluation/score";

const TEXT =
  "« Nous ne laisserons pas faire », said Jean-Noël Barrot on Tuesday. The strikes killed at least 76 people. " +
  "The White House calls them “narcoterrorists”. Sánchez said it was “a step backwards”.";

function at(text: string, needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(needle);
  return { text, start, end: start + needle.length };
}

const gold: GoldArticle = {
  article: { file: "x.txt", outlet: "Test", published: "2025-11-13" },
  quotes: [
    { ...at("Nous ne laisserons pas faire", "Nous ne laisserons pas faire"), speaker: "Jean-Noël Barrot", speakerAsWritten: "Jean-Noël Barrot" },
    { ...at("narcoterrorists", "narcoterrorists"), speaker: null, speakerAsWritten: null, scare: true },
    { ...at("a step backwards", "a step backwards"), speaker: "Pedro Sánchez", speakerAsWritten: "Sánchez", optional: true },
  ],
  mentions: [
    { ...at("Jean-Noël Barrot", "Jean-Noël Barrot"), actor: "Jean-Noël Barrot" },
    { ...at("White House", "White House"), actor: "White House" },
    { ...at("Sánchez", "Sánchez"), actor: "Pedro Sánchez", optional: true },
  ],
  figures: [{ ...at("at least 76 people", "at least 76 people"), value: 76, kind: "killed", qualifier: "at least", asOf: "2025-11-13" }],
  dates: [{ ...at("Tuesday", "Tuesday"), date: "2025-11-11", precision: "day" }],
};

const names = createNameMatcher({ "Jean-Noël Barrot": ["Barrot", "Barrault"], "United States": ["U.S.", "Washington"] });

describe("name matching", () => {
  it("ignores case, diacritics, punctuation and a leading 'the'", () => {
    expect(normalizeName("Jean-Noël BARROT")).toBe("jean noel barrot");
    expect(normalizeName("The Pentagon")).toBe("pentagon");
    expect(names("jean-noel barrot", "Jean-Noël Barrot")).toBe(true);
    expect(names("Volker Turk", "Volker Türk")).toBe(true);
  });
  it("accepts listed aliases in either direction, and nothing else", () => {
    expect(names("Barrault", "Jean-Noël Barrot")).toBe(true);
    expect(names("U.S.", "United States")).toBe(true);
    expect(names("Jean-Noël Barrot", "Barrault")).toBe(true);
    expect(names("Barrot", "United States")).toBe(false);
    expect(names("Gustavo Petro", "Jean-Noël Barrot")).toBe(false);
  });
  it("treats a null gold speaker as matched only by no speaker", () => {
    expect(names(null, null)).toBe(true);
    expect(names("Rubio", null)).toBe(false);
  });
});

describe("span matching", () => {
  it("requires the overlap to cover half of the shorter span", () => {
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 5, end: 40 })).toBe(true);
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 6, end: 40 })).toBe(false);
    expect(overlapsByHalf({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
  });
  it("pairs one to one, best overlap first", () => {
    const r = matchOneToOne([{ start: 0, end: 10 }, { start: 2, end: 9 }], [{ start: 2, end: 9 }], () => true);
    expect(r.pairs).toEqual([{ pred: { start: 2, end: 9 }, gold: { start: 2, end: 9 } }]);
    expect(r.unmatchedPred).toEqual([{ start: 0, end: 10 }]);
  });
});

describe("scoreArticle", () => {
  it("validates the synthetic gold", () => {
    expect(validateGold(gold, TEXT)).toEqual([]);
  });

  it("gives a perfect score to a perfect prediction, ignoring optional items either way", () => {
    const pred: Prediction = {
      quotes: [{ ...at("Nous ne laisserons pas faire", "Nous ne laisserons pas faire"), speaker: "Barrot", speakerAsWritten: "Jean-Noël Barrot" }],
      mentions: [
        { ...at("Jean-Noël Barrot", "Jean-Noël Barrot"), actor: "jean-noel barrot" },
        { ...at("White House", "White House"), actor: "The White House" },
      ],
      figures: [{ ...at("at least 76 people", "at least 76 people"), value: 76, kind: "killed", qualifier: "At least", asOf: "2025-11-13" }],
      dates: [{ ...at("Tuesday", "Tuesday"), date: "2025-11-11", precision: "day" }],
    };
    const s = scoreArticle("t", TEXT, gold, pred, names);
    const h = headline(s);
    expect(h).toEqual({ quotesF1: 1, speakerAccuracy: 1, mentionLinkingF1: 1, figuresF1: 1, dateDetectionF1: 1, dateResolution: 1 });
    expect(s.issues).toEqual([]);
  });

  it("counts a reported scare quote as a false positive and a wrong speaker as a speaker error", () => {
    const pred: Prediction = {
      quotes: [
        { ...at("Nous ne laisserons pas", "Nous ne laisserons pas"), speaker: "Emmanuel Macron", speakerAsWritten: null },
        { ...at("narcoterrorists", "narcoterrorists"), speaker: "White House", speakerAsWritten: "White House" },
        { ...at("a step backwards", "a step backwards"), speaker: null, speakerAsWritten: null },
      ],
      mentions: [],
      figures: [],
      dates: [],
    };
    const s = scoreArticle("t", TEXT, gold, pred, names);
    expect(s.quotes).toMatchObject({ tp: 1, fp: 1, fn: 0, speaker: { correct: 0, total: 1 } });
    expect(s.issues.map((i) => i.kind).sort()).toEqual(["miss", "miss", "miss", "miss", "scare-reported", "wrong-speaker"]);
  });

  it("scores mention linking, figure qualifiers and date resolution separately from detection", () => {
    const pred: Prediction = {
      quotes: [],
      mentions: [
        { ...at("Barrot", "Barrot"), actor: "Gustavo Petro" }, // detected, wrongly linked
        { ...at("White House", "White House"), actor: "White House" },
        { ...at("Sánchez", "Sánchez"), actor: "Pedro Sánchez" }, // optional: neutral
      ],
      figures: [
        { ...at("76 people", "76 people"), value: 76, kind: "killed", qualifier: null, asOf: "2025-11-13" },
        { ...at("76", "76"), value: 76, kind: "other", qualifier: null, asOf: "2025-11-13" }, // "other" is not scored
      ],
      dates: [{ ...at("Tuesday", "Tuesday"), date: "2025-11-04", precision: "day" }],
    };
    const s = scoreArticle("t", TEXT, gold, pred, names);
    expect(s.mentions).toMatchObject({ tp: 1, fp: 1, fn: 1, detection: { tp: 2, fp: 0, fn: 0 } });
    expect(s.figures).toMatchObject({ tp: 1, fp: 0, fn: 0, qualifier: { correct: 0, total: 1 } });
    expect(s.dates).toMatchObject({ tp: 1, fp: 0, fn: 0, resolution: { correct: 0, total: 1 } });
    const total = sumScores([s, s]);
    expect(total.mentions.tp).toBe(2);
    expect(prf(total.mentions)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe("generateCorpus", () => {
  const sources = [
    { id: "a", text: "Minister Ana Ruiz said on Tuesday that 12 boats were hit in October.\n\nSecond paragraph.\n\nThird paragraph.\n\nFourth." },
    { id: "b", text: "“We will respond,” Ana Ruiz said on Friday.\n\nAt least 19 strikes have killed 76 people since September 2025." },
  ];
  it("is deterministic for a seed and varies with it", () => {
    const one = generateCorpus(sources, { count: 50, seed: 1, swapNames: ["Ana Ruiz"] });
    const again = generateCorpus(sources, { count: 50, seed: 1, swapNames: ["Ana Ruiz"] });
    const other = generateCorpus(sources, { count: 50, seed: 2, swapNames: ["Ana Ruiz"] });
    expect(one).toHaveLength(50);
    expect(again).toEqual(one);
    expect(other.map((a) => a.text)).not.toEqual(one.map((a) => a.text));
  });
  it("varies names and numbers but keeps four-digit years", () => {
    const corpus = generateCorpus(sources, { count: 200, seed: 3, swapNames: ["Ana Ruiz"] });
    expect(corpus.some((a) => !a.text.includes("Ana Ruiz"))).toBe(true);
    expect(corpus.some((a) => a.source === "b" && !a.text.includes("19 strikes"))).toBe(true);
    expect(corpus.filter((a) => a.source === "b").every((a) => a.text.includes("2025"))).toBe(true);
    expect(corpus.every((a) => /^2025-\d{2}-\d{2}$/.test(a.published.date))).toBe(true);
  });
});
