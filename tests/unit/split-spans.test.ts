import { describe, expect, it } from "vitest";
import type { Highlight } from "../../src/db/queries/types";
import { splitAtBoundaries } from "../../src/ui/split-spans";

const h = (kind: Highlight["kind"], start: number, end: number): Highlight => ({ kind, start, end, href: null, label: kind });

describe("splitAtBoundaries", () => {
  const text = "“Nothing has changed,” Rubio said on Wednesday.";

  it("covers the text exactly once, in order", () => {
    const segs = splitAtBoundaries(text.length, [h("quote", 1, 20), h("mention", 23, 28), h("date", 34, 46)]);
    expect(segs.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
    expect(segs[0]).toMatchObject({ start: 0, end: 1, covering: [] });
  });

  it("handles nested and overlapping spans: each segment knows every span around it", () => {
    // A citation overlapping the end of a quote, with a mention nested inside the quote.
    const spans = [h("quote", 1, 20), h("mention", 9, 16), h("citation", 12, 28)];
    const segs = splitAtBoundaries(text.length, spans);
    const at = (i: number) => segs.find((s) => s.start <= i && i < s.end)!.covering.map((c) => c.kind).sort();
    expect(at(5)).toEqual(["quote"]);
    expect(at(10)).toEqual(["mention", "quote"]);
    expect(at(13)).toEqual(["citation", "mention", "quote"]);
    expect(at(18)).toEqual(["citation", "quote"]);
    expect(at(25)).toEqual(["citation"]);
    expect(at(30)).toEqual([]);
    expect(segs.map((s) => s.start)).toEqual([0, 1, 9, 12, 16, 20, 28]);
  });

  it("keeps identical spans of different kinds together and clamps out-of-range ends", () => {
    const segs = splitAtBoundaries(10, [h("figure", 2, 5), h("citation", 2, 5), h("date", 8, 99)]);
    expect(segs.find((s) => s.start === 2)!.covering).toHaveLength(2);
    expect(segs[segs.length - 1]).toMatchObject({ start: 8, end: 10 });
  });

  it("returns one plain segment when there are no spans, and none for empty text", () => {
    expect(splitAtBoundaries(5, [])).toEqual([{ start: 0, end: 5, covering: [] }]);
    expect(splitAtBoundaries(0, [])).toEqual([]);
  });
});
