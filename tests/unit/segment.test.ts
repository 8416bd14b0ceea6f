import { describe, expect, it } from "vitest";
import { segment, sentenceAt } from "../../src/domain/extraction/segment";

const slices = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it("splits paragraphs on lines and keeps exact offsets", () => {
    const text = "First line here.\n\n  Second paragraph.  \nThird.";
    const { paragraphs } = segment(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["First line here.", "Second paragraph.", "Third."]);
  });

  it("does not end a sentence at abbreviations, initials or dotted acronyms", () => {
    const text =
      "Rear Adm. James E. McPherson said U.S. forces would act. President George H.W. Bush sent troops. Sen. Smith disagreed on Sept. 11 of that year.";
    expect(slices(text)).toEqual([
      "Rear Adm. James E. McPherson said U.S. forces would act.",
      "President George H.W. Bush sent troops.",
      "Sen. Smith disagreed on Sept. 11 of that year.",
    ]);
  });

  it("keeps closing quotation marks with the sentence they end", () => {
    const text = "“We will not allow it,” he said. “Never.” The minister left.";
    expect(slices(text)).toEqual(["“We will not allow it,” he said.", "“Never.”", "The minister left."]);
  });

  it("does not split before a lowercase word", () => {
    expect(slices("The strikes began in Sept. and continued. they said")).toEqual(["The strikes began in Sept. and continued. they said"]);
  });

  it("finds the sentence at an offset", () => {
    const text = "One two. Three four. Five six.";
    const { sentences } = segment(text);
    const s = sentenceAt(sentences, text.indexOf("four"));
    expect(s && text.slice(s.start, s.end)).toBe("Three four.");
    expect(sentenceAt(sentences, 10_000)).toBeUndefined();
  });

  it("never loses text between sentences of a paragraph", () => {
    const text = "A b. C d! E f? “G h.” I j";
    const s = segment(text).sentences;
    expect(s.at(0)?.start).toBe(0);
    expect(s.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < s.length; i++) expect(text.slice(s[i - 1]!.end, s[i]!.start).trim()).toBe("");
  });
});
