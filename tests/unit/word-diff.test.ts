import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffCounts, otherText, renderingsOf, sameWording, splitDiff, wordDiff, wordingDiffers } from "../../src/ui/word-diff";

const NBC = "I don't think the European Union can define what international law is.";
const AJ = "I don’t think that the European Union gets to determine what international law is";

describe("wordDiff", () => {
  it("marks added and missing words between two outlets' wordings of Rubio's remark", () => {
    const parts = wordDiff(NBC, AJ);
    expect(parts.filter((p) => p.kind === "ins").map((p) => p.text)).toEqual(["that", "gets to determine"]);
    expect(parts.filter((p) => p.kind === "del").map((p) => p.text)).toEqual(["can define", "."]);
    // Curly and straight apostrophes are the same word.
    expect(parts.some((p) => p.text.includes("don"))).toBe(true);
    expect(parts.filter((p) => p.kind !== "same" && p.kind !== "space").some((p) => p.text.includes("don"))).toBe(false);
    expect(otherText(parts)).toBe(AJ);
    expect(diffCounts(parts)).toEqual({ inserted: 4, deleted: 3 });
  });

  it("identical wordings have no changes", () => {
    const parts = wordDiff(AJ, AJ);
    expect(parts.every((p) => p.kind === "same" || p.kind === "space")).toBe(true);
    expect(otherText(parts)).toBe(AJ);
  });

  it("always rebuilds the other wording exactly, character for character", () => {
    const word = fc.constantFrom("the", "law", "is", "don’t", "don't", "U.S.", "—", "strikes,", "“boats”", "75", "\n", "  ");
    const text = fc.array(word, { maxLength: 25 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(otherText(parts)).toBe(b);
        // Deletions are the base's own characters.
        for (const p of parts) if (p.kind === "del") expect(a.replace(/[’]/g, "'")).toContain(p.text.replace(/[’]/g, "'"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("renderings", () => {
  const st = (articleId: string, excerpt: string) => ({ articleId, excerpt });
  it("groups an article's passages into one rendering and tells whether wordings differ", () => {
    const r = renderingsOf([st("a", "One."), st("a", "Two."), st("b", "One. Two.")]);
    expect(r.map((x) => x.text)).toEqual(["One. Two.", "One. Two."]);
    expect(wordingDiffers([st("a", "One."), st("a", "Two."), st("b", "One.  two.")])).toBe(false);
    expect(wordingDiffers([st("a", "One."), st("b", "One more.")])).toBe(true);
    expect(sameWording("don’t", "don't")).toBe(true);
  });

  it("splits a rendering's diff back into its passages", () => {
    const parts = wordDiff("One two three. Four five.", "One two. Four five six.");
    const pieces = splitDiff(parts, ["One two.".length, "Four five six.".length]);
    expect(pieces.map(otherText)).toEqual(["One two.", "Four five six."]);
    expect(pieces[1]!.filter((p) => p.kind === "ins").map((p) => p.text)).toEqual(["six"]);
  });
});
